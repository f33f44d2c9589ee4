"""Property: whatever sequence of invoices, payments, credit notes, refunds and voids is tried,
balances stay consistent (Σ applied ≤ amount due; outstanding = Σ due − paid − credits)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from milestone_desk.domain.errors import BadInput
from milestone_desk.services.billing import credits, invoicing, payments, voiding
from milestone_desk.services.collections.queries import ledger
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records.queries.check import check_books
from tests.conftest import KITCHEN

NAMES = [m["name"] for m in KITCHEN["projects"][0]["milestones"]]
DAY = date(2026, 3, 2)
#: Operations that went through, over all examples (a property test that only meets refusals proves nothing).
DONE: dict[str, int] = {}

op = st.tuples(
    st.sampled_from(["issue", "pay", "credit", "refund", "void"]),
    st.integers(0, len(NAMES) - 1),
    st.integers(1, 1_600_000),
)


def _do(books: Books, kind: str, index: int, cents: int, issued: list[str]) -> None:
    name = NAMES[index]
    if kind == "issue":
        try:
            milestones.complete_milestone(books, "P-001", name, DAY)
        except BadInput:
            pass
        issued.append(invoicing.issue_invoice(books, "P-001", name, DAY))
        return
    if not issued:
        return
    number = issued[index % len(issued)]
    if kind == "pay":
        payments.record_payment(books, number, cents, DAY)
    elif kind == "credit":
        credits.issue_credit_note(books, number, cents, "Property test", DAY)
    elif kind == "refund":
        credits.issue_credit_note(books, number, cents, "Property test", DAY, refund=True)
    else:
        voiding.void_invoice(books, number, "Property test")


def _raw_figures(path: Path) -> tuple[list[tuple[Any, ...]], int]:
    """Per-invoice (number, status, due, paid, applied credits, refunds) and the expected outstanding."""
    conn = sqlite3.connect(path)
    credit = (
        "COALESCE((SELECT SUM(amount_cents) FROM credit_notes WHERE invoice_id = i.id AND kind = '{}'), 0)"
    )
    rows = conn.execute(
        "SELECT i.number, i.status, i.amount_due_cents, "
        "COALESCE((SELECT SUM(amount_cents) FROM payment_applications WHERE invoice_id = i.id), 0), "
        f"{credit.format('applied')}, {credit.format('refunded')} "
        "FROM invoices i WHERE i.number IS NOT NULL ORDER BY i.id"
    ).fetchall()
    conn.close()
    live = [r for r in rows if r[1] != "void"]
    outstanding = sum(r[2] for r in live) - sum(r[3] for r in live) - sum(r[4] for r in live)
    return rows, outstanding


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("balances")


@pytest.mark.slow  # hypothesis over real files: 20-40 s (issue 18, fast lane)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(op, min_size=1, max_size=14))
@example(
    ops=[
        ("issue", 0, 1),
        ("pay", 0, 100_00),
        ("credit", 0, 50_00),
        ("refund", 0, 20_00),
        ("issue", 1, 1),
        ("void", 1, 1),
        ("issue", 1, 1),
        ("credit", 2, 691125),
    ]
)
def test_balances_stay_consistent(workdir: Path, ops: list[tuple[str, int, int]]) -> None:
    path = workdir / f"{uuid.uuid4().hex}.mdesk"
    with Books.open(path) as books:
        exchange.import_data(books, json.loads(json.dumps(KITCHEN)))
        issued: list[str] = []
        for kind, index, cents in ops:
            try:
                _do(books, kind, index, cents, issued)
                DONE[kind] = DONE.get(kind, 0) + 1
            except BadInput:
                pass  # a refusal is fine; the invariants below must still hold
        rows, outstanding = _raw_figures(path)
        views = {v.number: v for v in invoicing.list_invoices(books, "P-001")}
        for number, status, due, paid, applied, refunded in rows:
            assert paid + applied <= due, number
            assert applied + refunded <= due, number
            assert refunded <= paid, number
            view = views[number]
            assert (view.paid_cents, view.credited_cents) == (paid, applied)
            if status == "void":
                assert paid == applied == refunded == 0
            else:
                assert view.balance_cents == due - paid - applied >= 0
                assert (status == "paid") == (paid + applied >= due)
        row = ledger.ledger(books, "P-001")[0]
        assert row["outstanding"] == f"{outstanding // 100}.{outstanding % 100:02d}"
        assert check_books(books) == []
    path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_the_property_exercised_every_operation() -> None:
    """Runs after the property test (same module, file order): each kind of operation succeeded."""
    if not DONE:
        pytest.skip("run together with test_balances_stay_consistent")
    assert {k for k, n in DONE.items() if n > 0} == {"issue", "pay", "credit", "refund", "void"}, DONE
