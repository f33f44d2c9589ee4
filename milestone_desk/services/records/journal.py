"""The journal and trial balance of the books, and the firm's chart of accounts (Settings → Accounts).

Reads the stored figures of every issued invoice, payment and credit note as plain columns (never
the frozen PDFs) and hands them to ``domain.journal``. The chart of accounts lives in settings
(``accounts.<key>.code`` / ``accounts.<key>.name``) with the defaults of ``DEFAULT_ACCOUNTS``.

The definitions agree with aging and the ledger: the receivable account on a date is aging's open
receivables (applied credit notes lower it, refunded ones do not, unapplied money is client credit,
a voided invoice counts until its void date), and retainage receivable is the ledger's retainage
held (withheld on every invoice but a release, less the releases).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.domain import journal as dj
from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.domain.money import to_decimal_string
from milestone_desk.domain.states import LIVE, NUMBERED, VOID
from milestone_desk.persistence.models import Client, Invoice, Payment, PaymentApplication, Project, Receipt
from milestone_desk.persistence.models_construction import ChangeOrder
from milestone_desk.persistence.models_records import CREDIT_REFUNDED, CreditNote
from milestone_desk.services.collections.queries.receivables import live_on
from milestone_desk.services.core import settings_store
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.rows import no_gc, rows

PREFIX = "accounts."
NAME_LIMIT = 100


def void_date(voided_at: datetime | None, issued: date) -> date:
    """The day a void takes effect: its UTC timestamp's day (an imported void without one: issue day)."""
    return issued if voided_at is None else max(voided_at.date(), issued)


# --- the chart of accounts -------------------------------------------------------------------


def accounts_in(session: Session) -> dict[str, dj.Account]:
    raw = settings_store.get_many(session, PREFIX)
    out: dict[str, dj.Account] = {}
    for key, default in dj.DEFAULT_ACCOUNTS.items():
        out[key] = dj.Account(
            key,
            raw.get(f"{PREFIX}{key}.code", default.code),
            raw.get(f"{PREFIX}{key}.name", default.name),
        )
    return out


def accounts(books: Books) -> dict[str, dj.Account]:
    """The company's chart of accounts (renamed where the firm renamed it)."""
    with books.read() as s:
        return accounts_in(s)


def _clean(text: str, what: str) -> str:
    value = " ".join((text or "").split())
    if not value:
        raise BadInput(f"The {what} cannot be empty.")
    if len(value) > NAME_LIMIT:
        raise BadInput(f"The {what} is longer than {NAME_LIMIT} characters.")
    if any(ord(c) < 32 for c in value) or '"' in value:
        raise BadInput(f"The {what} cannot hold control characters or double quotes.")
    return value


def save_accounts(books: Books, chart: dict[str, tuple[str, str]]) -> None:
    """Rename accounts: ``{key: (code, name)}``; codes and names stay unique. All or nothing."""
    with books.write() as s:
        current = accounts_in(s)
        for key, (code, name) in chart.items():
            if key not in current:
                raise BadInput(f"There is no account {key!r}; choose one of {', '.join(dj.ACCOUNT_KEYS)}.")
            current[key] = dj.Account(key, _clean(code, f"code of {key}"), _clean(name, f"name of {key}"))
        for attr in ("code", "name"):
            seen: dict[str, str] = {}
            for acc in current.values():
                value = getattr(acc, attr).casefold()
                if value in seen:
                    raise BadInput(
                        f"Two accounts have the same {attr} {getattr(acc, attr)!r}; each needs its own."
                    )
                seen[value] = acc.key
        for key, acc in current.items():
            settings_store.put(s, f"{PREFIX}{key}.code", acc.code)
            settings_store.put(s, f"{PREFIX}{key}.name", acc.name)


# --- the inputs --------------------------------------------------------------------------------


def invoice_figures(session: Session) -> list[dj.InvoiceFigures]:
    """Every issued invoice's stored figures (voided ones with their void day)."""
    co_milestones = {
        mid
        for (mid,) in rows(
            session, select(ChangeOrder.milestone_id).where(ChangeOrder.milestone_id.is_not(None))
        )
    }
    q = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.kind,
            Invoice.issue_date,
            Invoice.gross_cents,
            Invoice.tax_cents,
            Invoice.retainage_cents,
            Invoice.deposit_applied_cents,
            Invoice.amount_due_cents,
            Invoice.status,
            Invoice.voided_at,
            Invoice.void_reason,
            Invoice.description,
            Invoice.milestone_id,
            Client.name,
            Project.code,
        )
        .join(Project, Invoice.project_id == Project.id)
        .join(Client, Project.client_id == Client.id)
        .where(Invoice.status.in_(NUMBERED), Invoice.number.is_not(None), Invoice.issue_date.is_not(None))
        .order_by(Invoice.id)
    )
    out = []
    for (iid, number, kind, issued, gross, tax, ret, dep, due, status, voided_at, reason, text, mid, client,
         project) in rows(session, q):  # fmt: skip
        out.append(
            dj.InvoiceFigures(
                iid,
                number,
                kind,
                issued,
                gross,
                tax,
                ret,
                dep,
                due,
                client,
                project,
                text or "",
                dj.INCOME_CHANGE_ORDERS if mid is not None and mid in co_milestones else dj.INCOME_CONTRACT,
                void_date(voided_at, issued) if status == VOID else None,
                reason or "",
            )
        )
    return out


def payment_figures(session: Session) -> list[dj.PaymentFigures]:
    apps: dict[int, list[dj.Application]] = defaultdict(list)
    projects: dict[int, str] = {}
    app_q = (
        select(
            PaymentApplication.payment_id,
            Invoice.id,
            Invoice.number,
            Invoice.issue_date,
            PaymentApplication.amount_cents,
            Project.code,
        )
        .join(Invoice, PaymentApplication.invoice_id == Invoice.id)
        .join(Project, Invoice.project_id == Project.id)
        .where(Invoice.status.in_(LIVE), Invoice.issue_date.is_not(None))
        .order_by(PaymentApplication.id)
    )
    for pid, iid, number, issued, cents, pcode in rows(session, app_q):
        apps[pid].append(dj.Application(iid, number or "", issued, cents))
        projects.setdefault(pid, pcode)
    q = (
        select(
            Payment.id, Payment.date, Payment.amount_cents, Payment.method, Payment.reference, Client.name,
            Receipt.number,
        )
        .join(Client, Payment.client_id == Client.id)
        .outerjoin(Receipt, Receipt.payment_id == Payment.id)
        .order_by(Payment.id)
    )  # fmt: skip
    return [
        dj.PaymentFigures(
            pid,
            receipt or f"PAY-{pid}",
            on,
            cents,
            client,
            method or "",
            ref or "",
            projects.get(pid, ""),
            tuple(apps.get(pid, ())),
        )
        for pid, on, cents, method, ref, client, receipt in rows(session, q)
    ]


def credit_note_figures(session: Session) -> list[dj.CreditNoteFigures]:
    q = (
        select(
            CreditNote.id, CreditNote.number, Invoice.number, CreditNote.issue_date, CreditNote.amount_cents,
            CreditNote.kind, Client.name, Project.code, CreditNote.reason,
        )
        .join(Invoice, CreditNote.invoice_id == Invoice.id)
        .join(Project, Invoice.project_id == Project.id)
        .join(Client, Project.client_id == Client.id)
        .where(Invoice.status.in_(LIVE))
        .order_by(CreditNote.id)
    )  # fmt: skip
    return [
        dj.CreditNoteFigures(
            cid, number, inv or "", on, cents, kind == CREDIT_REFUNDED, client, pcode, reason or ""
        )
        for cid, number, inv, on, cents, kind, client, pcode, reason in rows(session, q)
    ]


def entries_in(session: Session) -> list[dj.Entry]:
    """The whole books' journal (numbers are stable: the same on every run)."""
    try:
        return dj.journal(invoice_figures(session), payment_figures(session), credit_note_figures(session))
    except dj.UnbalancedEntry as exc:
        raise BooksError(f"{exc} Run 'milestone-desk check' on the file.") from exc


# --- reports -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalRow:
    """One line of one entry, as the journal table, CSV and JSON show it."""

    date: date
    entry: int
    kind: str
    document: str
    account_code: str
    account: str
    debit: int
    credit: int
    client: str
    project: str
    memo: str


@dataclass(frozen=True)
class JournalReport:
    currency: str
    start: date | None
    end: date | None
    entries: list[dj.Entry]
    chart: dict[str, dj.Account]

    def rows(self, account: str | None = None) -> list[JournalRow]:
        """Every line (only those of one account key, when given)."""
        out = []
        for e in self.entries:
            for ln in e.lines:
                if account is not None and ln.account != account:
                    continue
                acc = self.chart[ln.account]
                out.append(
                    JournalRow(e.date, e.number, e.kind, e.document, acc.code, acc.name, ln.debit, ln.credit,
                               e.client, e.project, e.memo)
                )  # fmt: skip
        return out


def journal(books: Books, start: date | None = None, end: date | None = None) -> JournalReport:
    """The entries dated in [start, end] (either open)."""
    if start is not None and end is not None and start > end:
        raise BadInput(f"The period starts ({start.isoformat()}) after it ends ({end.isoformat()}).")
    with books.read() as s, no_gc():
        cur = lookup.company(s).currency
        entries = dj.in_period(entries_in(s), start, end)
        return JournalReport(cur, start, end, entries, accounts_in(s))


@dataclass(frozen=True)
class TrialRow:
    key: str
    code: str
    name: str
    debit: int
    credit: int


@dataclass(frozen=True)
class TrialBalance:
    as_of: date | None
    currency: str
    lines: list[TrialRow]

    def balance(self, key: str) -> int:
        """Debit balance of one account (negative when it has a credit balance)."""
        for t in self.lines:
            if t.key == key:
                return t.debit - t.credit
        return 0


def trial_balance_in(session: Session, as_of: date | None) -> TrialBalance:
    chart = accounts_in(session)
    lines = dj.trial_balance(entries_in(session), as_of)
    return TrialBalance(
        as_of,
        lookup.company(session).currency,
        [TrialRow(t.account, chart[t.account].code, chart[t.account].name, t.debit, t.credit) for t in lines],
    )


def trial_balance(books: Books, as_of: date | None = None) -> TrialBalance:
    """Every account's balance on ``as_of`` (today when None)."""
    with books.read() as s, no_gc():
        return trial_balance_in(s, as_of or date.today())


def retainage_held_as_of(session: Session, as_of: date) -> int:
    """The ledger's retainage held (withheld on every invoice but a release, less releases) on a date."""
    q = select(
        func.coalesce(func.sum(Invoice.retainage_cents).filter(Invoice.kind != "release"), 0),
        func.coalesce(func.sum(Invoice.gross_cents).filter(Invoice.kind == "release"), 0),
    ).where(Invoice.issue_date.is_not(None), Invoice.issue_date <= as_of, live_on(as_of))
    withheld, released = rows(session, q)[0]
    return int(withheld) - int(released)


# --- text forms ----------------------------------------------------------------------------------

JOURNAL_HEADER = (
    "date", "entry", "document", "account_code", "account", "debit", "credit", "client", "project", "memo",
)  # fmt: skip


def journal_table(report: JournalReport, account: str | None = None) -> list[list[str]]:
    def m(v: int) -> str:
        return to_decimal_string(v, report.currency) if v else ""

    return [
        [r.date.isoformat(), str(r.entry), r.document, r.account_code, r.account, m(r.debit), m(r.credit),
         r.client, r.project, r.memo]
        for r in report.rows(account)
    ]  # fmt: skip


def journal_json(report: JournalReport) -> dict[str, Any]:
    def m(v: int) -> str:
        return to_decimal_string(v, report.currency)

    return {
        "from": report.start.isoformat() if report.start else None,
        "to": report.end.isoformat() if report.end else None,
        "currency": report.currency,
        "entries": [
            {
                "entry": e.number,
                "date": e.date.isoformat(),
                "kind": e.kind,
                "document": e.document,
                "client": e.client,
                "project": e.project,
                "memo": e.memo,
                "lines": [
                    {
                        "account": report.chart[ln.account].name,
                        "account_code": report.chart[ln.account].code,
                        "debit": m(ln.debit),
                        "credit": m(ln.credit),
                    }
                    for ln in e.lines
                ],
            }
            for e in report.entries
        ],
    }


TRIAL_HEADER = ("account_code", "account", "debit", "credit")


def trial_table(tb: TrialBalance) -> list[list[str]]:
    def m(v: int) -> str:
        return to_decimal_string(v, tb.currency)

    body = [[t.code, t.name, m(t.debit), m(t.credit)] for t in tb.lines]
    body.append(["", "Total", m(sum(t.debit for t in tb.lines)), m(sum(t.credit for t in tb.lines))])
    return body


def trial_json(tb: TrialBalance) -> dict[str, Any]:
    def m(v: int) -> str:
        return to_decimal_string(v, tb.currency)

    return {
        "as_of": tb.as_of.isoformat() if tb.as_of else None,
        "currency": tb.currency,
        "accounts": [
            {
                "key": t.key,
                "account_code": t.code,
                "account": t.name,
                "debit": m(t.debit),
                "credit": m(t.credit),
            }
            for t in tb.lines
        ],
        "total_debit": m(sum(t.debit for t in tb.lines)),
        "total_credit": m(sum(t.credit for t in tb.lines)),
    }
