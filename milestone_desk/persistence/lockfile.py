"""The window's lock file beside the company file: ``<file>.lock`` with pid, host and time.

Only windows take it (a second window is told who holds the file and offered read-only);
scripts never look at it — they queue for SQLite's own write lock (BEGIN IMMEDIATE + busy timeout).
A lock left by a crash is recovered: on the same host when its process is gone (or the machine
rebooted since), from another host when it was not refreshed for ``stale_after`` hours.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from milestone_desk.domain.errors import BooksError

STALE_AFTER_HOURS = 12.0
#: A takeover guard older than this is itself left over from a crash.
GUARD_STALE_SECONDS = 30.0


@dataclass(frozen=True)
class LockInfo:
    host: str
    pid: int
    since: datetime  # UTC, aware
    token: str


class FileInUse(BooksError):
    """Another window holds the company file; ``holder`` says who (None when unreadable)."""

    def __init__(self, path: Path, holder: LockInfo | None) -> None:
        self.path = path
        self.holder = holder
        if holder is None:
            text = f"{path.name} is being opened in another Milestone Desk window right now."
        else:
            text = (
                f"{path.name} is open in another Milestone Desk window "
                f"(on {holder.host}, process {holder.pid}, since "
                f"{holder.since:%Y-%m-%d %H:%M} UTC). Open it read-only, or close it there first."
            )
        super().__init__(text)


def lock_path_for(path: Path) -> Path:
    return Path(f"{path}.lock")


def _now() -> datetime:
    return datetime.now(UTC)


def _payload(token: str, now: datetime) -> bytes:
    data = {
        "app": "milestone-desk",
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "time": now.astimezone(UTC).isoformat(timespec="seconds"),
        "token": token,
    }
    return (json.dumps(data) + "\n").encode()


def read_lock(path: Path) -> LockInfo | None:
    """Who holds the window lock of a company file (None when there is none or it is unreadable)."""
    try:
        data: Any = json.loads(lock_path_for(path).read_text(encoding="utf-8"))
        since = datetime.fromisoformat(str(data["time"]))
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return LockInfo(str(data["host"]), int(data["pid"]), since, str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (without ever signalling it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():  # Linux: a recycled pid of an unrelated program does not hold our lock
        try:
            text = cmdline.read_bytes().decode("utf-8", "replace").lower()
        except OSError:
            return True
        return "python" in text or "milestone" in text
    return True


def _boot_time() -> datetime | None:
    try:
        for line in Path("/proc/stat").read_text().splitlines():
            if line.startswith("btime "):
                return datetime.fromtimestamp(int(line.split()[1]), UTC)
    except (OSError, ValueError):
        return None
    return None


def is_stale(info: LockInfo, *, now: datetime, stale_after_hours: float, touched: datetime) -> bool:
    """A lock whose holder is gone: dead pid here, rebooted since, or silent too long elsewhere."""
    if info.host == socket.gethostname():
        boot = _boot_time()
        if boot is not None and info.since < boot - timedelta(minutes=1):
            return True
        return not pid_alive(info.pid)
    return now - max(info.since, touched) > timedelta(hours=stale_after_hours)


class Lock:
    """A held window lock; ``refresh()`` now and then (e.g. every 10 minutes), ``release()`` at close."""

    def __init__(self, path: Path, token: str) -> None:
        self.path = path
        self.lock_path = lock_path_for(path)
        self.token = token
        self.released = False

    def held(self) -> bool:
        info = read_lock(self.path)
        return not self.released and info is not None and info.token == self.token

    def refresh(self, now: datetime | None = None) -> None:
        """Renew the time stamp so other hosts do not take the lock for stale."""
        if not self.held():
            return
        tmp = Path(f"{self.lock_path}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        try:
            os.write(fd, _payload(self.token, now or _now()))
        finally:
            os.close(fd)
        os.replace(tmp, self.lock_path)

    def release(self) -> None:
        """Give the file up (only removes the lock file if it is still ours)."""
        if self.released:
            return
        self.released = True
        info = read_lock(self.path)
        if info is not None and info.token == self.token:
            self.lock_path.unlink(missing_ok=True)

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _try_create(lock_path: Path, token: str, now: datetime) -> bool:
    try:
        fd = os.open(lock_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    try:
        os.write(fd, _payload(token, now))
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _remove_if_unchanged(path: Path, seen: LockInfo | None, seen_mtime: float) -> None:
    """Remove the stale lock we examined, unless someone replaced it meanwhile (under a guard)."""
    lock_path = lock_path_for(path)
    guard = Path(f"{lock_path}.takeover")
    try:
        fd = os.open(guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        try:
            if time.time() - guard.stat().st_mtime > GUARD_STALE_SECONDS:
                guard.unlink(missing_ok=True)
        except OSError:
            pass
        raise FileInUse(path, seen) from None
    os.close(fd)
    try:
        now_info = read_lock(path)
        try:
            mtime = lock_path.stat().st_mtime
        except FileNotFoundError:
            return
        same = (now_info == seen) if seen is not None else (now_info is None and mtime == seen_mtime)
        if same:
            lock_path.unlink(missing_ok=True)
    finally:
        guard.unlink(missing_ok=True)


def acquire_window_lock(
    path: str | os.PathLike[str],
    *,
    stale_after_hours: float = STALE_AFTER_HOURS,
    now: datetime | None = None,
) -> Lock:
    """Take the window lock of a company file, or raise ``FileInUse`` naming its holder."""
    path = Path(path).expanduser().resolve()
    lock_path = lock_path_for(path)
    token = uuid.uuid4().hex
    for _ in range(5):
        moment = now or _now()
        try:
            if _try_create(lock_path, token, moment):
                return Lock(path, token)
        except OSError as exc:
            raise BooksError(
                f"Cannot create the lock file beside {path.name}: {exc.strerror}; "
                "open it read-only or check the folder's permissions."
            ) from exc
        info = read_lock(path)
        try:
            mtime = lock_path.stat().st_mtime
        except FileNotFoundError:
            continue  # released meanwhile: try again
        touched = datetime.fromtimestamp(mtime, UTC)
        if info is None:
            # Unreadable: a holder still writing it (fresh), or garbage left by a crash (old).
            if moment - touched < timedelta(seconds=GUARD_STALE_SECONDS):
                raise FileInUse(path, None)
        elif not is_stale(info, now=moment, stale_after_hours=stale_after_hours, touched=touched):
            raise FileInUse(path, info)
        _remove_if_unchanged(path, info, mtime)
    raise FileInUse(path, read_lock(path))


# -- the swap marker: restore replaces the file; every writer honours it -----------------------------
#
# ``<file>.swap`` holds "<generation> busy|done" only while a restore runs: the restore sets it busy
# (generation + 1) before it copies anything and removes it once the new file is in place. A writer
# notes the generation and the file's inode when it connects and looks again right after
# ``BEGIN IMMEDIATE``: if a swap is under way, or the file at the path is another one (its inode
# changed; the old one cannot be reused while the writer still holds it open), it rolls back and
# reconnects to the file now at the path, so a confirmed write never lands in a file that was just
# replaced. So no writer needs the marker after the swap, and nothing is left beside the file.

#: How long a writer waits for a restore to finish before giving up with a sentence.
SWAP_WAIT_SECONDS = 120.0


def swap_path_for(path: Path) -> Path:
    return Path(f"{path}.swap")


def swap_state(path: Path) -> tuple[int, bool]:
    """(generation, busy) of the swap marker; (0, False) when there is none.

    A marker left busy by a restore that was killed (its process is gone) counts as done.
    """
    try:
        parts = swap_path_for(path).read_text(encoding="ascii").split()
        gen, busy = int(parts[0]), parts[1] == "busy"
        if busy and len(parts) > 3 and parts[3] == socket.gethostname() and not pid_alive(int(parts[2])):
            busy = False
        return gen, busy
    except (OSError, ValueError, IndexError):
        return 0, False


def _write_swap(path: Path, gen: int, state: str) -> None:
    marker = swap_path_for(path)
    tmp = Path(f"{marker}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        os.write(fd, f"{gen} {state} {os.getpid()} {socket.gethostname()}\n".encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, marker)


def begin_swap(path: Path) -> int:
    """Tell every writer that the file is about to be replaced; returns the new generation."""
    gen, busy = swap_state(path)
    if busy:
        raise BooksError(f"{path.name} is being restored by another program right now; try again later.")
    _write_swap(path, gen + 1, "busy")
    return gen + 1


def end_swap(path: Path, gen: int) -> None:
    """The new file is in place: writers may go on (they reconnect to it); the marker goes.

    Only the restore that set generation ``gen`` removes it (a later one may have taken over).
    """
    if swap_state(path)[0] == gen:
        swap_path_for(path).unlink(missing_ok=True)


def wait_for_swap(path: Path, timeout: float = SWAP_WAIT_SECONDS) -> int:
    """Wait while a restore is under way; returns the generation to connect under."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        gen, busy = swap_state(path)
        if not busy:
            return gen
        if time.monotonic() > deadline:
            raise BooksError(
                f"{path.name} is being restored and the restore did not finish; try again later."
            )
        time.sleep(delay)
        delay = min(delay * 2, 0.25)
