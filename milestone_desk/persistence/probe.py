"""Look at a company file without writing to it: is it sound, ours, and a revision we know?

``probe_file`` runs before any connection that may write (and before any migration), so a
damaged, foreign or newer file is refused with a plain sentence and left byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from milestone_desk.domain.errors import BooksError
from milestone_desk.persistence import schema
from milestone_desk.persistence.sqlite import (
    SQLITE_MAGIC,
    connect_readonly,
    known_error_sentence,
    recover_hot_journal,
)

#: Tables every Milestone Desk company file has had since revision 0001.
CORE_TABLES = frozenset({"company", "clients", "projects", "milestones", "invoices", "payments"})

#: What went wrong, for the window to choose what to offer (restore, read-only, cancel).
KINDS = ("missing", "folder", "empty", "not_sqlite", "damaged", "foreign", "newer", "unreadable")


class OpenProblem(BooksError):
    """The company file cannot be opened as it is; ``kind`` is one of ``KINDS``."""

    def __init__(self, kind: str, sentence: str, path: Path) -> None:
        super().__init__(sentence)
        self.kind = kind
        self.path = path

    @property
    def restorable(self) -> bool:
        """Restoring a backup over it makes sense (it is not simply in use or unreadable)."""
        return self.kind in ("empty", "not_sqlite", "damaged", "foreign", "newer")


def _side_files(path: Path) -> dict[str, bool]:
    return {sfx: Path(f"{path}{sfx}").exists() for sfx in ("-wal", "-shm")}


def _tidy_side_files(path: Path, before: dict[str, bool]) -> None:
    """Remove an empty -wal/-shm that our read-only look created on a file nobody can use."""
    wal = Path(f"{path}-wal")
    if before["-wal"] or before["-shm"] or not wal.exists():
        return
    try:
        if wal.stat().st_size == 0:
            wal.unlink()
            Path(f"{path}-shm").unlink(missing_ok=True)
    except OSError:
        pass


def probe_file(path: Path) -> str | None:
    """The schema revision of an existing company file; None for an SQLite file with no tables.

    Raises ``OpenProblem`` (a ``BooksError``) with one sentence for anything else; never writes.
    """
    name = path.name
    try:
        if not path.exists():
            raise OpenProblem("missing", f"There is no company file at {path}.", path)
        if path.is_dir():
            raise OpenProblem("folder", f"{path} is a folder, not a company file.", path)
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise OpenProblem("unreadable", f"{path} cannot be read: {exc.strerror}.", path) from exc
    if size == 0:
        raise OpenProblem(
            "empty", f"{name} is empty (0 bytes): it holds no books. Restore it from a backup.", path
        )
    if not head.startswith(SQLITE_MAGIC):
        raise OpenProblem("not_sqlite", f"{name} is not a Milestone Desk company file.", path)
    if len(head) < 100:
        raise OpenProblem(
            "damaged", f"{name} is cut short (only {size} bytes); restore it from a backup.", path
        )
    # The one write a look may make: rolling back what a crash left unfinished (a hot journal),
    # exactly as SQLite does on any writable open; on read-only media it is explained instead.
    recover_hot_journal(path)
    before = _side_files(path)
    try:
        return _look_inside(path)
    except OpenProblem as exc:
        # Only a damaged file is surely used by nobody; a foreign or newer one may be live elsewhere.
        if exc.kind == "damaged":
            _tidy_side_files(path, before)
        raise


#: Above this size the check at open leaves out the tables that hold frozen documents.
FULL_CHECK_MAX_BYTES = 256 << 20


def _quick_check(conn: sqlite3.Connection, path: Path) -> bool:
    """``PRAGMA quick_check`` of the whole file; on a big file, of every table without stored documents.

    A real ten-year firm keeps ~45 KB of frozen PDF per document (~2 GB): checking those pages at
    every open read the whole file (2-3 s, 14 s cold). On such a file the open checks the structure
    of the books themselves (every table and index without a BLOB column, and the schema); the
    document tables are checked by ``milestone-desk check`` (and are re-verified against their
    SHA-256 there), and any damaged page still fails the query that reads it with a plain sentence.
    """
    if path.stat().st_size <= FULL_CHECK_MAX_BYTES:
        return [str(r[0]) for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    tables = [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        kinds = {str(r[2]).upper() for r in conn.execute(f"PRAGMA table_info({quoted})")}
        if "BLOB" in kinds:
            continue
        if [str(r[0]) for r in conn.execute(f"PRAGMA quick_check({quoted})")] != ["ok"]:
            return False
    return True


def _look_inside(path: Path) -> str | None:
    name = path.name
    damaged = f"{name} is damaged; restore it from a backup."
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise _problem(exc, path) from exc
    try:
        if not _quick_check(conn, path):
            raise OpenProblem("damaged", damaged, path)
        tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise OpenProblem(
                    "foreign",
                    f"{name} is a database of another program, not a Milestone Desk company file.",
                    path,
                )
            return None
        versions = [str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")]
        if not CORE_TABLES <= tables:
            raise OpenProblem(
                "foreign",
                f"{name} is a database of another program, not a Milestone Desk company file.",
                path,
            )
        if len(versions) != 1:
            raise OpenProblem("damaged", damaged, path)
        if versions[0] not in schema.KNOWN:
            raise OpenProblem(
                "newer",
                f"{name} was written by a newer version of Milestone Desk (schema {versions[0]}); "
                "install the newer version to open it.",
                path,
            )
        return versions[0]
    except sqlite3.Error as exc:
        raise _problem(exc, path) from exc
    except UnicodeDecodeError as exc:  # a flipped byte inside a text value or a message
        raise OpenProblem("damaged", damaged, path) from exc
    finally:
        conn.close()


def _problem(exc: sqlite3.Error, path: Path) -> OpenProblem:
    text = str(exc).lower()
    if isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text
        or "malformed" in text
        or "corrupt" in text
        or "unsupported file format" in text
        or "disk image" in text
        or "encrypted" in text
    ):
        return OpenProblem("damaged", f"{path.name} is damaged; restore it from a backup.", path)
    sentence = known_error_sentence(exc)
    if sentence and ("busy" in sentence or "locked" in sentence):
        return OpenProblem("unreadable", sentence, path)
    if not os.access(path, os.R_OK):
        return OpenProblem("unreadable", f"{path.name} cannot be read: permission denied.", path)
    return OpenProblem(
        "damaged",
        sentence or f"{path.name} cannot be opened ({exc}); restore it from a backup.",
        path,
    )
