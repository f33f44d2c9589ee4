"""Voiding an issued invoice: it keeps its number, needs a reason, and frees its milestone.

An invoice that already has money on it (payments or credit notes) is not voided: the money
would be left pointing at nothing. Such an invoice is corrected with a credit note or a refund.
"""

from __future__ import annotations

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.states import InvoiceStatus, MilestoneStatus
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import utcnow
from milestone_desk.persistence.models_records import CREDIT_REFUNDED
from milestone_desk.services.billing import balances
from milestone_desk.services.construction import retainage
from milestone_desk.services.core import audit
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup

REASON_LIMIT = 1000


def clean_reason(reason: str, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise BadInput(f"A {what} needs a reason; say why in --reason.")
    return clean_text(text, "reason", limit=REASON_LIMIT)


def void_invoice(books: Books, number: str, reason: str) -> None:
    """Void an issued invoice with no payments or credit notes; its milestone returns to completed."""
    why = clean_reason(reason, "void")
    with books.write() as s:
        inv = lookup.invoice(s, number)
        if inv.status == InvoiceStatus.VOID.value:
            raise BadInput(f"Invoice {number} is already void.")
        if inv.status == InvoiceStatus.DRAFT.value:
            raise BadInput(f"Invoice {number} is not issued yet; a draft is deleted, not voided.")
        bal = balances.balance_of(s, inv)
        if bal.paid:
            raise BadInput(
                f"Invoice {number} has payments applied, so it cannot be voided; "
                "record a credit note or refund instead."
            )
        if bal.credited or balances.credits_on(s, inv.id, CREDIT_REFUNDED):
            raise BadInput(
                f"Invoice {number} already has credit notes, so it cannot be voided; "
                "record a credit note for the rest instead."
            )
        if inv.kind == "deposit" and retainage.deposit_left(s, inv.project) - inv.gross_cents < 0:
            raise BadInput(
                f"Invoice {number} is the deposit that later milestone invoices already deducted, so it "
                "cannot be voided; void those milestone invoices first or record a credit note instead."
            )
        before = {"status": inv.status, "void_reason": None, "voided_at": None}
        inv.status = InvoiceStatus.VOID.value
        inv.void_reason = why
        inv.voided_at = utcnow().replace(microsecond=0)
        milestone_before = None
        if inv.milestone is not None and inv.kind == "milestone":
            milestone_before = inv.milestone.status
            if inv.milestone.status in (MilestoneStatus.INVOICED.value, MilestoneStatus.PAID.value):
                inv.milestone.status = MilestoneStatus.COMPLETED.value
        s.flush()
        audit.record(
            s,
            "invoice",
            inv.uuid,
            "void",
            before,
            {"status": inv.status, "void_reason": why, "voided_at": inv.voided_at, "number": number},
        )
        if inv.milestone is not None and milestone_before is not None:
            audit.record(
                s,
                "milestone",
                inv.milestone.uuid,
                "invoice_voided",
                {"status": milestone_before, "invoice": number},
                {"status": inv.milestone.status, "invoice": None},
            )
