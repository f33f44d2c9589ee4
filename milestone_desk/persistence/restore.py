"""Put a backup back in place of a company file: checked first, swapped atomically, nothing lost.

The backup must be a sound company file of a revision this build knows. The file it replaces is
kept first (through the backup API when it is sound, as raw bytes when it is damaged), then the
restored copy is written beside the target, fsynced and moved over it with ``os.replace``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.persistence.backups import _private_dir, _publish, _utc, backup_dir_for, copy_database
from milestone_desk.persistence.lockfile import Lock, acquire_window_lock, begin_swap, end_swap
from milestone_desk.persistence.probe import OpenProblem, probe_file
from milestone_desk.persistence.sqlite import fsync_path, known_error_sentence

#: How long a restore waits for live writers and readers to let go of the file.
WAIT_SECONDS = 60.0


def check_backup(backup: Path) -> str:
    """The schema revision of a backup fit to restore; raises ``BooksError`` with a sentence if not."""
    try:
        revision = probe_file(backup)
    except OpenProblem as exc:
        if exc.kind == "missing":
            raise BadInput(f"There is no backup at {backup}.") from exc
        if exc.kind in ("not_sqlite", "foreign", "folder", "empty"):
            raise BadInput(f"{backup.name} cannot be restored: {exc}") from exc
        raise BooksError(f"{backup.name} cannot be restored: {exc}") from exc
    if revision is None:
        raise BadInput(f"{backup.name} cannot be restored: it holds no company books.")
    return revision


def _keep_replaced(target: Path, moment: datetime) -> Path:
    """Save the file about to be replaced: a real backup if sound, its raw bytes if damaged."""
    folder = backup_dir_for(target)
    _private_dir(folder)
    try:
        sound = probe_file(target) is not None
    except OpenProblem:
        sound = False
    tmp = folder / f".{target.stem}-pre-restore.{os.getpid()}.partial"
    tmp.unlink(missing_ok=True)
    try:
        if sound:
            copy_database(target, tmp)
        else:
            # Nothing reads a damaged file live; keep its bytes (and its WAL) for a specialist.
            shutil.copyfile(target, tmp)
            os.chmod(tmp, 0o600)
            fsync_path(tmp)
        slot = _publish(tmp, folder, target.stem, moment, "pre-restore")
        if not sound:
            wal = Path(f"{target}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                shutil.copyfile(wal, Path(f"{slot}-wal"))
                os.chmod(Path(f"{slot}-wal"), 0o600)
        fsync_path(folder, directory=True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return slot


def _drain_writers(target: Path, timeout: float) -> None:
    """Wait until no writer is inside a transaction (new ones see the swap marker and step back)."""
    conn = sqlite3.connect(target, timeout=timeout, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise BooksError(
            f"{target.name} is being written by another program that did not finish within "
            f"{timeout:.0f} s; nothing was replaced. Try again when it is done."
        ) from exc
    finally:
        conn.close()


def _quiesce_waiting(target: Path, timeout: float) -> None:
    """``_quiesce``, retried while readers or departing writers still have the file open."""
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        try:
            _quiesce(target)
            return
        except BooksError:
            if time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _quiesce(target: Path) -> None:
    """Fold the target's WAL into it and close it down, so no stale WAL meets the restored file.

    Switching a WAL database to rollback mode needs it to be the only connection: if another
    program is using the file, this fails and nothing is replaced.
    """
    wal, shm = Path(f"{target}-wal"), Path(f"{target}-shm")
    if not wal.exists() and not shm.exists():
        return
    try:
        probe_file(target)
        sound = True
    except OpenProblem as exc:
        if exc.kind == "unreadable":
            raise BooksError(f"{target.name} is in use or unreadable; nothing was replaced.") from exc
        sound = False
    if sound:
        conn = sqlite3.connect(target, timeout=5)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        except sqlite3.Error as exc:
            raise BooksError(
                f"{target.name} is in use by another program; close it there and restore again."
            ) from exc
        finally:
            conn.close()
        if mode is None or str(mode[0]).lower() != "delete":
            raise BooksError(f"{target.name} is in use by another program; close it there and restore again.")
    # A damaged file's WAL was kept with it in the pre-restore copy.
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)


def restore(
    backup: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    lock: Lock | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Replace ``target`` with ``backup``; returns where the replaced file was kept (None if none).

    A window restoring its own file closes its ``Books`` first and passes its ``lock``; otherwise the
    window lock is taken for the duration (``FileInUse`` when another window has the file open).
    """
    source = Path(backup).expanduser()
    dest = Path(target).expanduser()
    check_backup(source)
    if dest.exists() and dest.resolve() == source.resolve():
        raise BadInput("The backup and the company file are the same file.")
    if dest.is_dir():
        raise BadInput(f"{dest} is a folder; name the company file to restore into.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    own = lock is None
    held = acquire_window_lock(dest) if lock is None else lock
    if not own and held.path != dest.resolve():
        raise BadInput("The lock given belongs to another company file.")
    moment = _utc(now)
    tmp = dest.with_name(f".{dest.name}.restoring")
    # Every writer (window or script) honours the swap marker: from here on none begins a
    # transaction on the old file, and the ones already inside one are waited out before the
    # replaced file is copied, so a write confirmed before the swap is in the kept copy and one
    # confirmed after it is in the restored file.
    gen = begin_swap(dest)
    try:
        if dest.exists() and dest.stat().st_size > 0:
            try:
                probe_file(dest)
                _drain_writers(dest, WAIT_SECONDS)
            except OpenProblem:
                pass  # a damaged file has no writers to wait for; its bytes are kept as they are
        kept = _keep_replaced(dest, moment) if dest.exists() and dest.stat().st_size > 0 else None
        tmp.unlink(missing_ok=True)
        copy_database(source, tmp)
        if dest.exists():
            _quiesce_waiting(dest, WAIT_SECONDS)
        os.replace(tmp, dest)
        fsync_path(dest.parent, directory=True)
        return kept
    except sqlite3.Error as exc:
        raise BooksError(
            known_error_sentence(exc) or f"The restore failed ({exc}); {dest.name} was not changed."
        ) from exc
    except OSError as exc:
        raise BooksError(f"The restore failed: {exc.strerror}; {dest.name} was not changed.") from exc
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        end_swap(dest, gen)
        if own:
            held.release()
