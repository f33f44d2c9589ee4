"""The project ledger: contract, billed, retainage, paid, outstanding — the figures `ledger --json` prints."""

from __future__ import annotations

from typing import Any

from milestone_desk.domain.money import to_decimal_string
from milestone_desk.services import lookup
from milestone_desk.services.books import Books
from milestone_desk.services.projects import milestone_views_by_project, summaries


def ledger(books: Books, project_code: str | None = None) -> list[dict[str, Any]]:
    """One object per project (public contract of `ledger --json`), money as decimal strings."""
    with books.read() as s:
        ids = None
        if project_code is not None:
            ids = [lookup.project(s, project_code).id]
        out: list[dict[str, Any]] = []
        rows = summaries(s, ids)
        schedules = milestone_views_by_project(s, ids)
        for row in rows:
            t = row.totals
            cur = row.currency

            def money(v: int, cur: str = cur) -> str:
                return to_decimal_string(v, cur)

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
                        {
                            "name": m.name,
                            "amount": money(m.amount_cents),
                            "status": m.status,
                            "invoice": m.invoice_number,
                        }
                        for m in schedules.get(row.id, [])
                    ],
                }
            )
        return out
