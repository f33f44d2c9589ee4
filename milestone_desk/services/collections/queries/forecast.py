"""Cash-flow forecast: expected receipts per week or month beside the receipts actually banked.

Expected money comes from two places:
* open invoices — their outstanding balance on their due date (an overdue one is expected now);
* unbilled milestones with a planned date — the amount their invoice would ask (gross + tax −
  retainage) when it falls due: planned date (or today, if that has passed) + the payment terms.
Actual receipts are the payments dated in each period. Retainage is never expected here: it is
held until release.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from milestone_desk.domain.billing import InvoiceMath
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.states import UNBILLED, VOID
from milestone_desk.persistence.models import Client, Invoice, Milestone, Project
from milestone_desk.services.collections.queries import receivables
from milestone_desk.services.construction.retainage import outlooks
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup

GRANULARITIES = ("week", "month")


@dataclass(frozen=True)
class ForecastItem:
    on: date
    kind: str  # "invoice", "overdue", "milestone" or "receipt"
    reference: str
    project_code: str
    client_name: str
    amount: int


@dataclass(frozen=True)
class ForecastPeriod:
    start: date
    end: date  # inclusive
    label: str
    expected_items: list[ForecastItem] = field(default_factory=list)
    actual_items: list[ForecastItem] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return sum(i.amount for i in self.expected_items)

    @property
    def actual(self) -> int:
        return sum(i.amount for i in self.actual_items)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Forecast:
    granularity: str
    today: date
    currency: str
    periods: list[ForecastPeriod]

    @property
    def expected_total(self) -> int:
        return sum(p.expected for p in self.periods)

    @property
    def actual_total(self) -> int:
        return sum(p.actual for p in self.periods)


def _month_start(d: date, shift: int = 0) -> date:
    index = d.year * 12 + d.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


def period_bounds(today: date, granularity: str, past: int, ahead: int) -> list[tuple[date, date, str]]:
    """``past`` periods before the current one, the current one, and ``ahead`` after it."""
    if granularity not in GRANULARITIES:
        raise BadInput(f"The forecast period {granularity!r} is not one of week, month.")
    out: list[tuple[date, date, str]] = []
    for shift in range(-past, ahead + 1):
        if granularity == "month":
            start = _month_start(today, shift)
            end = _month_start(today, shift + 1) - timedelta(days=1)
            label = start.strftime("%b %Y")
        else:
            monday = today - timedelta(days=today.weekday())
            start = monday + timedelta(weeks=shift)
            end = start + timedelta(days=6)
            label = start.strftime("%d %b")
        out.append((start, end, label))
    return out


def forecast(
    books: Books, today: date | None = None, granularity: str = "month", past: int = 3, ahead: int = 6
) -> Forecast:
    """Expected and actual receipts per period around ``today``."""
    today = today or date.today()
    bounds = period_bounds(today, granularity, past, ahead)
    periods = [ForecastPeriod(s, e, label) for s, e, label in bounds]
    first, last = bounds[0][0], bounds[-1][1]

    def place(item: ForecastItem, expected: bool) -> None:
        for p in periods:
            if p.contains(item.on):
                (p.expected_items if expected else p.actual_items).append(item)
                return

    with books.read() as s:
        company = lookup.company(s)
        terms = timedelta(days=company.payment_terms_days)
        refs = receivables.clients(s)
        for inv in receivables.invoices_as_of(s, today, open_only=True):
            if inv.outstanding <= 0:
                continue
            overdue = inv.due_date < today
            place(
                ForecastItem(
                    today if overdue else inv.due_date,
                    "overdue" if overdue else "invoice",
                    inv.number,
                    inv.project_code,
                    inv.client_name,
                    inv.outstanding,
                ),
                True,
            )
        billed = {
            mid
            for mid in s.scalars(select(Invoice.milestone_id).where(Invoice.status != VOID))
            if mid is not None
        }
        q = (
            select(Milestone, Project, Client.name)
            .join(Project, Milestone.project_id == Project.id)
            .join(Client, Project.client_id == Client.id)
            .where(
                Milestone.status.in_(UNBILLED),
                Milestone.planned_date.is_not(None),
                Project.status == "active",
                Project.billing_mode == "milestone",
            )
            .order_by(Milestone.planned_date, Project.code, Milestone.position)
        )
        found = []
        for m, project, client_name in s.execute(q):
            if m.id in billed or m.planned_date is None:
                continue
            on = max(m.planned_date, today) + terms
            if on > last:
                continue
            found.append((m, project, client_name, on))
        # the figures the invoices will carry, issued in schedule order (one query set for all projects)
        outlook_of: dict[int, dict[object, InvoiceMath]] = outlooks(
            s, {project.id: project for _m, project, _c, _on in found}.values()
        )
        for m, project, client_name, on in found:
            amount = outlook_of[project.id][m.id].amount_due
            place(ForecastItem(on, "milestone", m.name, project.code, client_name, amount), True)
        for p in receivables.payments(s, since=first, until=min(last, today)):
            place(ForecastItem(p.date, "receipt", p.receipt, "", refs[p.client_id].name, p.amount), False)
    return Forecast(granularity, today, company.currency, periods)
