"""Issue 13, point 4: reading commands work on read-only media; a hot journal is recovered or explained."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.persistence.sqlite import hot_journal
from milestone_desk.services.core.books import Books
from tests.trust_helpers import export_of, issue


def _can_mount_readonly(tmp: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"mount --bind {tmp} {tmp} && mount -o remount,ro,bind {tmp} {tmp}"],
        capture_output=True,
    )
    return probe.returncode == 0


READERS = [
    ["check"],
    ["check", "--json"],
    ["export"],
    ["csv", "invoices", "-o", "{out}/inv.csv"],
    ["aging"],
    ["ledger"],
    ["pdf", "--invoice", "{number}", "-o", "{out}/inv.pdf"],
    ["aging-pdf", "-o", "{out}/aging.pdf"],
    ["ledger-pdf", "P-001", "-o", "{out}/ledger.pdf"],
    ["backup", "-o", "{out}"],
]


@pytest.mark.slow
def test_every_reading_command_works_on_read_only_media(books: Books, db_path: Path, tmp_path: Path) -> None:
    number = issue(books, "Deposit")
    books.close()
    medium = tmp_path / "medium"
    medium.mkdir()
    shutil.copyfile(db_path, medium / "books.mdesk")
    os.chmod(medium / "books.mdesk", 0o444)
    os.chmod(medium, 0o555)
    if not _can_mount_readonly(medium):
        pytest.skip("cannot mount a read-only medium here (needs unshare -m)")
    out = tmp_path / "out"
    out.mkdir()
    lines = []
    for cmd in READERS:
        args = [a.format(out=out, number=number) for a in cmd]
        argv = " ".join(
            [sys.executable, "-m", "milestone_desk", args[0], str(medium / "books.mdesk"), *args[1:]]
        )
        lines.append(f'{argv} >/dev/null 2>>{out}/err.txt; echo "{args[0]} $?"')
    script = (
        f"mount --bind {medium} {medium} && mount -o remount,ro,bind {medium} {medium} && touch {medium}/x; "
        + ("; ".join(lines))
    )
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()))
    res = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, env=env, timeout=600
    )
    assert "Read-only file system" in res.stderr  # the medium really refused writes
    codes = [line.split() for line in res.stdout.splitlines()]
    assert [c[1] for c in codes] == ["0"] * len(READERS), (codes, (out / "err.txt").read_text())
    assert sorted(p.name for p in medium.iterdir()) == ["books.mdesk"]  # nothing written beside it


def _crash_mid_write(path: Path) -> None:
    """Leave a hot rollback journal: a rollback-mode file, a big change half written, then SIGKILL."""
    code = textwrap.dedent(
        f"""
        import os, signal, sqlite3
        con = sqlite3.connect({str(path)!r}, isolation_level=None)
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("PRAGMA cache_size=1")
        con.execute("BEGIN IMMEDIATE")
        con.execute("DROP TRIGGER IF EXISTS guard_audit_events_no_update")
        con.execute("UPDATE audit_events SET before = before || printf('%.4000c', 'x')")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert res.returncode == -9, res.stderr


def test_a_hot_journal_is_rolled_back_when_the_folder_is_writable(
    books: Books, db_path: Path, cli: Any
) -> None:
    issue(books, "Deposit")
    books.close()
    before = export_of(db_path)
    _crash_mid_write(db_path)
    assert hot_journal(db_path)
    r = cli("check", str(db_path))
    assert r.code == 0, r
    assert not hot_journal(db_path)
    assert export_of(db_path) == before


def test_a_hot_journal_on_read_only_media_is_explained(
    books: Books, db_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    issue(books, "Deposit")
    books.close()
    _crash_mid_write(db_path)
    from milestone_desk.persistence import sqlite as sqlite_mod

    monkeypatch.setattr(sqlite_mod, "folder_writable", lambda p: False)
    r = cli("check", str(db_path))
    assert r.code == 1
    assert "unfinished change left by a crash" in r.err and "writable folder" in r.err
    assert "read-only here" not in r.err
    assert hot_journal(db_path)  # left as it was for the user to carry over
