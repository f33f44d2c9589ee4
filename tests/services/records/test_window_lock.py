"""The window lock: a second window is refused with the holder named; stale locks are recovered;
scripts are never locked out."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from milestone_desk.domain.errors import BooksError
from milestone_desk.services.core.books import Books
from milestone_desk.services.records import filesafety
from milestone_desk.services.records.filesafety import FileInUse, acquire_window_lock, read_lock
from tests.conftest import run_cli_process


def write_lock(path: Path, *, host: str, pid: int, since: datetime, age_seconds: float = 0) -> Path:
    lock = Path(f"{path.resolve()}.lock")
    lock.write_text(
        json.dumps(
            {"app": "milestone-desk", "host": host, "pid": pid, "time": since.isoformat(), "token": "x"}
        )
    )
    if age_seconds:
        t = time.time() - age_seconds
        os.utime(lock, (t, t))
    return lock


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_second_acquire_is_refused_with_the_holder(db_path: Path, books: Books) -> None:
    lock = acquire_window_lock(db_path)
    assert lock.held()
    lock_file = Path(f"{db_path.resolve()}.lock")
    assert lock_file.stat().st_mode & 0o777 == 0o600
    with pytest.raises(FileInUse) as info:
        acquire_window_lock(db_path)
    err = info.value
    assert isinstance(err, BooksError)
    assert err.holder is not None
    assert err.holder.pid == os.getpid() and err.holder.host == socket.gethostname()
    assert str(os.getpid()) in str(err) and "read-only" in str(err)
    lock.release()
    assert not lock_file.exists()
    again = acquire_window_lock(db_path)
    again.release()


def test_a_lock_of_a_dead_process_on_this_host_is_recovered(db_path: Path, books: Books) -> None:
    write_lock(db_path, host=socket.gethostname(), pid=dead_pid(), since=datetime.now(UTC))
    lock = acquire_window_lock(db_path)
    info = read_lock(db_path)
    assert info is not None and info.pid == os.getpid() and info.token == lock.token
    lock.release()


def test_a_live_holder_on_this_host_keeps_the_lock(db_path: Path, books: Books) -> None:
    old = datetime.now(UTC) - timedelta(days=3)
    write_lock(
        db_path, host=socket.gethostname(), pid=os.getpid(), since=max(old, _boot()), age_seconds=3 * 86400
    )
    with pytest.raises(FileInUse):
        acquire_window_lock(db_path)


def _boot() -> datetime:
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith("btime "):
            return datetime.fromtimestamp(int(line.split()[1]), UTC) + timedelta(minutes=5)
    return datetime.now(UTC)


def test_another_hosts_lock_is_stale_only_after_hours(db_path: Path, books: Books) -> None:
    now = datetime.now(UTC)
    write_lock(db_path, host="office-pc", pid=4242, since=now - timedelta(minutes=5), age_seconds=300)
    with pytest.raises(FileInUse) as info:
        acquire_window_lock(db_path)
    assert info.value.holder is not None and info.value.holder.host == "office-pc"
    write_lock(db_path, host="office-pc", pid=4242, since=now - timedelta(hours=13), age_seconds=13 * 3600)
    lock = acquire_window_lock(db_path)
    lock.release()


def test_refresh_keeps_a_long_session_fresh(db_path: Path, books: Books) -> None:
    lock = acquire_window_lock(db_path, now=datetime.now(UTC) - timedelta(hours=20))
    lock.refresh()
    info = read_lock(db_path)
    assert info is not None and datetime.now(UTC) - info.since < timedelta(minutes=1)
    assert info.token == lock.token
    lock.release()


def test_garbage_lock_file(db_path: Path, books: Books) -> None:
    lock_file = Path(f"{db_path.resolve()}.lock")
    lock_file.write_text("{half written")
    with pytest.raises(FileInUse):  # maybe a holder still writing it
        acquire_window_lock(db_path)
    t = time.time() - 120
    os.utime(lock_file, (t, t))
    acquire_window_lock(db_path).release()


def test_a_killed_window_process_leaves_a_lock_that_is_recovered(db_path: Path, books: Books) -> None:
    code = (
        "import sys, time\n"
        "from milestone_desk.services.records.filesafety import acquire_window_lock\n"
        f"lock = acquire_window_lock({str(db_path)!r})\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(FileInUse) as info:
            acquire_window_lock(db_path)
        assert info.value.holder is not None and info.value.holder.pid == proc.pid
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
    lock = acquire_window_lock(db_path)
    assert lock.held()
    lock.release()


def test_scripts_write_while_a_window_holds_the_file(db_path: Path, books: Books) -> None:
    from milestone_desk.services.billing import invoicing
    from milestone_desk.services.firm import milestones

    milestones.complete_milestone(books, "P-001", "Deposit", None)
    number = invoicing.issue_invoice(books, "P-001", "Deposit", None)
    lock = acquire_window_lock(db_path)
    window = Books.open(db_path)  # the window's own connection stays open
    try:
        with window.read() as s:
            s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM invoices")).all()
        proc = run_cli_process("pay", str(db_path), number, "100.00")
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip().startswith("RCT-")
        readonly = Books.open(db_path, readonly=True)  # what a refused second window gets
        readonly.close()
    finally:
        window.close()
        lock.release()


def test_scripts_wait_for_a_window_transaction(db_path: Path, books: Books) -> None:
    """A CLI writer queues behind a write transaction (BEGIN IMMEDIATE + busy timeout)."""
    from milestone_desk.services.billing import invoicing
    from milestone_desk.services.firm import milestones

    milestones.complete_milestone(books, "P-001", "Deposit", None)
    number = invoicing.issue_invoice(books, "P-001", "Deposit", None)
    proc: subprocess.Popen[str] | None = None
    with books.write() as s:
        s.execute(__import__("sqlalchemy").text("UPDATE settings SET value = value"))
        proc = subprocess.Popen(
            [sys.executable, "-m", "milestone_desk", "pay", str(db_path), number, "50.00"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.5)
        assert proc.poll() is None  # waiting its turn, not failed
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.strip().startswith("RCT-")


def test_restore_refuses_while_another_window_holds_the_file(
    db_path: Path, books: Books, tmp_path: Path
) -> None:
    backup = filesafety.make_backup(db_path, tmp_path / "out")
    lock = acquire_window_lock(db_path)
    try:
        with pytest.raises(FileInUse):
            filesafety.restore(backup, db_path)
        books.close()  # the window's own restore closes its books (its pooled connections) first
        assert filesafety.restore(backup, db_path, lock=lock) is not None  # the window's own restore
    finally:
        lock.release()
