"""Small reads the main window needs: an invoice's receipts, and the record ids behind history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from milestone_desk.persistence.models import Payment, PaymentApplication, Receipt
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup


@dataclass(frozen=True)
class ReceiptRef:
    """A receipt of a payment applied to an invoice, as a menu lists it."""

    number: str
    issue_date: date
    amount_cents: int  # the whole payment the receipt acknowledges


def receipts_of_invoice(books: Books, number: str) -> list[ReceiptRef]:
    """The receipts of every payment applied to invoice ``number``, oldest first."""
    with books.read() as s:
        inv = lookup.invoice(s, number)
        q = (
            select(Receipt.number, Receipt.issue_date, Payment.amount_cents)
            .join(Payment, Receipt.payment_id == Payment.id)
            .join(PaymentApplication, PaymentApplication.payment_id == Payment.id)
            .where(PaymentApplication.invoice_id == inv.id)
            .distinct()
            .order_by(Receipt.issue_date, Receipt.number)
        )
        return [ReceiptRef(n, d, a) for n, d, a in s.execute(q)]


def project_uuid(books: Books, code: str) -> str:
    with books.read() as s:
        return lookup.project(s, code).uuid


def milestone_uuid(books: Books, code: str, name: str) -> str:
    with books.read() as s:
        return lookup.milestone(s, lookup.project(s, code), name).uuid


def queue_message(
    books: Books, to: str, subject: str, body: str, attachment_name: str = "", attachment: bytes | None = None
) -> int:
    """Queue a message that belongs to no single invoice (a statement, a reminder); returns its id."""
    from milestone_desk.domain.text import clean_text
    from milestone_desk.persistence.models_documents import OutboxMessage
    from milestone_desk.services.mailing.outbox import check_addresses

    address = check_addresses(to)
    with books.write() as s:
        msg = OutboxMessage(
            state="queued",
            recipient=address,
            subject=clean_text(subject, "subject", limit=500),
            body=body,
            attachment_name=attachment_name,
            attachment=attachment,
        )
        s.add(msg)
        s.flush()
        return msg.id
