"""Issue 20: the books as journal entries; the trial balance agrees with aging and the ledger.

Property: over random histories (issue, pay, partial, overpay → credit, void, credit note, refund,
applied deposit, retainage withheld and released, change order, late fee) every entry balances, and on
every date (each event's day, the days between, the void day and after) the trial balance's
receivable equals aging's open receivables, its client credit equals aging's credit, and its retainage
receivable equals the retainage held (withheld less released) of the invoices standing on that date;
at the end it also equals the ledger's retainage held and outstanding.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from milestone_desk.domain import journal as dj
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money
from milestone_desk.services.billing import credits, invoicing, payments, voiding
from milestone_desk.services.collections import late_fees
from milestone_desk.services.collections.queries import aging, ledger, receivables
from milestone_desk.services.construction import change_orders, retainage
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records import journal as js

START = date(2025, 1, 6)
BOOKS: dict[str, Any] = {
    "format": "milestone-desk/1",
    "company": {"name": "Journal Test Builders", "currency": "USD"},
    "clients": [{"code": "C-1", "name": "Ana Ruiz"}, {"code": "C-2", "name": "Bo Chen"}],
    "projects": [
        {
            "code": "P-1",
            "client": "C-1",
            "name": "Addition",
            "contract_sum": "100000.00",
            "tax_percent": "8",
            "retainage_percent": "10",
            "deposit_policy": "applied",
            "deposit": "10000.00",
            "milestones": [
                {"name": "Footings", "percent": "25"},
                {"name": "Framing", "percent": "25"},
                {"name": "Roof", "percent": "25"},
                {"name": "Finish", "remainder": True},
            ],
        },
        {
            "code": "P-2",
            "client": "C-2",
            "name": "Bath",
            "contract_sum": "12000.00",
            "tax_percent": "0",
            "retainage_percent": "5",
            "milestones": [
                {"name": "Deposit", "percent": "20", "deposit": True},
                {"name": "Tile", "percent": "50"},
                {"name": "Done", "remainder": True},
            ],
        },
    ],
}
KINDS = ("issue", "pay", "credit", "refund", "void", "deposit", "release", "late", "change")
DONE: dict[str, int] = {}

#: Issues and payments drawn more often than the rest, so histories carry money to correct.
op = st.tuples(
    st.sampled_from(("issue", "issue", "issue", "pay", "pay", "pay", *KINDS[2:])),
    st.integers(0, 20),  # which project / milestone / invoice
    st.integers(1, 6_000_000),  # cents
    st.integers(0, 25),  # days after the previous event
)


def _unbilled(path: Path, project: str) -> list[str]:
    conn = sqlite3.connect(path)
    names = [
        n
        for (n,) in conn.execute(
            "SELECT m.name FROM milestones m JOIN projects p ON p.id = m.project_id "
            "WHERE p.code = ? AND m.status NOT IN ('invoiced', 'paid') ORDER BY m.position",
            (project,),
        )
    ]
    conn.close()
    return names


def _numbers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    out = [n for (n,) in conn.execute("SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY id")]
    conn.close()
    return out


def _do(books: Books, path: Path, kind: str, pick: int, cents: int, on: date) -> bool:
    """One event of the history; False when there was nothing to do it on."""
    project = ("P-1", "P-2")[pick % 2]
    if kind == "issue":
        names = _unbilled(path, project)
        if not names:
            return False
        name = names[pick % len(names)]
        try:
            milestones.complete_milestone(books, project, name, on)
        except BadInput:
            pass
        invoicing.issue_invoice(books, project, name, on)
    elif kind == "deposit":
        retainage.issue_deposit_invoice(books, "P-1", on)
    elif kind == "release":
        retainage.issue_release(books, project, on)
    elif kind == "late":
        return bool(late_fees.charge_late_fees(books, on))
    elif kind == "change":
        change_orders.add_change_order(
            books, project, cents % 500_000 + 100, "Extra work", on, approve_it=True
        )
    else:
        numbers = _numbers(path)
        if not numbers:
            return False
        number = numbers[pick % len(numbers)]
        if kind == "pay":
            payments.record_payment(books, number, cents, on, credit_ok=True)  # overpay → credit is asked for
        elif kind == "credit":
            credits.issue_credit_note(books, number, cents // 20 + 1, "Property test", on)
        elif kind == "refund":
            credits.issue_credit_note(books, number, cents // 20 + 1, "Property test", on, refund=True)
        else:
            voiding.void_invoice(books, number, "Property test")
    return True


def _retainage_held_on(books: Books, day: date) -> int:
    """Withheld less released, from the receivables read (not from the journal)."""
    with books.read() as s:
        items = receivables.invoices_as_of(s, day)
    return sum(i.retainage for i in items) - sum(i.amount_due for i in items if i.kind == "release")


def _check_dates(days: list[date]) -> list[date]:
    out = {START - timedelta(days=1), date.today(), date.today() + timedelta(days=1)}
    for a, b in itertools.pairwise(days):
        out.add(a)
        out.add(a + (b - a) // 2)
    out.update(days)
    return sorted(out)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("journal")


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # the same 40 histories on every machine: the companion test below asserts every kind went through
    derandomize=True,
    database=None,
)
@given(ops=st.lists(op, min_size=6, max_size=20))
@example(  # the small project billed out, its retainage released and paid, one invoice voided and re-issued
    ops=[
        ("issue", 1, 1, 0),
        ("issue", 1, 1, 10),
        ("pay", 3, 2_400_00, 5),
        ("void", 3, 1, 1),
        ("issue", 1, 1, 2),
        ("issue", 1, 1, 20),
        ("release", 1, 1, 30),
        ("pay", 5, 900_000_00, 10),
    ]
)
@example(
    ops=[
        ("deposit", 0, 1, 0),
        ("issue", 0, 1, 3),
        ("pay", 0, 100_000_00, 5),  # overpay: client credit
        ("issue", 1, 1, 2),
        ("pay", 1, 1_000_00, 40),  # partial
        ("credit", 1, 10_000_00, 1),  # 500.00
        ("refund", 0, 4_000_00, 1),  # 200.00
        ("issue", 2, 1, 1),
        ("void", 2, 1, 1),
        ("late", 0, 1, 45),
        ("change", 0, 300_000, 1),
        ("issue", 0, 1, 1),
        ("issue", 0, 1, 1),
        ("issue", 0, 1, 1),
        ("issue", 0, 1, 1),
        ("issue", 0, 1, 1),
        ("release", 0, 1, 3),
    ]
)
def test_trial_balance_agrees_with_aging_and_ledger_on_every_date(
    workdir: Path, ops: list[tuple[str, int, int, int]]
) -> None:
    path = workdir / f"{uuid.uuid4().hex}.mdesk"
    with Books.open(path) as books:
        exchange.import_data(books, BOOKS)
        late_fees.save_settings(books, late_fees.LateFeeSettings(mode="flat", flat_cents=25_00))
        on = START
        days = [on]
        for kind, pick, cents, gap in ops:
            on += timedelta(days=gap)
            try:
                if _do(books, path, kind, pick, cents, on):
                    DONE[kind] = DONE.get(kind, 0) + 1
                    days.append(on)
            except BadInput:
                pass  # a refusal is fine; the books must still agree
        with books.read() as s:
            entries = js.entries_in(s)
        assert [e.number for e in entries] == list(range(1, len(entries) + 1))
        for e in entries:
            assert e.debit == e.credit, e
            assert all((ln.debit > 0) != (ln.credit > 0) for ln in e.lines), e
        for day in _check_dates(days):
            with books.read() as s:
                tb = js.trial_balance_in(s, day)
                report = aging.aging_in(s, day)
            assert sum(t.debit for t in tb.lines) == sum(t.credit for t in tb.lines)
            assert tb.balance(dj.AR) == report.open_receivables, day
            assert -tb.balance(dj.CLIENT_CREDIT) == report.total.credit, day
            assert tb.balance(dj.RETAINAGE) == _retainage_held_on(books, day), day
        final = js.trial_balance(books, date.today() + timedelta(days=1))
        rows = ledger.ledger(books)
        held = sum(Money.parse(r["retainage_held"], "USD").minor for r in rows)
        outstanding = sum(Money.parse(r["outstanding"], "USD").minor for r in rows)
        assert final.balance(dj.RETAINAGE) == held
        assert final.balance(dj.AR) == outstanding
    path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_the_property_exercised_every_kind_of_event() -> None:
    """Runs after the property test (file order): every kind of event went through at least once."""
    if not DONE:
        pytest.skip("run together with the property test")
    assert set(KINDS) <= {k for k, n in DONE.items() if n > 0}, DONE


def test_an_unbalanced_figure_set_is_refused_with_a_sentence() -> None:
    bad = dj.InvoiceFigures(1, "INV-1", "milestone", START, 100_00, 0, 0, 0, 90_00, "A", "P")
    with pytest.raises(dj.UnbalancedEntry, match="INV-1 does not balance"):
        dj.journal([bad])


def test_void_reverses_on_its_day_and_credit_notes_post_to_their_accounts() -> None:
    inv = dj.InvoiceFigures(
        1, "INV-1", "milestone", START, 1000_00, 80_00, 100_00, 0, 980_00, "A", "P",
        void_date=START + timedelta(days=9),
    )  # fmt: skip
    other = dj.InvoiceFigures(2, "INV-2", "late_fee", START, 25_00, 0, 0, 0, 25_00, "A", "P")
    cn = dj.CreditNoteFigures(1, "CN-1", "INV-2", START, 5_00, False, "A", "P")
    refund = dj.CreditNoteFigures(2, "CN-2", "INV-2", START, 3_00, True, "A", "P")
    entries = dj.journal([inv, other], [], [cn, refund])
    void = next(e for e in entries if e.kind == "void")
    assert void.date == START + timedelta(days=9)
    assert {(ln.account, ln.credit) for ln in void.lines if ln.credit} == {
        (dj.AR, 980_00),
        (dj.RETAINAGE, 100_00),
    }
    tb = dj.trial_balance(entries, START + timedelta(days=9))
    assert dj.balance_of(tb, dj.AR) == 25_00 - 5_00
    assert dj.balance_of(tb, dj.REVENUE_LATE_FEES) == -25_00
    assert dj.balance_of(tb, dj.CREDIT_NOTES) == 8_00
    assert dj.balance_of(tb, dj.BANK) == -3_00
    assert dj.balance_of(tb, dj.SALES_TAX) == 0  # issued and voided
    before = dj.trial_balance(entries, START + timedelta(days=8))
    assert dj.balance_of(before, dj.SALES_TAX) == -80_00


def test_a_back_dated_payment_is_client_credit_until_its_invoice_is_issued(tmp_path: Path) -> None:
    path = tmp_path / "back.mdesk"
    with Books.open(path) as books:
        exchange.import_data(books, BOOKS)
        milestones.complete_milestone(books, "P-2", "Deposit", date(2026, 1, 10))
        number = invoicing.issue_invoice(books, "P-2", "Deposit", date(2026, 1, 10))
        with pytest.raises(BadInput, match="before invoice"):  # refused since issue 13 ...
            payments.record_payment(books, number, 3_000_00, date(2026, 1, 5))
        # ... but a file written before may hold one: recorded on the day, its date moved in the export
        payments.record_payment(books, number, 3_000_00, date(2026, 1, 10))
        data = json.loads(exchange.export_text(books))
    data["payments"][-1]["date"] = "2026-01-05"
    with Books.open(tmp_path / "legacy.mdesk") as books:
        exchange.import_data(books, data)
        with books.read() as s:
            entries = js.entries_in(s)
            for day, ar, credit in ((date(2026, 1, 7), 0, 3_000_00), (date(2026, 1, 10), 0, 600_00)):
                tb = js.trial_balance_in(s, day)
                report = aging.aging_in(s, day)
                assert (tb.balance(dj.AR), -tb.balance(dj.CLIENT_CREDIT)) == (ar, credit)
                assert (report.open_receivables, report.total.credit) == (ar, credit)
        moved = [e for e in entries if e.kind == "credit_applied"]
        assert [(e.date, e.debit) for e in moved] == [(date(2026, 1, 10), 2_400_00)]
