"""The parts of the company profile the profile table has no column for, or keeps apart: the logo,
the locale for documents and the default tax rate for new projects (settings). Editable after set-up,
and carried by export/import (the logo as base64, optional keys)."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import parse_percent
from milestone_desk.persistence.models import Setting
from milestone_desk.services.core import audit
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.doc_locale import COMPANY_LOCALE as LOCALE_KEY
from milestone_desk.services.core.doc_locale import check_locale
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.settings_store import put

PNG = b"\x89PNG\r\n\x1a\n"
DEFAULT_TAX_KEY = "default_tax_percent"  # the keys first_run writes at set-up
COMPANY_LOCALE_KEY = LOCALE_KEY
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class CompanyExtras:
    logo_png: bytes | None = None
    locale: str = "en_US"
    default_tax_percent: str = "0"


def check_logo(data: bytes | None) -> bytes | None:
    if data is None or data == b"":
        return None
    if not data.startswith(PNG):
        raise BadInput("The logo must be given as a PNG image (the window converts JPEG and SVG).")
    if len(data) > MAX_LOGO_BYTES:
        raise BadInput("The logo is larger than 2 MB; choose a smaller picture.")
    return data


def logo_from_base64(text: object, where: str) -> bytes | None:
    if text in (None, ""):
        return None
    if not isinstance(text, str):
        raise BadInput(f"{where} must be the PNG logo as base64 text.")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise BadInput(f"{where} is not valid base64.") from None
    return check_logo(data)


def logo_to_base64(data: bytes | None) -> str:
    return base64.b64encode(data).decode("ascii") if data else ""


def extras_in(session: Session) -> CompanyExtras:
    company = lookup.company(session)
    tax = session.get(Setting, DEFAULT_TAX_KEY)
    loc = session.get(Setting, LOCALE_KEY)
    return CompanyExtras(company.logo_png, loc.value if loc else "en_US", tax.value if tax else "0")


def get_extras(books: Books) -> CompanyExtras:
    with books.read() as s:
        return extras_in(s)


def put_extras(session: Session, extras: CompanyExtras) -> None:
    logo = check_logo(extras.logo_png)
    locale = check_locale(extras.locale) or "en_US"
    tax = format(parse_percent(extras.default_tax_percent or "0", "default tax rate").normalize(), "f")
    company = lookup.company(session)
    before = extras_in(session)
    if (before.logo_png, before.locale, before.default_tax_percent) == (logo, locale, tax):
        return  # nothing changes: no rows written, no audit event
    company.logo_png = logo
    if before.locale != locale or (session.get(Setting, LOCALE_KEY) is None and locale != "en_US"):
        put(session, LOCALE_KEY, locale)
    if before.default_tax_percent != tax:
        put(session, DEFAULT_TAX_KEY, tax)
    audit.record(
        session,
        "settings",
        company.uuid,
        "update",
        {
            "logo": bool(before.logo_png),
            LOCALE_KEY: before.locale,
            DEFAULT_TAX_KEY: before.default_tax_percent,
        },
        {"logo": bool(logo), LOCALE_KEY: locale, DEFAULT_TAX_KEY: tax},
    )


def save_extras(books: Books, extras: CompanyExtras) -> CompanyExtras:
    with books.write() as s:
        put_extras(s, extras)
        return extras_in(s)
