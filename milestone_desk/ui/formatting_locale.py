"""Money and dates written the way the chosen locale writes them (babel), from exact values.

Amounts arrive as integer minor units; they become a Decimal with the currency's own number of
places (domain.money.exponent) and are never rounded here: currencies without cents (JPY, CLP …)
show no decimals, three-decimal ones (KWD …) show three.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from milestone_desk.domain.money import exponent


def _babel_locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_US")


def to_decimal(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-exponent(currency))


def format_money_locale(cents: int, currency: str, locale: str) -> str:
    """``cents`` minor units of ``currency`` as ``locale`` writes money: 123456, EUR, fr_FR → 1 234,56 €."""
    return str(
        format_currency(
            to_decimal(cents, currency), currency.upper(), locale=_babel_locale(locale),
            currency_digits=True, decimal_quantization=False,
        )
    )  # fmt: skip


def format_amount_locale(cents: int, currency: str, locale: str) -> str:
    """The number alone, with the currency's places: 123456, EUR, de_DE → 1.234,56 (table cells)."""
    places = exponent(currency)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(format_decimal(to_decimal(cents, currency), pattern, locale=_babel_locale(locale)))


def format_date_locale(day: date, locale: str, length: str = "medium") -> str:
    """A date as ``locale`` writes it: 2026-03-05, es_ES → 5 mar 2026 (length short/medium/long)."""
    return str(format_date(day, format=length, locale=_babel_locale(locale)))
