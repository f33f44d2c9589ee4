"""The construction part of `milestone-desk/1` (import and export): deposits, retainage step-down,
change orders, billing mode, schedule of values and pay applications.

Change-order milestones and schedule-of-values lines carry ``"change_order": n``; they are not part
of the original schedule (whose values sum to ``contract_sum``). ``amount_computed`` /
``value_to_date`` keep spread change orders exact on a round trip.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from milestone_desk.domain.change_orders import ChangeOrderBilling, ChangeOrderStatus
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import to_decimal_string
from milestone_desk.domain.states import MilestoneStatus
from milestone_desk.persistence.models import Milestone, Project
from milestone_desk.persistence.models_construction import (
    ChangeOrder,
    PayApplication,
    PayApplicationLine,
    ScheduleOfValuesLine,
)
from milestone_desk.services.construction.change_orders import (
    apply_approved,
    contract_to_date,
    remove_milestone,
    sov,
)
from milestone_desk.services.construction.payapps import PAYAPP_FORMAT, set_schedule_of_values
from milestone_desk.services.core import numbering

if TYPE_CHECKING:
    from milestone_desk.services.core.json_doc import JsonDoc as _Doc


def spec_fields(p: _Doc, currency: str) -> dict[str, Any]:
    """The ProjectSpec keyword arguments read from a project object."""
    step_at: Decimal | None = None
    step_to: Decimal | None = None
    if p.has("retainage_step_down"):
        from milestone_desk.services.core.json_doc import JsonDoc as _Doc

        step = _Doc(p.data["retainage_step_down"], f"{p.where}.retainage_step_down")
        step_at = step.percent("at_percent_complete", "")
        step_to = step.percent("to_percent", "")
    policy = p.choice("deposit_policy", ("installment", "applied"), "installment")
    return {
        "billing_mode": p.choice("billing", ("milestone", "progress"), "milestone"),
        "deposit_policy": policy,
        "deposit_applied": p.choice("deposit_applied", ("pro_rata", "final"), "pro_rata"),
        "deposit_cents": p.money("deposit", currency) if p.has("deposit") else 0,
        "retainage_step_at": step_at,
        "retainage_step_to": step_to,
    }


def is_change_order_item(m: _Doc) -> bool:
    return m.has("change_order")


def import_construction(s: Session, project: Project, p: _Doc, currency: str) -> None:
    """Change orders, their milestones or lines, the schedule of values; before invoices are read."""
    orders: dict[int, ChangeOrder] = {}
    for c in p.items("change_orders"):
        number = c.data.get("number")
        if isinstance(number, bool) or not isinstance(number, int) or number <= 0:
            raise BadInput(f"{c.where}.number must be a whole number above zero.")
        if number in orders:
            raise BadInput(f"{c.where}: change order {number} appears twice.")
        when = c.day("date")
        co = ChangeOrder(
            project_id=project.id,
            number=number,
            description=c.text("description"),
            amount_cents=c.money("amount", currency, negative=True),
            status=c.choice("status", tuple(x.value for x in ChangeOrderStatus), "draft"),
            date=when or date.today(),
            billing=c.choice("billing", tuple(x.value for x in ChangeOrderBilling), "milestone"),
        )
        if co.amount_cents == 0:
            raise BadInput(f"{c.where}.amount must not be zero.")
        s.add(co)
        orders[number] = co
    s.flush()
    if project.billing_mode == "progress":
        _import_sov(s, project, p, currency, orders)
    else:
        _import_co_milestones(s, project, p, currency, orders)
    s.flush()
    _import_pay_applications(s, project, p, currency)


def _linked(item: _Doc, orders: dict[int, ChangeOrder]) -> ChangeOrder:
    number = item.data.get("change_order")
    co = orders.get(number) if isinstance(number, int) else None
    if co is None or co.status != ChangeOrderStatus.APPROVED.value:
        raise BadInput(f"{item.where}.change_order does not name an approved change order of the project.")
    return co


def _import_co_milestones(
    s: Session, project: Project, p: _Doc, currency: str, orders: dict[int, ChangeOrder]
) -> None:
    items = p.items("milestones")
    linked: set[int] = set()
    for m in items:
        if not is_change_order_item(m):
            continue
        co = _linked(m, orders)
        row = Milestone(
            project=project,
            position=len(project.milestones),
            name=m.text("name"),
            share_kind="amount",
            share_cents=m.money("amount", currency),
            amount_cents=m.money("amount", currency),
            planned_date=m.day("due"),
            status=m.choice("status", tuple(x.value for x in MilestoneStatus), "planned"),
            completed_date=m.day("completed"),
            note=m.text("note", ""),
        )
        s.add(row)
        s.flush()
        co.milestone_id = row.id
        linked.add(co.number)
    spreads = any(
        c.status == ChangeOrderStatus.APPROVED.value and c.billing == ChangeOrderBilling.SPREAD.value
        for c in orders.values()
    )
    computed = spreads and any(m.has("amount_computed") for m in items)
    for co in sorted(orders.values(), key=lambda c: c.number):
        if co.status != ChangeOrderStatus.APPROVED.value or co.number in linked:
            continue
        if co.billing == ChangeOrderBilling.REMOVE.value:
            _import_removal(s, project, p, co)
        elif co.billing == ChangeOrderBilling.MILESTONE.value or not computed:
            apply_approved(s, project, co, currency)
    if computed:
        by_name = {x.name: x for x in project.milestones}
        for m in items:
            if m.has("amount_computed") and not m.has("removed_by_change_order"):
                by_name[m.text("name")].amount_cents = m.money("amount_computed", currency, negative=True)
    total = sum(x.amount_cents for x in project.milestones)
    if total != contract_to_date(s, project):
        raise BadInput(
            f"{p.where}: the milestones sum to {to_decimal_string(total, currency)}, not the contract "
            f"to date {to_decimal_string(contract_to_date(s, project), currency)}."
        )


def _import_removal(s: Session, project: Project, p: _Doc, co: ChangeOrder) -> None:
    """An approved change order that removed a milestone: the export carries that milestone (at its
    place in the original schedule) with ``removed_by_change_order``; it is removed again here."""
    names = [
        m.text("name") for m in p.items("milestones") if m.data.get("removed_by_change_order") == co.number
    ]
    row = next((x for x in project.milestones if x.name in names), None)
    if row is None:
        raise BadInput(
            f"{p.where}: change order {co.number} removes a milestone, but no milestone has "
            f'"removed_by_change_order": {co.number}.'
        )
    row.amount_cents = -co.amount_cents  # its amount when it was removed (before later spreads)
    s.flush()
    remove_milestone(s, project, co, row)


def _import_sov(s: Session, project: Project, p: _Doc, currency: str, orders: dict[int, ChangeOrder]) -> None:
    items = p.items("schedule_of_values")
    base = [(ln.text("name"), ln.money("value", currency)) for ln in items if not is_change_order_item(ln)]
    set_schedule_of_values(s, project, base)
    linked: set[int] = set()
    for ln in items:
        if is_change_order_item(ln):
            co = _linked(ln, orders)
            s.add(
                ScheduleOfValuesLine(
                    project_id=project.id,
                    position=len(sov(s, project.id)),
                    name=ln.text("name"),
                    original_cents=0,
                    value_cents=ln.money("value", currency),
                    change_order_id=co.id,
                )
            )
            s.flush()
            linked.add(co.number)
    computed = any(ln.has("value_to_date") for ln in items)
    for co in sorted(orders.values(), key=lambda c: c.number):
        if co.status != ChangeOrderStatus.APPROVED.value or co.number in linked:
            continue
        if co.billing == ChangeOrderBilling.MILESTONE.value or not computed:
            apply_approved(s, project, co, currency)
            s.flush()
    by_name = {x.name: x for x in sov(s, project.id)}
    for ln in items:
        if ln.has("value_to_date"):
            by_name[ln.text("name")].value_cents = ln.money("value_to_date", currency)
    total = sum(x.value_cents for x in by_name.values())
    if total != contract_to_date(s, project):
        raise BadInput(
            f"{p.where}: the schedule of values sums to {to_decimal_string(total, currency)}, not the "
            f"contract to date {to_decimal_string(contract_to_date(s, project), currency)}."
        )


def _import_pay_applications(s: Session, project: Project, p: _Doc, currency: str) -> None:
    lines = {ln.name: ln for ln in sov(s, project.id)}
    for seq, a in enumerate(p.items("pay_applications"), start=1):
        period = a.day("period_to")
        if period is None:
            raise BadInput(f"{a.where} has no period_to.")
        number = a.text("number")
        app = PayApplication(
            project_id=project.id,
            number=number,
            seq=seq,
            period_to=period,
            retainage_percent=a.percent("retainage_percent"),
            stepped_down=a.flag("stepped_down"),
            original_cents=project.contract_cents,
            contract_cents=0,
            completed_stored_cents=0,
            retainage_work_cents=0,
            retainage_stored_cents=0,
            previous_cents=a.money("previous_certificates", currency),
        )
        for pos, ln in enumerate(a.items("lines")):
            row = lines.get(ln.text("name"))
            if row is None:
                raise BadInput(f"{ln.where}.name is not a schedule-of-values line of {project.code}.")
            app.lines.append(
                PayApplicationLine(
                    sov_line_id=row.id,
                    position=pos,
                    name=row.name,
                    scheduled_cents=ln.money("scheduled_value", currency),
                    from_previous_cents=ln.money("from_previous", currency),
                    this_period_cents=ln.money("this_period", currency),
                    stored_cents=ln.money("stored", currency),
                    retainage_work_cents=ln.money("retainage_work", currency, negative=True),
                    retainage_stored_cents=ln.money("retainage_stored", currency, negative=True),
                )
            )
        app.contract_cents = sum(x.scheduled_cents for x in app.lines)
        app.original_cents = a.money(
            "original_contract", currency, default=to_decimal_string(project.contract_cents, currency)
        )
        app.completed_stored_cents = sum(
            x.from_previous_cents + x.this_period_cents + x.stored_cents for x in app.lines
        )
        app.retainage_work_cents = sum(x.retainage_work_cents for x in app.lines)
        app.retainage_stored_cents = sum(x.retainage_stored_cents for x in app.lines)
        s.add(app)
        numbering.note_used(s, "payapp", PAYAPP_FORMAT, period, number)
    s.flush()


def link_pay_application_invoices(s: Session, project: Project, p: _Doc) -> None:
    """After the invoices are read: tie each application to its progress invoice."""
    from sqlalchemy import select

    from milestone_desk.persistence.models import Invoice

    for a in p.items("pay_applications"):
        if not a.has("invoice"):
            continue
        inv = s.scalars(select(Invoice).where(Invoice.number == a.text("invoice"))).first()
        app = s.scalars(select(PayApplication).where(PayApplication.number == a.text("number"))).first()
        if inv is None or app is None or inv.project_id != project.id:
            raise BadInput(f"{a.where}.invoice is not an invoice of {project.code}.")
        app.invoice_id = inv.id


# --------------------------------------------------------------------------- export
def export_fields(s: Session, project: Project, money: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "billing": project.billing_mode,
        "deposit_policy": project.deposit_policy,
        "deposit_applied": project.deposit_applied,
    }
    if project.deposit_policy == "applied":
        out["deposit"] = money(project.deposit_cents)
    if project.retainage_step_at is not None and project.retainage_step_to is not None:
        out["retainage_step_down"] = {
            "at_percent_complete": str(project.retainage_step_at),
            "to_percent": str(project.retainage_step_to),
        }
    from sqlalchemy import select

    orders = list(
        s.scalars(
            select(ChangeOrder).where(ChangeOrder.project_id == project.id).order_by(ChangeOrder.number)
        )
    )
    out["change_orders"] = [
        {
            "number": c.number,
            "description": c.description,
            "amount": money(c.amount_cents),
            "status": c.status,
            "date": c.date.isoformat(),
            "billing": c.billing,
        }
        for c in orders
    ]
    if project.billing_mode == "progress":
        numbers = {c.id: c.number for c in orders}
        sched = []
        for ln in sov(s, project.id):
            item: dict[str, Any] = {"name": ln.name}
            if ln.change_order_id is not None:
                item["value"] = money(ln.value_cents)
                item["change_order"] = numbers[ln.change_order_id]
            else:
                item["value"] = money(ln.original_cents)
            item["value_to_date"] = money(ln.value_cents)
            sched.append(item)
        out["schedule_of_values"] = sched
        apps = s.scalars(
            select(PayApplication).where(PayApplication.project_id == project.id).order_by(PayApplication.seq)
        )
        out["pay_applications"] = [
            {
                "number": a.number,
                "period_to": a.period_to.isoformat(),
                "invoice": a.invoice.number if a.invoice else None,
                "retainage_percent": str(a.retainage_percent),
                "stepped_down": a.stepped_down,
                "original_contract": money(a.original_cents),
                "previous_certificates": money(a.previous_cents),
                "lines": [
                    {
                        "name": ln.name,
                        "scheduled_value": money(ln.scheduled_cents),
                        "from_previous": money(ln.from_previous_cents),
                        "this_period": money(ln.this_period_cents),
                        "stored": money(ln.stored_cents),
                        "retainage_work": money(ln.retainage_work_cents),
                        "retainage_stored": money(ln.retainage_stored_cents),
                    }
                    for ln in a.lines
                ],
            }
            for a in apps
        ]
    return out


def change_order_numbers(s: Session, project: Project) -> dict[int, int]:
    """Milestone id → change order number, for the milestones a change order created."""
    from sqlalchemy import select

    rows = s.execute(
        select(ChangeOrder.milestone_id, ChangeOrder.number).where(
            ChangeOrder.project_id == project.id, ChangeOrder.milestone_id.is_not(None)
        )
    )
    return {int(mid or 0): int(num) for mid, num in rows}
