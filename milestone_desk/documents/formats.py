"""Text forms of money and dates on documents (no reportlab here, so services can import it cheaply)."""

from __future__ import annotations

from datetime import date

from milestone_desk.domain.money import format_money

_SYMBOLS = {"USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def money(minor: int, currency: str, *, symbol: bool = False) -> str:
    """``12,345.67``; with ``symbol`` ``$12,345.67`` (or ``CHF 12,345.67``); minus sign when negative."""
    text = format_money(abs(minor), currency)
    if symbol:
        sym = _SYMBOLS.get(currency.upper())
        text = f"{sym}{text}" if sym else f"{currency.upper()} {text}"
    return f"−{text}" if minor < 0 else text


def long_date(d: date) -> str:
    """``March 5, 2026`` on every platform (strftime's %-d is not portable)."""
    return f"{d:%B} {d.day}, {d.year}"


__all__ = ["long_date", "money"]
