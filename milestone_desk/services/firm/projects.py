"""Clients, projects and their payment schedules."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.retainage import RetainagePolicy, StepDown
from milestone_desk.domain.schedule import allocate_schedule
from milestone_desk.domain.states import VOID
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import Client, Invoice, Milestone, Payment, PaymentApplication, Project
from milestone_desk.persistence.models_construction import ChangeOrder
from milestone_desk.services.core import audit, freshness
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import (
    ClientSpec,
    ClientView,
    MilestoneSpec,
    MilestoneView,
    ProjectDetail,
    ProjectSpec,
    ProjectSummary,
)
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.rows import among, rows
from milestone_desk.services.firm.queries.totals import project_totals

PROJECT_STATUSES = ("active", "completed", "archived")


def _client_view(c: Client, credit: int = 0) -> ClientView:
    return ClientView(c.id, c.code, c.name, c.email, c.address, c.phone, credit)


def add_client(session: Session, spec: ClientSpec) -> Client:
    code = clean_text(spec.code, "client code", limit=40)
    if session.scalars(select(Client.id).where(Client.code == code)).first() is not None:
        raise BadInput(f"A client with the code {code!r} already exists.")
    client = Client(
        code=code,
        name=clean_text(spec.name, "client name"),
        email=clean_text(spec.email, "email", required=False),
        address=clean_text(spec.address, "address", required=False, limit=1000),
        phone=clean_text(spec.phone, "phone", required=False),
    )
    session.add(client)
    session.flush()
    audit.record(session, "client", client.uuid, "create", after={"code": code, "name": client.name})
    return client


def create_client(books: Books, spec: ClientSpec) -> ClientView:
    with books.write() as s:
        return _client_view(add_client(s, spec))


def update_client(books: Books, code: str, spec: ClientSpec) -> ClientView:
    with books.write() as s:
        client = lookup.client(s, code)
        before = {"name": client.name, "email": client.email, "address": client.address}
        client.name = clean_text(spec.name, "client name")
        client.email = clean_text(spec.email, "email", required=False)
        client.address = clean_text(spec.address, "address", required=False, limit=1000)
        client.phone = clean_text(spec.phone, "phone", required=False)
        audit.record(
            s,
            "client",
            client.uuid,
            "update",
            before=before,
            after={"name": client.name, "email": client.email, "address": client.address},
        )
        return _client_view(client)


def client_credits(session: Session) -> dict[int, int]:
    """Unapplied money per client id: payments received minus what was applied to invoices."""
    received = dict(
        session.execute(
            select(Payment.client_id, func.sum(Payment.amount_cents)).group_by(Payment.client_id)
        ).all()
    )
    applied = dict(
        session.execute(
            select(Payment.client_id, func.sum(PaymentApplication.amount_cents))
            .join(PaymentApplication, PaymentApplication.payment_id == Payment.id)
            .group_by(Payment.client_id)
        ).all()
    )
    return {cid: int(total) - int(applied.get(cid) or 0) for cid, total in received.items()}


def list_clients(books: Books) -> list[ClientView]:
    with books.read() as s:
        credits = client_credits(s)
        return [
            _client_view(c, credits.get(c.id, 0)) for c in s.scalars(select(Client).order_by(Client.code))
        ]


def _place_milestones(
    session: Session,
    project: Project,
    specs: Sequence[MilestoneSpec],
    currency: str,
    keep: dict[str, Milestone] | None = None,
) -> None:
    """Compute each share's cents and write the milestone rows (new ones, or kept ones updated)."""
    names = [clean_text(m.name, "milestone name") for m in specs]
    if len(set(names)) != len(names):
        raise BadInput("Two milestones have the same name; give each its own.")
    if sum(1 for m in specs if m.is_deposit) > 1:
        raise BadInput("A project can have only one deposit milestone.")
    amounts = allocate_schedule(project.contract_cents, [m.share for m in specs], currency, names)
    keep = keep or {}
    for position, (spec, name, cents) in enumerate(zip(specs, names, amounts)):
        row = keep.get(name) or Milestone(project=project, name=name)
        row.position = position
        row.share_kind = spec.share.kind.value
        row.share_percent = spec.share.percent
        row.share_cents = spec.share.amount
        row.amount_cents = cents
        row.is_deposit = spec.is_deposit
        row.planned_date = spec.planned_date
        row.note = clean_text(spec.note, "note", required=False, limit=2000)
        session.add(row)


def _check_construction(spec: ProjectSpec) -> None:
    """Billing mode, deposit policy and retainage step-down of a new project."""
    if spec.billing_mode not in ("milestone", "progress"):
        raise BadInput("The billing mode must be milestone or progress.")
    if spec.billing_mode == "progress" and spec.milestones:
        raise BadInput("A progress project bills by its schedule of values, not by milestones.")
    if spec.deposit_policy not in ("installment", "applied"):
        raise BadInput("The deposit policy must be installment or applied.")
    if spec.deposit_applied not in ("pro_rata", "final"):
        raise BadInput("The deposit must be applied pro_rata or on the final invoice.")
    if spec.deposit_policy == "applied":
        if spec.billing_mode != "milestone":
            raise BadInput("An applied deposit needs milestone billing.")
        if spec.deposit_cents <= 0 or spec.deposit_cents > spec.contract_cents:
            raise BadInput("An applied deposit must be more than zero and at most the contract sum.")
        if any(m.is_deposit for m in spec.milestones):
            raise BadInput(
                "With an applied deposit, the deposit is not a milestone; remove the deposit milestone."
            )
    elif spec.deposit_cents:
        raise BadInput("A deposit amount needs the deposit policy applied.")
    if (spec.retainage_step_at is None) != (spec.retainage_step_to is None):
        raise BadInput("A retainage step-down needs both at_percent_complete and to_percent.")
    RetainagePolicy(
        spec.retainage_percent,
        spec.retainage_basis == "post_tax",
        None
        if spec.retainage_step_at is None or spec.retainage_step_to is None
        else StepDown(spec.retainage_step_at, spec.retainage_step_to),
    )


def add_project(session: Session, spec: ProjectSpec) -> Project:
    code = clean_text(spec.code, "project code", limit=40)
    if session.scalars(select(Project.id).where(Project.code == code)).first() is not None:
        raise BadInput(f"A project with the code {code!r} already exists.")
    client = lookup.client(session, spec.client_code)
    if spec.contract_cents <= 0:
        raise BadInput("The contract sum must be more than zero.")
    for rate, what in ((spec.tax_percent, "tax rate"), (spec.retainage_percent, "retainage rate")):
        if rate < 0 or rate > 100:
            raise BadInput(f"The {what} must be between 0 and 100 %.")
    if spec.status not in PROJECT_STATUSES:
        raise BadInput(f"The project status {spec.status!r} is not one of {', '.join(PROJECT_STATUSES)}.")
    if spec.retainage_basis not in ("pre_tax", "post_tax"):
        raise BadInput("The retainage basis must be pre_tax or post_tax.")
    _check_construction(spec)
    currency = lookup.company(session).currency
    project = Project(
        code=code,
        client=client,
        name=clean_text(spec.name, "project name"),
        site_address=clean_text(spec.site_address, "site address", required=False, limit=1000),
        contract_cents=spec.contract_cents,
        tax_percent=spec.tax_percent,
        retainage_percent=spec.retainage_percent,
        retainage_basis=spec.retainage_basis,
        status=spec.status,
        billing_mode=spec.billing_mode,
        deposit_policy=spec.deposit_policy,
        deposit_applied=spec.deposit_applied,
        deposit_cents=spec.deposit_cents,
        retainage_step_at=spec.retainage_step_at,
        retainage_step_to=spec.retainage_step_to,
    )
    session.add(project)
    if spec.billing_mode == "milestone":
        _place_milestones(session, project, spec.milestones, currency)
    session.flush()
    if spec.schedule_of_values:
        from milestone_desk.services.construction.payapps import (
            set_schedule_of_values,  # payapps imports this module
        )

        set_schedule_of_values(session, project, list(spec.schedule_of_values))
    audit.record(
        session,
        "project",
        project.uuid,
        "create",
        after={
            "code": code,
            "contract_cents": spec.contract_cents,
            "milestones": [(m.name, m.amount_cents) for m in project.milestones],
        },
    )
    return project


def create_project(books: Books, spec: ProjectSpec) -> ProjectSummary:
    with books.write() as s:
        project = add_project(s, spec)
        return summaries(s, [project.id])[0]


def edit_schedule(
    books: Books,
    code: str,
    specs: Sequence[MilestoneSpec],
    contract_cents: int | None = None,
    *,
    seen: int | None = None,
) -> ProjectDetail:
    """Replace a project's schedule while nothing of it is invoiced; statuses of kept names stay.

    ``seen`` is the version the editor loaded (``ProjectDetail.version``): a schedule saved by
    someone else since then is not overwritten.
    """
    with books.write() as s:
        project = lookup.project(s, code)
        freshness.require_fresh(s, project.uuid, seen, f"The schedule of {code}")
        issued = s.scalars(
            select(Invoice.id).where(Invoice.project_id == project.id, Invoice.status != VOID)
        ).first()
        if issued is not None:
            raise BadInput(f"Project {code} already has invoices; its schedule can no longer be edited.")
        if s.scalars(select(ChangeOrder.id).where(ChangeOrder.project_id == project.id)).first() is not None:
            raise BadInput(f"Project {code} has change orders; its schedule can no longer be edited.")
        before = [(m.name, m.amount_cents) for m in project.milestones]
        if contract_cents is not None:
            if contract_cents <= 0:
                raise BadInput("The contract sum must be more than zero.")
            project.contract_cents = contract_cents
        keep = {m.name: m for m in project.milestones}
        wanted = {m.name.strip() for m in specs}
        for name, row in list(keep.items()):
            if name not in wanted:
                if s.scalars(select(Invoice.id).where(Invoice.milestone_id == row.id)).first() is not None:
                    raise BadInput(f"Milestone {name!r} has a voided invoice and cannot be removed.")
                project.milestones.remove(row)
                s.delete(row)
                del keep[name]
        s.flush()
        _place_milestones(s, project, specs, lookup.company(s).currency, keep)
        s.flush()
        s.refresh(project)
        audit.record(
            s,
            "project",
            project.uuid,
            "schedule",
            before={"milestones": before},
            after={
                "contract_cents": project.contract_cents,
                "milestones": [(m.name, m.amount_cents) for m in project.milestones],
            },
        )
        return _detail(s, project)


def set_project_status(books: Books, code: str, status: str) -> None:
    if status not in PROJECT_STATUSES:
        raise BadInput(f"The project status {status!r} is not one of {', '.join(PROJECT_STATUSES)}.")
    with books.write() as s:
        project = lookup.project(s, code)
        audit.record(s, "project", project.uuid, "status", {"status": project.status}, {"status": status})
        project.status = status


def summaries(session: Session, project_ids: Sequence[int] | None = None) -> list[ProjectSummary]:
    """Project rows with their totals; a fixed number of queries whatever the count."""
    currency = lookup.company(session).currency
    totals = project_totals(session, project_ids)
    q = (
        select(Project.id, Project.code, Project.name, Client.code, Client.name, Project.status)
        .join(Client, Project.client_id == Client.id)
        .order_by(Project.code)
    )
    if project_ids is not None:
        q = q.where(among(Project.id, project_ids))
    return [
        ProjectSummary(pid, code, name, ccode, cname, status, currency, totals[pid])
        for pid, code, name, ccode, cname, status in rows(session, q)
    ]


def list_projects(books: Books) -> list[ProjectSummary]:
    with books.read() as s:
        return summaries(s)


def project_summaries(books: Books, codes: Sequence[str]) -> list[ProjectSummary]:
    """The rows of just these projects (after a write touched them): the window refreshes only those."""
    with books.read() as s:
        return summaries(s, [lookup.project(s, code).id for code in codes])


def milestone_views_by_project(
    session: Session, project_ids: Sequence[int] | None = None
) -> dict[int, list[MilestoneView]]:
    """Milestones of many projects in two queries, keyed by project id, in schedule order."""
    inv_q = select(Invoice.milestone_id, Invoice.number).where(
        Invoice.milestone_id.is_not(None), Invoice.status != VOID, Invoice.number.is_not(None)
    )
    cols = (
        Milestone.id,
        Milestone.position,
        Milestone.name,
        Milestone.share_kind,
        Milestone.share_percent,
        Milestone.share_cents,
        Milestone.amount_cents,
        Milestone.is_deposit,
        Milestone.planned_date,
        Milestone.status,
        Milestone.completed_date,
        Milestone.note,
    )
    # Plain column rows, not ORM objects: a ten-year firm has 20,000 milestones.
    ms_q = select(Milestone.project_id, *cols).order_by(Milestone.project_id, Milestone.position)
    if project_ids is not None:
        inv_q = inv_q.where(among(Invoice.project_id, project_ids))
        ms_q = ms_q.where(among(Milestone.project_id, project_ids))
    numbers = dict(rows(session, inv_q))
    out: dict[int, list[MilestoneView]] = {pid: [] for pid in (project_ids or [])}
    for pid, mid, pos, name, kind, pct, cents, amount, dep, planned, status, done, note in rows(
        session, ms_q
    ):
        out.setdefault(pid, []).append(
            MilestoneView(
                mid, pos, name, kind, pct, cents, amount, dep, planned, status, done, note, numbers.get(mid)
            )
        )
    return out


def milestone_views(session: Session, project_id: int) -> list[MilestoneView]:
    return milestone_views_by_project(session, [project_id])[project_id]


def _detail(session: Session, project: Project) -> ProjectDetail:
    return ProjectDetail(
        summaries(session, [project.id])[0],
        project.site_address,
        project.tax_percent,
        project.retainage_percent,
        project.retainage_basis,
        milestone_views(session, project.id),
        freshness.version(session, project.uuid),
        session.scalars(select(ChangeOrder.id).where(ChangeOrder.project_id == project.id)).first()
        is not None,
    )


def project_detail(books: Books, code: str) -> ProjectDetail:
    with books.read() as s:
        return _detail(s, lookup.project(s, code))
