"""The figures on the start dashboard: outstanding, overdue, retainage held, due soon, milestones ahead."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from milestone_desk.domain.billing import InvoiceMath
from milestone_desk.domain.reports import BUCKETS, bucket_of
from milestone_desk.domain.states import UNBILLED
from milestone_desk.persistence.models import Client, Milestone, Project
from milestone_desk.services.collections.queries import receivables
from milestone_desk.services.construction.retainage import outlooks
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.firm.queries.totals import project_totals


@dataclass(frozen=True)
class DashboardInvoice:
    number: str
    client_name: str
    project_code: str
    due_date: date
    days_overdue: int
    outstanding: int


@dataclass(frozen=True)
class DashboardMilestone:
    project_code: str
    project_name: str
    client_name: str
    name: str
    planned_date: date
    status: str
    amount_due: int


@dataclass(frozen=True)
class Dashboard:
    today: date
    currency: str
    company_name: str
    outstanding: int
    overdue: int
    overdue_count: int
    retainage_held: int
    due_soon: int
    due_soon_count: int
    credit: int
    buckets: dict[str, int]
    overdue_invoices: list[DashboardInvoice] = field(default_factory=list)
    due_soon_invoices: list[DashboardInvoice] = field(default_factory=list)
    upcoming_milestones: list[DashboardMilestone] = field(default_factory=list)


def dashboard(
    books: Books, today: date | None = None, soon_days: int = 14, ahead_days: int = 45
) -> Dashboard:
    today = today or date.today()
    with books.read() as s:
        company = lookup.company(s)
        open_items = [i for i in receivables.invoices_as_of(s, today, open_only=True) if i.outstanding > 0]
        buckets = dict.fromkeys(BUCKETS, 0)
        overdue: list[DashboardInvoice] = []
        soon: list[DashboardInvoice] = []
        for inv in open_items:
            days = inv.days_past_due(today)
            buckets[bucket_of(days)] += inv.outstanding
            row = DashboardInvoice(
                inv.number, inv.client_name, inv.project_code, inv.due_date, days, inv.outstanding
            )
            if days > 0:
                overdue.append(row)
            elif -days <= soon_days:
                soon.append(row)
        overdue.sort(key=lambda r: -r.days_overdue)
        soon.sort(key=lambda r: r.due_date)
        held = sum(t.retainage_held for t in project_totals(s).values())
        credit = sum(v for v in receivables.credit_as_of(s, today).values())
        q = (
            select(Milestone, Project, Client.name)
            .join(Project, Milestone.project_id == Project.id)
            .join(Client, Project.client_id == Client.id)
            .where(
                Milestone.status.in_(UNBILLED),
                Milestone.planned_date.is_not(None),
                Milestone.planned_date <= today + timedelta(days=ahead_days),
                Project.status == "active",
            )
            .order_by(Milestone.planned_date, Project.code, Milestone.position)
        )
        found = [(m, p, cname) for m, p, cname in s.execute(q) if m.planned_date is not None]
        # the figures the invoices will carry, issued in schedule order (one query set for all projects)
        outlook_of: dict[int, dict[object, InvoiceMath]] = outlooks(
            s, {p.id: p for _m, p, _c in found}.values()
        )
        upcoming = []
        for m, p, cname in found:
            assert m.planned_date is not None
            due = outlook_of[p.id][m.id].amount_due
            upcoming.append(DashboardMilestone(p.code, p.name, cname, m.name, m.planned_date, m.status, due))
    return Dashboard(
        today,
        company.currency,
        company.name,
        sum(i.outstanding for i in open_items),
        sum(r.outstanding for r in overdue),
        len(overdue),
        held,
        sum(r.outstanding for r in soon),
        len(soon),
        credit,
        buckets,
        overdue,
        soon,
        upcoming,
    )
