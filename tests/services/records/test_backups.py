"""Backups (online backup API), rotation, daily backup, restore round trip, and permissions."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from milestone_desk.domain.errors import BooksError
from milestone_desk.paths import data_dir
from milestone_desk.services.billing import invoicing
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.records import filesafety


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def issue_deposit(books: Books) -> str:
    milestones.complete_milestone(books, "P-001", "Deposit", date(2026, 1, 10))
    return invoicing.issue_invoice(books, "P-001", "Deposit", date(2026, 1, 10))


def test_backup_restore_round_trip(cli: Any, books: Books, db_path: Path) -> None:
    number = issue_deposit(books)
    books.close()
    exported = cli("export", str(db_path)).out
    result = cli("backup", str(db_path))
    assert result.code == 0, result.err
    backup = Path(result.out.strip())
    assert backup.parent == data_dir() / "backups" / "company"
    assert mode(backup) == 0o600 and mode(backup.parent) == 0o700 and mode(backup.parent.parent) == 0o700
    assert backup.name.startswith("company-") and backup.name.endswith("Z-manual.mdesk")
    assert not Path(f"{backup}-wal").exists()  # one self-contained file

    paid = cli("pay", str(db_path), number, "100.00")
    assert paid.code == 0
    assert cli("export", str(db_path)).out != exported

    restored = cli("restore", str(backup), str(db_path))
    assert restored.code == 0, restored.err
    assert cli("export", str(db_path)).out == exported
    assert cli("check", str(db_path)).code == 0
    assert mode(db_path) == 0o600
    kept = [b for b in filesafety.backups_of(db_path) if b.kind == "pre-restore"]
    assert len(kept) == 1 and str(kept[0].path) in restored.out
    with Books.open(kept[0].path, readonly=True) as old:  # the replaced file, payment and all
        with old.read() as s:
            assert s.execute(text("SELECT count(*) FROM payments")).scalar_one() == 1


def test_backup_to_a_chosen_folder(cli: Any, books: Books, db_path: Path, tmp_path: Path) -> None:
    books.close()
    # A missing folder is bad input like for every other writer (review finding 18): a mistyped -o
    # must not silently create a folder tree the user will not look in.
    missing = cli("backup", str(db_path), "-o", str(tmp_path / "usb" / "backups"))
    assert missing.code == 2 and "does not exist" in missing.err
    (tmp_path / "usb" / "backups").mkdir(parents=True)
    result = cli("backup", str(db_path), "-o", str(tmp_path / "usb" / "backups"))
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.parent == tmp_path / "usb" / "backups" and mode(path) == 0o600
    assert cli("export", str(path)).out == cli("export", str(db_path)).out


def test_backup_sees_only_committed_data_while_a_writer_works(
    books: Books, db_path: Path, tmp_path: Path
) -> None:
    with books.write() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('uncommitted', 'x')"))
        backup = filesafety.make_backup(db_path, tmp_path / "b")
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM settings WHERE key='uncommitted'").fetchone()[0] == 0
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def test_backup_and_reading_commands_never_write_the_company_file(
    cli: Any, books: Books, db_path: Path
) -> None:
    books.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    for argv in (
        ["backup", str(db_path)],
        ["check", str(db_path)],
        ["ledger", str(db_path)],
        ["export", str(db_path)],
    ):
        assert cli(*argv).code == 0
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    wal = Path(f"{db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_rotation_keeps_seven_daily_and_four_weekly(books: Books, db_path: Path) -> None:
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)  # a Thursday
    for day in range(60):
        for hour in (0, 8):  # two a day: only the newest of a day is kept
            filesafety.make_backup(db_path, kind="daily", now=start + timedelta(days=day, hours=hour))
    pre = filesafety.make_backup(db_path, kind="pre-upgrade", now=start)
    kept = filesafety.backups_of(db_path)
    daily = sorted(b.taken_at for b in kept if b.kind == "daily")
    last = start + timedelta(days=59, hours=8)
    expected_daily = [last - timedelta(days=d) for d in range(6, -1, -1)]
    # Weeks before the kept days: the newest backup of each of the 4 previous ISO weeks (Sundays).
    first_kept = expected_daily[0]
    sundays = [
        d for d in (last - timedelta(days=n) for n in range(60)) if d < first_kept and d.weekday() == 6
    ]
    expected_weekly = sorted(sundays[:4])
    assert daily == expected_weekly + expected_daily
    assert len(daily) == 11
    assert pre.exists()  # a migration's backup is not rotated away by dailies


def test_daily_backup_once_a_day(books: Books, db_path: Path) -> None:
    day1 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    first = filesafety.daily_backup_if_due(db_path, now=day1)
    assert first is not None and first.name.endswith("-daily.mdesk") and mode(first) == 0o600
    assert filesafety.daily_backup_if_due(db_path, now=day1 + timedelta(hours=10)) is None
    second = filesafety.daily_backup_if_due(db_path, now=day1 + timedelta(days=1))
    assert second is not None and second != first
    assert [b.path for b in filesafety.backups_of(db_path)] == [second, first]


def test_two_files_with_one_name_keep_separate_backups(books: Books, db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "company.mdesk"
    other.parent.mkdir()
    Books.open(other).close()
    a = filesafety.make_backup(db_path)
    b = filesafety.make_backup(other)
    assert a.parent != b.parent
    assert filesafety.backups_of(db_path)[0].path == a
    assert filesafety.backups_of(other)[0].path == b


def test_restore_refuses_a_damaged_backup_and_leaves_the_file(
    cli: Any, books: Books, db_path: Path, tmp_path: Path
) -> None:
    books.close()
    bad = tmp_path / "bad.mdesk"
    bad.write_bytes(db_path.read_bytes()[:8192])
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    result = cli("restore", str(bad), str(db_path))
    assert result.code == 1 and "cannot be restored" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert cli("restore", str(tmp_path / "nothing.mdesk"), str(db_path)).code == 2


def test_restore_over_a_damaged_file_keeps_its_bytes(cli: Any, books: Books, db_path: Path) -> None:
    backup = filesafety.make_backup(db_path)
    books.close()
    exported = cli("export", str(db_path)).out
    wrecked = bytearray(db_path.read_bytes())
    wrecked[4096 : 4096 + 16] = b"\xee" * 16
    db_path.write_bytes(bytes(wrecked))
    assert cli("export", str(db_path)).code == 1
    result = cli("restore", str(backup), str(db_path))
    assert result.code == 0, result.err
    assert cli("export", str(db_path)).out == exported
    kept = [b for b in filesafety.backups_of(db_path) if b.kind == "pre-restore"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == bytes(wrecked)


def test_restore_into_a_new_file(cli: Any, books: Books, db_path: Path, tmp_path: Path) -> None:
    backup = filesafety.make_backup(db_path)
    books.close()
    target = tmp_path / "new" / "restored.mdesk"
    result = cli("restore", str(backup), str(target))
    assert result.code == 0, result.err
    assert mode(target) == 0o600
    assert cli("export", str(target)).out == cli("export", str(db_path)).out


def test_backup_of_a_missing_file_is_bad_input(cli: Any, tmp_path: Path) -> None:
    result = cli("backup", str(tmp_path / "none.mdesk"))
    assert result.code == 2 and "no company file" in result.err


def test_backup_into_a_file_instead_of_a_folder(books: Books, db_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(BooksError):
        filesafety.make_backup(db_path, blocker)


@pytest.mark.parametrize(
    ("path", "system", "mounts", "expect"),
    [
        ("/home/ann/Dropbox/books/company.mdesk", "Linux", "", "Dropbox"),
        ("/home/ann/Dropbox (Hartwell)/company.mdesk", "Linux", "", "Dropbox"),
        ("/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/c.mdesk", "Darwin", "", "iCloud"),
        ("/Users/ann/Library/CloudStorage/OneDrive-Personal/c.mdesk", "Darwin", "", "OneDrive"),
        ("/Users/ann/Library/CloudStorage/GoogleDrive-ann@x.com/My Drive/c.mdesk", "Darwin", "", "Google"),
        ("/Users/ann/Library/CloudStorage/Box-Box/c.mdesk", "Darwin", "", "Box"),
        ("C:\\Users\\ann\\OneDrive - Hartwell\\c.mdesk", "Windows", "", "OneDrive"),
        ("C:\\Users\\ann\\Google Drive\\c.mdesk", "Windows", "", "Google"),
        ("\\\\fileserver\\office\\c.mdesk", "Windows", "", "network share"),
        ("//fileserver/office/c.mdesk", "Linux", "", "network share"),
        ("/Volumes/OfficeShare/c.mdesk", "Darwin", "", "volume"),
        ("/mnt/office/books/c.mdesk", "Linux", "server:/export /mnt/office nfs4 rw 0 0\n", "nfs4"),
        ("/mnt/my share/c.mdesk", "Linux", "//srv/s /mnt/my\\040share cifs rw 0 0\n", "cifs"),
        ("/home/ann/books/c.mdesk", "Linux", "/dev/sda1 / ext4 rw 0 0\n//srv/s /mnt/s cifs rw 0 0\n", None),
        ("/home/ann/boxing/c.mdesk", "Linux", "/dev/sda1 / ext4 rw 0 0\n", None),
        ("C:\\Users\\ann\\Documents\\c.mdesk", "Windows", "", None),
    ],
)
def test_risky_location(path: str, system: str, mounts: str, expect: str | None) -> None:
    warning = filesafety.risky_location(path, system=system, mounts=mounts, home="/home/ann")
    if expect is None:
        assert warning is None
    else:
        assert warning is not None and expect in warning and "local folder" in warning


def test_risky_location_here_is_quiet(tmp_path: Path) -> None:
    assert filesafety.risky_location(tmp_path / "c.mdesk") is None
    assert os.fspath(tmp_path)  # a local temp folder is not a network mount on CI


def test_a_writer_narrows_a_shared_company_file_to_its_owner(books: Books, db_path: Path, cli: Any) -> None:
    books.close()
    db_path.chmod(0o644)
    assert cli("ledger", str(db_path)).code == 0
    assert mode(db_path) == 0o644  # readers never change anything
    Books.open(db_path).close()
    assert mode(db_path) == 0o600


def test_odd_file_names_work_read_only(cli: Any, tmp_path: Path, kitchen_data: dict[str, Any]) -> None:
    from milestone_desk.services.interchange import exchange

    path = tmp_path / "Q&A 50% #2 ?.mdesk"
    with Books.open(path) as b:
        exchange.import_data(b, kitchen_data)
    assert cli("ledger", str(path)).code == 0
    result = cli("backup", str(path))
    assert result.code == 0 and Path(result.out.strip()).exists()
