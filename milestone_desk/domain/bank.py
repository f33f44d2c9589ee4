"""Bank account and address checks the e-invoice and payment QR codes rely on (pure, stdlib only)."""

from __future__ import annotations

import re

from milestone_desk.domain.errors import BadInput

#: IBAN length per country (ISO 13616 registry, the SEPA countries and a few more).
IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
    "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "VA": 22,
}  # fmt: skip

_BIC = re.compile(r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")


def compact(text: str) -> str:
    return re.sub(r"[\s-]", "", text).upper()


def iban_checksum_ok(iban: str) -> bool:
    """The ISO 7064 mod-97 check: move the first four characters to the end, letters → 10..35."""
    moved = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


def valid_iban(text: str) -> str:
    """The IBAN in compact form, or BadInput with a sentence saying what is wrong."""
    iban = compact(text)
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", iban):
        raise BadInput(
            f"The IBAN {text!r} is not an IBAN: two letters for the country, two check digits, "
            "then up to 30 letters and digits."
        )
    want = IBAN_LENGTHS.get(iban[:2])
    if want is not None and len(iban) != want:
        raise BadInput(f"The IBAN {text!r} has {len(iban)} characters; an IBAN from {iban[:2]} has {want}.")
    if not iban_checksum_ok(iban):
        raise BadInput(
            f"The IBAN {text!r} fails its check digits (mod 97); a character is probably mistyped."
        )
    return iban


def valid_bic(text: str) -> str:
    bic = compact(text)
    if not _BIC.match(bic):
        raise BadInput(f"The BIC {text!r} is not a BIC: 8 or 11 letters and digits, such as DEUTDEFF.")
    return bic


def valid_routing(text: str) -> str:
    """A US ABA routing number: nine digits with the 3-7-1 checksum."""
    digits = compact(text)
    if not re.fullmatch(r"[0-9]{9}", digits):
        raise BadInput(f"The routing number {text!r} is not nine digits.")
    weights = (3, 7, 1) * 3
    if sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10:
        raise BadInput(f"The routing number {text!r} fails its checksum; a digit is probably mistyped.")
    return digits


def valid_country(text: str, what: str = "country") -> str:
    code = text.strip().upper()
    if code and not re.fullmatch(r"[A-Z]{2}", code):
        raise BadInput(f"The {what} {text!r} is not a two-letter ISO 3166 country code such as DE or US.")
    return code


def split_address(text: str) -> tuple[str, str, str, str]:
    """(street, city, postcode, country) guessed from an old one-field address; parts it cannot find are ''.

    The first line is the street; the last line that holds a postcode gives postcode and city
    ("10115 Berlin", "Springfield, IL 62704", "SW1A 1AA London"); a last line of two letters is the country.
    """
    own_lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    country = ""
    if len(own_lines) > 1 and re.fullmatch(r"[A-Z]{2}", own_lines[-1]):
        country = own_lines.pop()  # only a line of its own: "Beaverton, OR" names a state, not a country
    lines = [part.strip() for ln in own_lines for part in ln.split(",") if part.strip()]
    if not lines:
        return "", "", "", country
    street = lines[0]
    city = postcode = ""
    rest = lines[1:]
    for line in reversed(rest):
        m = re.fullmatch(r"(?P<pc>[0-9]{4,5}(?:-[0-9]{4})?)\s+(?P<city>.+)", line)
        if m:
            postcode, city = m["pc"], m["city"]
            break
        m = re.fullmatch(r"(?P<city>.*?)\s*(?P<st>[A-Z]{2})?\s+(?P<pc>[0-9]{5}(?:-[0-9]{4})?)", line)
        if m:
            postcode, city = m["pc"], (m["city"] or "").strip()
            if not city and rest.index(line) > 0:
                city = rest[rest.index(line) - 1]
            break
    if not city and rest:
        city = rest[-2] if len(rest) > 1 and re.fullmatch(r"[A-Z]{2}", rest[-1]) else rest[-1]
    return street, city, postcode, country
