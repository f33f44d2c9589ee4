"""Plain data handed to the UI, the CLI and the documents: no live ORM rows cross this line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from milestone_desk.domain.reports import Totals as Totals  # the model lives in domain/
from milestone_desk.domain.schedule import Share
from milestone_desk.domain.states import PAYABLE, VOID


@dataclass(frozen=True)
class ClientSpec:
    code: str
    name: str
    email: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class MilestoneSpec:
    name: str
    share: Share
    is_deposit: bool = False
    planned_date: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ProjectSpec:
    code: str
    client_code: str
    name: str
    contract_cents: int
    milestones: list[MilestoneSpec]
    site_address: str = ""
    tax_percent: Decimal = Decimal(0)
    retainage_percent: Decimal = Decimal(0)
    retainage_basis: str = "pre_tax"
    status: str = "active"
    billing_mode: str = "milestone"
    deposit_policy: str = "installment"
    deposit_applied: str = "pro_rata"
    deposit_cents: int = 0
    retainage_step_at: Decimal | None = None
    retainage_step_to: Decimal | None = None
    #: Progress billing: (line name, value in cents); written with the project when given.
    schedule_of_values: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class CompanyProfile:
    name: str
    address: str = ""
    currency: str = "USD"
    tax_id: str = ""
    email: str = ""
    phone: str = ""
    payment_terms_days: int = 30
    invoice_format: str = "INV-{year}-{seq:04d}"
    receipt_format: str = "RCT-{year}-{seq:04d}"
    page_size: str = "letter"
    payment_instructions: str = ""


@dataclass(frozen=True)
class ClientView:
    id: int
    code: str
    name: str
    email: str
    address: str
    phone: str
    credit_cents: int = 0


@dataclass(frozen=True)
class MilestoneView:
    id: int
    position: int
    name: str
    share_kind: str
    share_percent: Decimal | None
    share_cents: int | None
    amount_cents: int
    is_deposit: bool
    planned_date: date | None
    status: str
    completed_date: date | None
    note: str
    invoice_number: str | None


@dataclass(frozen=True)
class ProjectSummary:
    id: int
    code: str
    name: str
    client_code: str
    client_name: str
    status: str
    currency: str
    totals: Totals


@dataclass(frozen=True)
class ProjectDetail:
    summary: ProjectSummary
    site_address: str
    tax_percent: Decimal
    retainage_percent: Decimal
    retainage_basis: str
    milestones: list[MilestoneView] = field(default_factory=list)
    #: The schedule's version when it was read (services/core/freshness.py), handed back with an edit.
    version: int = 0
    #: A project with change orders keeps its schedule as the books hold it (no more share edits).
    has_change_orders: bool = False


@dataclass(frozen=True)
class InvoiceView:
    id: int
    number: str | None
    project_code: str
    project_name: str
    client_name: str
    milestone_name: str | None
    kind: str
    status: str
    issue_date: date | None
    due_date: date | None
    gross_cents: int
    tax_cents: int
    retainage_cents: int
    deposit_applied_cents: int
    amount_due_cents: int
    paid_cents: int
    currency: str
    #: Credit notes applied to the balance (refunded ones leave the balance as it was).
    credited_cents: int = 0
    uuid: str = ""
    void_reason: str | None = None

    @property
    def balance_cents(self) -> int:
        if self.status == VOID:
            return 0
        return self.amount_due_cents - self.paid_cents - self.credited_cents

    def is_overdue(self, today: date) -> bool:
        return (
            self.status in PAYABLE
            and self.due_date is not None
            and self.due_date < today
            and self.balance_cents > 0
        )


@dataclass(frozen=True)
class AuditEntry:
    """One event of the audit trail, for a record's history (times are UTC)."""

    id: int
    at: datetime
    entity: str
    entity_uuid: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]

    def changes(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for every field the event mentions, in name order."""
        keys = sorted(set(self.before) | set(self.after))
        return [(k, self.before.get(k), self.after.get(k)) for k in keys]


@dataclass(frozen=True)
class CreditNoteView:
    number: str
    invoice_number: str
    issue_date: date
    amount_cents: int
    reason: str
    kind: str
    currency: str
    uuid: str


@dataclass(frozen=True)
class PaymentResult:
    receipt_number: str
    applied_cents: int
    credit_cents: int
    invoice_status: str
