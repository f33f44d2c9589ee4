"""Backups of the company file with SQLite's online backup API, their rotation, and restore.

A backup is never a file copy of a live database: ``sqlite3.Connection.backup`` reads a consistent
snapshot through a read-only connection while other windows and scripts keep working. Backups are
single self-contained files (rollback journal mode), 0600 in a 0700 folder, named with UTC time:
``<stem>-20260131T184500Z-daily.mdesk``. By default they go to ``data_dir()/backups/<stem>/``.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from milestone_desk.domain.errors import BooksError
from milestone_desk.paths import FILE_SUFFIX, data_dir
from milestone_desk.persistence.probe import probe_file
from milestone_desk.persistence.sqlite import connect_readonly, fsync_path, known_error_sentence

Clock = Callable[[], datetime]

#: Kinds of backup; only the automatic "daily" ones rotate (7 daily, 4 weekly); every on-demand
#: ("manual") backup is kept until the user deletes it; pre-upgrade and pre-restore keep their newest 10.
KINDS = ("daily", "manual", "pre-upgrade", "pre-restore")
ROTATED = ("daily",)
KEPT = ("manual",)
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_OTHER = 10
MARKER = "source.txt"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<ts>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<kind>daily|manual|pre-upgrade|pre-restore)"
    + re.escape(FILE_SUFFIX)
    + "$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, aware
    kind: str
    size: int


def _utc(now: datetime | None) -> datetime:
    moment = now or datetime.now(UTC)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        os.chmod(folder, 0o700)


def backup_dir_for(path: Path, *, create: bool = True) -> Path:
    """The default backup folder of a company file: ``data_dir()/backups/<stem>/``.

    A marker file names the company file a folder belongs to, so two files with the same name in
    different folders never share (and never rotate away) each other's backups.
    """
    resolved = str(Path(path).expanduser().resolve())
    base = data_dir() / "backups"
    stem = Path(path).stem
    digest = hashlib.sha256(resolved.encode()).hexdigest()[:8]
    for candidate in (base / stem, base / f"{stem}-{digest}"):
        marker = candidate / MARKER
        try:
            owner = marker.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            owner = None
        except OSError:
            continue
        if owner == resolved:
            return candidate
        if owner is None:
            if create:
                _private_dir(base)
                _private_dir(candidate)
                marker.write_text(resolved + "\n", encoding="utf-8")
                os.chmod(marker, 0o600)
            return candidate
    return base / f"{stem}-{digest}"


def parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match["ts"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return taken, match["kind"]


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in a folder, newest first (unfinished or empty files left out)."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        parsed = parse_name(entry)
        if parsed is None or not entry.is_file():
            continue
        size = entry.stat().st_size
        if size > 0:
            found.append(BackupInfo(entry, parsed[0], parsed[1], size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def backups_of(path: Path) -> list[BackupInfo]:
    """The backups of a company file in its default folder, newest first."""
    return list_backups(backup_dir_for(path, create=False))


def _reserve(folder: Path, stem: str, moment: datetime, kind: str) -> Path:
    """Claim a unique backup name (an empty placeholder; ``_publish`` is preferred for new backups)."""
    for target in _names(folder, stem, moment, kind):
        try:
            fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return target
    raise BooksError(f"Too many backups at {moment:%Y%m%dT%H%M%SZ} in {folder}.")


def _names(folder: Path, stem: str, moment: datetime, kind: str) -> Iterable[Path]:
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")
    for n in range(1, 1000):
        extra = "" if n == 1 else f"-{n}"
        yield folder / f"{stem}-{stamp}{extra}-{kind}{FILE_SUFFIX}"


def _publish(tmp: Path, folder: Path, stem: str, moment: datetime, kind: str) -> Path:
    """Give a finished, checked copy its unique backup name without ever replacing another backup.

    Nothing named like a backup exists until the copy is whole: a killed backup leaves only a
    hidden ``.partial`` file, which the next backup removes.
    """
    for target in _names(folder, stem, moment, kind):
        try:
            os.link(tmp, target)  # fails if the name is taken: never overwrites
        except FileExistsError:
            continue
        except OSError:  # no hard links here (some network or FAT drives)
            if target.exists():
                continue
            os.replace(tmp, target)
            return target
        tmp.unlink(missing_ok=True)
        return target
    raise BooksError(f"Too many backups at {moment:%Y%m%dT%H%M%SZ} in {folder}.")


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove what killed backups left: hidden ``.partial`` copies whose process is gone, and empty
    files named like backups (from older versions)."""
    from milestone_desk.persistence.lockfile import pid_alive

    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        name = entry.name
        try:
            if name.startswith(".") and name.endswith(".partial"):
                pid_text = name.rsplit(".", 2)[-2]
                if pid_text.isdigit() and pid_alive(int(pid_text)) and int(pid_text) != os.getpid():
                    continue
                if pid_text.isdigit() and int(pid_text) == os.getpid():
                    continue
                entry.unlink()
                Path(f"{entry}-journal").unlink(missing_ok=True)
                removed.append(entry)
            elif parse_name(entry) is not None and entry.is_file() and entry.stat().st_size == 0:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed


def copy_database(source: Path, target: Path) -> None:
    """Copy a database through the online backup API into a new private file, then check the copy.

    ``target`` must not exist; on failure it is removed. The copy uses a rollback journal so it is
    one self-contained file.
    """
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = connect_readonly(source)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                if [r[0] for r in dst.execute("PRAGMA quick_check")] != ["ok"]:
                    raise BooksError(f"The backup of {source.name} did not check out; nothing was kept.")
            finally:
                dst.close()
        finally:
            src.close()
        fsync_path(target)
    except BaseException:
        for sfx in ("", "-journal"):
            Path(f"{target}{sfx}").unlink(missing_ok=True)
        raise


def make_backup(
    path: str | os.PathLike[str],
    dest_dir: str | os.PathLike[str] | None = None,
    *,
    kind: str = "manual",
    now: datetime | None = None,
) -> Path:
    """Back a sound company file up; returns the backup's path.

    Into ``dest_dir`` when given (never rotated there), else into the default folder, which is
    then rotated. A damaged or foreign file is refused (``OpenProblem``) and not touched.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    source = Path(path).expanduser()
    probe_file(source)
    moment = _utc(now)
    try:
        if dest_dir is None:
            folder = backup_dir_for(source)
            _private_dir(folder)
        else:
            folder = Path(dest_dir).expanduser()
            if not folder.exists():
                _private_dir(folder)
            elif not folder.is_dir():
                raise BooksError(f"{folder} is not a folder; choose a folder for the backup.")
        clean_leftovers(folder)
        stamp = moment.strftime("%Y%m%dT%H%M%SZ")
        tmp = folder / f".{source.stem}-{stamp}-{kind}.{os.getpid()}.partial"
        try:
            copy_database(source, tmp)
            final = _publish(tmp, folder, source.stem, moment, kind)
            fsync_path(folder, directory=True)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except sqlite3.Error as exc:
        raise BooksError(
            known_error_sentence(exc) or f"The backup of {source.name} failed ({exc}); nothing was kept."
        ) from exc
    except OSError as exc:
        raise BooksError(f"The backup of {source.name} failed: {exc.strerror}; nothing was kept.") from exc
    if dest_dir is None:
        rotate(folder)
    return final


def _keep_periods(
    infos: Iterable[BackupInfo], period: Callable[[BackupInfo], object], count: int, keep: set[Path]
) -> None:
    """Keep the newest backup of each of the ``count`` latest periods not already kept (borg-style)."""
    seen: set[object] = set()
    kept = 0
    for info in infos:
        if kept >= count:
            return
        p = period(info)
        if p in seen:
            continue
        seen.add(p)
        if info.path not in keep:
            keep.add(info.path)
            kept += 1


def rotate(
    folder: Path,
    *,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
    keep_other: int = KEEP_OTHER,
) -> list[Path]:
    """Delete backups beyond the rotation; returns what was deleted.

    Daily and manual backups: the newest of each of the last ``keep_daily`` days, then the newest of
    each of ``keep_weekly`` earlier ISO weeks. Pre-upgrade and pre-restore backups: the newest
    ``keep_other`` of each kind (a migration's backup is not rotated away by the next day's).
    """
    infos = list_backups(folder)
    rotated = [b for b in infos if b.kind in ROTATED]
    keep: set[Path] = set()
    _keep_periods(rotated, lambda b: b.taken_at.date(), keep_daily, keep)
    _keep_periods(rotated, lambda b: b.taken_at.isocalendar()[:2], keep_weekly, keep)
    keep.update(b.path for b in infos if b.kind in KEPT)
    for kind in KINDS:
        if kind not in ROTATED and kind not in KEPT:
            keep.update(b.path for b in [b for b in infos if b.kind == kind][:keep_other])
    deleted: list[Path] = []
    for info in infos:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            Path(f"{info.path}-wal").unlink(missing_ok=True)
            deleted.append(info.path)
    return deleted


def daily_backup_if_due(path: str | os.PathLike[str], *, now: datetime | None = None) -> Path | None:
    """Back up once a day (UTC) when the window opens a file; None when today's backup exists."""
    source = Path(path).expanduser()
    moment = _utc(now)
    for info in backups_of(source):
        if info.kind in ROTATED + KEPT and info.taken_at.date() == moment.date():  # a manual one counts
            return None
    return make_backup(source, kind="daily", now=moment)
