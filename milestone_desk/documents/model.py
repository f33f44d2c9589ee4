"""What a document says, as plain data: built by services, drawn by the renderers.

Money is integer minor units plus the document's currency; dates are ``datetime.date``.
Every string here is user text and is escaped when drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from milestone_desk.domain.payment_codes import PaymentCode
from milestone_desk.domain.progress import LineFigures, Summary
from milestone_desk.domain.reports import CompanyInfo as CompanyInfo  # the model lives in domain/


@dataclass(frozen=True)
class PartyInfo:
    """The client: who is billed or who paid."""

    name: str
    address: str = ""
    email: str = ""
    phone: str = ""
    #: the client's VAT / tax id, printed under their name when set
    tax_id: str = ""


@dataclass(frozen=True)
class SiteInfo:
    """The job: project code, name and site address."""

    code: str
    name: str
    address: str = ""


@dataclass(frozen=True)
class DocumentLine:
    description: str
    amount: int
    detail: str = ""


@dataclass(frozen=True)
class InvoiceSummary:
    """The project account as of this invoice."""

    contract_to_date: int
    billed_to_date: int
    retainage_this_invoice: int
    retainage_to_date: int
    previous_payments: int
    tax: int
    amount_due_now: int
    original_contract: int = 0  # shown with the change orders when there are any
    change_orders: int = 0  # net approved change orders
    deposit_applied: int = 0  # deducted on this invoice
    deposit_applied_to_date: int = 0
    credits: int = 0  # credit notes applied to this invoice


@dataclass(frozen=True)
class InvoiceDocument:
    company: CompanyInfo
    client: PartyInfo
    site: SiteInfo
    number: str
    issue_date: date
    due_date: date
    terms: str
    milestone: str
    milestone_description: str
    lines: list[DocumentLine]
    gross: int
    tax: int
    tax_label: str
    retainage: int
    retainage_label: str
    deposit_applied: int
    total_due: int
    summary: InvoiceSummary
    currency: str = "USD"
    payment_instructions: str = ""
    notes: str = ""
    draft: bool = False
    #: milestone, progress, release, deposit or late_fee: decides the wording.
    kind: str = "milestone"
    #: the pay application a progress invoice bills (APP-…), or the invoice a late fee is charged on.
    reference: str = ""
    #: payment QR codes (EPC/GiroCode, Swiss QR-bill, pay-online link); none: drawn exactly as before.
    payment_codes: tuple[PaymentCode, ...] = ()
    #: the client's purchase-order number, when they gave one
    po_number: str = ""
    #: language and formats of the document (``fr_FR``): the client's, else the company's
    locale: str = "en_US"


@dataclass(frozen=True)
class AppliedInvoice:
    number: str
    description: str
    applied: int
    balance_after: int


@dataclass(frozen=True)
class ReceiptDocument:
    company: CompanyInfo
    client: PartyInfo
    number: str
    date: date
    amount: int
    method: str
    reference: str
    applied: list[AppliedInvoice] = field(default_factory=list)
    remaining_balance: int = 0
    client_credit: int = 0
    currency: str = "USD"
    site: SiteInfo | None = None
    notes: str = ""
    locale: str = "en_US"


#: Lien waiver kinds and their titles (here, not in waiver_pdf, so services need no reportlab to list them).
TITLES = {
    "conditional_progress": "Conditional Waiver and Release on Progress Payment",
    "unconditional_progress": "Unconditional Waiver and Release on Progress Payment",
    "conditional_final": "Conditional Waiver and Release on Final Payment",
    "unconditional_final": "Unconditional Waiver and Release on Final Payment",
}


@dataclass(frozen=True)
class WaiverDocument:
    kind: str
    body: str  # the template text with its fields filled in
    claimant: str
    claimant_address: str
    customer: str
    project: str
    site_address: str
    document_number: str  # the invoice or pay application it covers
    through_date: date
    amount_cents: int
    currency: str
    issue_date: date
    company: CompanyInfo | None = None


@dataclass(frozen=True)
class CreditNoteDocument:
    """A credit note: a numbered correction of an issued invoice, applied or refunded."""

    company: CompanyInfo
    client: PartyInfo
    site: SiteInfo
    number: str
    issue_date: date
    invoice_number: str
    invoice_date: date | None
    invoice_total: int
    reason: str
    amount: int
    refunded: bool
    balance_before: int
    balance_after: int
    currency: str = "USD"
    locale: str = "en_US"


@dataclass(frozen=True)
class PayAppDocument:
    """Everything a pay application shows: plain data, no database rows."""

    number: str
    invoice_number: str
    seq: int
    period_to: date
    company_name: str
    company_address: str
    client_name: str
    client_address: str
    project_code: str
    project_name: str
    site_address: str
    retainage_percent: Decimal
    stepped_down: bool
    lines: list[LineFigures]
    summary: Summary
    currency: str
    company: CompanyInfo | None = None
