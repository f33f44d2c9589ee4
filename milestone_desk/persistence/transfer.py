"""Copy every row of one set of books into another, empty, one: file → server and server → file.

Rows are copied exactly as they are (ids, uuids, times, frozen PDFs, audit events with their
hashes), never re-created, so the audit chain, the numbering register and every link stay valid.
The destination must already be at the source's schema revision and hold no rows. The audit trail
is copied last: a guard refuses lines added to an invoice whose issue is already audited.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Table, func, insert, select, text

from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence import postgres
from milestone_desk.persistence.all_models import Base

BATCH = 500
LAST = ("audit_events",)


def ordered_tables() -> list[Table]:
    """Every table, parents before children, the audit trail at the end."""
    tables = list(Base.metadata.sorted_tables)
    return [t for t in tables if t.name not in LAST] + [t for t in tables if t.name in LAST]


def rows_in(conn: Connection) -> int:
    return sum(int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in ordered_tables())


def snapshot(conn: Connection) -> None:
    """Make the caller's just-begun transaction read one consistent moment of the source."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))


def copy_rows(
    source: Connection,
    dest: Connection,
    *,
    shown: str,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``dest`` inside the caller's transaction."""
    tables = ordered_tables()
    for table in tables:
        if dest.execute(select(func.count()).select_from(table)).scalar_one():
            raise BadInput(f"{shown} already holds books (table {table.name}); give an empty database.")
    counts: dict[str, int] = {}
    for table in tables:
        pk = list(table.primary_key.columns)
        result = source.execute(select(table).order_by(*pk)).mappings()
        n = 0
        while True:
            chunk = result.fetchmany(BATCH)
            if not chunk:
                break
            dest.execute(insert(table), [dict(row) for row in chunk])
            n += len(chunk)
        counts[table.name] = n
        if progress is not None:
            progress(table.name, n)
    if dest.dialect.name == "postgresql":
        postgres.reset_sequences(dest, [t.name for t in tables if "id" in t.columns])
    return counts
