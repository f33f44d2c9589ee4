"""The project ledger: contract, billed, retainage, paid, outstanding — the figures `ledger --json` prints.

A ten-year firm has 20,000 milestones: the schedule part reads only the four columns it prints, as
plain Core rows (no ORM entity loading, no DTO per milestone); money is written by
``to_decimal_string`` (``decimal_strings``), the one machine form of an amount (JSON and CSV).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.money import decimal_strings
from milestone_desk.domain.states import VOID
from milestone_desk.persistence.models import Invoice, Milestone
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.rows import among, no_gc, rows
from milestone_desk.services.firm.projects import summaries


def _schedule_order(row: Any) -> tuple[int, int, int]:
    return (row[0], row[1], row[2])


def _schedules(session: Session, ids: Sequence[int] | None) -> dict[int, list[tuple[str, int, str, Any]]]:
    """(name, amount, status, invoice number) of every milestone, keyed by project, in schedule order."""
    inv_q = select(Invoice.milestone_id, Invoice.number).where(
        Invoice.milestone_id.is_not(None), Invoice.status != VOID, Invoice.number.is_not(None)
    )
    # No ORDER BY: a plain table scan and a sort here beat walking the project index row by row.
    ms_q = select(
        Milestone.project_id, Milestone.position, Milestone.id, Milestone.name, Milestone.amount_cents,
        Milestone.status,
    )  # fmt: skip
    if ids is not None:
        inv_q = inv_q.where(among(Invoice.project_id, ids))
        ms_q = ms_q.where(among(Milestone.project_id, ids))
    numbers = dict(rows(session, inv_q))
    out: dict[int, list[tuple[str, int, str, Any]]] = {}
    for pid, _pos, mid, name, amount, status in sorted(rows(session, ms_q), key=_schedule_order):
        schedule = out.get(pid)
        if schedule is None:
            schedule = out[pid] = []
        schedule.append((name, amount, status, numbers.get(mid)))
    return out


def ledger(books: Books, project_code: str | None = None) -> list[dict[str, Any]]:
    """One object per project (public contract of `ledger --json`), money as decimal strings."""
    with books.read() as s, no_gc():
        ids = None
        if project_code is not None:
            ids = [lookup.project(s, project_code).id]
        out: list[dict[str, Any]] = []
        projects = summaries(s, ids)
        schedules = _schedules(s, ids)
        for row in projects:
            t = row.totals
            cur = row.currency
            money = decimal_strings(cur)
            out.append(
                {
                    "project": row.code,
                    "name": row.name,
                    "client": row.client_code,
                    "status": row.status,
                    "currency": cur,
                    "original_contract": money(t.original_contract),
                    "change_orders": money(t.change_orders),
                    "contract_to_date": money(t.contract_to_date),
                    "billed": money(t.billed),
                    "tax_billed": money(t.tax_billed),
                    "retainage_held": money(t.retainage_held),
                    "paid": money(t.paid),
                    "outstanding": money(t.outstanding),
                    "balance_to_finish": money(t.balance_to_finish),
                    "deposit_invoiced": money(t.deposit_invoiced),
                    "deposit_unapplied": money(t.deposit_unapplied),
                    "milestones": [
                        {"name": name, "amount": money(amount), "status": status, "invoice": number}
                        for name, amount, status, number in schedules.get(row.id, [])
                    ],
                }
            )
        return out
