"""Database-level protection of issued records on the office server, as PL/pgSQL triggers.

The same guards as the company file's (``sqlite_guards.GUARDS``: one list, so the two engines
can never drift apart), each a trigger function that raises with the same sentence. A server
also has ``TRUNCATE``, which skips row triggers, so every guarded table refuses it as a whole.
The database owner can still drop a trigger, as a file's owner can in ``sqlite3``; ``check``
reports any guard that is missing or disabled.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from milestone_desk.persistence.postgres import GUARD_PREFIX
from milestone_desk.persistence.sqlite_guards import GUARDS

#: Tables whose rows a guard protects: none of them may be emptied with TRUNCATE.
TRUNCATE_GUARDED = tuple(sorted({table for table, *_ in GUARDS.values()}))


def _truncate_name(table: str) -> str:
    return f"guard_{table}_no_truncate"


def condition(sqlite_when: str) -> str:
    """The SQLite WHEN condition in PostgreSQL's words (``IS NOT x`` compares with NULL safely)."""
    if not sqlite_when:
        return "TRUE"
    out = re.sub(r"\bIS NOT (?!NULL\b)", "IS DISTINCT FROM ", sqlite_when)
    out = re.sub(
        r"CAST\((\w+\.value) AS INTEGER\)",
        r"coalesce(substring(\1 from '^[0-9]+'), '0')::bigint",
        out,
    )
    return out


def _quote(message: str) -> str:
    return "'" + (GUARD_PREFIX + message).replace("'", "''") + "'"


def function_sql(name: str) -> str:
    _table, _timing, when, message = GUARDS[name]
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $guard$\n"
        f"BEGIN\n"
        f"  IF {condition(when)} THEN\n"
        f"    RAISE EXCEPTION USING MESSAGE = {_quote(message)}, ERRCODE = 'check_violation';\n"
        f"  END IF;\n"
        f"  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n"
        f"  RETURN NEW;\n"
        f"END $guard$"
    )


def trigger_sql(name: str) -> str:
    table, timing, _when, _message = GUARDS[name]
    return f"CREATE TRIGGER {name} {timing} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"


def _truncate_sql(table: str) -> list[str]:
    name = _truncate_name(table)
    message = _quote(f"the {table.replace('_', ' ')} cannot be emptied")
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $guard$\n"
        f"BEGIN RAISE EXCEPTION USING MESSAGE = {message}, ERRCODE = 'check_violation'; END $guard$",
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {name}()",
    ]


def _tables(conn: Connection) -> set[str]:
    rows = conn.execute(
        text("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")
    )
    return {str(r[0]) for r in rows}


def install(conn: Connection) -> None:
    """Create (or re-create) every guard whose table exists; PostgreSQL only, idempotent."""
    if conn.dialect.name != "postgresql":
        return
    tables = _tables(conn)
    for name, (table, *_rest) in GUARDS.items():
        if table not in tables:
            continue
        conn.execute(text(function_sql(name)))
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
        conn.execute(text(trigger_sql(name)))
    for table in TRUNCATE_GUARDED:
        if table in tables:
            for statement in _truncate_sql(table):
                conn.execute(text(statement))


def remove(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    tables = _tables(conn)
    for name, (table, *_rest) in GUARDS.items():
        if table in tables:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
        conn.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))
    for table in TRUNCATE_GUARDED:
        name = _truncate_name(table)
        if table in tables:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
        conn.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))


def expected() -> list[str]:
    return [*GUARDS, *(_truncate_name(t) for t in TRUNCATE_GUARDED)]


def missing(conn: Connection) -> list[str]:
    """Guards absent from the server database, or present but disabled."""
    if conn.dialect.name != "postgresql":
        return []
    rows = conn.execute(
        text(
            "SELECT t.tgname FROM pg_catalog.pg_trigger t "
            "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgenabled <> 'D'"
        )
    )
    present = {str(r[0]) for r in rows}
    tables = _tables(conn)
    names = [n for n, (table, *_r) in GUARDS.items() if table in tables]
    names += [_truncate_name(t) for t in TRUNCATE_GUARDED if t in tables]
    return [n for n in names if n not in present]
