"""Everything SQLite-specific in one place: pragmas, transaction mode, file creation, error wording.

Keeping it here lets the same models later run on a PostgreSQL server for a multi-user office.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from milestone_desk.domain.errors import BooksError
from milestone_desk.persistence.lockfile import swap_state, wait_for_swap

BUSY_TIMEOUT_MS = 15000
SQLITE_MAGIC = b"SQLite format 3\x00"
#: How the guard triggers (sqlite_guards.py) start their refusals.
GUARD_PREFIX = "Milestone Desk: "
#: ``session.info`` key set by a transaction that hands out a document number: its commit is pushed
#: to the disk before ``Books.write`` returns (see ``sync_wal``).
DURABLE = "milestone_desk.durable"
#: Connections kept open per engine (the UI thread, a few background readers, a writer).
POOL_SIZE = 4


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    """An engine on the company file.

    Writers begin with ``BEGIN IMMEDIATE`` so two writers queue instead of failing half way
    (one writer at a time); readers use ``query_only`` so a reading command can never write.

    Connections are pooled (``QueuePool``): opening one costs the pragmas and the schema parse, and
    closing the last one checkpoints, fsyncs and removes the WAL, which made every transaction pay
    for a disk flush. ``Books.close`` (``engine.dispose``) closes them all, so the WAL is folded back
    into the file before a backup is restored or the file is moved. A pooled writer that finds the
    file replaced by a restore is thrown away (``_still_the_file``), never reused.

    Writers run WAL with ``synchronous=NORMAL``: a commit is safe against the app or the computer's
    programs crashing (the WAL is in the OS's hands), but a power cut or kernel crash can lose the
    last commits since the previous checkpoint; the file stays consistent (never half a transaction).
    Transactions that hand out a document number are flushed to the disk before they return
    (``DURABLE``/``sync_wal``), so an invoice number printed or emailed is never given out twice.
    """
    if readonly:
        # mode=ro: SQLite itself refuses every write, and closing never checkpoints the file.
        uri = readonly_uri(path)
        engine = create_engine(
            "sqlite://",
            poolclass=QueuePool,
            pool_size=POOL_SIZE,
            max_overflow=8,
            creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            ),
        )
    else:
        # A creator, not a URL: a file name with "?", "#" or "%" must not be parsed as a query.
        engine = create_engine(
            "sqlite://",
            poolclass=QueuePool,
            pool_size=POOL_SIZE,
            max_overflow=8,
            creator=lambda: _connect_writer(Path(path)),
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if readonly:
            cur.execute("PRAGMA query_only=ON")
        else:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")
        if not readonly:
            _still_the_file(conn, Path(path))

    return engine


def sync_wal(path: Path) -> None:
    """Push the WAL's committed frames to the disk (what ``synchronous=FULL`` does at each commit)."""
    wal = Path(f"{path}-wal")
    try:
        fsync_path(wal)
    except FileNotFoundError:
        pass  # checkpointed and removed: the commit is in the file, which the checkpoint synced


class FileReplaced(BooksError):
    """The file at the path was replaced (restored) since this connection opened it: reconnect."""


class _WriterConnection(sqlite3.Connection):
    """A writer's connection, remembering which file (inode) and swap generation it opened."""

    swap_gen: int = 0
    inode: int | None = None


def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def _connect_writer(path: Path) -> sqlite3.Connection:
    """Connect a writer, never while a restore is replacing the file (the swap marker, lockfile.py)."""
    while True:
        gen = wait_for_swap(path)
        conn = sqlite3.connect(
            os.fspath(path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
            factory=_WriterConnection,
        )
        conn.inode = _inode(path)
        now, busy = swap_state(path)
        if now == gen and not busy:
            conn.swap_gen = gen
            return conn
        conn.close()


def _still_the_file(conn: Any, path: Path) -> None:
    """Right after BEGIN IMMEDIATE: is this connection still on the file at the path, with no
    restore under way? Otherwise roll back and raise ``FileReplaced`` (the writer reconnects)."""
    raw = conn.connection.dbapi_connection
    if not isinstance(raw, _WriterConnection):
        return
    gen, busy = swap_state(path)
    if busy or gen != raw.swap_gen or _inode(path) != raw.inode:
        raw.execute("ROLLBACK")
        conn.invalidate()  # a pooled connection on the old file must never serve again
        raise FileReplaced(f"{path.name} was replaced by a restore; reconnecting.")


def readonly_uri(path: Path) -> str:
    """A ``file:`` URI that opens the file read-only (the name percent-encoded, so ``?``/``#`` are safe).

    On read-only media (a folder nobody may write: a CD, a write-protected stick, a 0555 share)
    SQLite cannot create the ``-shm`` a WAL file needs, so the file is opened ``immutable``: it is
    only read, never locked. That is exact only when no ``-wal`` holds changes; otherwise
    ``ReadOnlyMedium`` says how to get them.
    """
    resolved = Path(path).resolve()
    text = str(resolved)
    query = "?mode=ro"
    if not folder_writable(resolved):
        wal = Path(f"{resolved}-wal")
        if wal.exists() and wal.stat().st_size > 0 and not Path(f"{resolved}-shm").exists():
            raise ReadOnlyMedium(
                f"{resolved.name} has changes in its -wal file and its folder cannot be written; "
                "copy the file together with its -wal file to a writable folder and open it there."
            )
        query += "&immutable=1"
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        # A UNC path: SQLite refuses a URI authority, so keep it empty and put the share in the path.
        return "file:////" + quote(text[2:].replace("\\", "/")) + query
    return resolved.as_uri() + query


class ReadOnlyMedium(BooksError):
    """The file is on read-only media in a state that cannot be read exactly there."""


def folder_writable(path: Path) -> bool:
    """Whether files can be created beside ``path`` (False on read-only media)."""
    return os.access(Path(path).parent, os.W_OK)


def hot_journal(path: Path) -> bool:
    """A rollback journal left by a crash (``-journal`` with content): an unfinished change."""
    journal = Path(f"{path}-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def recover_hot_journal(path: Path) -> None:
    """Roll back what a crash left unfinished, as SQLite does on any writable open; when the file
    or its folder cannot be written, say so and how to get out (instead of "read-only here")."""
    if not hot_journal(path):
        return
    if not (folder_writable(path) and os.access(path, os.W_OK)):
        raise ReadOnlyMedium(
            f"{Path(path).name} has an unfinished change left by a crash ({Path(path).name}-journal), "
            "and it cannot be rolled back here because the file or its folder is read-only. Copy the "
            "file together with its -journal file to a writable folder and open it there once; "
            "nothing will be lost."
        )
    conn = sqlite3.connect(os.fspath(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls the journal back
    finally:
        conn.close()


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write to the file (probe, backup source)."""
    conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


def fsync_path(path: Path, *, directory: bool = False) -> None:
    """Push a file (or a folder's entries) to the disk; folders cannot be fsynced on Windows."""
    if directory and os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private_file(path: Path) -> None:
    """Create an empty company file readable by the user only (0600), refusing to overwrite."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def looks_like_sqlite(path: Path) -> bool:
    """True when the file starts with SQLite's header (an empty file does not)."""
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def known_error_sentence(exc: BaseException) -> str | None:
    """A plain sentence for an SQLite failure the user can act on, or None for a bug."""
    raw = str(getattr(exc, "orig", exc))
    if GUARD_PREFIX in raw:  # a guard trigger refused to change an issued record
        said = raw.split(GUARD_PREFIX, 1)[1].strip().rstrip(".")
        return f"{said[:1].upper()}{said[1:]} (nothing was changed)."
    text = raw.lower()
    if "locked" in text or "busy" in text:
        return "The company file is busy in another window or script; try again in a moment."
    if "disk is full" in text or "database or disk is full" in text:
        return "The disk is full; nothing was saved. Free some space and try again."
    if "readonly" in text or "read-only" in text:
        return "The company file is read-only here; nothing was saved."
    if (
        "malformed" in text
        or "not a database" in text
        or "file is encrypted" in text
        or "could not decode" in text
        or "unsupported file format" in text
    ):
        return "The company file is damaged; restore it from a backup."
    if "unable to open" in text:
        return "The company file cannot be opened; check that the folder exists and is writable."
    if "no such column" in text or "no such table" in text or "malformed database schema" in text:
        return (
            "The structure of the company file does not match this version of Milestone Desk; "
            "it may be damaged. Restore it from a backup."
        )
    if "disk i/o error" in text:
        return "The disk reported an error while saving; nothing was saved."
    return None
