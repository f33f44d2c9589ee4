"""Keeping the company file safe, for the window and the command line.

One place the UI and CLI reach for backups, restore, the window lock and the location warning;
the work itself lives in ``persistence`` (backups, restore, lockfile, probe, location).
"""

from __future__ import annotations

import os
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
from milestone_desk.persistence.lockfile import FileInUse, Lock, LockInfo, acquire_window_lock, read_lock
from milestone_desk.persistence.outputs import output_refusal, write_output
from milestone_desk.persistence.probe import OpenProblem, probe_file
from milestone_desk.persistence.restore import check_backup, restore

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
