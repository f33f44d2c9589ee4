"""Which engine holds the books: a company file (SQLite) or an office server (PostgreSQL).

The only place that chooses between ``sqlite.py`` and ``postgres.py``; everything above the
persistence layer names books by a ``Location`` and never learns which engine it talks to.
"""

from __future__ import annotations

import getpass
import os
import socket
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL

from milestone_desk.persistence import postgres, sqlite
from milestone_desk.persistence.sqlite import DURABLE as DURABLE  # the flag a numbering write sets


@dataclass(frozen=True)
class Location:
    """Where books live: ``path`` for a company file, ``url`` for a server database."""

    path: Path | None = None
    url: URL | None = None

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def shown(self) -> str:
        """The location as shown to people and logs (a server address without its password)."""
        if self.url is not None:
            return postgres.mask(self.url)
        return str(self.path)

    @property
    def name(self) -> str:
        """A short name for titles and messages."""
        if self.url is not None:
            return postgres.display_name(self.url)
        assert self.path is not None
        return self.path.name

    @property
    def stem(self) -> str:
        if self.url is not None:
            return str(self.url.database)
        assert self.path is not None
        return self.path.stem


def is_server_address(raw: str | os.PathLike[str]) -> bool:
    return isinstance(raw, str) and postgres.looks_like_url(raw)


def locate(raw: str | os.PathLike[str] | Location) -> Location:
    """A company file path or a ``postgresql://`` address (bad input when the address is malformed)."""
    if isinstance(raw, Location):
        return raw
    if is_server_address(raw):
        return Location(url=postgres.parse_url(str(raw)))
    return Location(path=Path(raw).expanduser())


def server_engine(location: Location, *, readonly: bool) -> Engine:
    assert location.url is not None
    return postgres.make_engine(location.url, readonly=readonly)


def start_write(conn: Connection) -> None:
    """Make this transaction the only writer until it ends (SQLite's BEGIN IMMEDIATE does it already)."""
    if conn.dialect.name == "postgresql":
        postgres.start_write(conn)


def make_durable(engine: Engine, path: Path) -> None:
    """After a commit that handed out a document number: on a file, push the WAL to the disk
    (routine writes run ``synchronous=NORMAL``); a server's commit is durable already."""
    if engine.dialect.name == "sqlite":
        sqlite.sync_wal(path)


def start_read(conn: Connection) -> None:
    """Make this transaction read one consistent moment (a file's read transaction already does)."""
    if conn.dialect.name == "postgresql":
        postgres.start_read(conn)


def known_error_sentence(exc: BaseException, dialect: str = "sqlite") -> str | None:
    if dialect == "postgresql":
        return postgres.known_error_sentence(exc)
    return sqlite.known_error_sentence(exc)


def table_names(conn: Connection) -> set[str]:
    if conn.dialect.name == "postgresql":
        return postgres.table_names(conn)
    return {str(row[0]) for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}


def integrity_problems(conn: Connection, *, full: bool = False) -> list[str]:
    """Damage the engine itself reports (a server keeps its own pages sound: none to ask for).

    ``full`` runs ``integrity_check`` (indexes compared with their tables too) instead of the
    faster ``quick_check``."""
    if conn.dialect.name != "sqlite":
        return []
    pragma = "integrity_check" if full else "quick_check"
    rows = [str(row[0]) for row in conn.execute(text(f"PRAGMA {pragma}"))]
    return [] if rows == ["ok"] else ["SQLite reports damage: " + "; ".join(rows[:5])]


def altered_guards(conn: Connection) -> list[str]:
    """Guard triggers whose text is not the one we install (a server's are re-created at upgrade
    and reported missing or disabled by ``missing_guards``)."""
    if conn.dialect.name != "sqlite":
        return []
    from milestone_desk.persistence import sqlite_guards

    return list(sqlite_guards.altered(conn))


def foreign_guards(conn: Connection) -> list[str]:
    """Triggers in the file that Milestone Desk did not install."""
    if conn.dialect.name != "sqlite":
        return []
    from milestone_desk.persistence import sqlite_guards

    return list(sqlite_guards.foreign(conn))


def foreign_key_problems(conn: Connection) -> list[str]:
    """Links to missing records (a server enforces foreign keys on every write: none possible)."""
    if conn.dialect.name != "sqlite":
        return []
    return [
        f"Table {row[0]} row {row[1]} points to a missing {row[2]} record."
        for row in conn.execute(text("PRAGMA foreign_key_check"))
    ]


def missing_guards(conn: Connection) -> list[str]:
    """Guard triggers absent from the books (their protection was stripped)."""
    if conn.dialect.name == "postgresql":
        from milestone_desk.persistence import postgres_guards

        return postgres_guards.missing(conn)
    from milestone_desk.persistence import sqlite_guards

    return sqlite_guards.missing(conn)


@lru_cache(maxsize=1)
def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


@lru_cache(maxsize=1)
def machine() -> str:
    return socket.gethostname()[:100]


def who(conn: Connection) -> str:
    """Who makes this change: the server role on a server, the operating-system login on a file."""
    if conn.dialect.name == "postgresql":
        return postgres.current_user(conn)[:100]
    return _login()[:100]


def can_write(conn: Connection) -> bool:
    if conn.dialect.name == "postgresql":
        return postgres.can_write(conn)
    return True


def server_address(*, host: str, port: int | None, database: str, user: str, password: str = "") -> str:
    return postgres.build_url(
        host="" if host.startswith("/") else host,
        port=None if host.startswith("/") or port == 5432 else port,
        database=database,
        user=user,
        password=password,
        socket_dir=host if host.startswith("/") else None,
    )


def address_fields(address: str) -> tuple[str, int | None, str, str]:
    """Host (or socket folder), port, database and user of a server address."""
    url = postgres.parse_url(address)
    host = url.host or str(url.query.get("host", "") or "")
    return host, url.port, str(url.database or ""), str(url.username or "")
