"""The language and formats of a client's documents, and the profile fields kept in settings.

The company's locale is the set-up form's "Locale for documents" (setting ``company_locale``); a
client may have their own (``client_locale.<client uuid>``), else they get the company's. Fields
the tables have no column for (a client's tax id, an invoice's PO number and note) are settings too,
keyed by the record's UUID, so no migration is needed and export/import carry them as optional keys.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence.models import Client, Invoice, Setting
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.settings_store import put

COMPANY_LOCALE = "company_locale"  # the key first_run writes
CLIENT_LOCALE = "client_locale."
CLIENT_TAX_ID = "client_tax_id."
INVOICE_PO = "invoice_po."
INVOICE_NOTE = "invoice_note."


def _get(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else ""


def check_locale(locale: str) -> str:
    """``fr_FR`` / ``es-ES`` / ``en`` checked against babel; a sentence when it is not a locale."""
    text = (locale or "").strip().replace("-", "_")
    if not text:
        return ""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(text)
    except (ValueError, UnknownLocaleError):
        raise BadInput(f"{locale!r} is not a locale like fr_FR, es_ES or en_US.") from None
    return text


def company_locale(session: Session) -> str:
    return _get(session, COMPANY_LOCALE) or "en_US"


def document_locale(session: Session, client: Client | None) -> str:
    """The client's own locale, else the company's, else en_US."""
    if client is not None:
        own = _get(session, CLIENT_LOCALE + client.uuid)
        if own:
            return own
    return company_locale(session)


def set_company_locale_in(session: Session, locale: str) -> None:
    put(session, COMPANY_LOCALE, check_locale(locale) or "en_US")


def set_client_locale_in(session: Session, client: Client, locale: str) -> None:
    put(session, CLIENT_LOCALE + client.uuid, check_locale(locale))


def set_client_locale(books: Books, client_code: str, locale: str) -> None:
    with books.write() as s:
        set_client_locale_in(s, lookup.client(s, client_code), locale)


def client_tax_id(session: Session, client: Client) -> str:
    return _get(session, CLIENT_TAX_ID + client.uuid)


def set_client_tax_id_in(session: Session, client: Client, tax_id: str) -> None:
    put(session, CLIENT_TAX_ID + client.uuid, tax_id.strip()[:100])


def invoice_po(session: Session, inv: Invoice) -> str:
    return _get(session, INVOICE_PO + inv.uuid) if inv.uuid else ""


def invoice_note(session: Session, inv: Invoice) -> str:
    return _get(session, INVOICE_NOTE + inv.uuid) if inv.uuid else ""


def set_invoice_extras_in(session: Session, inv: Invoice, po: str | None, note: str | None) -> None:
    """Store the PO number and note given at issue (before the invoice is frozen)."""
    if po is not None and po.strip():
        if len(po.strip()) > 60:
            raise BadInput("A PO number is at most 60 characters.")
        put(session, INVOICE_PO + inv.uuid, po.strip())
    if note is not None and note.strip():
        if len(note) > 2000:
            raise BadInput("An invoice note is at most 2,000 characters.")
        put(session, INVOICE_NOTE + inv.uuid, note.strip())
