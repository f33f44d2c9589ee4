"""Milestone-mode construction billing: retainage with step-down, the applied deposit, the release.

``milestone_figures`` is what `invoicing` uses for every milestone invoice; the retainage release
and the applied-deposit invoice are issued here (DESIGN §5).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, defer

from milestone_desk.domain.billing import (
    BillingTerms,
    EarlierInvoice,
    InvoiceMath,
    UnbilledMilestone,
    invoice_figures,
    project_outlook,
)
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import to_decimal_string
from milestone_desk.domain.retainage import RetainagePolicy, StepDown
from milestone_desk.domain.states import BILLED, LIVE, InvoiceKind, MilestoneStatus
from milestone_desk.persistence.models import Invoice, InvoiceLine, Milestone, Project
from milestone_desk.services.construction.change_orders import (
    approved_by_project,
    contract_to_date,
    last_application,
    sov,
)
from milestone_desk.services.construction.waivers import issue_waiver_in
from milestone_desk.services.core import audit, numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup


def policy_of(project: Project) -> RetainagePolicy:
    step = None
    if project.retainage_step_at is not None and project.retainage_step_to is not None:
        step = StepDown(project.retainage_step_at, project.retainage_step_to)
    return RetainagePolicy(project.retainage_percent, project.retainage_basis == "post_tax", step)


def live_invoices(session: Session, project: Project, *kinds: str) -> list[Invoice]:
    return list(
        session.scalars(
            select(Invoice)
            .options(defer(Invoice.pdf))  # figures only, never the frozen PDF bytes
            .where(Invoice.project_id == project.id, Invoice.status.in_(LIVE), Invoice.kind.in_(kinds))
            .order_by(Invoice.id)
        )
    )


def deposit_left(session: Session, project: Project) -> int:
    """The applied deposit invoiced so far, less what milestone invoices have deducted."""
    invoiced = sum(i.gross_cents for i in live_invoices(session, project, "deposit"))
    applied = sum(i.deposit_applied_cents for i in live_invoices(session, project, "milestone"))
    return invoiced - applied


def terms_of(session: Session, project: Project) -> BillingTerms:
    return BillingTerms(
        project.tax_percent,
        policy_of(project),
        contract_to_date(session, project),
        project.deposit_policy,
        project.deposit_applied,
    )


def earlier_invoices(session: Session, project: Project) -> list[EarlierInvoice]:
    """The figures of the live milestone invoices of the project's non-deposit milestones, as plain
    columns in one query: no Invoice objects with their frozen PDFs, no lazy load per milestone."""
    rows = session.execute(
        select(Invoice.gross_cents, Invoice.tax_cents, Invoice.retainage_cents)
        .outerjoin(Milestone, Invoice.milestone_id == Milestone.id)
        .where(
            Invoice.project_id == project.id,
            Invoice.status.in_(LIVE),
            Invoice.kind == InvoiceKind.MILESTONE.value,
            or_(Milestone.id.is_(None), Milestone.is_deposit.is_(False)),
        )
        .order_by(Invoice.id)
    ).all()
    return [EarlierInvoice(g, t, r) for g, t, r in rows]


def unbilled_of(project: Project) -> list[Milestone]:
    """The project's milestones not yet invoiced, in schedule order."""
    return [m for m in project.milestones if m.status not in BILLED]


def milestone_figures(session: Session, project: Project, m: Milestone) -> InvoiceMath:
    """Gross, tax, retainage (step-down included) and deposit deduction of a milestone invoice
    issued now: the inputs from the books, the figures from ``domain.billing.invoice_figures``."""
    terms = terms_of(session, project)
    if m.is_deposit:
        return invoice_figures(terms, m.amount_cents, is_deposit=True)
    unbilled = [x for x in unbilled_of(project) if not x.is_deposit]
    in_list = m in unbilled
    return invoice_figures(
        terms,
        m.amount_cents,
        earlier=earlier_invoices(session, project),
        deposit_left=deposit_left(session, project) if in_list else 0,
        unbilled_amounts=[x.amount_cents for x in unbilled] if in_list else (),
        index=unbilled.index(m) if in_list else 0,
    )


def outlook(session: Session, project: Project) -> dict[object, InvoiceMath]:
    """Figures of every unbilled milestone (keyed by milestone id), as if issued in schedule order:
    what the dashboard's "coming up" and the forecast show."""
    return project_outlook(
        terms_of(session, project),
        [UnbilledMilestone(m.id, m.amount_cents, m.is_deposit) for m in unbilled_of(project)],
        earlier_invoices(session, project),
        deposit_left(session, project),
    )


def outlooks(session: Session, projects: Iterable[Project]) -> dict[int, dict[object, InvoiceMath]]:
    """``outlook`` of many projects (keyed by project id) in four queries, whatever their number: the
    dashboard and the forecast ask for every active project with work to bill (~150 on a ten-year
    firm, where one query set per project took most of the dashboard's second)."""
    chosen = {p.id: p for p in projects}
    if not chosen:
        return {}
    ids = list(chosen)
    approved = approved_by_project(session)
    earlier: dict[int, list[EarlierInvoice]] = {pid: [] for pid in ids}
    for pid, g, t, r in session.execute(
        select(Invoice.project_id, Invoice.gross_cents, Invoice.tax_cents, Invoice.retainage_cents)
        .outerjoin(Milestone, Invoice.milestone_id == Milestone.id)
        .where(
            Invoice.project_id.in_(ids),
            Invoice.status.in_(LIVE),
            Invoice.kind == InvoiceKind.MILESTONE.value,
            or_(Milestone.id.is_(None), Milestone.is_deposit.is_(False)),
        )
        .order_by(Invoice.id)
    ):
        earlier[pid].append(EarlierInvoice(g, t, r))
    left: dict[int, int] = dict.fromkeys(ids, 0)
    for pid, kind, gross, applied in session.execute(
        select(Invoice.project_id, Invoice.kind, Invoice.gross_cents, Invoice.deposit_applied_cents).where(
            Invoice.project_id.in_(ids),
            Invoice.status.in_(LIVE),
            Invoice.kind.in_((InvoiceKind.DEPOSIT.value, InvoiceKind.MILESTONE.value)),
        )
    ):
        left[pid] += gross if kind == InvoiceKind.DEPOSIT.value else -applied
    unbilled: dict[int, list[UnbilledMilestone]] = {pid: [] for pid in ids}
    for pid, mid, amount, is_deposit, status in session.execute(
        select(
            Milestone.project_id, Milestone.id, Milestone.amount_cents, Milestone.is_deposit, Milestone.status
        )
        .where(Milestone.project_id.in_(ids))
        .order_by(Milestone.project_id, Milestone.position)
    ):
        if status not in BILLED:
            unbilled[pid].append(UnbilledMilestone(mid, amount, is_deposit))
    out: dict[int, dict[object, InvoiceMath]] = {}
    for pid, project in chosen.items():
        terms = BillingTerms(
            project.tax_percent,
            policy_of(project),
            project.contract_cents + approved.get(pid, 0),
            project.deposit_policy,
            project.deposit_applied,
        )
        out[pid] = project_outlook(terms, unbilled[pid], earlier[pid], left[pid])
    return out


def retainage_held(session: Session, project: Project) -> int:
    withheld = sum(
        i.retainage_cents for i in live_invoices(session, project, "milestone", "progress", "deposit")
    )
    released = sum(i.gross_cents for i in live_invoices(session, project, "release"))
    return withheld - released


def substantially_complete(session: Session, project: Project) -> bool:
    """Every milestone invoiced (milestone mode), or work completed equals contract to date (progress)."""
    if project.billing_mode == "progress":
        last = last_application(session, project.id)
        if last is None:
            return False
        lines = sov(session, project.id)
        done = {ln.sov_line_id: ln.from_previous_cents + ln.this_period_cents for ln in last.lines}
        return all(done.get(ln.id, 0) == ln.value_cents for ln in lines) and bool(lines)
    return bool(project.milestones) and all(
        m.status in (MilestoneStatus.INVOICED.value, MilestoneStatus.PAID.value) for m in project.milestones
    )


def _new_invoice(
    session: Session, project: Project, kind: str, description: str, gross: int, on: date
) -> Invoice:
    company = lookup.company(session)
    number = numbering.take_number(session, "invoice", company.invoice_format, on)
    invoice = Invoice(
        project=project,
        kind=kind,
        series="invoice",
        number=number,
        status="issued",
        issue_date=on,
        due_date=on + timedelta(days=company.payment_terms_days),
        description=description,
        gross_cents=gross,
        tax_cents=0,
        retainage_cents=0,
        deposit_applied_cents=0,
        amount_due_cents=gross,
    )
    session.add(invoice)
    invoice.lines.append(InvoiceLine(position=0, kind=kind, description=description, amount_cents=gross))
    session.flush()
    from milestone_desk.services.billing.documents import freeze_invoice  # documents reads these books

    freeze_invoice(session, invoice)  # issued with its PDF, in the same transaction
    audit.record(
        session, "invoice", invoice.uuid, "issue", None, {"number": number, "kind": kind, "gross": gross}
    )
    return invoice


def issue_release(books: Books, project_code: str, on: date | None = None) -> str:
    """Issue the retainage release invoice of a substantially complete project; returns its number."""
    with books.write() as s:
        project = lookup.project(s, project_code)
        if not substantially_complete(s, project):
            what = (
                "work completed is less than the contract to date"
                if project.billing_mode == "progress"
                else "not every milestone is invoiced"
            )
            raise BadInput(
                f"Project {project.code} is not substantially complete ({what}); "
                "retainage can be released only then."
            )
        held = retainage_held(s, project)
        if held <= 0:
            raise BadInput(f"Project {project.code} holds no retainage to release.")
        currency = lookup.company(s).currency
        text = f"Release of retainage ({to_decimal_string(held, currency)})"
        invoice = _new_invoice(s, project, "release", text, held, on or date.today())
        issue_waiver_in(s, "conditional_final", invoice, on or date.today())
        return invoice.number or ""


def issue_deposit_invoice(books: Books, project_code: str, on: date | None = None) -> str:
    """Invoice an applied deposit (an advance, no retainage, no tax); returns its number."""
    with books.write() as s:
        project = lookup.project(s, project_code)
        if project.deposit_policy != "applied" or project.deposit_cents <= 0:
            raise BadInput(f"Project {project.code} has no applied deposit to invoice.")
        if live_invoices(s, project, "deposit"):
            raise BadInput(f"The deposit of project {project.code} is already invoiced.")
        if not [m for m in unbilled_of(project) if not m.is_deposit]:
            raise BadInput(
                f"Every milestone of project {project.code} is invoiced; no invoice is left to deduct a "
                "deposit from."
            )
        return (
            _new_invoice(s, project, "deposit", "Deposit", project.deposit_cents, on or date.today()).number
            or ""
        )
