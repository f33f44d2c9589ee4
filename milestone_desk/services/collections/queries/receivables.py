"""What each client owes on a given date: the one place that reads invoices and payments for
aging, statements, reminders, the forecast and the dashboard.

"As of" a date means: invoices issued on or before it (never drafts, nor invoices voided by then), and only the
money of payments and the applied credit notes dated on or before it. Unapplied payment money is
client credit, kept apart. A refunded credit note leaves an invoice's balance as it was (it lowers
what was owed and pays the same money back), so only applied credit notes lower ``outstanding``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from milestone_desk.domain.states import LIVE, VOID
from milestone_desk.persistence.models import Client, Invoice, Payment, PaymentApplication, Project, Receipt
from milestone_desk.persistence.models_records import CREDIT_APPLIED, CreditNote
from milestone_desk.services.core.queries.rows import rows

#: Invoice statuses that are issued money (drafts have no number, voids count for nothing).


def live_on(as_of: date) -> Any:
    """SQL condition: an invoice counted on ``as_of``: live, or voided only after that day (a void
    takes effect on its day, so an aging of an earlier date still shows what was owed then)."""
    after = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
    return or_(Invoice.status.in_(LIVE), and_(Invoice.status == VOID, Invoice.voided_at >= after))


@dataclass(frozen=True)
class OpenInvoice:
    """One issued invoice seen on a date: its amount due and what had been paid on it by then."""

    id: int
    number: str
    kind: str
    client_id: int
    client_code: str
    client_name: str
    project_code: str
    project_name: str
    description: str
    issue_date: date
    due_date: date
    amount_due: int
    paid: int
    retainage: int
    credited: int = 0

    @property
    def outstanding(self) -> int:
        return self.amount_due - self.paid - self.credited

    def days_past_due(self, on: date) -> int:
        return (on - self.due_date).days


@dataclass(frozen=True)
class ClientRef:
    id: int
    code: str
    name: str
    email: str
    address: str


def clients(session: Session) -> dict[int, ClientRef]:
    return {
        c.id: ClientRef(c.id, c.code, c.name, c.email, c.address)
        for c in session.scalars(select(Client).order_by(Client.code))
    }


def invoices_as_of(
    session: Session, as_of: date | None, client_id: int | None = None, *, open_only: bool = False
) -> list[OpenInvoice]:
    """Every live invoice issued by ``as_of`` (all when None) with the payments dated by then;
    with ``open_only`` only those with something outstanding on that date (filtered in SQL).

    Plain columns only (never the stored PDF bytes), one statement with the payments grouped in a
    subquery, run as Core rows: a ten-year firm has 20,000 invoices.
    """
    q = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.kind,
            Client.id,
            Client.code,
            Client.name,
            Project.code,
            Project.name,
            Invoice.description,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.amount_due_cents,
            Invoice.retainage_cents,
        )
        .join(Project, Invoice.project_id == Project.id)
        .join(Client, Project.client_id == Client.id)
        .where(Invoice.issue_date.is_not(None))
        .order_by(Invoice.issue_date, Invoice.id)
    )
    paid_q = (
        select(PaymentApplication.invoice_id, func.sum(PaymentApplication.amount_cents).label("paid"))
        .join(Payment, PaymentApplication.payment_id == Payment.id)
        .group_by(PaymentApplication.invoice_id)
    )
    if as_of is not None:
        q = q.where(Invoice.issue_date <= as_of, live_on(as_of))
        paid_q = paid_q.where(Payment.date <= as_of)
    else:
        q = q.where(Invoice.status.in_(LIVE))
    credit_q = (
        select(CreditNote.invoice_id, func.sum(CreditNote.amount_cents).label("credited"))
        .where(CreditNote.kind == CREDIT_APPLIED)
        .group_by(CreditNote.invoice_id)
    )
    if as_of is not None:
        credit_q = credit_q.where(CreditNote.issue_date <= as_of)
    if client_id is not None:
        q = q.where(Client.id == client_id)
        paid_q = paid_q.where(Payment.client_id == client_id)
    paid_sub = paid_q.subquery()
    credit_sub = credit_q.subquery()
    paid_col = func.coalesce(paid_sub.c.paid, 0)
    credit_col = func.coalesce(credit_sub.c.credited, 0)
    with_paid = (
        q.add_columns(paid_col, credit_col)
        .outerjoin(paid_sub, paid_sub.c.invoice_id == Invoice.id)
        .outerjoin(credit_sub, credit_sub.c.invoice_id == Invoice.id)
    )
    if open_only:
        with_paid = with_paid.where(Invoice.amount_due_cents != paid_col + credit_col)
    out: list[OpenInvoice] = []
    for (
        iid,
        number,
        kind,
        cid,
        ccode,
        cname,
        pcode,
        pname,
        text,
        issued,
        due,
        amount,
        retainage,
        paid,
        credited,
    ) in rows(session, with_paid):
        assert issued is not None  # filtered in the query
        out.append(
            OpenInvoice(
                iid,
                number or "",
                kind,
                cid,
                ccode,
                cname,
                pcode,
                pname,
                text,
                issued,
                due or issued,
                amount,
                int(paid or 0),
                retainage if kind != "release" else 0,
                int(credited or 0),
            )
        )
    return out


@dataclass(frozen=True)
class PaymentRow:
    id: int
    client_id: int
    date: date
    amount: int
    method: str
    reference: str
    applied: tuple[tuple[str, int], ...]
    receipt: str

    @property
    def unapplied(self) -> int:
        return self.amount - sum(a for _n, a in self.applied)


def payments(
    session: Session,
    *,
    client_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[PaymentRow]:
    """Payments (oldest first) with the invoice numbers they were applied to."""
    q = (
        select(Payment, Receipt.number)
        .outerjoin(Receipt, Receipt.payment_id == Payment.id)
        .order_by(Payment.date, Payment.id)
    )
    apps_q = (
        select(PaymentApplication.payment_id, Invoice.number, PaymentApplication.amount_cents)
        .join(Invoice, PaymentApplication.invoice_id == Invoice.id)
        .join(Payment, PaymentApplication.payment_id == Payment.id)
        .order_by(PaymentApplication.id)
    )
    conditions = []
    if client_id is not None:
        conditions.append(Payment.client_id == client_id)
    if since is not None:
        conditions.append(Payment.date >= since)
    if until is not None:
        conditions.append(Payment.date <= until)
    rows = [(p, number) for p, number in session.execute(q.where(*conditions))]
    apps: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for pid, inv_number, cents in session.execute(apps_q.where(*conditions)):
        apps[pid].append((inv_number or "", int(cents)))
    return [
        PaymentRow(
            p.id,
            p.client_id,
            p.date,
            p.amount_cents,
            p.method,
            p.reference,
            tuple(apps[p.id]),
            number or "",
        )
        for p, number in rows
    ]


def credit_as_of(session: Session, as_of: date | None, client_id: int | None = None) -> dict[int, int]:
    """Unapplied payment money per client id on ``as_of``.

    Payments dated by then, less what of them was applied to live invoices issued by then: money
    applied to an invoice that did not exist yet on that date (a back-dated payment) is still
    credit on that date, so open items less credit always equal invoiced less received.
    """
    received_q = select(Payment.client_id, func.sum(Payment.amount_cents)).group_by(Payment.client_id)
    applied_q = (
        select(Payment.client_id, func.sum(PaymentApplication.amount_cents))
        .join(PaymentApplication, PaymentApplication.payment_id == Payment.id)
        .join(Invoice, PaymentApplication.invoice_id == Invoice.id)
        .where(Invoice.status.in_(LIVE), Invoice.issue_date.is_not(None))
        .group_by(Payment.client_id)
    )
    if as_of is not None:
        received_q = received_q.where(Payment.date <= as_of)
        applied_q = applied_q.where(Payment.date <= as_of, Invoice.issue_date <= as_of)
    if client_id is not None:
        received_q = received_q.where(Payment.client_id == client_id)
        applied_q = applied_q.where(Payment.client_id == client_id)
    applied = {int(cid): int(total or 0) for cid, total in rows(session, applied_q)}
    return {int(cid): int(total or 0) - applied.get(int(cid), 0) for cid, total in rows(session, received_q)}


@dataclass(frozen=True)
class CreditRow:
    """One credit note: applied (lowers the balance) or refunded (money paid back to the client)."""

    number: str
    invoice_number: str
    client_id: int
    date: date
    amount: int
    kind: str
    reason: str


def credit_notes(
    session: Session, *, client_id: int | None = None, until: date | None = None
) -> list[CreditRow]:
    """Credit notes of live invoices (oldest first), dated by ``until`` when given."""
    q = (
        select(CreditNote, Invoice.number, Project.client_id)
        .join(Invoice, CreditNote.invoice_id == Invoice.id)
        .join(Project, Invoice.project_id == Project.id)
        .where(Invoice.status.in_(LIVE))
        .order_by(CreditNote.issue_date, CreditNote.id)
    )
    if client_id is not None:
        q = q.where(Project.client_id == client_id)
    if until is not None:
        q = q.where(CreditNote.issue_date <= until)
    return [
        CreditRow(cn.number, number or "", int(cid), cn.issue_date, cn.amount_cents, cn.kind, cn.reason)
        for cn, number, cid in session.execute(q)
    ]
