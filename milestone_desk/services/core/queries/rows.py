"""Plain Core rows for the whole-firm reports: no ORM entity loading layer per row.

Executing a column ``select`` through ``Session.execute`` runs every row through the ORM loading
machinery; on the ten-year firm (20,000 invoices, 30,000 payments) that is most of a report's time.
``rows`` flushes pending changes first (what autoflush would do) and runs the statement on the
session's own connection, inside the same transaction.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Executable
from sqlalchemy.orm import QueryableAttribute, Session


def rows(session: Session, statement: Executable) -> list[Any]:
    """Run a Core statement in the session's transaction and return its plain rows (tuples)."""
    session.flush()
    return list(session.connection().execute(statement).all())


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a report builds tens of thousands of acyclic rows.

    Every 700 new containers CPython runs a collection that walks the young objects, and older
    generations now and then (the whole heap): ~30 % of the firm-wide ledger's time. Nothing built
    here forms reference cycles; reference counting frees it as usual. Nested or concurrent use is
    safe: the collector is turned back on by whoever found it on.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def among(column: QueryableAttribute[int], ids: Sequence[int]) -> ColumnElement[bool]:
    """``column IN ids``, written as ``column = id`` for one id: the common one-project case (a
    project switch) then skips building and caching an expanding IN parameter for each query."""
    values = list(ids)
    if len(values) == 1:
        return column == values[0]
    return column.in_(values)
