"""Report models (DESIGN §2: they live in domain/ so that documents/ depends on domain/ only).

The plain figures of the company header, a project's totals, the receivables aging, a client's
statement and a project's ledger: built by services, shown by the window, drawn by documents/.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class CompanyInfo:
    name: str
    address: str = ""
    tax_id: str = ""
    email: str = ""
    phone: str = ""
    page_size: str = "letter"
    logo_png: bytes | None = None


@dataclass(frozen=True)
class Totals:
    """Money figures of one project, as the ledger defines them (issue 2, item 8)."""

    original_contract: int = 0
    change_orders: int = 0
    billed: int = 0
    tax_billed: int = 0
    retainage_withheld: int = 0
    retainage_released: int = 0
    invoiced_due: int = 0
    paid: int = 0
    credits: int = 0
    deposit_invoiced: int = 0
    deposit_applied: int = 0

    @property
    def deposit_unapplied(self) -> int:
        return self.deposit_invoiced - self.deposit_applied

    @property
    def contract_to_date(self) -> int:
        return self.original_contract + self.change_orders

    @property
    def retainage_held(self) -> int:
        return self.retainage_withheld - self.retainage_released

    @property
    def outstanding(self) -> int:
        return self.invoiced_due - self.paid - self.credits

    @property
    def balance_to_finish(self) -> int:
        return self.contract_to_date - self.billed + self.retainage_held


BUCKETS = ("current", "1_30", "31_60", "61_90", "90_plus")
BUCKET_LABELS = {
    "current": "Current",
    "1_30": "1–30",
    "31_60": "31–60",
    "61_90": "61–90",
    "90_plus": "90+",
}


def bucket_of(days_past_due: int) -> str:
    """The aging bucket for a number of days past due (zero or less is current)."""
    if days_past_due <= 0:
        return "current"
    if days_past_due <= 30:
        return "1_30"
    if days_past_due <= 60:
        return "31_60"
    if days_past_due <= 90:
        return "61_90"
    return "90_plus"


@dataclass(frozen=True)
class AgingItem:
    """One open invoice in the aging, with its bucket."""

    number: str
    client_code: str
    client_name: str
    project_code: str
    issue_date: date
    due_date: date
    days_past_due: int
    bucket: str
    outstanding: int


@dataclass(frozen=True)
class AgingRow:
    """One client's line (or the total line, with an empty code)."""

    client_code: str
    client_name: str
    buckets: dict[str, int]
    credit: int

    @property
    def total(self) -> int:
        return sum(self.buckets.values())


@dataclass(frozen=True)
class AgingReport:
    as_of: date
    currency: str
    company_name: str
    rows: list[AgingRow]
    total: AgingRow
    items: list[AgingItem] = field(default_factory=list)
    company: CompanyInfo | None = None

    @property
    def open_receivables(self) -> int:
        return self.total.total


@dataclass(frozen=True)
class StatementLine:
    """One dated movement on the account; ``charge`` raises the balance, ``credit`` lowers it."""

    on: date
    kind: str  # "invoice", "payment", "credit" (a credit note) or "refund" (money paid back)
    reference: str
    description: str
    charge: int
    credit: int
    balance: int


@dataclass(frozen=True)
class StatementOpenItem:
    number: str
    project_code: str
    description: str
    issue_date: date
    due_date: date
    amount_due: int
    paid: int
    outstanding: int
    days_past_due: int
    credited: int = 0


@dataclass(frozen=True)
class Statement:
    company_name: str
    company_address: str
    company_email: str
    company_phone: str
    payment_instructions: str
    currency: str
    client_code: str
    client_name: str
    client_address: str
    date_from: date | None
    date_to: date
    opening: int
    invoices: int
    payments: int
    credits: int
    lines: list[StatementLine] = field(default_factory=list)
    open_items: list[StatementOpenItem] = field(default_factory=list)
    unapplied_credit: int = 0
    buckets: dict[str, int] = field(default_factory=dict)
    refunds: int = 0
    company: CompanyInfo | None = None

    @property
    def closing(self) -> int:
        return self.opening + self.invoices - self.payments - self.credits

    @property
    def open_items_total(self) -> int:
        return sum(i.outstanding for i in self.open_items)


@dataclass(frozen=True)
class LedgerEntry:
    on: date
    kind: str  # "invoice", "payment" or "credit"
    reference: str
    description: str
    gross: int
    tax: int
    retainage: int
    charge: int
    received: int
    balance: int


#: Within one day a project's ledger lists invoices first, then payments, then credit notes.
LEDGER_KIND_ORDER = {"invoice": 0, "payment": 1, "credit": 2}


@dataclass(frozen=True)
class LedgerPosting:
    """One invoice, payment application or credit note of a project, before it is placed in the ledger.
    ``seq`` (the record's id) keeps postings of one day and kind in the order they were made."""

    on: date
    kind: str  # "invoice", "payment" or "credit"
    seq: int
    reference: str
    description: str
    gross: int = 0
    tax: int = 0
    retainage: int = 0
    charge: int = 0
    received: int = 0


def ledger_lines(postings: Iterable[LedgerPosting]) -> list[LedgerEntry]:
    """A project's ledger lines — the one computation behind the ledger view, its PDF and anything else
    that shows a project ledger: postings in date order (invoices, payments, credit notes within a day;
    then as made), each with the running outstanding balance = Σ charged − Σ received so far."""
    ordered = sorted(postings, key=lambda p: (p.on, LEDGER_KIND_ORDER[p.kind], p.seq))
    lines: list[LedgerEntry] = []
    running = 0
    for p in ordered:
        running += p.charge - p.received
        lines.append(
            LedgerEntry(
                p.on, p.kind, p.reference, p.description, p.gross, p.tax, p.retainage, p.charge,
                p.received, running,
            )
        )
    return lines


@dataclass(frozen=True)
class ProjectLedger:
    company_name: str
    currency: str
    project_code: str
    project_name: str
    client_code: str
    client_name: str
    site_address: str
    status: str
    totals: Totals
    entries: list[LedgerEntry] = field(default_factory=list)
    company: CompanyInfo | None = None


