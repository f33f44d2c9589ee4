"""The books as double entry: every issued document and payment becomes one balanced journal entry.

Pure: the services read the stored figures of each invoice, payment and credit note and pass them in
as plain dataclasses; nothing here recomputes an invoice. Amounts are integer minor units; every
entry's debits equal its credits (checked when the entry is made).

The entries (DESIGN §5 figures; ``amount_due = gross + tax − retainage − deposit_applied``):

- invoice (milestone, progress): Dr receivable ``amount_due``, Dr retainage receivable ``retainage``,
  Dr customer deposits ``deposit_applied``; Cr revenue (contract work or change orders) ``gross``,
  Cr sales tax payable ``tax``;
- applied-deposit invoice: Dr receivable, Cr customer deposits (unearned revenue);
- retainage release: Dr receivable, Cr retainage receivable; late fee: Dr receivable, Cr late fees;
- void: the invoice's entry reversed, on the void date;
- payment: Dr bank (undeposited funds) the amount; Cr receivable what was applied to invoices
  already issued on the payment day, Cr client credit the rest; money applied to an invoice issued
  later moves from client credit to receivable on that invoice's issue date;
- credit note applied: Dr credit notes and refunds, Cr receivable; refunded: Dr credit notes and
  refunds, Cr bank (the money paid back).

So on any date the receivable account is the sum of the open invoices' balances (the aging total),
retainage receivable is retainage withheld less released (the ledger's retainage held), and client
credit is the unapplied payment money (aging's credit column).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

# Account keys: stable names the mapping (code and display name) hangs on.
AR = "accounts_receivable"
RETAINAGE = "retainage_receivable"
REVENUE_CONTRACT = "revenue_contract"
REVENUE_CHANGE_ORDERS = "revenue_change_orders"
REVENUE_LATE_FEES = "revenue_late_fees"
SALES_TAX = "sales_tax_payable"
DEPOSITS = "customer_deposits"
CLIENT_CREDIT = "client_credit"
BANK = "undeposited_funds"
CREDIT_NOTES = "credit_notes_refunds"

ACCOUNT_KEYS = (
    AR,
    RETAINAGE,
    BANK,
    REVENUE_CONTRACT,
    REVENUE_CHANGE_ORDERS,
    REVENUE_LATE_FEES,
    CREDIT_NOTES,
    SALES_TAX,
    DEPOSITS,
    CLIENT_CREDIT,
)


@dataclass(frozen=True)
class Account:
    key: str
    code: str
    name: str


#: The chart of accounts a firm starts with; every code and name can be renamed per company.
DEFAULT_ACCOUNTS: Mapping[str, Account] = {
    a.key: a
    for a in (
        Account(AR, "1200", "Accounts Receivable"),
        Account(RETAINAGE, "1210", "Retainage Receivable"),
        Account(BANK, "1499", "Undeposited Funds"),
        Account(REVENUE_CONTRACT, "4000", "Contract Revenue"),
        Account(REVENUE_CHANGE_ORDERS, "4010", "Change Order Revenue"),
        Account(REVENUE_LATE_FEES, "4020", "Late Fee Income"),
        Account(CREDIT_NOTES, "4090", "Credit Notes and Refunds"),
        Account(SALES_TAX, "2200", "Sales Tax Payable"),
        Account(DEPOSITS, "2300", "Customer Deposits"),
        Account(CLIENT_CREDIT, "2310", "Client Credit"),
    )
}

#: Income accounts an invoice's gross can go to.
INCOME_CONTRACT = "contract"
INCOME_CHANGE_ORDERS = "change_orders"


class UnbalancedEntry(ValueError):
    """A journal entry whose debits and credits differ: the stored figures disagree."""


@dataclass(frozen=True)
class InvoiceFigures:
    """One issued invoice's stored figures (never recomputed here)."""

    id: int
    number: str
    kind: str  # milestone | progress | deposit | release | late_fee
    issue_date: date
    gross: int
    tax: int
    retainage: int
    deposit_applied: int
    amount_due: int
    client: str
    project: str
    description: str = ""
    income: str = INCOME_CONTRACT
    void_date: date | None = None
    void_reason: str = ""


@dataclass(frozen=True)
class Application:
    invoice_id: int
    invoice_number: str
    invoice_issue_date: date
    amount: int


@dataclass(frozen=True)
class PaymentFigures:
    id: int
    receipt: str
    date: date
    amount: int
    client: str
    method: str = ""
    reference: str = ""
    project: str = ""
    applications: tuple[Application, ...] = ()


@dataclass(frozen=True)
class CreditNoteFigures:
    id: int
    number: str
    invoice_number: str
    date: date
    amount: int
    refunded: bool
    client: str
    project: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    account: str
    debit: int = 0
    credit: int = 0


@dataclass(slots=True)
class Entry:
    """One balanced journal entry; ``number`` is its place in the whole books' journal (set once,
    when the journal is put in order; treat entries as read-only)."""

    date: date
    kind: str  # invoice | void | payment | credit_applied | credit_note | refund
    document: str
    client: str
    project: str
    memo: str
    lines: tuple[Line, ...]
    number: int = 0
    order: tuple[int, int] = field(default=(0, 0), compare=False)

    @property
    def debit(self) -> int:
        return sum(ln.debit for ln in self.lines)

    @property
    def credit(self) -> int:
        return sum(ln.credit for ln in self.lines)


def make_entry(
    on: date,
    kind: str,
    document: str,
    client: str,
    project: str,
    memo: str,
    signed: Iterable[tuple[str, int]],
    order: tuple[int, int] = (0, 0),
) -> Entry:
    """An entry from (account, +debit/−credit) amounts (zeros dropped); raises ``UnbalancedEntry``
    unless its debits equal its credits."""
    lines: list[Line] = []
    debit = credit = 0
    for account, amount in signed:
        if amount > 0:
            lines.append(Line(account, amount, 0))
            debit += amount
        elif amount < 0:
            lines.append(Line(account, 0, -amount))
            credit -= amount
    if debit != credit:
        raise UnbalancedEntry(
            f"The {kind} entry of {document} does not balance (debits {debit}, credits "
            f"{credit} minor units); its stored figures disagree."
        )
    return Entry(on, kind, document, client, project, memo, tuple(lines), order=order)


def gross_account(inv: InvoiceFigures) -> str:
    """Where an invoice's gross is credited."""
    if inv.kind == "deposit":
        return DEPOSITS
    if inv.kind == "release":
        return RETAINAGE
    if inv.kind == "late_fee":
        return REVENUE_LATE_FEES
    if inv.income == INCOME_CHANGE_ORDERS:
        return REVENUE_CHANGE_ORDERS
    return REVENUE_CONTRACT


def invoice_amounts(inv: InvoiceFigures) -> list[tuple[str, int]]:
    """The invoice's signed amounts: + debit, − credit."""
    withheld = 0 if inv.kind == "release" else inv.retainage
    return [
        (AR, inv.amount_due),
        (RETAINAGE, withheld),
        (DEPOSITS, inv.deposit_applied),
        (gross_account(inv), -inv.gross),
        (SALES_TAX, -inv.tax),
    ]


# Order of entries on one day: invoices first, then their money, voids last.
_RANK = {"invoice": 0, "credit_applied": 1, "payment": 2, "credit_note": 3, "refund": 3, "void": 4}


def journal(
    invoices: Sequence[InvoiceFigures],
    payments: Sequence[PaymentFigures] = (),
    credit_notes: Sequence[CreditNoteFigures] = (),
) -> list[Entry]:
    """Every entry of the books, in date order, numbered 1… (the same numbers on every run)."""
    out: list[Entry] = []
    for inv in invoices:
        memo = inv.description or inv.kind.replace("_", " ")
        amounts = invoice_amounts(inv)
        out.append(
            make_entry(
                inv.issue_date, "invoice", inv.number, inv.client, inv.project, memo, amounts, (0, inv.id)
            )
        )
        if inv.void_date is not None:
            reason = f"Void of {inv.number}" + (f": {inv.void_reason}" if inv.void_reason else "")
            out.append(
                make_entry(
                    max(inv.void_date, inv.issue_date),
                    "void",
                    inv.number,
                    inv.client,
                    inv.project,
                    reason,
                    [(a, -v) for a, v in amounts],
                    (1, inv.id),
                )
            )
    for pay in payments:
        now = sum(a.amount for a in pay.applications if a.invoice_issue_date <= pay.date)
        memo = " ".join(x for x in (pay.method, pay.reference) if x) or "payment"
        out.append(
            make_entry(
                pay.date,
                "payment",
                pay.receipt,
                pay.client,
                pay.project,
                memo,
                [(BANK, pay.amount), (AR, -now), (CLIENT_CREDIT, now - pay.amount)],
                (2, pay.id),
            )
        )
        for app in pay.applications:
            if app.invoice_issue_date > pay.date:
                out.append(
                    make_entry(
                        app.invoice_issue_date,
                        "credit_applied",
                        pay.receipt,
                        pay.client,
                        pay.project,
                        f"Credit applied to {app.invoice_number}",
                        [(CLIENT_CREDIT, app.amount), (AR, -app.amount)],
                        (3, pay.id),
                    )
                )
    for cn in credit_notes:
        other = BANK if cn.refunded else AR
        memo = f"{'Refund' if cn.refunded else 'Credit'} on {cn.invoice_number}" + (
            f": {cn.reason}" if cn.reason else ""
        )
        out.append(
            make_entry(
                cn.date,
                "refund" if cn.refunded else "credit_note",
                cn.number,
                cn.client,
                cn.project,
                memo,
                [(CREDIT_NOTES, cn.amount), (other, -cn.amount)],
                (4, cn.id),
            )
        )
    out.sort(key=lambda e: (e.date, _RANK[e.kind], e.order))
    for n, e in enumerate(out, start=1):
        e.number = n
    return out


def in_period(entries: Iterable[Entry], start: date | None, end: date | None) -> list[Entry]:
    return [e for e in entries if (start is None or e.date >= start) and (end is None or e.date <= end)]


@dataclass(frozen=True)
class TrialLine:
    account: str
    debit: int
    credit: int

    @property
    def balance(self) -> int:
        """Debit balance (negative for a credit balance)."""
        return self.debit - self.credit


def trial_balance(entries: Iterable[Entry], as_of: date | None = None) -> list[TrialLine]:
    """Each account's net balance on ``as_of`` (all entries when None), in chart order; the debit
    column holds debit balances and the credit column credit balances, so both columns sum equal."""
    net: dict[str, int] = defaultdict(int)
    for e in entries:
        if as_of is not None and e.date > as_of:
            continue
        for ln in e.lines:
            net[ln.account] += ln.debit - ln.credit
    out = []
    for key in ACCOUNT_KEYS:
        v = net.get(key, 0)
        out.append(TrialLine(key, max(v, 0), max(-v, 0)))
    assert sum(t.debit for t in out) == sum(t.credit for t in out), "trial balance does not balance"
    return out


def balance_of(lines: Iterable[TrialLine], account: str) -> int:
    for t in lines:
        if t.account == account:
            return t.balance
    return 0
