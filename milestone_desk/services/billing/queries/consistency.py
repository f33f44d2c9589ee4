"""Do a project's milestones and milestone invoices agree? Shared by import (refuse) and check (report).

Findings 6 and 12 of the review: a milestone marked invoiced or paid needs exactly one live invoice,
an invoice's milestone must be invoiced or paid, and a milestone invoice's figures must follow the
milestone and the project's rates (DESIGN §5; a step-down may lower retainage, never below nothing
held in total).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy.orm import Session

from milestone_desk.domain.money import apply_rate, to_decimal_string
from milestone_desk.domain.states import BILLED
from milestone_desk.persistence.models import Invoice, Project
from milestone_desk.services.construction.retainage import live_invoices, policy_of


def milestone_invoice_problems(
    s: Session, project: Project, currency: str, live: Mapping[str, list[Invoice]] | None = None
) -> list[str]:
    """Every disagreement between the project's milestones and its live milestone invoices.

    ``live`` (kind → the project's live invoices by id) lets ``check`` read every project's invoices
    in one query instead of two per project.
    """
    if project.billing_mode == "progress":
        return []

    def money(minor: int) -> str:
        return to_decimal_string(minor, currency)

    problems: list[str] = []
    policy = policy_of(project)
    invoices = live_invoices(s, project, "milestone") if live is None else live.get("milestone", [])
    by_milestone: dict[int, list[Invoice]] = defaultdict(list)
    for inv in invoices:
        if inv.milestone_id is not None:
            by_milestone[inv.milestone_id].append(inv)
    for m in project.milestones:
        billed = by_milestone.get(m.id, [])
        where = f"Project {project.code}, milestone {m.name!r}"
        if m.status in BILLED and not billed:
            problems.append(f"{where} is marked {m.status} but has no live invoice.")
        if len(billed) > 1:
            numbers = ", ".join(i.number or "?" for i in billed)
            problems.append(f"{where} has more than one live invoice ({numbers}).")
        for inv in billed:
            if m.status not in BILLED:
                problems.append(f"{where} is {m.status} but invoice {inv.number} bills it.")
            if inv.gross_cents != m.amount_cents:
                problems.append(
                    f"Invoice {inv.number} bills {money(inv.gross_cents)}, but its milestone {m.name!r} "
                    f"is {money(m.amount_cents)}."
                )
            tax = apply_rate(inv.gross_cents, project.tax_percent)
            if inv.tax_cents != tax:
                problems.append(
                    f"Invoice {inv.number} charges tax {money(inv.tax_cents)}, not {project.tax_percent} % "
                    f"of its gross ({money(tax)})."
                )
            full = 0 if m.is_deposit else apply_rate(policy.basis(inv.gross_cents, tax), policy.percent)
            if policy.step_down is None and inv.retainage_cents != full:
                problems.append(
                    f"Invoice {inv.number} withholds retainage {money(inv.retainage_cents)}, not "
                    f"{policy.percent} % ({money(full)})."
                )
            elif inv.retainage_cents > full:
                problems.append(
                    f"Invoice {inv.number} withholds retainage {money(inv.retainage_cents)}, more than "
                    f"{policy.percent} % ({money(full)})."
                )
            if inv.deposit_applied_cents < 0 or (
                inv.deposit_applied_cents and project.deposit_policy != "applied"
            ):
                problems.append(f"Invoice {inv.number} deducts a deposit the project does not apply.")
    held = sum(i.retainage_cents for i in invoices)
    if held < 0:
        problems.append(
            f"Project {project.code}: the milestone invoices hold negative retainage ({money(held)})."
        )
    deposits = live_invoices(s, project, "deposit") if live is None else live.get("deposit", [])
    invoiced = sum(i.gross_cents for i in deposits)
    applied = sum(i.deposit_applied_cents for i in invoices)
    if applied > invoiced:
        problems.append(
            f"Project {project.code}: milestone invoices deduct {money(applied)} of deposit, but only "
            f"{money(invoiced)} is invoiced as a live deposit."
        )
    return problems
