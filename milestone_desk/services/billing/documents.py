"""Invoice and receipt PDFs from the books; issued documents are frozen with their SHA-256.

``freeze_invoice`` / ``freeze_receipt`` run inside the issuing transaction, so a document is
issued with its PDF or not at all. A reprint returns the stored bytes, whatever has changed in
the company profile since; drafts and previews render from the current data.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.documents import render_invoice, render_receipt
from milestone_desk.documents.formats import long_date, money
from milestone_desk.documents.model import (
    AppliedInvoice,
    DocumentLine,
    InvoiceDocument,
    InvoiceSummary,
    PartyInfo,
    ReceiptDocument,
    SiteInfo,
)
from milestone_desk.documents.wording import Words
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.fingerprint import sha256, stored_pdf
from milestone_desk.domain.money import apply_rate
from milestone_desk.domain.states import BILLED_KINDS, LIVE, VOID, InvoiceStatus
from milestone_desk.persistence.models import (
    Invoice,
    Milestone,
    Payment,
    PaymentApplication,
    Project,
    Receipt,
)
from milestone_desk.persistence.models_collections import LateFeeCharge
from milestone_desk.persistence.models_construction import PayApplication
from milestone_desk.services.billing import balances
from milestone_desk.services.billing.payment_links import payment_codes
from milestone_desk.services.construction import change_orders
from milestone_desk.services.core import doc_locale
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.doc_company import company_info


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
    if inv.status == InvoiceStatus.DRAFT:
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
    locale = doc_locale.document_locale(session, client)
    w = Words(locale)
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
                contract = w.money(project.contract_cents, cur)
                share = w("{0}% of the contract sum of {1}", _percent(m.share_percent), contract)
            else:
                share = w("Contract sum {0}", w.money(project.contract_cents, cur))
            done = f"; {w('completed {0}', w.date(m.completed_date))}" if m.completed_date else ""
            detail = share + done
        lines.append(DocumentLine(line.description, line.amount_cents, detail))
    reference = _reference(session, inv)
    heading, explanation = _heading(inv, m, reference)
    return InvoiceDocument(
        company=company_info(company),
        client=PartyInfo(
            client.name, client.address, client.email, client.phone, doc_locale.client_tax_id(session, client)
        ),
        site=_site(project),
        number=inv.number or "DRAFT",
        issue_date=issue,
        due_date=due,
        terms=w("Net {0} days", days) if days > 0 else w("Due on receipt"),
        milestone=heading,
        milestone_description=explanation,
        lines=lines,
        gross=inv.gross_cents,
        tax=inv.tax_cents,
        tax_label=w("Tax ({0}%)", _percent(project.tax_percent)),
        retainage=inv.retainage_cents,
        retainage_label=_retainage_label(inv, project, w),
        deposit_applied=inv.deposit_applied_cents,
        total_due=inv.amount_due_cents,
        summary=(summary := _summary(session, inv, project)),
        currency=cur,
        payment_instructions=company.payment_instructions,
        draft=inv.status == InvoiceStatus.DRAFT or inv.number is None,
        kind=inv.kind,
        reference=reference,
        payment_codes=()
        if inv.status == InvoiceStatus.DRAFT or inv.number is None
        else payment_codes(session, company, inv.number, summary.amount_due_now),
        notes=doc_locale.invoice_note(session, inv) if inv.id is not None else "",
        po_number=doc_locale.invoice_po(session, inv) if inv.id is not None else "",
        locale=locale,
    )


def _retainage_label(inv: Invoice, project: Project, w: Words | None = None) -> str:
    """Name the rate this invoice really withheld: a step-down lowers it, or releases some (review 8)."""
    full, lower = project.retainage_percent, project.retainage_step_to
    if inv.retainage_cents < 0:
        if lower is not None:
            return f"Retainage released by the step-down to {_percent(lower)}%"
        return "Retainage released"
    basis = inv.gross_cents + (inv.tax_cents if project.retainage_basis == "post_tax" else 0)
    if lower is not None and inv.retainage_cents != apply_rate(basis, full):
        return f"Less retainage withheld (stepped down to {_percent(lower)}%)"
    return (w or Words())("Less retainage withheld ({0}%)", _percent(full))


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
        locale=doc_locale.document_locale(session, client),
    )


def freeze_invoice(session: Session, inv: Invoice) -> None:
    """Store the issued invoice's PDF and its SHA-256 (call inside the issuing transaction)."""
    session.flush()
    doc = invoice_document(session, inv)
    from milestone_desk.documents.fonts import ensure_drawable  # reportlab only when freezing

    ensure_drawable(doc, f"invoice {inv.number}")
    pdf = render_invoice(doc)
    inv.pdf = pdf
    inv.pdf_sha256 = sha256(pdf)


def freeze_receipt(session: Session, rec: Receipt) -> None:
    session.flush()
    doc = receipt_document(session, rec)
    from milestone_desk.documents.fonts import ensure_drawable  # reportlab only when freezing

    ensure_drawable(doc, f"receipt {rec.number}")
    pdf = render_receipt(doc)
    rec.pdf = pdf
    rec.pdf_sha256 = sha256(pdf)


def invoice_pdf_in(session: Session, number: str, *, paid: bool = False) -> bytes:
    """The invoice as it leaves the program: the frozen bytes, with VOID laid over a void invoice
    (and PAID with its receipts when ``paid`` is asked for a paid one). The stored bytes never change."""
    inv = lookup.invoice(session, number)
    frozen = stored_pdf(inv.pdf, inv.pdf_sha256, f"invoice {number}")
    pdf = frozen if frozen is not None else render_invoice(invoice_document(session, inv))
    if inv.status != VOID and not paid:
        return pdf
    from milestone_desk.documents import stamp  # pypdf loads only when a stamp is laid

    if inv.status == VOID:
        when = inv.voided_at.date() if inv.voided_at is not None else inv.issue_date
        return stamp.void_stamp(pdf, long_date(when) if when else "", inv.void_reason or "")
    if inv.status != InvoiceStatus.PAID:
        raise BadInput(f"Invoice {number} is not paid in full, so it cannot carry a PAID stamp.")
    return stamp.paid_stamp(pdf, paid_receipts(session, inv))


def paid_receipts(session: Session, inv: Invoice) -> list[str]:
    """One line per receipt that paid this invoice: number, date and the amount applied to it."""
    rows = session.execute(
        select(Receipt.number, Payment.date, PaymentApplication.amount_cents)
        .join(Payment, PaymentApplication.payment_id == Payment.id)
        .outerjoin(Receipt, Receipt.payment_id == Payment.id)
        .where(PaymentApplication.invoice_id == inv.id)
        .order_by(Payment.date, Payment.id)
    ).all()
    cur = lookup.company(session).currency
    return [
        f"Receipt {number or '(none)'} of {long_date(day)}: {money(cents, cur, symbol=True)}"
        for number, day, cents in rows
    ]


def refuse_void(session: Session, number: str) -> None:
    """A void invoice is not sent to anyone: say so before anything is queued."""
    inv = lookup.invoice(session, number)
    if inv.status == VOID:
        raise BadInput(
            f"Invoice {number} is void ({inv.void_reason or 'no reason given'}), so it is not emailed; "
            "print or save it to keep a stamped copy."
        )


def receipt_pdf_in(session: Session, number: str) -> bytes:
    rec = lookup.receipt(session, number)
    frozen = stored_pdf(rec.pdf, rec.pdf_sha256, f"receipt {number}")
    return frozen if frozen is not None else render_receipt(receipt_document(session, rec))


def invoice_pdf(books: Books, number: str, *, paid: bool = False) -> bytes:
    """The invoice's PDF: the frozen bytes once issued (checked against their SHA-256), stamped
    VOID when void, or PAID (with its receipts) when ``paid`` is asked."""
    with books.read() as s:
        return invoice_pdf_in(s, number, paid=paid)


def receipt_pdf(books: Books, number: str) -> bytes:
    """The receipt's PDF: the frozen bytes (checked against their SHA-256)."""
    with books.read() as s:
        return receipt_pdf_in(s, number)


def preview_invoice_pdf(books: Books, number: str) -> bytes:
    """Render the invoice afresh from today's data, marked as a draft (never the legal copy)."""
    with books.read() as s:
        inv = lookup.invoice(s, number)
        if inv.status == VOID:  # a void invoice is only ever shown stamped
            return invoice_pdf_in(s, number)
        doc = invoice_document(s, inv)
        return render_invoice(replace(doc, draft=True))


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
