"""Credit note PDFs from the books, frozen at issue like invoices (bytes + SHA-256, same transaction).

``freeze_credit_note`` runs inside ``credits.issue_credit_note``'s transaction, so a credit note is
issued with its PDF or not at all; a reprint returns the stored bytes, checked against the digest.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.documents import render_credit_note
from milestone_desk.documents.model import CreditNoteDocument, PartyInfo, SiteInfo
from milestone_desk.domain.errors import NotFound
from milestone_desk.domain.fingerprint import sha256, stored_pdf
from milestone_desk.persistence.models_records import CREDIT_APPLIED, CREDIT_REFUNDED, CreditNote
from milestone_desk.services.billing import balances
from milestone_desk.services.core import doc_locale
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.doc_company import company_info


def find(session: Session, number: str) -> CreditNote:
    note = session.scalars(select(CreditNote).where(CreditNote.number == number)).first()
    if note is None:
        raise NotFound(f"There is no credit note numbered {number!r}.")
    return note


def credit_note_document(session: Session, note: CreditNote) -> CreditNoteDocument:
    """What the credit note shows: the invoice's balance just before it and what it leaves."""
    session.flush()
    inv = note.invoice
    project = inv.project
    client = project.client
    company = lookup.company(session)
    earlier = session.scalar(
        select(func.coalesce(func.sum(CreditNote.amount_cents), 0)).where(
            CreditNote.invoice_id == inv.id, CreditNote.kind == CREDIT_APPLIED, CreditNote.id < note.id
        )
    )
    before = inv.amount_due_cents - balances.paid_on(session, inv.id) - int(earlier or 0)
    refunded = note.kind == CREDIT_REFUNDED
    return CreditNoteDocument(
        company=company_info(company),
        client=PartyInfo(
            client.name, client.address, client.email, client.phone, doc_locale.client_tax_id(session, client)
        ),
        site=SiteInfo(project.code, project.name, project.site_address),
        number=note.number,
        issue_date=note.issue_date,
        invoice_number=inv.number or "",
        invoice_date=inv.issue_date,
        invoice_total=inv.amount_due_cents,
        reason=note.reason,
        amount=note.amount_cents,
        refunded=refunded,
        balance_before=before,
        balance_after=before if refunded else before - note.amount_cents,
        currency=company.currency,
        locale=doc_locale.document_locale(session, client),
    )


def freeze_credit_note(session: Session, note: CreditNote) -> None:
    """Store the issued credit note's PDF and its SHA-256 (inside the issuing transaction)."""
    session.flush()
    doc = credit_note_document(session, note)
    from milestone_desk.documents.fonts import ensure_drawable  # reportlab only when freezing

    ensure_drawable(doc, f"credit note {note.number}")
    pdf = render_credit_note(doc)
    note.pdf = pdf
    note.pdf_sha256 = sha256(pdf)


def credit_note_pdf_in(session: Session, number: str) -> bytes:
    note = find(session, number)
    frozen = stored_pdf(note.pdf, note.pdf_sha256, f"credit note {number}")
    return frozen if frozen is not None else render_credit_note(credit_note_document(session, note))


def credit_note_pdf(books: Books, number: str) -> bytes:
    """The credit note's PDF: the frozen bytes (checked against their SHA-256)."""
    with books.read() as s:
        return credit_note_pdf_in(s, number)


def credit_numbers(session: Session) -> list[str]:
    return list(session.scalars(select(CreditNote.number).order_by(CreditNote.id)))
