"""Credit notes (CN-…): numbered corrections of an issued invoice, full or partial.

An *applied* credit note lowers what the client still owes on the invoice (balance = amount
due − payments − credits applied); a *refunded* one records money paid back to the client, so
it lowers what was owed and what was kept by the same amount and leaves the balance as it was.
The credit notes of one invoice never add up to more than its amount due.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import format_money
from milestone_desk.domain.states import InvoiceStatus
from milestone_desk.persistence.models import Invoice
from milestone_desk.persistence.models_records import CREDIT_APPLIED, CREDIT_REFUNDED, CreditNote
from milestone_desk.services.billing import balances
from milestone_desk.services.billing.voiding import clean_reason
from milestone_desk.services.core import audit, numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import CreditNoteView
from milestone_desk.services.core.queries import lookup


def issue_credit_note(
    books: Books,
    invoice_number: str,
    amount_cents: int,
    reason: str,
    on: date | None = None,
    refund: bool = False,
) -> str:
    """Issue a credit note against an invoice; returns its new number (e.g. CN-2026-0001)."""
    if amount_cents <= 0:
        raise BadInput("A credit note must be for more than zero.")
    why = clean_reason(reason, "credit note")
    kind = CREDIT_REFUNDED if refund else CREDIT_APPLIED
    with books.write() as s:
        inv = lookup.invoice(s, invoice_number)
        cur = lookup.company(s).currency

        def money(v: int) -> str:
            return f"{format_money(v, cur)} {cur}"

        if inv.status == InvoiceStatus.VOID.value:
            raise BadInput(f"Invoice {invoice_number} is void; a void invoice takes no credit note.")
        if inv.status == InvoiceStatus.DRAFT.value:
            raise BadInput(f"Invoice {invoice_number} is not issued yet; edit the draft instead.")
        on = on or date.today()
        if inv.issue_date is not None and on < inv.issue_date:
            raise BadInput(
                f"A credit note cannot be dated before its invoice ({inv.issue_date.isoformat()})."
            )
        bal = balances.balance_of(s, inv)
        creditable = inv.amount_due_cents - bal.credited - bal.refunded
        if amount_cents > creditable:
            raise BadInput(
                f"Invoice {invoice_number} has only {money(max(creditable, 0))} left to credit; "
                "a credit note cannot be more."
            )
        if not refund and amount_cents > bal.open:
            if bal.open <= 0:
                raise BadInput(
                    f"Invoice {invoice_number} is fully paid; record the credit as a refund (--refund)."
                )
            raise BadInput(
                f"Invoice {invoice_number} has only {money(bal.open)} left to pay; "
                "credit at most that, or record the rest as a refund (--refund)."
            )
        if refund and amount_cents > bal.paid - bal.refunded:
            raise BadInput(
                f"Only {money(max(bal.paid - bal.refunded, 0))} was paid on invoice {invoice_number} "
                "and not yet refunded; a refund cannot be more."
            )
        taken = numbering.take(s, numbering.CREDIT_NOTE, on)
        note = CreditNote(
            invoice=inv,
            number=taken.number,
            issue_date=on,
            amount_cents=amount_cents,
            reason=why,
            kind=kind,
        )
        s.add(note)
        s.flush()
        from milestone_desk.services.billing.credit_documents import freeze_credit_note

        freeze_credit_note(s, note)  # issued with its PDF or not at all
        before = {"status": inv.status, "balance": bal.open}
        balances.settle(s, inv)
        audit.record(
            s,
            "credit_note",
            note.uuid,
            "issue",
            None,
            {
                "number": taken.number,
                "invoice": invoice_number,
                "amount": amount_cents,
                "kind": kind,
                "reason": why,
                "date": on,
            },
        )
        audit.record(
            s,
            "invoice",
            inv.uuid,
            "credit",
            before,
            {
                "status": inv.status,
                "balance": balances.balance_of(s, inv).open,
                "credit_note": taken.number,
                "amount": amount_cents,
                "kind": kind,
            },
        )
        return taken.number


def list_credit_notes(books: Books, invoice_number: str | None = None) -> list[CreditNoteView]:
    """Credit notes of one invoice, or all, oldest first."""
    with books.read() as s:
        cur = lookup.company(s).currency
        q = select(CreditNote, Invoice.number).join(Invoice, CreditNote.invoice_id == Invoice.id)
        if invoice_number is not None:
            q = q.where(CreditNote.invoice_id == lookup.invoice(s, invoice_number).id)
        q = q.order_by(CreditNote.issue_date, CreditNote.id)
        return [
            CreditNoteView(
                cn.number, inv_no or "", cn.issue_date, cn.amount_cents, cn.reason, cn.kind, cur, cn.uuid
            )
            for cn, inv_no in s.execute(q)
        ]
