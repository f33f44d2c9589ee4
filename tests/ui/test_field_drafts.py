"""Sync → Drafts…: change-order requests and notes written on site, and whether they reached the office."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from milestone_desk.services.core.books import Books
from milestone_desk.services.field import field_sync, field_work
from milestone_desk.ui.field_drafts import DraftsDialog, NewDraftDialog
from tests.field_support import office_with_deposits
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path("/tmp/md-field-shots")


def _select(window: Any, qtbot: Any, code: str) -> None:
    model = window.projects_pane.model
    window.projects_pane.select_row(model.row_of(lambda p: p.code == code))
    window.controller.wait_loaded()
    qtbot.waitUntil(lambda: window.current_project_code() == code)


def _texts(dialog: DraftsDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_drafts_written_on_the_laptop_are_listed_waiting_then_sent_and_received_at_the_office(
    tmp_path: Path, qtbot: Any, cli: Any
) -> None:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    assert cli("draft", str(lap), "P-001", "--note", "Client asks for a second outlet by the sink").code == 0
    window, script = open_window(qtbot, lap, tmp_path)
    _select(window, qtbot, "P-001")
    fa = window.field_actions
    seen: list[Any] = []

    def script_dialogs(dialog: Any) -> int:
        seen.append(dialog)
        if isinstance(dialog, DraftsDialog):
            if len(seen) == 1:  # the list, then "New draft…"
                assert _texts(dialog)[0][:3] == [
                    "P-001",
                    "Note",
                    "Client asks for a second outlet by the sink",
                ]
                assert dialog.state_of(0) == "waiting for the next sync"
                dialog.new_button.click()
            return int(dialog.result())
        assert isinstance(dialog, NewDraftDialog)
        assert dialog.is_change_order() and dialog.amount.isEnabled()
        dialog.amount.setText("1,250.00")
        dialog.text.setPlainText("Move the island 40 cm east; new plumbing run")
        dialog.buttons.accepted.emit()
        return int(dialog.result())

    fa.run_dialog = script_dialogs  # type: ignore[assignment]
    fa.drafts_action.trigger()
    assert [type(d).__name__ for d in seen] == ["DraftsDialog", "NewDraftDialog", "DraftsDialog"]
    assert script.errors == []
    rows = _texts(seen[2])
    assert len(rows) == 2
    assert rows[1][:4] == [
        "P-001",
        "Change-order request",
        "Move the island 40 cm east; new plumbing run",
        "$1,250.00",
    ]
    assert rows[1][4] == "TRUCK1" and rows[1][6] == "waiting for the next sync"
    SHOTS.mkdir(exist_ok=True)
    assert seen[2].grab().save(str(SHOTS / "drafts-waiting.png"))

    fa.run_dialog = lambda d: seen.append(d) or 0  # type: ignore[assignment, func-returns-value]
    fa.sync_action.trigger()
    assert "pushed 2" in window.statusBar().currentMessage()
    fa.drafts_action.trigger()
    after = seen[-1]
    assert isinstance(after, DraftsDialog) and after.table.rowCount() == 2
    assert all(after.state_of(r).startswith("sent to the office ") for r in range(2))
    assert after.grab().save(str(SHOTS / "drafts-sent.png"))
    window.close()

    with Books.open(office, create=False, readonly=True) as b:
        views = field_work.drafts(b)
    assert [(v.kind, v.amount_cents, v.device, v.waiting) for v in views] == [
        ("note", None, "TRUCK1", False),
        ("change_order", 125000, "TRUCK1", False),
    ]
    office_window, _ = open_window(qtbot, office, tmp_path)
    shown: list[DraftsDialog] = []
    office_window.field_actions.run_dialog = lambda d: shown.append(d) or 0  # type: ignore[assignment, func-returns-value]
    office_window.field_actions.drafts_action.trigger()
    assert [shown[0].state_of(r) for r in range(2)] == ["received", "received"]
    office_window.close()


def test_a_bad_amount_is_one_sentence_and_no_draft(tmp_path: Path, qtbot: Any) -> None:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    window, script = open_window(qtbot, lap, tmp_path)
    _select(window, qtbot, "P-001")
    seen: list[Any] = []

    def script_dialogs(dialog: Any) -> int:
        seen.append(dialog)
        if isinstance(dialog, DraftsDialog):
            if len(seen) == 1:
                assert dialog.empty.isVisibleTo(dialog)
                dialog.new_button.click()
            return int(dialog.result())
        dialog.amount.setText("12,50.0x")
        dialog.text.setPlainText("Extra tiles")
        dialog.buttons.accepted.emit()
        return int(dialog.result())

    window.field_actions.run_dialog = script_dialogs  # type: ignore[assignment]
    window.field_actions.drafts_action.trigger()
    assert len(script.errors) == 1 and "12,50.0x" in script.errors[0]
    assert isinstance(seen[-1], DraftsDialog) and seen[-1].table.rowCount() == 0
    with Books.open(lap, create=False, readonly=True) as b:
        assert field_work.drafts(b) == [] and field_sync.pending(b) == 0
    window.close()
