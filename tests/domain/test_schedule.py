"""Schedules: percent pool, fixed amounts and the remainder; billing math of one invoice."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from milestone_desk.domain.billing import milestone_invoice
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.payments import OpenItem, apply_payment
from milestone_desk.domain.schedule import Share, allocate_schedule

P = Share.of_percent


def test_kitchen_schedule() -> None:
    shares = [P(Decimal(10)), P(Decimal(15)), P(Decimal(25)), Share.of_amount(1_455_000), Share.remainder()]
    assert allocate_schedule(4_850_000, shares) == [485_000, 727_500, 1_212_500, 1_455_000, 970_000]


def test_percent_pool_is_rounded_once_then_split() -> None:
    # 5.47 at 33.34/33.33/33.33: the pool is all of it, split 1.83/1.82/1.82
    assert allocate_schedule(547, [P(Decimal("33.34")), P(Decimal("33.33")), P(Decimal("33.33"))]) == [
        183,
        182,
        182,
    ]


@pytest.mark.parametrize(
    "shares, message",
    [
        ([P(Decimal(50)), P(Decimal(40))], "sums to"),
        ([P(Decimal(60)), P(Decimal(50))], "more than 100"),
        ([Share.remainder(), Share.remainder()], "Only one"),
        ([Share.of_amount(10_000_00), Share.remainder()], "Nothing is left"),
        ([P(Decimal(0)), Share.remainder()], "above zero"),
        ([Share.of_amount(0), Share.remainder()], "above zero"),
        ([], "at least one"),
    ],
)
def test_bad_schedules_say_why(shares: list[Share], message: str) -> None:
    with pytest.raises(BadInput, match=message):
        allocate_schedule(1_000_00, shares)


@given(
    st.integers(min_value=1_000, max_value=10**11),
    st.lists(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=12),
)
def test_percent_schedules_with_a_remainder_always_sum(contract: int, weights: list[int]) -> None:
    total = sum(weights)
    percents = [Decimal(w) * 90 / total for w in weights]
    percents = [p.quantize(Decimal("0.0001")) for p in percents]
    if any(p <= 0 for p in percents) or sum(percents) > 100:
        return
    amounts = allocate_schedule(contract, [P(p) for p in percents] + [Share.remainder()])
    assert sum(amounts) == contract
    assert all(a >= 0 for a in amounts)


def test_invoice_math() -> None:
    m = milestone_invoice(727_500, Decimal(0), Decimal(5))
    assert (m.gross, m.tax, m.retainage, m.amount_due) == (727_500, 0, 36_375, 691_125)
    deposit = milestone_invoice(485_000, Decimal("8.5"), Decimal(5), is_deposit=True)
    assert deposit.retainage == 0 and deposit.tax == 41_225 and deposit.amount_due == 526_225
    post = milestone_invoice(100_000, Decimal(10), Decimal(10), retainage_post_tax=True)
    assert post.retainage == 11_000


def test_payment_excess_becomes_credit() -> None:
    apps, credit = apply_payment(1_000, [OpenItem(1, 600), OpenItem(2, 0), OpenItem(3, 300)])
    assert [(a.key, a.amount) for a in apps] == [(1, 600), (3, 300)]
    assert credit == 100
