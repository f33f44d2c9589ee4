"""File safety in the window: back up now, restore, the lock, and a read-only window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import projects
from milestone_desk.services.records import filesafety
from milestone_desk.services.setup import demo
from milestone_desk.ui.main_window import MainWindow
from milestone_desk.ui.open_problem_dialog import OpenProblemDialog
from milestone_desk.ui.restore_dialog import RestoreDialog
from tests.integration_support import sample_window
from tests.ui_support import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_back_up_now_then_restore_brings_the_old_books_back(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    lock = filesafety.acquire_window_lock(window.books.path)
    window.file_actions.adopt(lock)
    made = window.file_actions.backup_now()
    assert made is not None and made.is_file() and made.stat().st_size > 0
    assert str(made) in window.statusBar().currentMessage()
    window.projects_pane.select_code("P-001")
    script.answer = True
    window.archive_action.trigger()
    assert projects.list_projects(window.books)[0].status == "archived"

    def choose(d: RestoreDialog) -> None:
        d.table.selectRow(0)
        d.accept()

    script.then(choose)
    assert window.file_actions.restore()
    assert "kept aside" in script.questions[-1]
    assert projects.list_projects(window.books)[0].status == "active"
    assert lock.held()
    window.close()
    assert not lock.held() and not lock.lock_path.exists()


def test_a_read_only_window_disables_every_writing_action(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "sample.mdesk"
    demo.write_demo(path, today=TODAY)
    books = Books.open(path, readonly=True, create=False)
    window = MainWindow(books, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.controller.wait_loaded()
    window.controller.reload()
    window.projects_pane.select_code("P-003")
    window.invoices_pane.select_number("INV-2026-0006")
    window.update_actions()
    assert "read-only" in window.windowTitle()
    assert window.file_actions.mode_label.isVisible()
    for action in window.writing_actions():
        assert not action.isEnabled(), action.text()
    assert window.invoice_actions.preview_action.isEnabled()  # reading is fine
    assert not window.invoices_pane.pay_button.isEnabled()
    assert not window.milestone_pane.model.editable
    errors: list[str] = []
    window.controller.show_error = errors.append
    window.controller.complete_milestone("Railings")
    assert "read-only" in errors[-1]
    books.close()


def test_opening_a_file_in_use_offers_read_only(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    other = tmp_path / "other.mdesk"
    demo.write_demo(other, today=TODAY)
    held = filesafety.acquire_window_lock(other)

    def read_only(box: OpenProblemDialog) -> None:
        assert box.read_only_button is not None
        box.read_only_button.click()

    script.then(read_only)
    try:
        assert window.open_path(other)
        assert window.books.readonly and "read-only" in window.windowTitle()
        assert not window.pay_action.isEnabled()
    finally:
        held.release()


def test_open_sample_takes_the_lock_and_keeps_it_fresh(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    window.sample_action.trigger()
    assert window.books.path.name == "sample-company.mdesk"
    assert not window.books.readonly and script.errors == []
    fa = window.file_actions
    assert fa.lock is not None and fa.lock.held()
    assert fa.timer.isActive() and fa.timer.interval() == 10 * 60 * 1000
    before = fa.lock.lock_path.stat().st_mtime_ns
    import time

    time.sleep(0.01)
    fa.refresh_lock()
    assert fa.lock.lock_path.stat().st_mtime_ns >= before and fa.lock.held()
    assert filesafety.backup_rows(window.books.path), "opening in the window makes today's backup"
    lock = fa.lock
    window.close()
    assert not lock.held()
