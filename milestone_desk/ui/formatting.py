"""Money and dates for people: the user's locale, exact integer cents (never float)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from milestone_desk.domain.money import exponent, to_decimal_string

_SYMBOLS = {"USD": "$", "CAD": "CA$", "AUD": "A$", "EUR": "€", "GBP": "£", "JPY": "¥", "CHF": "CHF"}


_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def locale() -> QLocale:
    """The user's locale; the bare C locale (servers, CI) reads better as US English."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return _US
    return loc


def amount(cents: int, currency: str = "USD") -> str:
    """Digits only, grouped by the locale: 4850000 → ``48,500.00``."""
    loc = locale()
    places = exponent(currency)
    whole, frac = divmod(abs(cents), 10**places)
    text = loc.toString(whole)
    if places:
        text += loc.decimalPoint() + str(frac).rjust(places, "0")
    return ("-" if cents < 0 else "") + text


def money(cents: int, currency: str = "USD") -> str:
    """Amount with the currency symbol placed as the locale places it: ``$48,500.00``."""
    loc = locale()
    symbol = _SYMBOLS.get(currency.upper(), currency.upper())
    pattern = loc.toCurrencyString(1, "¤")
    body = amount(abs(cents), currency)
    text = pattern.replace("1", body, 1).replace("¤", symbol)
    return ("-" if cents < 0 else "") + text


def percent(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return f"{text.replace('.', locale().decimalPoint())} %"


def day(value: date | None) -> str:
    """A date in the locale's short form with a four-digit year."""
    if value is None:
        return ""
    fmt = locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return locale().toString(QDate(value.year, value.month, value.day), fmt)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def plain(cents: int, currency: str = "USD") -> str:
    """The editable form of an amount (no grouping), as the user would type it."""
    return to_decimal_string(cents, currency)


STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("status", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("status", "In progress"),
    "completed": QT_TRANSLATE_NOOP("status", "Completed"),
    "invoiced": QT_TRANSLATE_NOOP("status", "Invoiced"),
    "paid": QT_TRANSLATE_NOOP("status", "Paid"),
    "issued": QT_TRANSLATE_NOOP("status", "Issued"),
    "partially_paid": QT_TRANSLATE_NOOP("status", "Partly paid"),
    "void": QT_TRANSLATE_NOOP("status", "Void"),
    "draft": QT_TRANSLATE_NOOP("status", "Draft"),
    "active": QT_TRANSLATE_NOOP("status", "Active"),
    "archived": QT_TRANSLATE_NOOP("status", "Archived"),
}


def status(value: str) -> str:
    """A status word for display (translated by the caller's context)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "status", str(STATUS_LABELS.get(value, value.replace("_", " ").title()))
    )


def compact(cents: int, currency: str = "USD") -> str:
    """Short axis labels: 1.2M, 35k, 900."""
    value = Decimal(cents).scaleb(-exponent(currency))
    size = abs(value)
    if size >= 1_000_000:
        return f"{value / 1_000_000:.1f}M".replace(".0M", "M")
    if size >= 1_000:
        return f"{value / 1_000:.1f}k".replace(".0k", "k")
    return f"{value:.0f}"
