"""Keeping the company file safe, for the window and the command line.

One place the UI and CLI reach for backups, restore, the window lock and the location warning;
the work itself lives in ``persistence`` (backups, restore, lockfile, probe, location).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from milestone_desk.persistence.backups import (
    BackupInfo,
    backup_dir_for,
    backups_of,
    daily_backup_if_due,
    make_backup,
    rotate,
)
from milestone_desk.persistence.location import risky_location
from milestone_desk.persistence.lockfile import (
    FileInUse,
    Lock,
    LockInfo,
    acquire_window_lock,
    pid_alive,
    read_lock,
)
from milestone_desk.persistence.outputs import output_refusal, write_output
from milestone_desk.persistence.probe import OpenProblem, probe_file
from milestone_desk.persistence.restore import check_backup
from milestone_desk.persistence.restore import restore as _restore

__all__ = [
    "BackupInfo",
    "BackupRow",
    "FileInUse",
    "Lock",
    "LockInfo",
    "OpenProblem",
    "acquire_window_lock",
    "backup_dir_for",
    "backup_rows",
    "backups_of",
    "check_backup",
    "daily_backup_if_due",
    "make_backup",
    "output_refusal",
    "pid_alive",
    "probe_file",
    "read_lock",
    "restore",
    "risky_location",
    "rotate",
    "write_output",
]


@dataclass(frozen=True)
class BackupRow:
    """A backup as the restore dialog lists it."""

    path: Path
    taken_at: datetime  # UTC, aware
    kind: str
    size: int


def backup_rows(path: str | os.PathLike[str]) -> list[BackupRow]:
    """The backups of a company file, newest first, as plain rows for the window."""
    return [BackupRow(b.path, b.taken_at, b.kind, b.size) for b in backups_of(Path(path).expanduser())]


def backup_findings(backup: Path) -> list[str]:
    """What ``check`` reports about a backup (an older revision is checked on an upgraded copy)."""
    from milestone_desk.persistence import schema
    from milestone_desk.persistence.backups import copy_database
    from milestone_desk.services.core.books import Books
    from milestone_desk.services.records.queries.check import check_report

    revision = check_backup(backup)
    if not schema.needs_upgrade(revision):
        with Books.open(backup, create=False, readonly=True) as books:
            return [f.text for f in check_report(books).findings]
    with tempfile.TemporaryDirectory(prefix="mdesk-check-") as folder:
        copy = Path(folder) / "upgraded.mdesk"
        copy_database(backup, copy)
        with Books.open(copy, create=False) as books:
            return [f.text for f in check_report(books).findings]


def restore(
    backup: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    lock: Lock | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Put a backup in place of the company file, only if the backup passes ``check``.

    Returns where the replaced file was kept; see ``persistence.restore.restore`` for the swap.
    """
    from milestone_desk.domain.errors import BooksError

    source = Path(backup).expanduser()
    found = backup_findings(source)
    if found:
        more = f" (and {len(found) - 1} more problem(s))" if len(found) > 1 else ""
        raise BooksError(f"{source.name} fails the check and was not restored: {found[0]}{more}")
    return _restore(source, target, lock=lock, now=now)
