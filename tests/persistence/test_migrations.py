"""Upgrading every stored sample company file to head keeps every row and every cent.

Generic over tests/migrations/*.mdesk: a later revision is covered by adding its sample file.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.persistence import schema
from milestone_desk.services.core.books import Books
from milestone_desk.services.records import filesafety
from tests.paths import SAMPLES

SAMPLES = sorted(SAMPLES.glob("*.mdesk"))

Snapshot = dict[str, tuple[int, dict[str, int]]]


def snapshot(path: Path) -> Snapshot:
    """Row count and the sum of every money column (``*_cents``), per table."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        out: Snapshot = {}
        for table in tables:
            count = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1].endswith("_cents")]
            sums = {
                c: conn.execute(f'SELECT coalesce(sum("{c}"), 0) FROM "{table}"').fetchone()[0] for c in cols
            }
            out[table] = (count, sums)
        return out
    finally:
        conn.close()


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def fk_faults(path: Path) -> list[Any]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()


def test_there_is_a_sample_for_every_released_revision() -> None:
    assert SAMPLES, "tests/migrations holds no sample company file"
    names = {p.stem for p in SAMPLES}
    released = [r for r in schema.KNOWN if r != schema.HEAD] or list(schema.KNOWN)
    assert set(released) <= names
    for sample in SAMPLES:
        assert revision_of(sample) == sample.stem
        assert sample.stat().st_size < 1_000_000


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_upgrade_to_head_keeps_every_row(sample: Path, tmp_path: Path) -> None:
    work = tmp_path / "company.mdesk"
    shutil.copyfile(sample, work)
    work.chmod(0o600)
    before = snapshot(work)
    assert sum(count for count, _ in before.values()) > 100
    old_revision = revision_of(work)

    Books.open(work).close()

    assert revision_of(work) == schema.HEAD
    after = snapshot(work)
    for table, (count, sums) in before.items():
        assert table in after, f"table {table} vanished"
        assert after[table][0] == count, f"{table}: {count} rows became {after[table][0]}"
        for column, total in sums.items():
            assert after[table][1].get(column, total) == total, f"{table}.{column} changed its sum"
    assert fk_faults(work) == []
    pre = [b for b in filesafety.backups_of(work) if b.kind == "pre-upgrade"]
    if old_revision != schema.HEAD:
        assert len(pre) == 1
        assert snapshot(pre[0].path) == before
        assert revision_of(pre[0].path) == old_revision
    else:
        assert pre == []  # nothing to migrate, no backup needed


def test_a_backup_is_written_before_the_migration_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hook order, proven with the newest sample standing in for an older revision."""
    work = tmp_path / "company.mdesk"
    shutil.copyfile(SAMPLES[-1], work)
    before = snapshot(work)
    seen: list[list[filesafety.BackupInfo]] = []
    real_upgrade = schema.upgrade

    def spy_upgrade(engine: Any) -> None:
        seen.append(filesafety.backups_of(work))
        real_upgrade(engine)

    monkeypatch.setattr(schema, "needs_upgrade", lambda revision: True)
    monkeypatch.setattr(schema, "upgrade", spy_upgrade)
    Books.open(work).close()
    assert len(seen) == 1 and len(seen[0]) == 1
    backup = seen[0][0]
    assert backup.kind == "pre-upgrade"
    assert snapshot(backup.path) == before
    assert backup.path.stat().st_mode & 0o777 == 0o600


def test_a_failed_pre_migration_backup_stops_the_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from milestone_desk.domain.errors import BooksError

    work = tmp_path / "company.mdesk"
    shutil.copyfile(SAMPLES[-1], work)
    original = hashlib.sha256(work.read_bytes()).hexdigest()
    ran: list[bool] = []
    monkeypatch.setattr(schema, "needs_upgrade", lambda revision: True)
    monkeypatch.setattr(schema, "upgrade", lambda engine: ran.append(True))
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (home / "backups").write_text("not a folder")  # the backup cannot be written
    with pytest.raises(BooksError):
        Books.open(work)
    assert ran == []
    assert hashlib.sha256(work.read_bytes()).hexdigest() == original
