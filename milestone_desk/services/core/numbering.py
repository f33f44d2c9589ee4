"""Document numbers, taken only at issue inside the write transaction: unique and gapless.

Each series (invoice, receipt, credit note, …) has a counter per period: the year when the format
uses ``{year}``, else one counter for all time. Every number taken is also written to the number
register (``document_numbers``) in the same transaction, so a rolled-back issue leaves no trace
and ``check`` can prove that numbers 1..n of every series and period exist. The UNIQUE
constraints on numbers and on (series, period, seq) are the backstop; writers queue on
``BEGIN IMMEDIATE``, so two processes never read the same counter value.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence.engines import DURABLE
from milestone_desk.persistence.models import Company, NumberCounter, Setting
from milestone_desk.persistence.models_records import DocumentNumber
from milestone_desk.services.core import field_marker
from milestone_desk.services.core.books import Books

INVOICE = "invoice"
RECEIPT = "receipt"
CREDIT_NOTE = "credit_note"

DEFAULT_FORMATS = {
    INVOICE: "INV-{year}-{seq:04d}",
    RECEIPT: "RCT-{year}-{seq:04d}",
    CREDIT_NOTE: "CN-{year}-{seq:04d}",
}

#: Series whose format lives on the company profile; the others are settings.
_COMPANY_FIELDS = {INVOICE: "invoice_format", RECEIPT: "receipt_format"}
_SETTING = "numbering.format.{series}"


@dataclass(frozen=True)
class Taken:
    """A number taken from a series: its text, period (year or 0) and sequence."""

    number: str
    series: str
    period: int
    seq: int


def render(fmt: str, year: int, seq: int) -> str:
    """Apply a numbering format; a format that does not render is bad input."""
    try:
        return fmt.format(year=year, seq=seq, yy=year % 100)
    except (KeyError, IndexError, ValueError) as exc:
        raise BadInput(
            f"The numbering format {fmt!r} is not valid; use e.g. INV-{{year}}-{{seq:04d}}."
        ) from exc


_FIELDS = frozenset({"year", "yy", "seq"})
_SPEC = re.compile(r"0?[1-9]?d")


def _check_fields(fmt: str) -> None:
    """Only {year}, {yy} and {seq}, each with at most a width spec such as :04d (no attributes, indexes)."""
    bad = f"The numbering format {fmt!r} is not valid; use only {{year}}, {{yy}} and {{seq:04d}}."
    try:
        parts = list(string.Formatter().parse(fmt))
    except ValueError as exc:
        raise BadInput(bad) from exc
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in _FIELDS or conversion is not None or (spec and not _SPEC.fullmatch(spec)):
            raise BadInput(bad)


def validate_format(fmt: str) -> None:
    _check_fields(fmt)
    if "{seq" not in fmt:
        raise BadInput("A numbering format must contain {seq}, e.g. INV-{year}-{seq:04d}.")
    if render(fmt, 2026, 1) == render(fmt, 2026, 2):
        raise BadInput("A numbering format must give every document its own number.")
    if len(render(fmt, 2026, 999_999)) > 60:
        raise BadInput("A numbering format must give numbers of at most 60 characters.")


def period_of(fmt: str, on: date) -> int:
    """The counter period of a document issued ``on``: its year when the format shows one."""
    return on.year if "{year" in fmt or "{yy" in fmt else 0


@lru_cache(maxsize=64)
def _pattern(fmt: str) -> re.Pattern[str]:
    parts: list[str] = []
    for literal, field, _spec, _conv in string.Formatter().parse(fmt):
        parts.append(re.escape(literal))
        if field == "seq":
            parts.append(r"(?P<seq>\d+)")
        elif field == "year":
            parts.append(r"(?P<year>\d{4})")
        elif field is not None:
            parts.append(r"\d+")
    return re.compile("".join(parts))


def parse_seq(fmt: str, number: str) -> int | None:
    """The sequence number inside ``number`` when it follows ``fmt``, else None."""
    try:
        match = _pattern(fmt).fullmatch(number)
    except ValueError:
        return None
    return int(match.group("seq")) if match else None


def format_for(session: Session, series: str) -> str:
    """The numbering format of a series: company profile, then settings, then the default."""
    field = _COMPANY_FIELDS.get(series)
    if field is not None:
        company = session.scalars(select(Company).order_by(Company.id).limit(1)).first()
        if company is not None:
            return str(getattr(company, field))
    stored = session.get(Setting, _SETTING.format(series=series))
    if stored is not None:
        return stored.value
    if series not in DEFAULT_FORMATS:
        raise BadInput(f"There is no document series called {series!r}.")
    return DEFAULT_FORMATS[series]


def set_format(session: Session, series: str, fmt: str) -> None:
    """Change a series' format for documents issued from now on (issued numbers never change)."""
    from milestone_desk.services.core import audit

    validate_format(fmt)
    before = format_for(session, series)
    field = _COMPANY_FIELDS.get(series)
    company = session.scalars(select(Company).order_by(Company.id).limit(1)).first()
    if field is not None and company is not None:
        setattr(company, field, fmt)
    else:
        key = _SETTING.format(series=series)
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=fmt))
        else:
            row.value = fmt
    session.flush()
    if company is not None:
        audit.record(session, "numbering", company.uuid, "format", {series: before}, {series: fmt})


def _counter(session: Session, series: str, period: int) -> NumberCounter:
    # FOR UPDATE: on a server the counter row stays locked until this issue commits, so a second
    # writer waits and then reads the moved counter (no duplicate, no gap); SQLite ignores it.
    counter = session.get(NumberCounter, (series, period), with_for_update=True, populate_existing=True)
    if counter is None:
        counter = NumberCounter(series=series, period=period, next_value=1)
        session.add(counter)
    return counter


def _register(session: Session, series: str, period: int, seq: int | None, number: str) -> None:
    clash = session.scalars(select(DocumentNumber.series).where(DocumentNumber.number == number)).first()
    if clash is not None:
        raise BadInput(
            f"The number {number} is already used in the {clash.replace('_', ' ')} series; "
            "give each series its own numbering format."
        )
    session.add(DocumentNumber(series=series, period=period, seq=seq, number=number))
    session.info[DURABLE] = True  # a number handed out must survive a power cut (Books.write)


def take(session: Session, series: str, on: date, fmt: str | None = None) -> Taken:
    """Take the next number of ``series`` for a document issued ``on``; call inside a write."""
    field_marker.refuse_numbering(session, series)
    fmt = fmt or format_for(session, series)
    period = period_of(fmt, on)
    counter = _counter(session, series, period)
    seq = counter.next_value
    number = render(fmt, on.year, seq)
    counter.next_value = seq + 1
    _register(session, series, period, seq, number)
    session.flush()
    return Taken(number, series, period, seq)


def take_number(session: Session, series: str, fmt: str, on: date) -> str:
    """Take the next number of ``series`` for a document issued ``on``; call inside a write."""
    return take(session, series, on, fmt).number


def note_used(session: Session, series: str, fmt: str, on: date, number: str) -> None:
    """After importing an issued document, register its number and move the counter past it."""
    period = period_of(fmt, on)
    seq = parse_seq(fmt, number)
    if (
        seq is not None
        and session.scalars(
            select(DocumentNumber.number).where(
                DocumentNumber.series == series, DocumentNumber.period == period, DocumentNumber.seq == seq
            )
        ).first()
    ):
        seq = None  # same sequence under another format: keep the document, leave it out of gap checks
    _register(session, series, period, seq, number)
    if seq is not None:
        counter = _counter(session, series, period)
        if seq + 1 > counter.next_value:
            counter.next_value = seq + 1
    session.flush()


def series_formats(books: Books) -> dict[str, str]:
    """The numbering format of every known series (for a settings page)."""
    with books.read() as s:
        return {series: format_for(s, series) for series in DEFAULT_FORMATS}


def set_series_format(books: Books, series: str, fmt: str) -> None:
    """Change one series' format (documents issued from now on); issued numbers never change."""
    if series not in DEFAULT_FORMATS:
        raise BadInput(f"There is no document series called {series!r}.")
    with books.write() as s:
        set_format(s, series, fmt)
