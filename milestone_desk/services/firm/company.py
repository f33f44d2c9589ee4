"""The company profile: name, address, currency, numbering formats, payment terms."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import Company
from milestone_desk.services.core import audit, numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import CompanyProfile
from milestone_desk.services.core.queries import lookup

PAGE_SIZES = ("letter", "a4")

#: ISO 4217 codes that name no money a firm bills in (testing, "no currency").
_NOT_MONEY = frozenset({"XXX", "XTS"})


def is_iso_currency(code: str) -> bool:
    """True for a real ISO 4217 currency code (babel's list), e.g. USD, EUR, JPY."""
    from babel.numbers import list_currencies

    return code in list_currencies() and code not in _NOT_MONEY


def _validated(p: CompanyProfile) -> CompanyProfile:
    currency = p.currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha() or not is_iso_currency(currency):
        raise BadInput(
            f"The currency {p.currency!r} is not a three-letter ISO 4217 currency code such as USD."
        )
    if not 0 <= p.payment_terms_days <= 365:
        raise BadInput("Payment terms must be between 0 and 365 days.")
    if p.page_size not in PAGE_SIZES:
        raise BadInput("The page size must be letter or a4.")
    numbering.validate_format(p.invoice_format)
    numbering.validate_format(p.receipt_format)
    return CompanyProfile(
        name=clean_text(p.name, "company name"),
        address=clean_text(p.address, "address", required=False, limit=1000),
        currency=currency,
        tax_id=clean_text(p.tax_id, "tax id", required=False),
        email=clean_text(p.email, "email", required=False),
        phone=clean_text(p.phone, "phone", required=False),
        payment_terms_days=p.payment_terms_days,
        invoice_format=p.invoice_format,
        receipt_format=p.receipt_format,
        page_size=p.page_size,
        payment_instructions=clean_text(
            p.payment_instructions, "payment instructions", required=False, limit=2000
        ),
    )


def profile_of(c: Company) -> CompanyProfile:
    return CompanyProfile(
        c.name,
        c.address,
        c.currency,
        c.tax_id,
        c.email,
        c.phone,
        c.payment_terms_days,
        c.invoice_format,
        c.receipt_format,
        c.page_size,
        c.payment_instructions,
    )


def has_company(books: Books) -> bool:
    with books.read() as s:
        return s.query(Company.id).first() is not None


def put_company(session: Session, profile: CompanyProfile) -> Company:
    """Create the profile, or update it in place (a file holds one company)."""
    clean = _validated(profile)
    existing = session.query(Company).order_by(Company.id).first()
    if existing is None:
        existing = Company(**asdict(clean))
        session.add(existing)
        session.flush()
        audit.record(session, "company", existing.uuid, "create", None, asdict(clean))
        return existing
    before = asdict(profile_of(existing))
    if existing.currency != clean.currency and session.query(Company).count() and _has_money(session):
        raise BadInput("The currency cannot change once projects exist.")
    for key, value in asdict(clean).items():
        setattr(existing, key, value)
    audit.record(session, "company", existing.uuid, "update", before, asdict(clean))
    return existing


def _has_money(session: Session) -> bool:
    from milestone_desk.persistence.models import Project

    return session.query(Project.id).first() is not None


def save_company(books: Books, profile: CompanyProfile) -> CompanyProfile:
    with books.write() as s:
        return profile_of(put_company(s, profile))


def get_company(books: Books) -> CompanyProfile:
    with books.read() as s:
        return profile_of(lookup.company(s))
