"""Issue 13, points 5 and 8: every on-demand backup is kept, killed backups and imports leave nothing
that looks like a good file, and import refuses anything `check` would report."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from milestone_desk.persistence import backups
from milestone_desk.services.core.books import Books
from milestone_desk.services.records import filesafety
from tests.conftest import KITCHEN
from tests.services.interchange.test_import_refusals import _history


def test_two_backups_now_on_one_day_are_both_kept_and_only_daily_ones_rotate(
    books: Books, db_path: Path
) -> None:
    books.close()
    morning = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    first = filesafety.make_backup(db_path, kind="manual", now=morning)
    second = filesafety.make_backup(db_path, kind="manual", now=morning + timedelta(hours=9))
    same_second = filesafety.make_backup(db_path, kind="manual", now=morning + timedelta(hours=9))
    for day in range(20):  # three weeks of automatic backups
        filesafety.make_backup(db_path, kind="daily", now=morning + timedelta(days=day, hours=1))
    kept = {b.path for b in filesafety.backups_of(db_path)}
    assert {first, second, same_second} <= kept
    assert len({first, second, same_second}) == 3
    dailies = [b for b in filesafety.backups_of(db_path) if b.kind == "daily"]
    assert len(dailies) <= backups.KEEP_DAILY + backups.KEEP_WEEKLY


def _killed(code: str, cwd: Path, env_home: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        env={"MILESTONE_DESK_HOME": str(env_home), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path.cwd())},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr


def test_a_killed_backup_leaves_nothing_named_like_a_backup(
    books: Books, db_path: Path, tmp_path: Path
) -> None:
    books.close()
    _killed(
        f"""
        import os, signal
        from milestone_desk.persistence import backups
        real = backups.copy_database
        def dying(source, target):
            real(source, target)
            os.kill(os.getpid(), signal.SIGKILL)  # killed after the copy, before it is named
        backups.copy_database = dying
        backups.make_backup({str(db_path)!r}, kind="manual")
        """,
        tmp_path,
        tmp_path / "home",
    )
    folder = backups.backup_dir_for(db_path, create=False)
    assert [p for p in folder.iterdir() if backups.parse_name(p)] == []
    left = [p for p in folder.iterdir() if p.name.endswith(".partial")]
    assert left  # hidden, and never listed as a backup
    assert filesafety.backups_of(db_path) == []
    made = filesafety.make_backup(db_path, kind="manual")
    assert not [p for p in folder.iterdir() if p.name.endswith(".partial")]
    assert [b.path for b in filesafety.backups_of(db_path)] == [made]


def test_a_killed_import_leaves_no_company_file_and_does_not_block_the_next(tmp_path: Path, cli: Any) -> None:
    src = tmp_path / "kitchen.json"
    src.write_text(json.dumps(KITCHEN))
    target = tmp_path / "new.mdesk"
    _killed(
        f"""
        import os, signal
        from milestone_desk.services.interchange import exchange
        def dying(s):
            os.kill(os.getpid(), signal.SIGKILL)  # killed inside the import transaction
        exchange.refuse_what_check_reports = dying
        from milestone_desk.cli import main
        main(["import", {str(target)!r}, {str(src)!r}])
        """,
        tmp_path,
        tmp_path / "home",
    )
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".mdesk")]
    r = cli("import", str(target), str(src))
    assert r.code == 0, r
    assert cli("check", str(target)).code == 0
    assert not [p for p in tmp_path.iterdir() if ".importing" in p.name]


def test_import_refuses_a_paid_invoice_with_no_payment(tmp_path: Path, cli: Any) -> None:
    data = _history(tmp_path, cli)
    bad = copy.deepcopy(data)
    bad["projects"][0]["invoices"][0]["status"] = "paid"
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(bad))
    r = cli("import", str(tmp_path / "bad.mdesk"), str(src))
    assert r.code == 2, r
    assert "does not pass the check" in r.err and "paid" in r.err
    assert not (tmp_path / "bad.mdesk").exists()
