"""Everything PostgreSQL-specific in one place: URLs, the engine, the writer lock, error wording.

The office server runs the same models and Alembic revisions as the company file. Differences
kept here: writers take one transaction-scoped advisory lock (so they queue like SQLite's
``BEGIN IMMEDIATE`` and the audit chain stays a chain), readers run in read-only transactions,
and a password is never kept: it comes from the URL, ``PGPASSWORD``, ``~/.pgpass`` or the
keyring, and every URL shown to a person has it masked.
"""

from __future__ import annotations

import re
import socket
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from milestone_desk.domain.errors import BadInput

DRIVER = "postgresql+psycopg"
SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
#: The one advisory lock every writer takes for its transaction (any constant; "MD" + 14).
WRITER_LOCK = 0x4D44_0014
#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT = 10
GUARD_PREFIX = "Milestone Desk: "


def looks_like_url(text: str) -> bool:
    return text.strip().lower().startswith(SCHEMES)


def parse_url(raw: str) -> URL:
    """``postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME`` or ``…@/DBNAME?host=/socket/dir``."""
    text_ = raw.strip()
    shown = mask(text_)
    try:
        url = make_url(text_)
    except ArgumentError as exc:
        raise BadInput(f"{shown} is not a database address like postgresql://user@host/books.") from exc
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise BadInput(f"{shown} is not a PostgreSQL address; use postgresql://user@host/books.")
    if not url.database:
        raise BadInput(f"{shown} names no database; add it at the end, e.g. postgresql://user@host/books.")
    allowed = {"host", "port", "sslmode", "connect_timeout", "application_name", "sslrootcert"}
    unknown = sorted(set(url.query) - allowed)
    if unknown:
        raise BadInput(f"{shown}: the option {unknown[0]!r} is not understood here.")
    return url.set(drivername=DRIVER)


def mask(raw: str | URL) -> str:
    """The address as shown to people and written to logs: never with its password."""
    if isinstance(raw, URL):
        shown = raw._replace(drivername="postgresql", password=None)
        return unquote(shown.render_as_string(hide_password=True))
    return re.sub(r"^(\w[\w+.-]*://[^:/@?#]*):[^@/]*@", r"\1@", raw.strip())


def display_name(url: URL) -> str:
    """A short name for a window title: ``books on host``."""
    host = url.host or str(url.query.get("host", "") or "local socket")
    return f"{url.database} on {host}"


def build_url(
    *,
    host: str,
    database: str,
    user: str,
    port: int | None = None,
    socket_dir: str | None = None,
    password: str = "",
) -> str:
    """The text of a URL from dialog fields; a password only for this connection, never to keep."""
    url = URL.create(
        "postgresql",
        username=user or None,
        password=password or None,
        host=host or None,
        port=port,
        database=database,
    )
    if socket_dir:
        url = url.update_query_dict({"host": socket_dir})
    return (
        unquote(url.render_as_string(hide_password=False))
        if not password
        else url.render_as_string(hide_password=False)
    )


def make_engine(url: URL, *, readonly: bool = False) -> Engine:
    """An engine on the office server; readers' transactions are read-only on the server."""
    options = "-c default_transaction_read_only=on" if readonly else ""
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": f"milestone-desk@{socket.gethostname()}"[:63],
    }
    if options:
        connect_args["options"] = options
    engine = create_engine(url, pool_size=2, max_overflow=4, pool_pre_ping=True, connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    return engine


def start_write(conn: Connection) -> None:
    """Queue behind any other writer until this transaction ends (never a "busy" failure)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITER_LOCK})


def start_read(conn: Connection) -> None:
    conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))


def table_names(conn: Connection) -> set[str]:
    rows = conn.execute(
        text("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")
    )
    return {str(r[0]) for r in rows}


def current_user(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_user")).scalar_one())


def can_write(conn: Connection) -> bool:
    """Whether this role may write the books (a read-only office role may only look and print)."""
    row = conn.execute(
        text(
            "SELECT has_table_privilege(current_user, 'invoices', 'INSERT') "
            "AND has_table_privilege(current_user, 'audit_events', 'INSERT')"
        )
    ).scalar_one()
    return bool(row)


def reset_sequences(conn: Connection, tables: list[str]) -> None:
    """After rows were copied with their ids, let new rows continue after the largest id."""
    for table in tables:
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if seq is None:
            continue
        conn.execute(
            text(f'SELECT setval(:s, coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'),
            {"s": seq},
        )


def database_size(conn: Connection) -> int:
    return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one())


def known_error_sentence(exc: BaseException) -> str | None:
    """A plain sentence for a server failure the user can act on, or None for a bug."""
    raw = str(getattr(exc, "orig", exc))
    if GUARD_PREFIX in raw:
        said = raw.split(GUARD_PREFIX, 1)[1].splitlines()[0].strip().rstrip(".")
        return f"{said[:1].upper()}{said[1:]} (nothing was changed)."
    low = raw.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return "The server refused the user name or password; check them and try again."
    if "does not exist" in low and "database" in low and "relation" not in low:
        return "The server has no database by that name; ask whoever set the server up for its name."
    if "role" in low and "does not exist" in low:
        return "The server has no user by that name; ask whoever set the server up."
    if "read-only transaction" in low or "permission denied" in low:
        return "Your server account may only read these books; nothing was saved."
    if (
        "connection refused" in low
        or "could not connect" in low
        or "timeout expired" in low
        or "no such file or directory" in low
        or "could not translate host name" in low
        or "server closed the connection" in low
        or "connection is closed" in low
        or "terminating connection" in low
    ):
        return "The office server cannot be reached; check the network and that the server is running."
    if "deadlock detected" in low or "could not serialize" in low:
        return "Another user changed the same records at the same moment; try again."
    if "does not exist" in low and ("relation" in low or "column" in low):
        return (
            "The structure of the server database does not match this version of Milestone Desk; "
            "ask whoever runs the server to upgrade it."
        )
    if "no space left" in low or "disk full" in low:
        return "The server's disk is full; nothing was saved."
    return None
