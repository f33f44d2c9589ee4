"""Document numbers, taken only at issue inside the write transaction: unique and gapless.

Each series (invoice, receipt, …) has a counter per period: the year when the format uses
``{year}``, else one counter for all time. The UNIQUE constraint on numbers is the backstop.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence.models import NumberCounter

DEFAULT_FORMATS = {
    "invoice": "INV-{year}-{seq:04d}",
    "receipt": "RCT-{year}-{seq:04d}",
}


def render(fmt: str, year: int, seq: int) -> str:
    """Apply a numbering format; a format that does not render is bad input."""
    try:
        return fmt.format(year=year, seq=seq, yy=year % 100)
    except (KeyError, IndexError, ValueError) as exc:
        raise BadInput(
            f"The numbering format {fmt!r} is not valid; use e.g. INV-{{year}}-{{seq:04d}}."
        ) from exc


def validate_format(fmt: str) -> None:
    if "{seq" not in fmt:
        raise BadInput("A numbering format must contain {seq}, e.g. INV-{year}-{seq:04d}.")
    if render(fmt, 2026, 1) == render(fmt, 2026, 2):
        raise BadInput("A numbering format must give every document its own number.")


def take_number(session: Session, series: str, fmt: str, on: date) -> str:
    """Take the next number of ``series`` for a document issued ``on``; call inside a write."""
    period = on.year if "{year" in fmt or "{yy" in fmt else 0
    counter = session.get(NumberCounter, (series, period))
    if counter is None:
        counter = NumberCounter(series=series, period=period, next_value=1)
        session.add(counter)
    seq = counter.next_value
    counter.next_value = seq + 1
    session.flush()
    return render(fmt, on.year, seq)


def note_used(session: Session, series: str, fmt: str, on: date, number: str) -> None:
    """After importing an issued document, move the counter past its number so none repeats."""
    period = on.year if "{year" in fmt or "{yy" in fmt else 0
    counter = session.get(NumberCounter, (series, period))
    if counter is None:
        counter = NumberCounter(series=series, period=period, next_value=1)
        session.add(counter)
    seq = counter.next_value
    while seq < 1_000_000 and render(fmt, on.year, seq) != number:
        seq += 1
    if seq < 1_000_000 and seq + 1 > counter.next_value:
        counter.next_value = seq + 1
    session.flush()
