"""A user's project switch reads on a worker thread: the UI thread runs no SQL, the panes follow."""

from __future__ import annotations

import datetime
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import event

from milestone_desk.domain.schedule import Share
from milestone_desk.services.billing import invoicing
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import MilestoneSpec, ProjectSpec
from milestone_desk.services.firm import milestones, projects
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _add_projects(books: Books, count: int) -> None:
    for n in range(2, 2 + count):
        spec = ProjectSpec(
            f"P-{n:03d}", "C-001", f"Job {n}", 100_000 * n, [MilestoneSpec("All", Share.remainder())]
        )
        projects.create_project(books, spec)


def test_a_users_switch_runs_no_sql_on_the_ui_thread(qtbot: Any, tmp_path: Path, books: Books) -> None:
    _add_projects(books, 3)
    milestones.complete_milestone(books, "P-001", "Deposit", datetime.date(2026, 1, 10))
    invoicing.issue_invoice(books, "P-001", "Deposit", datetime.date(2026, 1, 10))
    books.close()
    window, script = open_window(qtbot, books.path, tmp_path)
    pane = window.projects_pane
    kitchen = pane.model.row_of(lambda p: p.code == "P-001")  # the project with invoices
    start = pane.model.record(kitchen - 1 if kitchen > 0 else kitchen + 1).code
    key = Qt.Key.Key_Down if kitchen > 0 else Qt.Key.Key_Up
    assert pane.select_code(start)  # from code: shown before select_code returns
    assert window.milestone_pane.detail is not None
    assert window.milestone_pane.detail.summary.code == start
    on_ui: list[str] = []
    anywhere: list[str] = []
    ui_thread = threading.current_thread()

    def listen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        anywhere.append(statement)
        if threading.current_thread() is ui_thread:
            on_ui.append(statement)

    event.listen(window.books.engine, "before_cursor_execute", listen)
    try:
        pane.table.setFocus()
        QTest.keyClick(pane.table, key)  # the user's key: onto the kitchen job
        chosen = pane.current()
        assert chosen is not None and chosen.code == "P-001"
        qtbot.waitUntil(
            lambda: (
                window.milestone_pane.detail is not None
                and window.milestone_pane.detail.summary.code == chosen.code
            ),
            timeout=10_000,
        )
        window.controller.wait_loaded()
    finally:
        event.remove(window.books.engine, "before_cursor_execute", listen)
    assert on_ui == []
    assert anywhere  # the reads did run (on the switch lane)
    assert window.controller.detail is not None and window.controller.detail.summary.code == chosen.code
    shown = [r.number for r in window.invoices_pane.model.records()]
    assert shown, "the project chosen has invoices to show"
    assert shown == [r.number for r in invoicing.list_invoices(window.books, chosen.code)]
    assert script.errors == []
    window.close()
    window.books.close()


def test_quick_keys_show_the_last_project_chosen(qtbot: Any, tmp_path: Path, books: Books) -> None:
    _add_projects(books, 4)
    books.close()
    window, script = open_window(qtbot, books.path, tmp_path)
    pane = window.projects_pane
    assert pane.select_code("P-001")
    pane.table.setFocus()
    for _ in range(3):  # three keys faster than the reads come back: older answers are dropped
        QTest.keyClick(pane.table, Qt.Key.Key_Down)
    last = pane.current()
    assert last is not None
    window.controller.wait_loaded()
    qtbot.waitUntil(lambda: window.controller.detail is not None, timeout=10_000)
    assert window.controller.detail is not None
    assert window.controller.detail.summary.code == last.code
    assert window.milestone_pane.detail is not None
    assert window.milestone_pane.detail.summary.code == last.code
    assert script.errors == []
    window.close()
    window.books.close()
