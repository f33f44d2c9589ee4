"""Invoice and receipt PDFs from the books; issued documents are frozen with their SHA-256.

``freeze_invoice`` / ``freeze_receipt`` run inside the issuing transaction, so a document is
issued with its PDF or not at all. A reprint returns the stored bytes, whatever has changed in
the company profile since; drafts and previews render from the current data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.documents import render_invoice, render_receipt
from milestone_desk.documents.formats import long_date
from milestone_desk.documents.model import (
    AppliedInvoice,
    DocumentLine,
    InvoiceDocument,
    InvoiceSummary,
    PartyInfo,
    ReceiptDocument,
    SiteInfo,
)
from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.domain.money import apply_rate, format_money
from milestone_desk.persistence.models import (
    Invoice,
    InvoiceLine,
    Milestone,
    Payment,
    PaymentApplication,
    Project,
    Receipt,
)
from milestone_desk.persistence.models_collections import LateFeeCharge
from milestone_desk.persistence.models_construction import PayApplication
from milestone_desk.persistence.outputs import write_output
from milestone_desk.services import balances, change_orders, lookup
from milestone_desk.services.books import Books
from milestone_desk.services.doc_company import company_info

LIVE = ("issued", "partially_paid", "paid")
BILLED_KINDS = ("milestone", "progress")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _percent(p: Decimal) -> str:
    text = format(p.normalize(), "f")
    return text


def _site(p: Project) -> SiteInfo:
    return SiteInfo(p.code, p.name, p.site_address)


def _paid_on(session: Session, invoice_id: int | None, up_to_payment: int | None = None) -> int:
    if invoice_id is None:  # a draft that was never saved has no payments
        return 0
    q = select(func.coalesce(func.sum(PaymentApplication.amount_cents), 0)).where(
        PaymentApplication.invoice_id == invoice_id
    )
    if up_to_payment is not None:
        q = q.where(PaymentApplication.payment_id <= up_to_payment)
    return int(session.scalar(q) or 0)


def _summary(session: Session, inv: Invoice, project: Project) -> InvoiceSummary:
    earlier = [Invoice.project_id == project.id, Invoice.status.in_(LIVE)]
    if inv.id is not None:
        earlier.append(Invoice.id <= inv.id)
    billed, withheld, deposit_used = session.execute(
        select(
            func.coalesce(func.sum(Invoice.gross_cents).filter(Invoice.kind.in_(BILLED_KINDS)), 0),
            func.coalesce(func.sum(Invoice.retainage_cents).filter(Invoice.kind != "release"), 0),
            func.coalesce(func.sum(Invoice.deposit_applied_cents), 0),
        ).where(*earlier)
    ).one()
    paid_q = (
        select(func.coalesce(func.sum(PaymentApplication.amount_cents), 0))
        .join(Invoice, PaymentApplication.invoice_id == Invoice.id)
        .join(Payment, PaymentApplication.payment_id == Payment.id)
        .where(Invoice.project_id == project.id, Invoice.id != (inv.id or 0))
    )
    if inv.issue_date is not None:
        paid_q = paid_q.where(Payment.date <= inv.issue_date)
    previous = int(session.scalar(paid_q) or 0)
    if inv.status == "draft":
        if inv.kind in BILLED_KINDS:
            billed += inv.gross_cents
        withheld += inv.retainage_cents
        deposit_used += inv.deposit_applied_cents
    credited = 0 if inv.id is None else balances.credits_on(session, inv.id)
    changes = 0 if project.id is None else change_orders.approved_total(session, project.id)
    return InvoiceSummary(
        contract_to_date=project.contract_cents + changes,
        billed_to_date=int(billed),
        retainage_this_invoice=inv.retainage_cents,
        retainage_to_date=int(withheld),
        previous_payments=previous,
        tax=inv.tax_cents,
        amount_due_now=inv.amount_due_cents - _paid_on(session, inv.id) - credited,
        original_contract=project.contract_cents,
        change_orders=changes,
        deposit_applied=inv.deposit_applied_cents,
        deposit_applied_to_date=int(deposit_used),
        credits=credited,
    )


def _reference(session: Session, inv: Invoice) -> str:
    """The pay application a progress invoice bills, or the invoice a late fee is charged on."""
    if inv.id is None:
        return ""
    if inv.kind == "progress":
        number = session.scalar(select(PayApplication.number).where(PayApplication.invoice_id == inv.id))
        return number or ""
    if inv.kind == "late_fee":
        number = session.scalar(
            select(Invoice.number)
            .join(LateFeeCharge, LateFeeCharge.invoice_id == Invoice.id)
            .where(LateFeeCharge.fee_invoice_id == inv.id)
        )
        return number or ""
    return ""


def _heading(inv: Invoice, m: Milestone | None, reference: str) -> tuple[str, str]:
    """What is billed (the big line over the table) and its explanation, worded for the kind."""
    if m is not None:
        return m.name, m.note
    if inv.kind == "progress" and reference:
        return (
            f"Pay application {reference}",
            "Work completed and materials stored this period, as certified on the pay application "
            "(G702/G703 summary and continuation sheet).",
        )
    if inv.kind == "release":
        return (
            "Release of retainage",
            "The retainage withheld from earlier invoices, now due as the project is substantially complete.",
        )
    if inv.kind == "deposit":
        return (
            "Deposit",
            "An advance on the contract; it is deducted from the milestone invoices that follow.",
        )
    return inv.description, ""


def invoice_document(
    session: Session, inv: Invoice, project: Project | None = None, milestone: Milestone | None = None
) -> InvoiceDocument:
    """Everything the invoice PDF shows, read from the books (project/milestone given for a draft)."""
    company = lookup.company(session)
    project = project or inv.project
    client = project.client
    cur = company.currency
    m = milestone or inv.milestone
    issue = inv.issue_date or project.created_at.date()
    due = inv.due_date or issue
    days = (due - issue).days
    lines = []
    for line in inv.lines:
        if line.kind == "deposit" and inv.kind != "deposit" and inv.deposit_applied_cents:
            continue  # shown once, as "Less deposit applied" under the work billed
        detail = ""
        if m is not None and line.kind == "work":
            if m.share_kind == "percent" and m.share_percent is not None:
                contract = format_money(project.contract_cents, cur)
                share = f"{_percent(m.share_percent)}% of the contract sum of {contract}"
            else:
                share = f"Contract sum {format_money(project.contract_cents, cur)}"
            done = f"; completed {long_date(m.completed_date)}" if m.completed_date else ""
            detail = share + done
        lines.append(DocumentLine(line.description, line.amount_cents, detail))
    reference = _reference(session, inv)
    heading, explanation = _heading(inv, m, reference)
    return InvoiceDocument(
        company=company_info(company),
        client=PartyInfo(client.name, client.address, client.email, client.phone),
        site=_site(project),
        number=inv.number or "DRAFT",
        issue_date=issue,
        due_date=due,
        terms=f"Net {days} days" if days > 0 else "Due on receipt",
        milestone=heading,
        milestone_description=explanation,
        lines=lines,
        gross=inv.gross_cents,
        tax=inv.tax_cents,
        tax_label=f"Tax ({_percent(project.tax_percent)}%)",
        retainage=inv.retainage_cents,
        retainage_label=_retainage_label(inv, project),
        deposit_applied=inv.deposit_applied_cents,
        total_due=inv.amount_due_cents,
        summary=_summary(session, inv, project),
        currency=cur,
        payment_instructions=company.payment_instructions,
        draft=inv.status == "draft" or inv.number is None,
        kind=inv.kind,
        reference=reference,
    )


def _retainage_label(inv: Invoice, project: Project) -> str:
    """Name the rate this invoice really withheld: a step-down lowers it, or releases some (review 8)."""
    full, lower = project.retainage_percent, project.retainage_step_to
    if inv.retainage_cents < 0:
        if lower is not None:
            return f"Retainage released by the step-down to {_percent(lower)}%"
        return "Retainage released"
    basis = inv.gross_cents + (inv.tax_cents if project.retainage_basis == "post_tax" else 0)
    if lower is not None and inv.retainage_cents != apply_rate(basis, full):
        return f"Less retainage withheld (stepped down to {_percent(lower)}%)"
    return f"Less retainage withheld ({_percent(full)}%)"


def receipt_document(session: Session, rec: Receipt) -> ReceiptDocument:
    """Everything the receipt PDF shows: the payment, where it went, what is left."""
    company = lookup.company(session)
    payment = rec.payment
    applied = []
    remaining = 0
    site = None
    for app in sorted(payment.applications, key=lambda a: a.id):
        inv = app.invoice
        site = site or _site(inv.project)
        balance = inv.amount_due_cents - _paid_on(session, inv.id, payment.id)
        remaining += balance
        label = f"{inv.project.name} — {inv.description}" if inv.description else inv.project.name
        applied.append(AppliedInvoice(inv.number or "", label, app.amount_cents, balance))
    paid_in = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
            Payment.client_id == payment.client_id, Payment.id <= payment.id
        )
    )
    used = session.scalar(
        select(func.coalesce(func.sum(PaymentApplication.amount_cents), 0))
        .join(Payment, PaymentApplication.payment_id == Payment.id)
        .where(Payment.client_id == payment.client_id, Payment.id <= payment.id)
    )
    client = payment.client
    return ReceiptDocument(
        company=company_info(company),
        client=PartyInfo(client.name, client.address, client.email, client.phone),
        number=rec.number,
        date=rec.issue_date,
        amount=payment.amount_cents,
        method=payment.method,
        reference=payment.reference,
        applied=applied,
        remaining_balance=remaining,
        client_credit=int(paid_in or 0) - int(used or 0),
        currency=company.currency,
        site=site,
    )


def freeze_invoice(session: Session, inv: Invoice) -> None:
    """Store the issued invoice's PDF and its SHA-256 (call inside the issuing transaction)."""
    session.flush()
    pdf = render_invoice(invoice_document(session, inv))
    inv.pdf = pdf
    inv.pdf_sha256 = sha256(pdf)


def freeze_receipt(session: Session, rec: Receipt) -> None:
    session.flush()
    pdf = render_receipt(receipt_document(session, rec))
    rec.pdf = pdf
    rec.pdf_sha256 = sha256(pdf)


def stored_pdf(pdf: bytes | None, digest: str | None, what: str) -> bytes | None:
    if pdf is None:
        return None
    if digest != sha256(pdf):
        raise BooksError(f"The stored PDF of {what} does not match its fingerprint; restore a backup.")
    return pdf


def invoice_pdf_in(session: Session, number: str) -> bytes:
    inv = lookup.invoice(session, number)
    frozen = stored_pdf(inv.pdf, inv.pdf_sha256, f"invoice {number}")
    return frozen if frozen is not None else render_invoice(invoice_document(session, inv))


def receipt_pdf_in(session: Session, number: str) -> bytes:
    rec = lookup.receipt(session, number)
    frozen = stored_pdf(rec.pdf, rec.pdf_sha256, f"receipt {number}")
    return frozen if frozen is not None else render_receipt(receipt_document(session, rec))


def invoice_pdf(books: Books, number: str) -> bytes:
    """The invoice's PDF: the frozen bytes once issued (checked against their SHA-256)."""
    with books.read() as s:
        return invoice_pdf_in(s, number)


def receipt_pdf(books: Books, number: str) -> bytes:
    """The receipt's PDF: the frozen bytes (checked against their SHA-256)."""
    with books.read() as s:
        return receipt_pdf_in(s, number)


def preview_invoice_pdf(books: Books, number: str) -> bytes:
    """Render the invoice afresh from today's data, marked as a draft (never the legal copy)."""
    with books.read() as s:
        doc = invoice_document(s, lookup.invoice(s, number))
        return render_invoice(replace(doc, draft=True))


def draft_invoice_pdf(books: Books, project_code: str, milestone_name: str, on: date | None = None) -> bytes:
    """The invoice a milestone would get if issued on ``on`` (today), marked DRAFT; nothing is written."""
    from milestone_desk.services.invoicing import milestone_math  # invoicing imports this module

    on = on or date.today()
    with books.read() as s:
        project = lookup.project(s, project_code)
        m = lookup.milestone(s, project, milestone_name)
        if m.status in ("invoiced", "paid"):
            raise BadInput(f"The milestone {m.name!r} is already invoiced; print its issued invoice instead.")
        math = milestone_math(project, m)
        company = lookup.company(s)
        draft = Invoice(
            kind="milestone",
            status="draft",
            number=None,
            issue_date=on,
            due_date=on + timedelta(days=company.payment_terms_days),
            description=m.name,
            gross_cents=math.gross,
            tax_cents=math.tax,
            retainage_cents=math.retainage,
            deposit_applied_cents=math.deposit_applied,
            amount_due_cents=math.amount_due,
        )
        draft.lines = [InvoiceLine(position=0, kind="work", description=m.name, amount_cents=math.gross)]
        return render_invoice(invoice_document(s, draft, project, m))


def issued_numbers(books: Books) -> tuple[list[str], list[str]]:
    """Numbers of every issued invoice (void included) and every receipt, in issue order."""
    with books.read() as s:
        invoices = s.scalars(
            select(Invoice.number).where(Invoice.number.is_not(None)).order_by(Invoice.id)
        ).all()
        receipts = s.scalars(select(Receipt.number).order_by(Receipt.id)).all()
        return [n for n in invoices if n], list(receipts)


def safe_name(number: str) -> str:
    """A file name for a document number (numbers are user formats; keep only safe characters)."""
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in number).strip("._")
    return cleaned or "document"


def write_all(books: Books, folder: Path, *, force: bool = False) -> Iterator[Path]:
    """Write every issued invoice, receipt and credit note into a folder, yielding each path as it is written."""
    folder.mkdir(parents=True, exist_ok=True)
    from milestone_desk.services import credit_documents as cn  # it builds on this module

    invoices, receipts = issued_numbers(books)
    used: set[str] = set()
    with books.read() as s:
        series = (
            ("invoice", invoices, invoice_pdf_in),
            ("receipt", receipts, receipt_pdf_in),
            ("credit", cn.credit_numbers(s), cn.credit_note_pdf_in),
        )
        for kind, numbers, get in series:
            for number in numbers:
                name = safe_name(number)
                if name.lower() in used:  # two formats that give the same file name
                    name = f"{kind}-{name}"
                used.add(name.lower())
                path = folder / f"{name}.pdf"
                write_output(path, get(s, number), force=force)
                yield path
