"""What an invoice still owes: amount due − payments applied − credit notes applied (DESIGN §5).

One place for the balance, so payments, credit notes, void and ``check`` agree. A refunded
credit note does not change the balance: it lowers what was owed and gives the same money back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.domain.states import InvoiceStatus, MilestoneStatus, invoice_status_after_payment
from milestone_desk.persistence.models import Invoice, PaymentApplication
from milestone_desk.persistence.models_records import CREDIT_APPLIED, CREDIT_REFUNDED, CreditNote


@dataclass(frozen=True)
class Balance:
    amount_due: int
    paid: int
    credited: int
    refunded: int

    @property
    def open(self) -> int:
        """What the client still owes on the invoice."""
        return self.amount_due - self.paid - self.credited

    @property
    def settled(self) -> int:
        """Payments and applied credits together: what counts toward the amount due."""
        return self.paid + self.credited


def status_for(amount_due: int, paid: int, credited: int) -> InvoiceStatus:
    """Paid once payments and applied credits cover the amount due; partially paid only when
    money came in (a credit note alone does not make an invoice "partially paid")."""
    if paid + credited >= amount_due and paid + credited > 0:
        return InvoiceStatus.PAID
    return invoice_status_after_payment(amount_due, paid)


def paid_on(session: Session, invoice_id: int) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(PaymentApplication.amount_cents), 0)).where(
            PaymentApplication.invoice_id == invoice_id
        )
    )
    return int(total or 0)


def credits_on(session: Session, invoice_id: int, kind: str = CREDIT_APPLIED) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(CreditNote.amount_cents), 0)).where(
            CreditNote.invoice_id == invoice_id, CreditNote.kind == kind
        )
    )
    return int(total or 0)


def balance_of(session: Session, invoice: Invoice) -> Balance:
    session.flush()
    return Balance(
        invoice.amount_due_cents,
        paid_on(session, invoice.id),
        credits_on(session, invoice.id, CREDIT_APPLIED),
        credits_on(session, invoice.id, CREDIT_REFUNDED),
    )


def credited_by_invoice(session: Session) -> dict[int, int]:
    """Applied credit notes per invoice id (one query)."""
    rows = session.execute(
        select(CreditNote.invoice_id, func.sum(CreditNote.amount_cents))
        .where(CreditNote.kind == CREDIT_APPLIED)
        .group_by(CreditNote.invoice_id)
    )
    return {inv_id: int(total or 0) for inv_id, total in rows}


def settle(session: Session, invoice: Invoice) -> None:
    """Bring an invoice's status (and its milestone's) in line with the money and credits applied."""
    if invoice.status in (InvoiceStatus.VOID.value, InvoiceStatus.DRAFT.value):
        return
    bal = balance_of(session, invoice)
    status = status_for(invoice.amount_due_cents, bal.paid, bal.credited)
    if invoice.status != status.value:
        invoice.status = status.value
    if invoice.milestone is not None and invoice.kind == "milestone":
        want = (MilestoneStatus.PAID if status is InvoiceStatus.PAID else MilestoneStatus.INVOICED).value
        if invoice.milestone.status != want:
            invoice.milestone.status = want
