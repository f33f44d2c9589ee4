"""`check` for construction billing: pay applications agree with their progress invoices."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.states import VOID
from milestone_desk.persistence.models import Invoice, Project
from milestone_desk.persistence.models_construction import PayApplication
from milestone_desk.services.construction.change_orders import approved_total, last_application, sov


def construction_problems(session: Session) -> list[str]:
    problems: list[str] = []
    for p in session.scalars(select(Project).where(Project.billing_mode == "progress")):
        lines = sov(session, p.id)
        if lines and sum(ln.value_cents for ln in lines) != p.contract_cents + approved_total(session, p.id):
            problems.append(f"Project {p.code}: the schedule of values does not sum to the contract to date.")
        last = last_application(session, p.id)
        if last is None:
            continue
        invoices = session.scalars(
            select(Invoice)
            .join(PayApplication, PayApplication.invoice_id == Invoice.id)
            .where(PayApplication.project_id == p.id, Invoice.status != VOID)
        ).all()
        certified = last.completed_stored_cents - last.retainage_work_cents - last.retainage_stored_cents
        if sum(i.amount_due_cents for i in invoices) != certified:
            problems.append(
                f"Project {p.code}: the progress invoices do not add up to line 6 of {last.number}."
            )
        if (
            sum(i.retainage_cents for i in invoices)
            != last.retainage_work_cents + last.retainage_stored_cents
        ):
            problems.append(
                f"Project {p.code}: the progress invoices do not withhold line 5 of {last.number}."
            )
    return problems
