"""Money and amounts as text for widgets (locale formatting will replace this in one place)."""

from __future__ import annotations

from decimal import Decimal

from milestone_desk.domain.money import exponent, format_money


def money(minor: int, currency: str) -> str:
    return format_money(minor, currency)


def compact(minor: int, currency: str) -> str:
    """Short axis labels: 1.2M, 35k, 900."""
    value = Decimal(minor).scaleb(-exponent(currency))
    size = abs(value)
    if size >= 1_000_000:
        return f"{value / 1_000_000:.1f}M".replace(".0M", "M")
    if size >= 1_000:
        return f"{value / 1_000:.1f}k".replace(".0k", "k")
    return f"{value:.0f}"
