"""Money, parsing, rounding and largest-remainder allocation (DESIGN §3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from milestone_desk.domain.allocation import allocate
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money, apply_rate, parse_decimal, parse_percent, round_half_up


def test_design_allocation_examples() -> None:
    assert allocate(547, [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]) == [183, 182, 182]
    assert allocate(3_000_000, [1, 1, 1]) == [1_000_000] * 3
    assert allocate(1, [1, 1, 1]) == [1, 0, 0]


def test_ties_go_to_the_earliest() -> None:
    assert allocate(2, [1, 1, 1]) == [1, 1, 0]
    assert allocate(-2, [1, 1, 1]) == [-1, -1, 0]


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.lists(st.decimals(min_value=0, max_value=1000, places=4, allow_nan=False), min_size=1, max_size=25),
)
def test_allocation_sums_exactly_and_stays_within_a_cent(total: int, weights: list[Decimal]) -> None:
    shares = allocate(total, weights)
    assert sum(shares) == total
    whole = sum(weights, Decimal(0))
    for share, w in zip(shares, weights, strict=True):
        exact = Decimal(total) * w / whole if whole else Decimal(total) / len(weights)
        assert abs(Decimal(share) - exact) < 1


def test_half_up_rounding_is_the_one_rule() -> None:
    assert round_half_up(Decimal("2.5")) == 3
    assert round_half_up(Decimal("-2.5")) == -3
    assert apply_rate(727_500, Decimal(5)) == 36_375  # 5 % of 7,275.00
    assert apply_rate(1, Decimal(50)) == 1


@pytest.mark.parametrize(
    "text, cents", [("48500.00", 4_850_000), ("1,234.5", 123_450), (" $7 ", 700), (".5", 50)]
)
def test_money_parse(text: str, cents: int) -> None:
    assert Money.parse(text).minor == cents


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "abc",
        "1e5",
        "NaN",
        "inf",
        "1.005",
        "-5",
        "12..3",
        "1" * 20,
        "<script>",
        "1;DROP TABLE invoices",
    ],
)
def test_money_parse_refuses_with_a_sentence(text: str) -> None:
    with pytest.raises(BadInput) as info:
        Money.parse(text)
    assert str(info.value).endswith(".")


def test_currency_without_cents() -> None:
    assert Money.parse("1500", "JPY").minor == 1500
    with pytest.raises(BadInput):
        Money.parse("1500.5", "JPY")
    assert str(Money(1500, "JPY")) == "1500"


def test_money_arithmetic_is_exact_and_refuses_mixed_currencies() -> None:
    assert Money(10, "USD") + Money(20, "USD") == Money(30, "USD")
    assert str(Money(218_250)) == "2182.50"
    with pytest.raises(ValueError):
        _ = Money(1, "USD") + Money(1, "EUR")


def test_percent_bounds() -> None:
    assert parse_percent("5%") == Decimal(5)
    for bad in ("-1", "100.01", "abc", "5.12345"):
        with pytest.raises(BadInput):
            parse_percent(bad)
    assert parse_decimal("0") == 0


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(["USD", "JPY", "KWD"]))
def test_decimal_string_round_trips(minor: int, currency: str) -> None:
    from milestone_desk.domain.money import to_decimal_string

    text = to_decimal_string(minor, currency)
    if abs(Decimal(text)) < 10**12:
        assert Money.parse(text, currency, allow_negative=True).minor == minor
    assert Decimal(text).scaleb({"USD": 2, "JPY": 0, "KWD": 3}[currency]) == minor
