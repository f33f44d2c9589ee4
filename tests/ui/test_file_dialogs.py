"""The open-problem and restore dialogs, and the window's opening flow, with real widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.core.books import Books
from milestone_desk.services.records import filesafety
from milestone_desk.services.records.filesafety import BackupRow, FileInUse, OpenProblem
from milestone_desk.ui.open_flow import open_for_window
from milestone_desk.ui.open_problem_dialog import READ_ONLY, RESTORE, dialog_for
from milestone_desk.ui.restore_dialog import RecordRole, RestoreDialog
from tests.conftest import shots_dir

# The offscreen platform says this whenever a QMessageBox is shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")



def shoot(widget: Any, name: str) -> None:
    assert widget.grab().save(str(shots_dir() / f"{name}.png"))


def test_in_use_offers_read_only_and_cancel(qtbot: Any, db_path: Path, books: Books) -> None:
    lock = filesafety.acquire_window_lock(db_path)
    try:
        try:
            filesafety.acquire_window_lock(db_path)
        except FileInUse as exc:
            error = exc
    finally:
        lock.release()
    box = dialog_for(error, has_backups=True)
    qtbot.addWidget(box)
    assert box.restore_button is None and box.read_only_button is not None
    assert "another Milestone Desk window" in box.text()
    box.show()
    shoot(box, "open_problem_in_use")
    qtbot.mouseClick(box.read_only_button, Qt.MouseButton.LeftButton)
    assert box.choice() == READ_ONLY


def test_damaged_file_offers_restore_only_with_backups(qtbot: Any, tmp_path: Path) -> None:
    error = OpenProblem(
        "damaged", "company.mdesk is damaged; restore it from a backup.", tmp_path / "c.mdesk"
    )
    box = dialog_for(error, has_backups=True)
    qtbot.addWidget(box)
    assert box.restore_button is not None and box.read_only_button is None
    box.show()
    shoot(box, "open_problem_damaged")
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    assert box.choice() == RESTORE
    bare = dialog_for(error, has_backups=False)
    qtbot.addWidget(bare)
    assert bare.restore_button is None and "No backup" in bare.informativeText()


def test_restore_dialog_lists_backups(qtbot: Any, tmp_path: Path) -> None:
    now = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    rows = [
        BackupRow(tmp_path / "a.mdesk", now, "daily", 204_800),
        BackupRow(tmp_path / "b.mdesk", now - timedelta(days=1), "pre-upgrade", 198_656),
        BackupRow(tmp_path / "c.mdesk", now - timedelta(days=8), "manual", 1_572_864),
    ]
    dialog = RestoreDialog(tmp_path / "company.mdesk", rows)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert model.rowCount() == 3 and model.columnCount() == 3
    assert model.data(model.index(1, model.KIND)) == "Before an upgrade"
    assert "KB" in model.data(model.index(0, model.SIZE)) or "KiB" in model.data(model.index(0, model.SIZE))
    assert model.data(model.index(2, 0), RecordRole) == rows[2]
    assert dialog.selected_backup() == rows[0].path and dialog.restore_button.isEnabled()
    dialog.table.selectRow(2)
    shoot(dialog, "restore_dialog")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.selected_backup() == rows[2].path


def test_restore_dialog_without_backups(qtbot: Any, tmp_path: Path) -> None:
    dialog = RestoreDialog(tmp_path / "company.mdesk", [])
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and dialog.selected_backup() is None


def test_window_flow_restores_a_damaged_file(qtbot: Any, db_path: Path, books: Books, cli: Any) -> None:
    filesafety.make_backup(db_path)
    books.close()
    good_export = cli("export", str(db_path)).out
    for sfx in ("-wal", "-shm"):
        Path(f"{db_path}{sfx}").unlink(missing_ok=True)
    db_path.write_bytes(db_path.read_bytes()[:6000])  # truncated
    asked: list[tuple[str, bool]] = []

    def ask(error: MilestoneDeskError, has_backups: bool) -> str:
        asked.append((type(error).__name__, has_backups))
        return RESTORE

    def pick(path: Path, rows: list[BackupRow]) -> Path | None:
        assert path == db_path and len(rows) == 1
        return rows[0].path

    opened = open_for_window(db_path, ask=ask, pick=pick, notify=lambda text: None)
    assert opened is not None and asked == [("OpenProblem", True)]
    try:
        assert opened.lock is not None and opened.lock.held()
        assert not opened.books.readonly
    finally:
        opened.close()
    assert cli("export", str(db_path)).out == good_export
    kinds = sorted(b.kind for b in filesafety.backups_of(db_path))
    assert kinds == ["manual", "pre-restore"]  # today's manual backup stands for the daily one


def test_window_flow_second_window_reads_only(qtbot: Any, db_path: Path, books: Books) -> None:
    books.close()
    notes: list[str] = []
    first = open_for_window(db_path, ask=lambda e, b: "cancel", notify=notes.append)
    assert first is not None and first.lock is not None
    try:
        second = open_for_window(db_path, ask=lambda e, b: READ_ONLY, notify=notes.append)
        assert second is not None and second.books.readonly and second.lock is None
        second.close()
        assert open_for_window(db_path, ask=lambda e, b: "cancel", notify=notes.append) is None
    finally:
        first.close()
    assert notes == []  # a local temp folder gives no location warning
    assert len([b for b in filesafety.backups_of(db_path) if b.kind == "daily"]) == 1  # once a day


def test_window_flow_cancel_leaves_a_damaged_file_alone(qtbot: Any, db_path: Path, books: Books) -> None:
    filesafety.make_backup(db_path)
    books.close()
    for sfx in ("-wal", "-shm"):
        Path(f"{db_path}{sfx}").unlink(missing_ok=True)
    blob = bytearray(db_path.read_bytes())
    blob[8192:8200] = b"\x00" * 8
    db_path.write_bytes(bytes(blob))
    assert open_for_window(db_path, ask=lambda e, b: "cancel", notify=lambda t: None) is None
    assert db_path.read_bytes() == bytes(blob)
    assert not Path(f"{db_path}.lock").exists()


def test_restore_from_the_window_menu(qtbot: Any, db_path: Path, books: Books, cli: Any) -> None:
    from milestone_desk.services.billing import invoicing
    from milestone_desk.services.firm import milestones
    from milestone_desk.ui.open_flow import restore_from_window

    backup = filesafety.make_backup(db_path)
    books.close()
    before = cli("export", str(db_path)).out
    opened = open_for_window(db_path, ask=lambda e, b: "cancel", notify=lambda t: None)
    assert opened is not None
    milestones.complete_milestone(opened.books, "P-001", "Deposit", None)
    invoicing.issue_invoice(opened.books, "P-001", "Deposit", None)
    assert cli("export", str(db_path)).out != before
    again = restore_from_window(opened, pick=lambda p, rows: backup, ask=lambda e, b: "cancel")
    try:
        assert again.lock is opened.lock and again.lock.held()
        assert not again.books.readonly
        assert cli("export", str(db_path)).out == before
    finally:
        again.close()
    assert not Path(f"{db_path}.lock").exists()
