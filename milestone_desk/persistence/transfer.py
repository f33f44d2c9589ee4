"""Copy every row of one set of books into another, empty, one: file → server and server → file.

Rows are copied exactly as they are (ids, uuids, times, frozen PDFs, audit events with their
hashes), never re-created, so the audit chain, the numbering register and every link stay valid.
The destination must already be at the source's schema revision and hold no rows. The audit trail
is copied last: a guard refuses lines added to an invoice whose issue is already audited.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

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
    keep: Callable[[Table, Mapping[str, Any]], bool] | None = None,
) -> dict[str, int]:
    """Copy every row of ``source`` (or those ``keep`` keeps) into the empty ``dest`` inside the
    caller's transaction."""
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
            rows = [dict(row) for row in chunk]
            if keep is not None:
                rows = [row for row in rows if keep(table, row)]
            if not rows:
                continue
            dest.execute(insert(table), rows)
            n += len(rows)
        counts[table.name] = n
        if progress is not None:
            progress(table.name, n)
    if dest.dialect.name == "postgresql":
        postgres.reset_sequences(dest, [t.name for t in tables if "id" in t.columns])
    return counts


#: Audit entities whose records the check expects to find (services/records/queries/check_records.KEPT).
_AUDITED = ("invoices", "payments", "credit_notes")


class ProjectSubset:
    """Which rows a partial copy of some projects keeps (``copy_rows(keep=...)``).

    The chosen projects, their clients, and every row whose links all lead to kept rows (milestones,
    change orders, invoices and their lines, credit notes, pay applications, waivers ...); a client's
    payments that are applied to a kept invoice or to none (client credit), with their receipts and
    only their applications to kept invoices; certificates and drafts of the projects. Rows that
    belong to no project (company, settings, the number register, the whole audit trail) are all
    kept, so the chain and the register stay whole. What is left out is noted (``numbers``, ``uuids``)
    for the check of a partial copy.
    """

    def __init__(self, source: Connection, codes: Sequence[str]) -> None:
        projects = Base.metadata.tables["projects"]
        invoices = Base.metadata.tables["invoices"]
        payments = Base.metadata.tables["payments"]
        applications = Base.metadata.tables["payment_applications"]
        self.codes = set(codes)
        chosen = [
            (pid, cid)
            for pid, cid, code in source.execute(select(projects.c.id, projects.c.client_id, projects.c.code))
            if code in self.codes
        ]
        project_ids = {pid for pid, _ in chosen}
        self.clients = {cid for _, cid in chosen}
        kept_invoices = {
            iid
            for iid, pid in source.execute(select(invoices.c.id, invoices.c.project_id))
            if pid in project_ids
        }
        applied: dict[int, set[int]] = {}
        for pay_id, inv_id in source.execute(select(applications.c.payment_id, applications.c.invoice_id)):
            applied.setdefault(pay_id, set()).add(inv_id)
        self.payments = {
            pay_id
            for pay_id, cid in source.execute(select(payments.c.id, payments.c.client_id))
            if cid in self.clients and (not applied.get(pay_id) or applied[pay_id] & kept_invoices)
        }
        self.kept: dict[str, set[Any]] = {}
        self.numbers: set[str] = set()
        self.uuids: set[str] = set()

    def _root(self, table: Table, row: Mapping[str, Any]) -> bool:
        name = table.name
        if name == "projects":
            return row["code"] in self.codes
        if name == "clients":
            return row["id"] in self.clients
        if name == "payments":
            return row["id"] in self.payments
        if name in ("completion_certificates", "field_drafts"):
            return row["project_code"] in self.codes
        return True

    def __call__(self, table: Table, row: Mapping[str, Any]) -> bool:
        ok = self._root(table, row) and all(
            row[fk.parent.name] is None or row[fk.parent.name] in self.kept.get(fk.column.table.name, ())
            for fk in table.foreign_keys
        )
        if ok:
            if "id" in table.c:
                self.kept.setdefault(table.name, set()).add(row["id"])
        else:
            if "number" in table.c and row["number"] is not None:
                self.numbers.add(str(row["number"]))
            if table.name in _AUDITED:
                self.uuids.add(str(row["uuid"]))
        return ok
