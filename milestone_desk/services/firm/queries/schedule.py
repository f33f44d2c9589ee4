"""A project's payment schedule as the window's table shows it: the books' amounts after change
orders (invoiced ones frozen), checked against the contract to date by ``domain.schedule``."""

from __future__ import annotations

from dataclasses import dataclass

from milestone_desk.domain.schedule import ScheduleLine, ScheduleSums, Share, ShareKind, schedule_sums
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import MilestoneView
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.firm.projects import milestone_views
from milestone_desk.services.firm.queries.totals import project_totals


@dataclass(frozen=True)
class ScheduleEntry:
    name: str
    amount: int
    status: str


@dataclass(frozen=True)
class ProjectSchedule:
    project_code: str
    currency: str
    sums: ScheduleSums
    entries: list[ScheduleEntry]


def line_of(m: MilestoneView) -> ScheduleLine:
    """A saved milestone as a schedule line: its share and the amount the books hold."""
    share = Share(ShareKind(m.share_kind), percent=m.share_percent, amount=m.share_cents)
    return ScheduleLine(m.name, share, m.amount_cents)


def project_schedule(books: Books, project_code: str) -> ProjectSchedule:
    with books.read() as s:
        project = lookup.project(s, project_code)
        code = project.code
        currency = lookup.company(s).currency
        views = milestone_views(s, project.id)
        contract = project_totals(s, [project.id])[project.id].contract_to_date
    sums = schedule_sums(contract, [line_of(m) for m in views], currency)
    amounts = sums.amounts or [0] * len(views)
    entries = [ScheduleEntry(m.name, a, m.status) for m, a in zip(views, amounts)]
    return ProjectSchedule(code, currency, sums, entries)
