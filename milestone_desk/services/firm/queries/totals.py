"""Per-project money figures computed with a fixed number of grouped queries, however many projects.

``credits`` counts credit notes applied to a balance, so ``outstanding`` = due − paid − credits.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from milestone_desk.domain.change_orders import ChangeOrderStatus
from milestone_desk.domain.reports import Totals
from milestone_desk.domain.states import BILLED_KINDS, LIVE
from milestone_desk.persistence.models import Invoice, PaymentApplication, Project
from milestone_desk.persistence.models_construction import ChangeOrder
from milestone_desk.persistence.models_records import CREDIT_APPLIED, CreditNote
from milestone_desk.services.core.queries.rows import among, rows

#: Invoice kinds whose gross counts as billed work (a release or an applied deposit does not).


def project_totals(session: Session, project_ids: Collection[int] | None = None) -> dict[int, Totals]:
    """Totals of each project (all, or those named), keyed by project id."""
    proj_q = select(Project.id, Project.contract_cents)
    inv_q = (
        select(
            Invoice.project_id,
            func.sum(case((Invoice.kind.in_(BILLED_KINDS), Invoice.gross_cents), else_=0)),
            func.sum(Invoice.tax_cents),
            func.sum(case((Invoice.kind != "release", Invoice.retainage_cents), else_=0)),
            func.sum(case((Invoice.kind == "release", Invoice.gross_cents), else_=0)),
            func.sum(Invoice.amount_due_cents),
            func.sum(case((Invoice.kind == "deposit", Invoice.gross_cents), else_=0)),
            func.sum(Invoice.deposit_applied_cents),
        )
        .where(Invoice.status.in_(LIVE))
        .group_by(Invoice.project_id)
    )
    paid_q = (
        select(Invoice.project_id, func.sum(PaymentApplication.amount_cents))
        .join(Invoice, PaymentApplication.invoice_id == Invoice.id)
        .where(Invoice.status.in_(LIVE))
        .group_by(Invoice.project_id)
    )
    credit_q = (
        select(Invoice.project_id, func.sum(CreditNote.amount_cents))
        .join(Invoice, CreditNote.invoice_id == Invoice.id)
        .where(Invoice.status.in_(LIVE), CreditNote.kind == CREDIT_APPLIED)
        .group_by(Invoice.project_id)
    )
    co_q = (
        select(ChangeOrder.project_id, func.sum(ChangeOrder.amount_cents))
        .where(ChangeOrder.status == ChangeOrderStatus.APPROVED.value)
        .group_by(ChangeOrder.project_id)
    )
    if project_ids is not None:
        ids = list(project_ids)
        co_q = co_q.where(among(ChangeOrder.project_id, ids))
        proj_q = proj_q.where(among(Project.id, ids))
        inv_q = inv_q.where(among(Invoice.project_id, ids))
        paid_q = paid_q.where(among(Invoice.project_id, ids))
        credit_q = credit_q.where(among(Invoice.project_id, ids))
    invoiced = {row[0]: row[1:] for row in rows(session, inv_q)}
    paid = {row[0]: row[1] for row in rows(session, paid_q)}
    credits = {row[0]: row[1] for row in rows(session, credit_q)}
    changes = {row[0]: row[1] for row in rows(session, co_q)}
    result: dict[int, Totals] = {}
    for pid, contract in rows(session, proj_q):
        billed, tax, withheld, released, due, deposit, deducted = invoiced.get(pid, (0,) * 7)
        result[pid] = Totals(
            original_contract=contract,
            change_orders=changes.get(pid) or 0,
            deposit_invoiced=deposit or 0,
            deposit_applied=deducted or 0,
            billed=billed or 0,
            tax_billed=tax or 0,
            retainage_withheld=withheld or 0,
            retainage_released=released or 0,
            invoiced_due=due or 0,
            paid=paid.get(pid) or 0,
            credits=credits.get(pid) or 0,
        )
    return result
