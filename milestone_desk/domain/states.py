"""Life cycles of milestones and invoices, and which moves are allowed (DESIGN §4)."""

from __future__ import annotations

from enum import Enum

from milestone_desk.domain.errors import BadInput


class MilestoneStatus(str, Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    INVOICED = "invoiced"
    PAID = "paid"


class InvoiceStatus(str, Enum):
    DRAFT = "draft"
    ISSUED = "issued"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    VOID = "void"


class InvoiceKind(str, Enum):
    MILESTONE = "milestone"
    DEPOSIT = "deposit"
    RELEASE = "release"
    PROGRESS = "progress"
    LATE_FEE = "late_fee"


class PaymentMethod(str, Enum):
    CASH = "cash"
    CHECK = "check"
    ACH = "ACH"
    CARD = "card"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> PaymentMethod:
        for method in cls:
            if method.value.lower() == text.strip().lower():
                return method
        names = ", ".join(m.value for m in cls)
        raise BadInput(f"The payment method {text!r} is not one of {names}.")


#: Invoice states that count as issued money (not draft, not void).
OPEN_OR_SETTLED = (InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID)
#: The same as stored strings: "which invoices are live" (for queries: ``Invoice.status.in_(LIVE)``).
LIVE: tuple[str, ...] = tuple(s.value for s in OPEN_OR_SETTLED)
#: Live invoices with a balance that can still be paid, credited or voided.
PAYABLE: tuple[str, ...] = (InvoiceStatus.ISSUED.value, InvoiceStatus.PARTIALLY_PAID.value)
#: Invoices that hold a number and a frozen document (live ones and void ones).
NUMBERED: tuple[str, ...] = (*LIVE, InvoiceStatus.VOID.value)
VOID = InvoiceStatus.VOID.value
#: Invoice kinds that bill work of the contract (not deposits, releases or late fees).
BILLED_KINDS: tuple[str, ...] = (InvoiceKind.MILESTONE.value, InvoiceKind.PROGRESS.value)
#: Milestone states whose amount is frozen by an invoice.
BILLED_STATES = (MilestoneStatus.INVOICED, MilestoneStatus.PAID)
BILLED: tuple[str, ...] = tuple(s.value for s in BILLED_STATES)
#: Milestone states that can be completed (and moved on the timeline).
OPEN_WORK: tuple[str, ...] = (MilestoneStatus.PLANNED.value, MilestoneStatus.IN_PROGRESS.value)
COMPLETED = MilestoneStatus.COMPLETED.value
#: Milestone states not yet invoiced (a change order may still move their amounts).
UNBILLED: tuple[str, ...] = (
    MilestoneStatus.PLANNED.value,
    MilestoneStatus.IN_PROGRESS.value,
    MilestoneStatus.COMPLETED.value,
)


def check_can_complete(name: str, status: MilestoneStatus) -> None:
    if status not in (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS):
        raise BadInput(f"Milestone {name!r} is already {status.value.replace('_', ' ')}.")


def check_can_reopen(name: str, status: MilestoneStatus) -> None:
    if status is not MilestoneStatus.COMPLETED:
        raise BadInput(
            f"Only a completed, not yet invoiced milestone can be reopened; "
            f"{name!r} is {status.value.replace('_', ' ')}."
        )


def check_can_invoice(name: str, status: MilestoneStatus) -> None:
    if status in (MilestoneStatus.INVOICED, MilestoneStatus.PAID):
        raise BadInput(f"Milestone {name!r} has already been invoiced.")
    if status is not MilestoneStatus.COMPLETED:
        raise BadInput(f"Milestone {name!r} is not completed yet; complete it before issuing its invoice.")


def invoice_status_after_payment(amount_due: int, applied: int) -> InvoiceStatus:
    """Status of an issued invoice given what has been applied to it so far."""
    if applied <= 0:
        return InvoiceStatus.ISSUED
    if applied >= amount_due:
        return InvoiceStatus.PAID
    return InvoiceStatus.PARTIALLY_PAID
