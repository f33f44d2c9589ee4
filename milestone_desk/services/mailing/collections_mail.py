"""Reminders and statements through the outbox.

``queue_due_reminders`` renders each reminder due today from the firm's templates, puts it in the
outbox with the invoice's PDF attached, and records the reminder step in the same transaction: a
reminder is marked sent only if its message was queued, and the unique (invoice, step) pair means
it is never queued twice. Sending is the outbox's job (``outbox.send_pending`` / ``outbox --send``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import format_money
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models_documents import OutboxMessage
from milestone_desk.services.billing import documents
from milestone_desk.services.collections import reminders
from milestone_desk.services.collections.queries import report_pdfs
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.mailing.outbox import check_addresses


@dataclass(frozen=True)
class QueuedReminders:
    """What ``queue_reminders`` did: the outbox ids queued, and the invoices it could not remind."""

    ids: list[int] = field(default_factory=list)
    invoices: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (invoice number, reason)


def queue_reminders(books: Books, today: date) -> QueuedReminders:
    """Queue every reminder due on ``today``; a client without an email address is skipped."""
    out = QueuedReminders()
    for r in reminders.due_reminders(books, today):
        if not r.client_email.strip():
            out.skipped.append((r.invoice_number, f"client {r.client_code} has no email address"))
            continue
        try:
            to = check_addresses(r.client_email)
        except BadInput as exc:
            out.skipped.append((r.invoice_number, str(exc)))
            continue
        with books.write() as s:
            inv = lookup.invoice(s, r.invoice_number)
            msg = OutboxMessage(
                state="queued",
                recipient=to,
                subject=clean_text(r.subject, "subject", limit=500),
                body=r.body,
                attachment_name=f"{documents.safe_name(r.invoice_number)}.pdf",
                attachment=documents.invoice_pdf_in(s, r.invoice_number),
                invoice_id=inv.id,
            )
            s.add(msg)
            s.flush()
            recorded = reminders.record_step(
                s, inv.id, r.step_days, on=today, channel="outbox", reference=f"outbox {msg.id}"
            )
            if not recorded:  # another window queued this step first: queue nothing
                s.delete(msg)
                s.flush()
                continue
            out.ids.append(msg.id)
            out.invoices.append(r.invoice_number)
    return out


def queue_due_reminders(books: Books, today: date) -> list[int]:
    """Queue the reminders due on ``today`` with their invoices attached; returns the outbox ids."""
    return queue_reminders(books, today).ids


def queue_statement(
    books: Books, client_code: str, to: str, date_from: date | None, date_to: date | None
) -> int:
    """Put the client's statement (PDF attached) in the outbox for ``to``; returns the message id."""
    address = check_addresses(to)
    stmt, pdf = report_pdfs.statement_report_pdf(books, client_code, date_from, date_to)
    cur = stmt.currency
    period = (
        f"{stmt.date_from.isoformat() if stmt.date_from else 'the beginning'} to {stmt.date_to.isoformat()}"
    )
    body = (
        f"Dear {stmt.client_name},\n\nPlease find attached your statement of account for {period}.\n"
        f"Closing balance: {format_money(stmt.closing, cur)} {cur}.\n\n"
        f"Thank you for your business.\n\n{stmt.company_name}\n"
    )
    with books.write() as s:
        msg = OutboxMessage(
            state="queued",
            recipient=address,
            subject=clean_text(f"Statement of account from {stmt.company_name}", "subject", limit=500),
            body=body,
            attachment_name=f"statement-{documents.safe_name(stmt.client_code)}-{stmt.date_to.isoformat()}.pdf",
            attachment=pdf,
        )
        s.add(msg)
        s.flush()
        return msg.id
