"""The window on field copies: title, sign-off with a drawn signature, sync, and settling conflicts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from milestone_desk.persistence.models_field import CompletionCertificate, SyncConflict
from milestone_desk.services.core.books import Books
from milestone_desk.services.field import field_sync
from milestone_desk.services.firm import milestones
from milestone_desk.ui.field_dialogs import ConflictsDialog, SignOffDialog
from tests.conftest import shots_dir
from tests.field_support import office_with_deposits, pictures
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

def _shot(widget: Any, name: str) -> None:
    assert widget.grab().save(str(shots_dir() / name))


def _select_milestone(window: Any, qtbot: Any, code: str, name: str) -> None:
    model = window.projects_pane.model
    window.projects_pane.select_row(model.row_of(lambda p: p.code == code))
    window.controller.wait_loaded()
    qtbot.waitUntil(lambda: window.current_project_code() == code)
    mp = window.milestone_pane
    row = next(i for i, r in enumerate(mp.model.rows()) if r.name == name)
    mp.table.selectRow(row)


def test_sign_off_on_a_field_copy_with_a_drawn_signature_then_sync(
    tmp_path: Path, qtbot: Any, cli: Any
) -> None:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    window, _ = open_window(qtbot, lap, tmp_path)
    fa = window.field_actions
    assert window.windowTitle().startswith(f"Milestone Desk — Field copy of {office} · last synced ")
    assert window.file_label.text().startswith(f"Field copy of {office} · last synced ")
    assert fa.sync_action.isEnabled() and not fa.take_copy_action.isEnabled()
    _select_milestone(window, qtbot, "P-001", "Demolition")
    assert fa.sign_off_action.isEnabled()
    _, photos = pictures(tmp_path)

    def fill(dialog: SignOffDialog) -> int:
        dialog.signed_by.setText("Maria Delgado")
        dialog.note.setPlainText("Walls down, site swept")
        dialog.add_photo(photos[0])
        pad = dialog.pad
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 80))
        for x in range(30, 330, 12):
            qtbot.mouseMove(pad, QPoint(x, 40 + (x // 12 % 5) * 12))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(330, 60))
        assert not pad.is_blank()
        _shot(dialog, "sign-off.png")
        dialog.buttons.accepted.emit()
        return int(dialog.result())

    fa.run_dialog = fill  # type: ignore[assignment]
    fa.sign_off_action.trigger()
    with Books.open(lap, create=False, readonly=True) as b, b.read() as s:
        cert = s.scalars(select(CompletionCertificate)).one()
        assert cert.signed_by == "Maria Delgado" and cert.signature_png is not None
        assert cert.signature_png.startswith(b"\x89PNG") and len(cert.photos) == 1
    _select_milestone(window, qtbot, "P-001", "Demolition")
    window.update_actions()  # completed here: invoicing and reopening are the office's, not the copy's
    assert not window.issue_action.isEnabled() and not window.reopen_action.isEnabled()
    assert not window.new_project_action.isEnabled()
    before = window.windowTitle()
    fa.sync_action.trigger()
    assert "pushed 1" in window.statusBar().currentMessage()
    assert window.windowTitle().startswith(f"Milestone Desk — Field copy of {office}")
    _shot(window, "field-window.png")
    assert before  # the title was re-read after the pulled copy replaced the file
    with Books.open(office, create=False, readonly=True) as b, b.read() as s:
        assert s.scalars(select(CompletionCertificate.signed_by)).one() == "Maria Delgado"
    window.close()


def test_conflicts_listed_with_both_versions_and_settled_in_the_office_window(
    tmp_path: Path, qtbot: Any, cli: Any
) -> None:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    cli("complete", str(lap), "P-001", "Demolition", "--date", "2026-03-02", "--signed-by", "Maria")
    cli("pay", str(lap), "INV-2026-0001", "250.00")
    with Books.open(office, create=False) as b:
        milestones.reschedule_milestone(b, "P-001", "Demolition", date(2026, 3, 20))
    cli("void", str(office), "INV-2026-0001", "--reason", "wrong client")
    assert len(json.loads(cli("sync", str(lap), "--json").out)["conflicts"]) == 2
    window, _ = open_window(qtbot, office, tmp_path)
    fa = window.field_actions
    assert fa.take_copy_action.isEnabled() and not fa.sync_action.isEnabled()
    seen: list[ConflictsDialog] = []

    def settle_first(dialog: ConflictsDialog) -> int:
        seen.append(dialog)
        if len(seen) == 1:
            table = dialog.table
            assert table.rowCount() == 2
            texts = [table.item(0, c).text() for c in range(table.columnCount())]
            assert texts[0] == "rescheduled" and "planned date: 2026-03-20" in texts[3]
            assert "completed date: 2026-03-02" in texts[4] and texts[5].startswith("open")
            table.selectRow(1)  # a payment on a void invoice: only the office version can be kept
            assert dialog.keep_office.isEnabled() and not dialog.keep_field.isEnabled()
            table.selectRow(0)
            assert dialog.keep_field.isEnabled()
            _shot(dialog, "conflicts.png")
            dialog.keep_field.click()
        return int(dialog.result())

    fa.run_dialog = settle_first  # type: ignore[assignment]
    fa.conflicts_action.trigger()
    assert len(seen) == 2  # listed again after settling
    assert seen[1].table.item(0, 5).text().startswith("settled: took the field version")
    with Books.open(office, create=False, readonly=True) as b, b.read() as s:
        rows = list(s.scalars(select(SyncConflict).order_by(SyncConflict.id)))
        assert rows[0].settled_at is not None and rows[1].settled_at is None
    window.close()
