"""Exact money: integer minor units plus an ISO currency, never float.

User text is parsed with ``Decimal``; rounding happens in one named place (``round_to_minor``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache, total_ordering

from milestone_desk.domain.errors import BadInput

#: Currencies whose minor unit is not the cent (ISO 4217). Everything else has two decimals.
_EXPONENTS = {
    "JPY": 0,
    "KRW": 0,
    "VND": 0,
    "CLP": 0,
    "ISK": 0,
    "HUF": 2,
    "BHD": 3,
    "KWD": 3,
    "OMR": 3,
    "JOD": 3,
    "TND": 3,
}

#: The largest amount we accept anywhere: a trillion in major units is no contracting job.
MAX_MAJOR = Decimal("1000000000000")

#: ASCII digits only (``\\d`` would also take Arabic-Indic or fullwidth digits); commas only as
#: thousands separators in groups of three after a first group of one to three digits.
_NUMBER = re.compile(r"^[+-]?(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]*)?|\.[0-9]+)$")


#: An optional sign, then an optional currency symbol, then the number (checked by ``_NUMBER``).
_AMOUNT = re.compile(r"^(?P<sign>[+-]?)[$\u20ac\u00a3\u00a5]?(?P<number>[^$\u20ac\u00a3\u00a5+-]*)$")


#: Spaces that may separate thousands (plain, no-break, thin, narrow no-break), one kind or another.
_SPACES = " \u00a0\u2009\u202f"


def exponent(currency: str) -> int:
    """Decimal places of a currency's minor unit."""
    return _EXPONENTS.get(currency.upper(), 2)


def round_half_up(value: Decimal) -> int:
    """The one rounding rule: half-up (away from zero on .5) to a whole number of minor units."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def round_to_minor(value: Decimal, currency: str = "USD") -> int:
    """Round a major-unit Decimal to integer minor units, half-up."""
    return round_half_up(value.scaleb(exponent(currency)))


def apply_rate(minor: int, percent: Decimal) -> int:
    """``percent`` % of an amount in minor units, rounded half-up once (tax, retainage, fees)."""
    return round_half_up(Decimal(minor) * percent / 100)


def floor_minor(value: Decimal) -> int:
    """Floor of a Decimal already in minor units (used by allocation)."""
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


def parse_decimal(text: str, what: str = "amount") -> Decimal:
    """Parse user text into a finite Decimal, with a sentence when it is not a plain number.

    The one amount grammar, used everywhere: an optional sign, an optional leading currency
    symbol, ASCII digits with commas (or spaces) only as thousands separators in the right places, and at most
    one decimal point (``1234.5``, ``1,234.50``, ``$1,234.50``, ``-$12``); spaces only around it.
    Rejects ``1 2 3``, ``5$5``, exponents, NaN, infinity and anything else so hostile or mistyped
    text never becomes a number.
    """
    if not isinstance(text, str):
        text = str(text)
    cleaned = text.strip()
    if not cleaned:
        raise BadInput(f"The {what} is empty; enter a number such as 1250.00.")
    match = _AMOUNT.fullmatch(cleaned)
    number = match["number"] if match is not None else ""
    spaced = "".join(" " if ch in _SPACES else ch for ch in number)
    if " " in spaced and "," not in spaced:
        number = spaced.replace(" ", ",")  # a space is a thousands separator too, in the same places
    if match is None or not _NUMBER.fullmatch(number):
        if match is not None and "," in match["number"] and _NUMBER.fullmatch(number.replace(",", "")):
            raise BadInput(
                f"The {what} {text.strip()[:40]!r} uses a comma that is not a thousands separator; "
                "write the decimal point as '.', e.g. 1,234.50 or 12.50."
            )
        raise BadInput(f"The {what} {text.strip()[:40]!r} is not a number; enter a number such as 1250.00.")
    cleaned = match["sign"] + number
    cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise BadInput(f"The {what} {text!r} is not a number.") from exc
    if abs(value) >= MAX_MAJOR:
        raise BadInput(f"The {what} {text.strip()[:40]} is too large.")
    return value


def parse_percent(text: str, what: str = "percent") -> Decimal:
    """Parse a percentage between 0 and 100 (``"5"`` means five percent)."""
    value = parse_decimal(str(text).strip().rstrip("%"), what)
    if value < 0:
        raise BadInput(f"The {what} cannot be negative.")
    if value > 100:
        raise BadInput(f"The {what} cannot be more than 100 %.")
    if value != value.quantize(Decimal("0.0001")):
        raise BadInput(f"The {what} has more than four decimal places.")
    return value


@total_ordering
@dataclass(frozen=True, slots=True)
class Money:
    """An amount in integer minor units of one currency."""

    minor: int
    currency: str = "USD"

    @classmethod
    def parse(
        cls, text: str, currency: str = "USD", *, what: str = "amount", allow_negative: bool = False
    ) -> Money:
        """Money from user text; refuses more decimals than the currency has."""
        value = parse_decimal(text, what)
        if value < 0 and not allow_negative:
            raise BadInput(f"The {what} cannot be negative.")
        places = exponent(currency)
        if value != value.quantize(Decimal(1).scaleb(-places)):
            raise BadInput(f"The {what} {text.strip()} has more than {places} decimal places.")
        return cls(round_to_minor(value, currency), currency)

    @classmethod
    def of(cls, value: Decimal, currency: str = "USD") -> Money:
        """Money from an exact Decimal in major units, rounded half-up to the minor unit."""
        return cls(round_to_minor(value, currency), currency)

    @classmethod
    def zero(cls, currency: str = "USD") -> Money:
        return cls(0, currency)

    @property
    def amount(self) -> Decimal:
        """The value in major units, exact."""
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __bool__(self) -> bool:
        return self.minor != 0

    def times(self, rate: Decimal) -> Money:
        """This amount times an exact rate, rounded half-up once."""
        return Money.of(self.amount * rate, self.currency)

    def __str__(self) -> str:
        """Plain decimal string with the currency's places, e.g. ``48500.00`` (the JSON form)."""
        return to_decimal_string(self.minor, self.currency)


def to_decimal_string(minor: int, currency: str = "USD") -> str:
    """Minor units as a plain decimal string: 218250 → ``2182.50`` (integer arithmetic only)."""
    return decimal_strings(currency)(minor)


@lru_cache(maxsize=64)
def decimal_strings(currency: str) -> Callable[[int], str]:
    """``to_decimal_string`` for one currency, its places looked up once (reports format tens of
    thousands of amounts in one currency)."""
    places = exponent(currency)
    if places == 0:
        return str
    unit = 10**places

    def text(minor: int) -> str:
        whole, part = divmod(abs(minor), unit)
        return f"{'-' if minor < 0 else ''}{whole}.{part:0{places}d}"

    return text


def format_money(minor: int, currency: str = "USD") -> str:
    """Human form with thousands separators, e.g. ``48,500.00`` (locale-aware forms live in the UI)."""
    places = exponent(currency)
    value = Decimal(minor).scaleb(-places)
    return f"{value:,.{places}f}"
