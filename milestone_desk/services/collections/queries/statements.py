"""Customer statements: balance-forward activity and open items for one client over a period.

The statement always balances: opening balance + invoices − payments − credits = closing balance,
and the closing balance equals the open items less the client's unapplied credit on the closing date.
``credits`` are all credit notes dated in the period; a refunded one also shows as a refund (money
paid back), and ``payments`` are net of refunds, so a refund leaves the balance where it was.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.reports import BUCKETS, Statement, StatementLine, StatementOpenItem, bucket_of
from milestone_desk.persistence.models_records import CREDIT_REFUNDED
from milestone_desk.services.collections.queries import receivables
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.doc_company import company_info


def statement_in(session: Session, client_code: str, date_from: date | None, date_to: date) -> Statement:
    if date_from is not None and date_from > date_to:
        raise BadInput("The statement's --from date is after its --to date.")
    company = lookup.company(session)
    client = lookup.client(session, client_code)
    invoices = receivables.invoices_as_of(session, date_to, client.id)
    pays = receivables.payments(session, client_id=client.id, until=date_to)

    def before(d: date) -> bool:
        return date_from is not None and d < date_from

    notes = receivables.credit_notes(session, client_id=client.id, until=date_to)
    opening = (
        sum(i.amount_due for i in invoices if before(i.issue_date))
        - sum(p.amount for p in pays if before(p.date))
        - sum(n.amount for n in notes if before(n.date) and n.kind != CREDIT_REFUNDED)
    )
    events: list[tuple[date, int, str, str, str, int, int]] = []
    for inv in invoices:
        if not before(inv.issue_date):
            text = f"{inv.project_code} {inv.description}".strip()
            events.append((inv.issue_date, 0, "invoice", inv.number, text, inv.amount_due, 0))
    for p in pays:
        if before(p.date):
            continue
        applied = ", ".join(n for n, _a in p.applied)
        text = f"{p.method} {p.reference}".strip() + (f" — applied to {applied}" if applied else "")
        events.append((p.date, 1, "payment", p.receipt, text, 0, p.amount))
    for n in notes:
        if before(n.date):
            continue
        refunded = n.kind == CREDIT_REFUNDED
        text = f"On invoice {n.invoice_number}" + (" (refunded)" if refunded else "") + f": {n.reason}"
        events.append((n.date, 2, "credit", n.number, text, 0, n.amount))
        if refunded:
            text = f"Paid back to you for credit note {n.number}"
            events.append((n.date, 3, "refund", n.number, text, n.amount, 0))
    events.sort(key=lambda e: (e[0], e[1], e[3]))
    lines: list[StatementLine] = []
    running = opening
    for on, _order, kind, ref, text, charge, credit in events:
        running += charge - credit
        lines.append(StatementLine(on, kind, ref, text, charge, credit, running))
    open_items = [
        StatementOpenItem(
            inv.number,
            inv.project_code,
            inv.description,
            inv.issue_date,
            inv.due_date,
            inv.amount_due,
            inv.paid,
            inv.outstanding,
            inv.days_past_due(date_to),
            inv.credited,
        )
        for inv in invoices
        if inv.outstanding != 0
    ]
    buckets = dict.fromkeys(BUCKETS, 0)
    for item in open_items:
        buckets[bucket_of(item.days_past_due)] += item.outstanding
    return Statement(
        company.name,
        company.address,
        company.email,
        company.phone,
        company.payment_instructions,
        company.currency,
        client.code,
        client.name,
        client.address,
        date_from,
        date_to,
        opening,
        sum(line.charge for line in lines if line.kind == "invoice"),
        sum(line.credit for line in lines if line.kind == "payment")
        - sum(line.charge for line in lines if line.kind == "refund"),
        sum(line.credit for line in lines if line.kind == "credit"),
        lines,
        open_items,
        receivables.credit_as_of(session, date_to, client.id).get(client.id, 0),
        buckets,
        sum(line.charge for line in lines if line.kind == "refund"),
        company_info(company),
    )


def statement(
    books: Books, client_code: str, date_from: date | None = None, date_to: date | None = None
) -> Statement:
    """A client's statement from ``date_from`` (the beginning when None) to ``date_to`` (today)."""
    with books.read() as s:
        return statement_in(s, client_code, date_from, date_to or date.today())
