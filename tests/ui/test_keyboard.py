"""Keyboard and feedback: timeline moves undo and confirm a change of order; focus and Tab; the
payment dialog's live error; the wizard's share cell explains a refusal."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones, projects
from milestone_desk.ui.company_setup_form import CompanySetupForm
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _dated(books: Books) -> None:
    """Plan the kitchen job's milestones a fortnight apart, then close the file for the window."""
    detail = projects.project_detail(books, "P-001")
    for i, m in enumerate(detail.milestones):
        milestones.reschedule_milestone(
            books, "P-001", m.name, datetime.date(2026, 4, 1) + datetime.timedelta(days=14 * i)
        )
    books.close()


def _planned(books: Books, name: str) -> datetime.date | None:
    detail = projects.project_detail(books, "P-001")
    return next(m.planned_date for m in detail.milestones if m.name == name)


def test_a_timeline_move_is_saved_undone_and_redone(qtbot: Any, tmp_path: Path, books: Books) -> None:
    _dated(books)
    window, script = open_window(qtbot, books.path, tmp_path)
    window.projects_pane.select_code("P-001")
    rows = window.controller.detail.milestones  # type: ignore[union-attr]
    name = rows[2].name
    before = rows[2].planned_date
    assert before is not None
    when = before + datetime.timedelta(days=2)
    assert rows[3].planned_date is None or rows[3].planned_date > when  # stays in order: no question
    window.milestone_pane.timeline.rescheduleRequested.emit(name, when)
    assert _planned(window.books, name) == when and not script.questions
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert _planned(window.books, name) == before
    window.redo_action.trigger()
    assert _planned(window.books, name) == when
    assert not script.errors


def test_a_move_past_the_next_milestone_asks_first(qtbot: Any, tmp_path: Path, books: Books) -> None:
    _dated(books)
    window, script = open_window(qtbot, books.path, tmp_path)
    window.projects_pane.select_code("P-001")
    rows = window.controller.detail.milestones  # type: ignore[union-attr]
    name, nxt = rows[1].name, rows[2]
    before = rows[1].planned_date
    assert nxt.planned_date is not None
    late = nxt.planned_date + datetime.timedelta(days=3)
    script.answer = False
    window.milestone_pane.timeline.rescheduleRequested.emit(name, late)
    assert script.questions and nxt.name in script.questions[-1]
    assert _planned(window.books, name) == before  # declined: nothing written
    script.answer = True
    window.milestone_pane.timeline.rescheduleRequested.emit(name, late)
    assert _planned(window.books, name) == late


def test_tab_leaves_the_address_box_and_the_projects_table(qtbot: Any, tmp_path: Path, books: Books) -> None:
    form = CompanySetupForm()
    qtbot.addWidget(form)
    form.show()
    form.address.setFocus()
    QTest.keyClick(form.address, Qt.Key.Key_Tab)
    assert form.address.toPlainText() == "" and not form.address.hasFocus()
    books.close()
    window, _ = open_window(qtbot, books.path, tmp_path)
    assert not window.projects_pane.table.tabKeyNavigation()


def test_the_wizard_says_why_a_share_was_refused_and_shows_amounts_that_do_not_sum(
    qtbot: Any, tmp_path: Path, books: Books
) -> None:
    from milestone_desk.ui.schedule_model import AMOUNT, SHARE

    books.close()
    window, _ = open_window(qtbot, books.path, tmp_path)
    wizard = window.controller.make_project_wizard()
    qtbot.addWidget(wizard)
    model = wizard.schedule
    model.contract_cents = 1_000_000
    page = wizard.schedule_page
    before = model.index(0, SHARE).data()
    assert not model.setData(model.index(0, SHARE), "abc")
    assert model.index(0, SHARE).data() == before
    assert page.check.text() and "#b3261e" in page.check.styleSheet()  # the reason, in the error colour
    last = model.rowCount() - 1
    assert model.setData(model.index(0, SHARE), "95%")  # the fixed shares now pass the contract
    ok, text = model.check_text()
    assert not ok and "—" in text
    assert model.index(0, AMOUNT).data() == "$9,500.00"  # amounts shown, not "—"
    assert model.index(last, AMOUNT).data() != "—"
