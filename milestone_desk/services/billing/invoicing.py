"""Issuing milestone invoices: the math is shown first, the number is taken only at issue."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from milestone_desk.documents import render_invoice
from milestone_desk.domain.billing import InvoiceMath
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.states import (
    BILLED,
    InvoiceKind,
    InvoiceStatus,
    MilestoneStatus,
    check_can_invoice,
)
from milestone_desk.persistence.models import (
    Client,
    Invoice,
    InvoiceLine,
    Milestone,
    PaymentApplication,
    Project,
)
from milestone_desk.services.billing import balances, documents
from milestone_desk.services.construction.retainage import milestone_figures
from milestone_desk.services.core import audit, doc_locale, numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import InvoiceView
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.rows import rows


def _check_issuable(m: Milestone, on: date) -> None:
    check_can_invoice(m.name, MilestoneStatus(m.status))
    if m.completed_date is not None and on < m.completed_date:
        raise BadInput(
            f"The invoice date {on.isoformat()} is before milestone {m.name!r} was completed "
            f"({m.completed_date.isoformat()}); date the invoice on or after its completion."
        )


def preview_invoice(books: Books, project_code: str, name: str, on: date | None = None) -> InvoiceMath:
    """The figures the invoice would carry if issued now: exactly what ``issue`` writes, without
    taking a number or writing anything. With ``on``, refused as issuing on that date would be."""
    with books.read() as s:
        project = lookup.project(s, project_code)
        m = lookup.milestone(s, project, name)
        if on is None:
            check_can_invoice(m.name, MilestoneStatus(m.status))
        else:
            _check_issuable(m, on)
        return milestone_figures(s, project, m)


def _milestone_invoice(session: Session, project: Project, m: Milestone, on: date, status: str) -> Invoice:
    """The invoice of a milestone with its figures and lines (a draft has no number yet)."""
    company = lookup.company(session)
    math = milestone_figures(session, project, m)
    invoice = Invoice(
        kind=InvoiceKind.MILESTONE.value,
        series="invoice",
        number=None,
        status=status,
        issue_date=on,
        due_date=on + timedelta(days=company.payment_terms_days),
        description=m.name,
        gross_cents=math.gross,
        tax_cents=math.tax,
        retainage_cents=math.retainage,
        deposit_applied_cents=math.deposit_applied,
        amount_due_cents=math.amount_due,
    )
    invoice.lines = [InvoiceLine(position=0, kind="work", description=m.name, amount_cents=math.gross)]
    if math.deposit_applied:
        invoice.lines.append(
            InvoiceLine(
                position=1, kind="deposit", description="Deposit applied", amount_cents=-math.deposit_applied
            )
        )
    return invoice


def draft_invoice_pdf(books: Books, project_code: str, milestone_name: str, on: date | None = None) -> bytes:
    """The invoice a milestone would get if issued on ``on`` (today), marked DRAFT; nothing is written."""
    on = on or date.today()
    with books.read() as s:
        project = lookup.project(s, project_code)
        m = lookup.milestone(s, project, milestone_name)
        if m.status in BILLED:
            raise BadInput(f"The milestone {m.name!r} is already invoiced; print its issued invoice instead.")
        draft = _milestone_invoice(s, project, m, on, InvoiceStatus.DRAFT.value)
        return render_invoice(documents.invoice_document(s, draft, project, m))


def issue_milestone_invoice(
    session: Session,
    project: Project,
    m: Milestone,
    on: date,
    *,
    po: str | None = None,
    note: str | None = None,
) -> Invoice:
    _check_issuable(m, on)
    company = lookup.company(session)
    invoice = _milestone_invoice(session, project, m, on, InvoiceStatus.ISSUED.value)
    invoice.number = numbering.take_number(session, numbering.INVOICE, company.invoice_format, on)
    with session.no_autoflush:
        invoice.project = project
        invoice.milestone = m
        session.add(invoice)
    m.status = MilestoneStatus.INVOICED.value
    session.flush()
    doc_locale.set_invoice_extras_in(session, invoice, po, note)
    documents.freeze_invoice(session, invoice)
    audit.record(
        session,
        "invoice",
        invoice.uuid,
        "issue",
        None,
        {
            "number": invoice.number,
            "gross": invoice.gross_cents,
            "tax": invoice.tax_cents,
            "retainage": invoice.retainage_cents,
            "deposit_applied": invoice.deposit_applied_cents,
            "amount_due": invoice.amount_due_cents,
            "pdf_sha256": invoice.pdf_sha256,
        },
    )
    return invoice


def issue_invoice(
    books: Books,
    project_code: str,
    name: str,
    on: date | None = None,
    *,
    po: str | None = None,
    note: str | None = None,
) -> str:
    """Issue the invoice of a completed milestone (with the client's PO number and a note, when
    given); returns its new number."""
    with books.write() as s:
        project = lookup.project(s, project_code)
        m = lookup.milestone(s, project, name)
        return issue_milestone_invoice(s, project, m, on or date.today(), po=po, note=note).number or ""


def _views(session: Session, where: list[ColumnElement[bool]]) -> list[InvoiceView]:
    """Invoice rows as plain columns (never the frozen PDF bytes), paid looked up per invoice by its
    index, so one project's invoices cost the same in a ten-year firm as in a new one."""
    currency = lookup.company(session).currency
    credited = balances.credited_by_invoice(session)
    paid = (
        select(func.coalesce(func.sum(PaymentApplication.amount_cents), 0))
        .where(PaymentApplication.invoice_id == Invoice.id)
        .correlate(Invoice)
        .scalar_subquery()
    )
    q = (
        select(
            Invoice.id,
            Invoice.number,
            Project.code,
            Project.name,
            Client.name,
            Milestone.name,
            Invoice.kind,
            Invoice.status,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.gross_cents,
            Invoice.tax_cents,
            Invoice.retainage_cents,
            Invoice.deposit_applied_cents,
            Invoice.amount_due_cents,
            paid,
            Invoice.uuid,
            Invoice.void_reason,
        )
        .join(Project, Invoice.project_id == Project.id)
        .join(Client, Project.client_id == Client.id)
        .outerjoin(Milestone, Invoice.milestone_id == Milestone.id)
        .where(*where)
        .order_by(Invoice.issue_date, Invoice.id)
    )
    return [
        InvoiceView(
            iid,
            number,
            pcode,
            pname,
            cname,
            mname,
            kind,
            status,
            issued,
            due,
            gross,
            tax,
            retainage,
            deposit,
            amount_due,
            int(paid_cents or 0),
            currency,
            credited.get(iid, 0),
            uuid,
            void_reason,
        )
        for (
            iid,
            number,
            pcode,
            pname,
            cname,
            mname,
            kind,
            status,
            issued,
            due,
            gross,
            tax,
            retainage,
            deposit,
            amount_due,
            paid_cents,
            uuid,
            void_reason,
        ) in rows(session, q)
    ]


def list_invoices(books: Books, project_code: str | None = None) -> list[InvoiceView]:
    """Invoices of one project, or of all projects, oldest first."""
    with books.read() as s:
        where: list[ColumnElement[bool]] = []
        if project_code is not None:
            where.append(Invoice.project_id == lookup.project(s, project_code).id)
        return _views(s, where)


def client_invoices(books: Books, client_code: str) -> list[InvoiceView]:
    """Every invoice of one client (all its projects), oldest first: the clients pane's documents."""
    with books.read() as s:
        client = lookup.client(s, client_code)
        return _views(s, [Invoice.project_id.in_(select(Project.id).where(Project.client_id == client.id))])


def invoice_view(books: Books, number: str) -> InvoiceView:
    with books.read() as s:
        return _views(s, [Invoice.id == lookup.invoice(s, number).id])[0]
