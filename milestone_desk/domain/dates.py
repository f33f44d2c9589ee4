"""The range of dates the books accept: years 1900 to 2200 (later ones overflow date arithmetic)."""

from __future__ import annotations

from datetime import date

from milestone_desk.domain.errors import BadInput

FIRST_YEAR = 1900
LAST_YEAR = 2200


def in_range(day: date, what: str = "date") -> date:
    """``day`` itself when its year is between 1900 and 2200; otherwise ``BadInput`` with a sentence."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadInput(
            f"The {what} {day.isoformat()} is out of range; use a date between {FIRST_YEAR} and {LAST_YEAR}."
        )
    return day
