"""Has anybody changed the books since I last looked? One row, bumped by every saved change.

A window on shared books (an office server, or a second window on a file) polls ``mark`` every
few seconds; it is one primary-key read, cheap enough to ask often.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from milestone_desk.persistence.models import BookChange
from milestone_desk.services.core.books import Books


@dataclass(frozen=True)
class Mark:
    counter: int
    at: datetime | None
    by: str


def mark(books: Books) -> Mark:
    """The change counter now (0 for books never changed since the counter was added)."""
    with books.read() as s:
        row = s.get(BookChange, 1)
        if row is None:
            return Mark(0, None, "")
        return Mark(row.counter, row.changed_at, row.changed_by)
