"""Files the accountant imports: QuickBooks Desktop IIF, QuickBooks Online CSV, Xero CSV.

Each issued invoice (not voided) and each payment dated in the period is written with its own
document number (invoice number, receipt number), so a re-export of the same period gives the same
numbers and the accountant can tell what is new. ``since_last`` exports only what no earlier
``since_last`` export of the same format wrote, and then marks it (settings
``accounting.exported.<format>``), in one transaction with the file write.

Invoice lines, the way QuickBooks users book retainage: the work (contract work, change order,
late fee, deposit or retainage release) at its gross, sales tax as its own line, the retainage
withheld as a negative "Retainage" item to the retainage receivable account, an applied deposit as
a negative "Deposit applied" item to customer deposits. The lines sum to the amount due.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain import journal as dj
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import to_decimal_string
from milestone_desk.persistence.models import Client, Invoice, Project
from milestone_desk.services.core import settings_store
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.rows import no_gc, rows
from milestone_desk.services.interchange.queries import csv_export
from milestone_desk.services.records import journal as journal_service

FORMATS = ("quickbooks-iif", "quickbooks-online", "xero")
EXPORTED = "accounting.exported."
XERO_TAX_TYPE = "accounting.xero_tax_type"

#: QuickBooks Desktop IIF header rows for invoices and payments (Intuit's IIF import kit sample
#: invoice: the TRNS columns through SHIPDATE, the SPL columns through OTHER2).
IIF_TRNS = (
    "!TRNS", "TRNSID", "TRNSTYPE", "DATE", "ACCNT", "NAME", "CLASS", "AMOUNT", "DOCNUM", "MEMO", "CLEAR",
    "TOPRINT", "NAMEISTAXABLE", "ADDR1", "ADDR2", "ADDR3", "ADDR4", "ADDR5", "DUEDATE", "TERMS", "PAID",
    "SHIPDATE",
)  # fmt: skip
IIF_SPL = (
    "!SPL", "SPLID", "TRNSTYPE", "DATE", "ACCNT", "NAME", "CLASS", "AMOUNT", "DOCNUM", "MEMO", "CLEAR",
    "QNTY", "PRICE", "INVITEM", "PAYMETH", "TAXABLE", "VALADJ", "REIMBEXP", "SERVICEDATE", "OTHER2",
)  # fmt: skip
IIF_END = ("!ENDTRNS",)

#: QuickBooks Online "Import invoices" CSV columns (Intuit's sample invoice file).
QBO_INVOICE_HEADER = (
    "*InvoiceNo", "*Customer", "*InvoiceDate", "*DueDate", "Terms", "Location", "Memo",
    "Item(Product/Service)", "ItemDescription", "ItemQuantity", "ItemRate", "*ItemAmount", "Service Date",
)  # fmt: skip
#: Payments: QuickBooks Online has no payment template of its own; these are the fields of
#: "Receive payment" for a connector or a bookkeeper to map.
QBO_PAYMENT_HEADER = (
    "Payment Date", "Customer", "Payment Method", "Reference No", "Deposit To", "Invoice No", "Amount", "Memo",
)  # fmt: skip

#: Xero's sales invoice import template (SalesInvoiceTemplate.csv), columns in Xero's order.
XERO_INVOICE_HEADER = (
    "*ContactName", "EmailAddress", "POAddressLine1", "POAddressLine2", "POAddressLine3", "POAddressLine4",
    "POCity", "PORegion", "POPostalCode", "POCountry", "*InvoiceNumber", "Reference", "*InvoiceDate",
    "*DueDate", "InventoryItemCode", "*Description", "*Quantity", "*UnitAmount", "Discount", "*AccountCode",
    "*TaxType", "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2", "Currency",
    "BrandingTheme",
)  # fmt: skip
#: Payments for Xero: the fields of a Xero invoice payment (Date, Amount, Reference, InvoiceNumber,
#: Account code); Xero has no payment CSV template of its own.
XERO_PAYMENT_HEADER = ("Date", "InvoiceNumber", "ContactName", "Amount", "Reference", "AccountCode")

#: The items an invoice is made of, and the account each one posts to.
ITEMS = {
    dj.REVENUE_CONTRACT: "Contract work",
    dj.REVENUE_CHANGE_ORDERS: "Change order",
    dj.REVENUE_LATE_FEES: "Late fee",
    dj.DEPOSITS: "Deposit",
    dj.RETAINAGE: "Retainage release",
}
RETAINAGE_ITEM = "Retainage"
DEPOSIT_APPLIED_ITEM = "Deposit applied"
TAX_ITEM = "Sales tax"


@dataclass(frozen=True)
class ItemLine:
    item: str
    account: str  # account key
    description: str
    amount: int  # as printed on the invoice: + charge, − deduction


@dataclass(frozen=True)
class ExportInvoice:
    figures: dj.InvoiceFigures
    due_date: date
    email: str
    address: str
    lines: tuple[ItemLine, ...]


@dataclass(frozen=True)
class ExportResult:
    files: tuple[Path, ...]
    invoices: int
    payments: int


def invoice_lines(inv: dj.InvoiceFigures) -> tuple[ItemLine, ...]:
    """The invoice as item lines; they sum to its amount due (checked)."""
    account = dj.gross_account(inv)
    text = inv.description or ITEMS[account]
    out = [ItemLine(ITEMS[account], account, text, inv.gross)]
    if inv.tax:
        out.append(ItemLine(TAX_ITEM, dj.SALES_TAX, TAX_ITEM, inv.tax))
    if inv.retainage and inv.kind != "release":
        out.append(ItemLine(RETAINAGE_ITEM, dj.RETAINAGE, "Retainage withheld", -inv.retainage))
    if inv.deposit_applied:
        out.append(ItemLine(DEPOSIT_APPLIED_ITEM, dj.DEPOSITS, DEPOSIT_APPLIED_ITEM, -inv.deposit_applied))
    if sum(ln.amount for ln in out) != inv.amount_due:
        raise dj.UnbalancedEntry(f"The lines of invoice {inv.number} do not add up to its amount due.")
    return tuple(out)


def _documents(
    session: Session, start: date | None, end: date | None
) -> tuple[list[ExportInvoice], list[dj.PaymentFigures]]:
    extra = {
        iid: (due, email or "", address or "")
        for iid, due, email, address in rows(
            session,
            select(Invoice.id, Invoice.due_date, Client.email, Client.address)
            .join(Project, Invoice.project_id == Project.id)
            .join(Client, Project.client_id == Client.id)
            .where(Invoice.number.is_not(None)),
        )
    }

    def inside(d: date) -> bool:
        return (start is None or d >= start) and (end is None or d <= end)

    invoices = [
        ExportInvoice(f, extra[f.id][0] or f.issue_date, extra[f.id][1], extra[f.id][2], invoice_lines(f))
        for f in journal_service.invoice_figures(session)
        if f.void_date is None and inside(f.issue_date)
    ]
    payments = [p for p in journal_service.payment_figures(session) if inside(p.date)]
    return invoices, payments


def _us(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year:04d}"


def _day_first(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def _iif_text(value: str) -> str:
    """IIF is tab-separated with no quoting: tabs and line breaks become spaces."""
    return " ".join(str(value).replace('"', "'").split())


def iif(
    invoices: list[ExportInvoice],
    payments: list[dj.PaymentFigures],
    chart: dict[str, dj.Account],
    currency: str,
) -> str:
    def m(v: int) -> str:
        return to_decimal_string(v, currency)

    def row(cells: list[str], width: int) -> str:
        cells = [_iif_text(c) for c in cells] + [""] * (width - len(cells))
        return "\t".join(cells)

    tw, sw = len(IIF_TRNS), len(IIF_SPL)
    out = ["\t".join(IIF_TRNS), "\t".join(IIF_SPL), "\t".join(IIF_END)]
    ar = chart[dj.AR].name
    for e in invoices:
        f = e.figures
        day = _us(f.issue_date)
        out.append(
            row(["TRNS", "", "INVOICE", day, ar, f.client, "", m(f.amount_due), f.number, f.description or f.project,
                 "N", "N", "N", "", "", "", "", "", _us(e.due_date), "", "N", ""], tw)
        )  # fmt: skip
        for ln in e.lines:
            out.append(
                row(["SPL", "", "INVOICE", day, chart[ln.account].name, "", "", m(-ln.amount), f.number,
                     ln.description, "N", "", m(ln.amount), ln.item, "", "N"], sw)
            )  # fmt: skip
        out.append("ENDTRNS")
    bank = chart[dj.BANK].name
    for p in payments:
        day = _us(p.date)
        memo = " ".join(x for x in (p.method, p.reference) if x)
        out.append(
            row(["TRNS", "", "PAYMENT", day, bank, p.client, "", m(p.amount), p.receipt, memo, "N"], tw)
        )
        out.append(row(["SPL", "", "PAYMENT", day, ar, p.client, "", m(-p.amount), p.receipt, memo, "N"], sw))
        out.append("ENDTRNS")
    return "\r\n".join(out) + "\r\n"


def qbo(
    invoices: list[ExportInvoice],
    payments: list[dj.PaymentFigures],
    chart: dict[str, dj.Account],
    currency: str,
) -> tuple[str, str]:
    def m(v: int) -> str:
        return to_decimal_string(v, currency)

    inv_rows = [
        [e.figures.number, e.figures.client, _us(e.figures.issue_date), _us(e.due_date), "", "",
         e.figures.project, ln.item, ln.description, "1", m(ln.amount), m(ln.amount), ""]
        for e in invoices
        for ln in e.lines
    ]  # fmt: skip
    bank = chart[dj.BANK].name
    pay_rows = []
    for p in payments:
        applied = 0
        for a in p.applications:
            pay_rows.append(
                [_us(p.date), p.client, p.method, p.receipt, bank, a.invoice_number, m(a.amount), p.reference]
            )
            applied += a.amount
        if p.amount - applied:
            pay_rows.append(
                [
                    _us(p.date),
                    p.client,
                    p.method,
                    p.receipt,
                    bank,
                    "",
                    m(p.amount - applied),
                    "Unapplied: client credit",
                ]
            )
    return (
        csv_export.to_csv_text(QBO_INVOICE_HEADER, inv_rows),
        csv_export.to_csv_text(QBO_PAYMENT_HEADER, pay_rows),
    )


def xero(
    invoices: list[ExportInvoice],
    payments: list[dj.PaymentFigures],
    chart: dict[str, dj.Account],
    currency: str,
    tax_type: str,
) -> tuple[str, str]:
    def m(v: int) -> str:
        return to_decimal_string(v, currency)

    fmt = _us if currency == "USD" else _day_first
    inv_rows = []
    for e in invoices:
        f = e.figures
        address = [ln.strip() for ln in e.address.splitlines() if ln.strip()][:4]
        address += [""] * (4 - len(address))
        for ln in e.lines:
            inv_rows.append(
                [f.client, e.email, *address, "", "", "", "", f.number, f.project, fmt(f.issue_date),
                 fmt(e.due_date), "", ln.description, "1", m(ln.amount), "", chart[ln.account].code, tax_type,
                 "", "", "", "", currency, ""]
            )  # fmt: skip
    bank = chart[dj.BANK].code
    pay_rows = [
        [fmt(p.date), a.invoice_number, p.client, m(a.amount), p.receipt, bank]
        for p in payments
        for a in p.applications
    ]
    return (
        csv_export.to_csv_text(XERO_INVOICE_HEADER, inv_rows),
        csv_export.to_csv_text(XERO_PAYMENT_HEADER, pay_rows),
    )


def payments_path(out: Path) -> Path:
    """The payments file beside the invoices file of a CSV export."""
    return out.with_name(f"{out.stem}-payments{out.suffix or '.csv'}")


def _marked(session: Session, fmt: str) -> tuple[set[str], set[str]]:
    raw = settings_store.get_many(session, EXPORTED + fmt).get(EXPORTED + fmt)
    if not raw:
        return set(), set()
    data = json.loads(raw)
    return set(data.get("invoices", [])), set(data.get("payments", []))


def export_accounting(
    books: Books,
    fmt: str,
    out: Path,
    start: date | None = None,
    end: date | None = None,
    *,
    since_last: bool = False,
) -> ExportResult:
    """Write the export file(s); with ``since_last`` only what was not exported before, then mark it."""
    if fmt not in FORMATS:
        raise BadInput(f"Unknown format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if start is not None and end is not None and start > end:
        raise BadInput(f"The period starts ({start.isoformat()}) after it ends ({end.isoformat()}).")
    with books.write() if since_last else books.read() as s, no_gc():
        cur = lookup.company(s).currency
        chart = journal_service.accounts_in(s)
        try:
            invoices, payments = _documents(s, start, end)
        except dj.UnbalancedEntry as exc:
            raise BadInput(f"{exc} Run 'milestone-desk check' on the file.") from exc
        if since_last:
            done_inv, done_pay = _marked(s, fmt)
            invoices = [e for e in invoices if e.figures.number not in done_inv]
            payments = [p for p in payments if p.receipt not in done_pay]
        files: list[Path] = [out]
        if fmt == "quickbooks-iif":
            csv_export.write_text(
                out, iif(invoices, payments, chart, cur), encoding="cp1252", errors="replace"
            )
        else:
            if fmt == "quickbooks-online":
                inv_text, pay_text = qbo(invoices, payments, chart, cur)
            else:
                tax_type = settings_store.get_many(s, XERO_TAX_TYPE).get(XERO_TAX_TYPE, "Tax Exempt")
                inv_text, pay_text = xero(invoices, payments, chart, cur, tax_type)
            second = payments_path(out)
            csv_export.write_text(out, inv_text, encoding="utf-8-sig")
            csv_export.write_text(second, pay_text, encoding="utf-8-sig")
            files.append(second)
        if since_last:
            done_inv, done_pay = _marked(s, fmt)
            done_inv |= {e.figures.number for e in invoices}
            done_pay |= {p.receipt for p in payments}
            settings_store.put(
                s,
                EXPORTED + fmt,
                json.dumps(
                    {"invoices": sorted(done_inv), "payments": sorted(done_pay)}, separators=(",", ":")
                ),
            )
        return ExportResult(tuple(files), len(invoices), len(payments))
