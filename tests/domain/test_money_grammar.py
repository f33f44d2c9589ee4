"""Money parsing accepts only plain ASCII numbers with proper thousands separators (finding 5)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import MAX_MAJOR, format_money, parse_decimal, to_decimal_string

LIMIT = int(MAX_MAJOR) * 100 - 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.50", "1234.50"),
        ("$1,234.50", "1234.50"),
        (" 1 234.50 ", "1234.50"),
        ("-$1,234.50", "-1234.50"),
        ("+12.5", "12.5"),
        ("1,234,567", "1234567"),
        (".5", "0.5"),
        ("12.", "12"),
    ],
)
def test_plain_numbers_are_accepted(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "12,50",
        "1,2,3",
        "1234,567",
        ",123",
        "1,23.4",
        "\u0661\u0662\u0663",
        "\uff11\uff12\uff13",
        "1e3",
        "NaN",
    ],
)
def test_malformed_numbers_are_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(BadInput) as info:
        parse_decimal(text)
    assert str(info.value).endswith(".")


def test_decimal_comma_gets_its_own_sentence() -> None:
    with pytest.raises(BadInput, match="thousands separator"):
        parse_decimal("12,50")


@given(st.integers(min_value=-LIMIT, max_value=LIMIT))
def test_parse_round_trips_the_decimal_string(minor: int) -> None:
    assert parse_decimal(to_decimal_string(minor)) == Decimal(minor).scaleb(-2)
    assert parse_decimal(format_money(minor)) == Decimal(minor).scaleb(-2)
