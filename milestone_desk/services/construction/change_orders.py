"""Change orders: draft → approved / rejected; approved ones change the contract to date (DESIGN §5).

Billing: as their own milestone (or schedule-of-values line, in progress mode), or spread over the
unbilled milestones (lines with balance left) by their weights. Issued or paid installments never
change; a change order that would change an invoiced share is bad input.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.domain.change_orders import (
    ChangeOrderBilling,
    ChangeOrderStatus,
    amounts_after_change_order,
    check_removal,
    check_transition,
    spread,
)
from milestone_desk.domain.errors import BadInput, NotFound
from milestone_desk.domain.money import MAX_MAJOR, exponent, to_decimal_string
from milestone_desk.domain.states import UNBILLED
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import Invoice, Milestone, Project
from milestone_desk.persistence.models_construction import (
    ChangeOrder,
    PayApplication,
    ScheduleOfValuesLine,
)
from milestone_desk.services.core import audit, field_marker, freshness
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup


def approved_total(session: Session, project_id: int) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(ChangeOrder.amount_cents), 0)).where(
            ChangeOrder.project_id == project_id, ChangeOrder.status == ChangeOrderStatus.APPROVED.value
        )
    )
    return int(total or 0)


def approved_by_project(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(ChangeOrder.project_id, func.sum(ChangeOrder.amount_cents))
        .where(ChangeOrder.status == ChangeOrderStatus.APPROVED.value)
        .group_by(ChangeOrder.project_id)
    )
    return {pid: int(total or 0) for pid, total in rows}


def contract_to_date(session: Session, project: Project) -> int:
    return project.contract_cents + approved_total(session, project.id)


def unbilled_milestones(project: Project) -> list[Milestone]:
    return [m for m in project.milestones if m.status in UNBILLED and not m.is_deposit]


def sov(session: Session, project_id: int) -> list[ScheduleOfValuesLine]:
    return list(
        session.scalars(
            select(ScheduleOfValuesLine)
            .where(ScheduleOfValuesLine.project_id == project_id)
            .order_by(ScheduleOfValuesLine.position)
        )
    )


def last_application(session: Session, project_id: int) -> PayApplication | None:
    return session.scalars(
        select(PayApplication)
        .where(PayApplication.project_id == project_id)
        .order_by(PayApplication.seq.desc())
        .limit(1)
    ).first()


def billed_per_line(session: Session, project_id: int) -> dict[int, int]:
    """Work completed and stored (G) per schedule-of-values line id, as of the last application."""
    last = last_application(session, project_id)
    if last is None:
        return {}
    return {
        ln.sov_line_id: ln.from_previous_cents + ln.this_period_cents + ln.stored_cents for ln in last.lines
    }


def _unique_name(taken: set[str], description: str, number: int) -> str:
    name = description[:200]
    if name in taken:
        name = f"{description[:170]} (change order {number})"
    return name


def _check_spread_possible(session: Session, project: Project) -> None:
    if project.billing_mode == "progress":
        billed = billed_per_line(session, project.id)
        if not any(ln.value_cents > billed.get(ln.id, 0) for ln in sov(session, project.id)):
            raise BadInput(
                f"No line of project {project.code} has a balance left to spread a change order over."
            )
    elif not unbilled_milestones(project):
        raise BadInput(
            f"No milestone of project {project.code} is left unbilled to spread a change order over."
        )


def apply_approved(session: Session, project: Project, co: ChangeOrder, currency: str) -> None:
    """Put an approved change order into the schedule (milestone mode) or schedule of values."""
    if co.billing == ChangeOrderBilling.REMOVE.value:
        return  # the milestone left the schedule when the order was approved (remove_milestone)
    if co.billing == ChangeOrderBilling.MILESTONE.value and co.amount_cents <= 0:
        raise BadInput(
            "A deductive change order cannot be its own milestone; spread it over the unbilled work."
        )
    if project.billing_mode == "progress":
        lines = sov(session, project.id)
        if co.billing == ChangeOrderBilling.MILESTONE.value:
            name = _unique_name({ln.name for ln in lines}, co.description, co.number)
            session.add(
                ScheduleOfValuesLine(
                    project_id=project.id,
                    position=len(lines),
                    name=name,
                    original_cents=0,
                    value_cents=co.amount_cents,
                    change_order_id=co.id,
                )
            )
            return
        billed = billed_per_line(session, project.id)
        open_lines = [ln for ln in lines if ln.value_cents > billed.get(ln.id, 0)]
        new = spread(co.amount_cents, [ln.value_cents for ln in open_lines], [ln.name for ln in open_lines])
        for ln, value in zip(open_lines, new):
            if value < billed.get(ln.id, 0):
                raise BadInput(
                    f"This change order would bring line {ln.name!r} below the "
                    f"{to_decimal_string(billed[ln.id], currency)} already billed on it."
                )
            ln.value_cents = value
        return
    milestones = list(project.milestones)
    if co.billing == ChangeOrderBilling.SPREAD.value and not unbilled_milestones(project):
        raise BadInput(
            f"No milestone of project {project.code} is left unbilled to spread a change order over."
        )
    amounts = amounts_after_change_order(
        [m.amount_cents for m in milestones],
        [m in unbilled_milestones(project) for m in milestones],
        co.amount_cents,
        ChangeOrderBilling(co.billing),
        [m.name for m in milestones],
    )
    if co.billing == ChangeOrderBilling.MILESTONE.value:
        name = _unique_name({m.name for m in milestones}, co.description, co.number)
        m = Milestone(
            project=project,
            position=max((x.position for x in milestones), default=-1) + 1,  # a removed one leaves a gap
            name=name,
            share_kind="amount",
            share_cents=amounts[-1],
            amount_cents=amounts[-1],
            planned_date=None,
            note=f"Change order {co.number}",
        )
        session.add(m)
        session.flush()
        co.milestone_id = m.id
        return
    for m, value in zip(milestones, amounts):
        m.amount_cents = value


def _within_limit(session: Session, project: Project, amount_cents: int) -> None:
    """Refuse a change order whose amount or resulting contract sum exceeds what the books hold."""
    currency = lookup.company(session).currency
    limit = int(MAX_MAJOR.scaleb(exponent(currency)))
    if abs(amount_cents) >= limit:
        raise BadInput(f"The change order amount {to_decimal_string(amount_cents, currency)} is too large.")
    total = contract_to_date(session, project) + amount_cents
    if abs(total) >= limit:
        raise BadInput(
            f"The change order would make the contract of {project.code} "
            f"{to_decimal_string(total, currency)}, which is too large."
        )


def approve(session: Session, project: Project, co: ChangeOrder, *, removes: Milestone | None = None) -> None:
    check_transition(co.number, co.status, ChangeOrderStatus.APPROVED.value)
    if (co.billing == ChangeOrderBilling.REMOVE.value) != (removes is not None):
        raise BadInput(
            f"Change order {co.number} removes a milestone; such an order is approved when it is made, "
            "naming the milestone (change-order … --removes NAME --approve)."
        )
    _within_limit(session, project, co.amount_cents)
    if removes is not None:
        remove_milestone(session, project, co, removes)
    apply_approved(session, project, co, lookup.company(session).currency)
    co.status = ChangeOrderStatus.APPROVED.value
    session.flush()
    audit.record(
        session,
        "change_order",
        co.uuid,
        "approve",
        {"status": "draft"},
        {"status": co.status, "amount": co.amount_cents, "billing": co.billing},
    )


def _check_removable(session: Session, project: Project, m: Milestone, co_amount: int, currency: str) -> None:
    if project.billing_mode == "progress":
        raise BadInput(
            f"Project {project.code} bills by its schedule of values; a change order cannot remove a milestone."
        )
    check_removal(
        m.name,
        m.amount_cents,
        co_amount,
        unbilled=m.status in UNBILLED
        and session.scalars(select(Invoice.id).where(Invoice.milestone_id == m.id)).first() is None,
        is_deposit=m.is_deposit,
        others=sum(1 for x in project.milestones if x.id != m.id),
        display=to_decimal_string(m.amount_cents, currency),
    )
    if (
        session.scalars(select(ChangeOrder.number).where(ChangeOrder.milestone_id == m.id)).first()
        is not None
    ):
        raise BadInput(
            f"Milestone {m.name!r} is a change order's own milestone; reduce it with a deductive change order "
            "spread over the unbilled work instead."
        )


def remove_milestone(session: Session, project: Project, co: ChangeOrder, m: Milestone) -> None:
    """Take an unbilled milestone out of the schedule through approved change order ``co``.

    Its amount comes off the contract to date (``co.amount_cents`` is minus that amount), so the
    schedule still sums to the contract to date; the milestone row goes, its audit event keeps it.
    """
    currency = lookup.company(session).currency
    _check_removable(session, project, m, co.amount_cents, currency)
    audit.record(
        session,
        "milestone",
        m.uuid,
        "remove",
        {"project": project.code, "name": m.name, **_milestone_state(m)},
        {"removed_by_change_order": co.number},
    )
    project.milestones.remove(m)
    session.delete(m)
    session.flush()


def _milestone_state(m: Milestone) -> dict[str, object]:
    """What the removal's audit event keeps of a milestone (enough to write it in an export)."""
    return {
        "status": m.status,
        "amount_cents": m.amount_cents,
        "planned_date": m.planned_date.isoformat() if m.planned_date else None,
        "completed_date": m.completed_date.isoformat() if m.completed_date else None,
        "position": m.position,
        "share_kind": m.share_kind,
        "share_percent": None if m.share_percent is None else str(m.share_percent),
        "share_cents": m.share_cents,
        "note": m.note,
    }


def add_change_order(
    books: Books,
    project_code: str,
    amount_cents: int,
    description: str,
    on: date | None = None,
    *,
    spread_it: bool = False,
    approve_it: bool = False,
    removes: str | None = None,
) -> int:
    """Record a change order (a draft, or approved at once); returns its number within the project.

    ``removes`` names an unbilled milestone the order takes out of the schedule: such an order is
    approved at once, and its amount must be minus the milestone's amount.
    """
    text = clean_text(description, "change order description")
    if amount_cents == 0:
        raise BadInput("A change order needs an amount other than zero.")
    if removes is not None:
        if spread_it:
            raise BadInput("A change order that removes a milestone is not spread; leave out --spread.")
        if not approve_it:
            raise BadInput("A change order that removes a milestone is approved at once; add --approve.")
    with books.write() as s:
        field_marker.refuse_on_copy(
            s, "A change order", "; write a change-order request for the office (draft) instead"
        )
        project = lookup.project(s, project_code)
        _within_limit(s, project, amount_cents)
        target: Milestone | None = None
        if removes is not None:
            target = lookup.milestone(s, project, removes)
            _check_removable(s, project, target, amount_cents, lookup.company(s).currency)
            if target.name not in text:
                text = f"{text} (removes milestone {target.name})"[:4000]
        elif spread_it:
            _check_spread_possible(s, project)
        elif amount_cents < 0:
            raise BadInput(
                "A deductive change order cannot be its own milestone; spread it over the unbilled work."
            )
        number = (
            int(
                s.scalar(
                    select(func.coalesce(func.max(ChangeOrder.number), 0)).where(
                        ChangeOrder.project_id == project.id
                    )
                )
                or 0
            )
            + 1
        )
        co = ChangeOrder(
            project_id=project.id,
            number=number,
            description=text,
            amount_cents=amount_cents,
            status=ChangeOrderStatus.DRAFT.value,
            date=on or date.today(),
            billing=(
                ChangeOrderBilling.REMOVE
                if target is not None
                else ChangeOrderBilling.SPREAD
                if spread_it
                else ChangeOrderBilling.MILESTONE
            ).value,
        )
        s.add(co)
        s.flush()
        audit.record(
            s,
            "change_order",
            co.uuid,
            "create",
            None,
            {"project": project.code, "number": number, "amount": amount_cents, "billing": co.billing},
        )
        if approve_it:
            approve(s, project, co, removes=target)
        return number


def _find(session: Session, project: Project, number: int) -> ChangeOrder:
    co = session.scalars(
        select(ChangeOrder).where(ChangeOrder.project_id == project.id, ChangeOrder.number == number)
    ).first()
    if co is None:
        raise NotFound(f"Project {project.code} has no change order {number}.")
    return co


def approve_change_order(books: Books, project_code: str, number: int, *, seen: int | None = None) -> None:
    """Approve a draft; ``seen`` (``change_order_version``) refuses a draft changed elsewhere since."""
    with books.write() as s:
        field_marker.refuse_on_copy(s, "Approving or rejecting a change order")
        project = lookup.project(s, project_code)
        co = _find(s, project, number)
        freshness.require_fresh(s, co.uuid, seen, f"Change order {number} of {project_code}")
        approve(s, project, co)


def reject_change_order(books: Books, project_code: str, number: int, *, seen: int | None = None) -> None:
    with books.write() as s:
        field_marker.refuse_on_copy(s, "Approving or rejecting a change order")
        project = lookup.project(s, project_code)
        co = _find(s, project, number)
        freshness.require_fresh(s, co.uuid, seen, f"Change order {number} of {project_code}")
        check_transition(co.number, co.status, ChangeOrderStatus.REJECTED.value)
        co.status = ChangeOrderStatus.REJECTED.value
        audit.record(s, "change_order", co.uuid, "reject", {"status": "draft"}, {"status": co.status})


def change_order_version(books: Books, project_code: str, number: int) -> int:
    """The version of a change order as read now (pass it back as ``seen`` with an edit)."""
    with books.read() as s:
        project = lookup.project(s, project_code)
        return freshness.version(s, _find(s, project, number).uuid)


@dataclass(frozen=True)
class ChangeOrderView:
    number: int
    description: str
    amount_cents: int
    status: str
    date: date
    billing: str
    milestone_name: str | None
    #: Its version when read (services/core/freshness.py), handed back with approve/reject.
    version: int = 0


@dataclass(frozen=True)
class ChangeOrderLog:
    """The change-order log of a project, and the contract figures invoices show."""

    project_code: str
    currency: str
    original_cents: int
    net_change_cents: int
    entries: list[ChangeOrderView]

    @property
    def contract_to_date_cents(self) -> int:
        return self.original_cents + self.net_change_cents


def change_order_log(books: Books, project_code: str) -> ChangeOrderLog:
    with books.read() as s:
        project = lookup.project(s, project_code)
        rows = s.scalars(
            select(ChangeOrder).where(ChangeOrder.project_id == project.id).order_by(ChangeOrder.number)
        )
        entries = [
            ChangeOrderView(
                c.number,
                c.description,
                c.amount_cents,
                c.status,
                c.date,
                c.billing,
                c.milestone.name if c.milestone else None,
                freshness.version(s, c.uuid),
            )
            for c in rows
        ]
        return ChangeOrderLog(
            project.code,
            lookup.company(s).currency,
            project.contract_cents,
            approved_total(s, project.id),
            entries,
        )
