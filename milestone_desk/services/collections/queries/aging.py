"""Accounts-receivable aging as of any date: current, 1–30, 31–60, 61–90, 90+ days past due.

Days past due count from each invoice's due date. The buckets of every client, and of the total,
sum to the open receivables on that date; unapplied client credit is shown apart, never netted.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from milestone_desk.domain.money import to_decimal_string
from milestone_desk.domain.reports import BUCKETS, AgingItem, AgingReport, AgingRow, bucket_of
from milestone_desk.services.collections.queries import receivables
from milestone_desk.services.collections.queries.receivables import OpenInvoice
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.doc_company import company_info
from milestone_desk.services.core.queries.rows import no_gc


def aging_in(session: Session, as_of: date) -> AgingReport:
    """The aging report inside an open session."""
    company = lookup.company(session)
    refs = receivables.clients(session)
    credits = receivables.credit_as_of(session, as_of)
    per_client: dict[int, dict[str, int]] = {}
    items: list[AgingItem] = []
    open_items: list[OpenInvoice] = [
        inv for inv in receivables.invoices_as_of(session, as_of, open_only=True) if inv.outstanding != 0
    ]
    for inv in open_items:
        days = inv.days_past_due(as_of)
        bucket = bucket_of(days)
        row = per_client.setdefault(inv.client_id, dict.fromkeys(BUCKETS, 0))
        row[bucket] += inv.outstanding
        items.append(
            AgingItem(
                inv.number,
                inv.client_code,
                inv.client_name,
                inv.project_code,
                inv.issue_date,
                inv.due_date,
                days,
                bucket,
                inv.outstanding,
            )
        )
    rows: list[AgingRow] = []
    for cid, ref in refs.items():
        credit = credits.get(cid, 0)
        if cid not in per_client and credit == 0:
            continue
        rows.append(AgingRow(ref.code, ref.name, per_client.get(cid, dict.fromkeys(BUCKETS, 0)), credit))
    total = AgingRow(
        "",
        "Total",
        {b: sum(r.buckets[b] for r in rows) for b in BUCKETS},
        sum(r.credit for r in rows),
    )
    items.sort(key=lambda i: (i.client_code, i.due_date, i.number))
    return AgingReport(as_of, company.currency, company.name, rows, total, items, company_info(company))


def aging(books: Books, as_of: date | None = None) -> AgingReport:
    """AR aging of the whole company on ``as_of`` (today when None)."""
    with books.read() as s, no_gc():
        return aging_in(s, as_of or date.today())


def _money_keys(row: AgingRow, currency: str) -> dict[str, str]:
    out = {b: to_decimal_string(row.buckets[b], currency) for b in BUCKETS}
    out["total"] = to_decimal_string(row.total, currency)
    out["credit"] = to_decimal_string(row.credit, currency)
    return out


def aging_json(report: AgingReport) -> dict[str, Any]:
    """The public `aging --json` object: money as decimal strings."""
    return {
        "as_of": report.as_of.isoformat(),
        "clients": [
            {"client": r.client_code, "name": r.client_name, **_money_keys(r, report.currency)}
            for r in report.rows
        ],
        "total": _money_keys(report.total, report.currency),
    }
