"""Ledger lines: one pure function orders a project's postings and carries the running balance."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from milestone_desk.domain.reports import LedgerPosting, ledger_lines

D = date(2026, 3, 1)


def test_a_day_lists_invoices_then_payments_then_credits_each_as_made() -> None:
    lines = ledger_lines(
        [
            LedgerPosting(D, "credit", 1, "CN-1", "credit", received=500),
            LedgerPosting(D, "payment", 9, "RCT-2", "second payment", received=1_000),
            LedgerPosting(D, "payment", 3, "RCT-1", "first payment", received=2_000),
            LedgerPosting(D, "invoice", 7, "INV-1", "Deposit", gross=10_000, charge=10_000),
            LedgerPosting(D - timedelta(days=1), "invoice", 8, "INV-0", "earlier", charge=1_000),
        ]
    )
    assert [line.reference for line in lines] == ["INV-0", "INV-1", "RCT-1", "RCT-2", "CN-1"]
    assert [line.balance for line in lines] == [1_000, 11_000, 9_000, 8_000, 7_500]
    assert lines[1].gross == 10_000 and lines[1].kind == "invoice"


def test_a_refunded_credit_note_is_listed_and_leaves_the_balance() -> None:
    lines = ledger_lines(
        [
            LedgerPosting(D, "invoice", 1, "INV-1", "Deposit", charge=3_000),
            LedgerPosting(D + timedelta(days=2), "credit", 1, "CN-1", "refunded"),
        ]
    )
    assert [line.balance for line in lines] == [3_000, 3_000]
    assert ledger_lines([]) == []


posting = st.builds(
    LedgerPosting,
    on=st.dates(min_value=D, max_value=D + timedelta(days=30)),
    kind=st.sampled_from(["invoice", "payment", "credit"]),
    seq=st.integers(1, 1_000),
    reference=st.text(max_size=5),
    description=st.text(max_size=5),
    charge=st.integers(0, 10**9),
    received=st.integers(0, 10**9),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(posting, max_size=30))
def test_the_balance_is_the_running_sum_in_date_order(postings: list[LedgerPosting]) -> None:
    lines = ledger_lines(postings)
    assert len(lines) == len(postings)
    assert [line.on for line in lines] == sorted(line.on for line in lines)
    running = 0
    for line in lines:
        running += line.charge - line.received
        assert line.balance == running
    assert running == sum(p.charge for p in postings) - sum(p.received for p in postings)
    if len({(p.on, p.kind, p.seq) for p in postings}) == len(postings):  # the order is the records', not the input's
        assert ledger_lines(list(reversed(postings))) == lines
