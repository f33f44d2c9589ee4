"""The window's manners: empty files, search and filters, remembered layout, recent files, schedule
edits with undo, confirmations, shortcuts, and the --screenshot contract."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QKeySequence

from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import projects
from milestone_desk.services.setup import demo
from milestone_desk.ui.dialogs.company import CompanyDialog
from milestone_desk.ui.main_window import MainWindow
from milestone_desk.ui.schedule_model import SHARE
from tests.conftest import run_cli_process
from tests.ui_support import TODAY, open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.mdesk"
    demo.write_demo(path, today=TODAY)
    return path


def test_an_empty_new_file_shows_empty_panes_and_offers_the_company_setup(qtbot: Any, tmp_path: Path) -> None:
    window, script = open_window(qtbot, tmp_path / "new.mdesk", tmp_path)
    assert window.banner.isVisible()
    assert window.projects_pane.model.rowCount() == 0
    assert window.invoices_pane.model.rowCount() == 0
    assert window.milestone_pane.model.rowCount() == 0
    assert not window.new_project_action.isEnabled()
    window.controller.new_project()
    assert "company profile" in script.errors[-1]
    window.pay_action.trigger()  # disabled: nothing happens, nothing raised
    window.select_first_active_project()

    def cancel_then_check(d: CompanyDialog) -> None:
        d.ok_button.click()  # empty name: refused, dialog stays
        assert d.isVisible() and "company name is empty" in d.error.text()
        d.name.setText("Solo Builder")
        d.ok_button.click()

    script.then(cancel_then_check)
    window.company_action.trigger()
    assert not window.banner.isVisible()
    assert window.new_project_action.isEnabled()


def test_search_as_you_type_and_filters(qtbot: Any, tmp_path: Path, demo_file: Path) -> None:
    window, _ = open_window(qtbot, demo_file, tmp_path)
    pane = window.projects_pane
    assert pane.model.rowCount() == 9  # the sample: eight milestone jobs and the progress-billing one
    window.find_action.trigger()
    assert pane.search.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(pane.search, "dental")
    assert pane.model.rowCount() == 9  # the keystrokes only restart the debounce timer
    qtbot.waitUntil(lambda: pane.model.rowCount() < 9, timeout=2000)
    assert [pane.model.record(r).code for r in range(pane.model.rowCount())] == ["P-002", "P-006", "P-009"]
    pane.search.clear()
    pane.status.setCurrentIndex(pane.status.findData("archived"))
    assert [pane.model.record(r).code for r in range(pane.model.rowCount())] == ["P-006"]
    pane.status.setCurrentIndex(0)
    pane.client.setCurrentIndex(pane.client.findData("C-003"))
    assert {pane.model.record(r).client_code for r in range(pane.model.rowCount())} == {"C-003"}
    assert "projects" in window.totals_label.text()


def test_selecting_a_project_fills_the_other_panes(qtbot: Any, tmp_path: Path, demo_file: Path) -> None:
    window, _ = open_window(qtbot, demo_file, tmp_path)
    window.select_first_active_project()
    first = window.projects_pane.current()
    assert first is not None and first.status == "active"
    assert window.milestone_pane.model.rowCount() > 0
    assert window.invoices_pane.model.rowCount() > 0
    assert first.code in window.milestone_pane.title.text()
    window.invoices_pane.show_all.setChecked(True)
    codes = {r.project_code for r in window.invoices_pane.model.records()}
    assert len(codes) > 1
    path = tmp_path / "shot.png"
    assert window.grab().save(str(path))


def test_splitters_and_recent_files_are_remembered(qtbot: Any, tmp_path: Path, demo_file: Path) -> None:
    window, _ = open_window(qtbot, demo_file, tmp_path)
    window.main_splitter.setSizes([900, 380])
    sizes = window.main_splitter.sizes()
    other = tmp_path / "other.mdesk"
    assert window.open_path(other, create=True)
    assert window.banner.isVisible() and "other.mdesk" in window.windowTitle()
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(Books.open(demo_file), settings=settings)
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    assert again.main_splitter.sizes() == sizes
    recent = again.recent_files()
    assert recent[:2] == [str(demo_file.resolve()), str(other.resolve())]
    again._fill_recent()
    assert [a.text() for a in again.recent_menu.actions()] == recent
    again.close()
    again.books.close()


def test_schedule_edits_undo_and_save(qtbot: Any, tmp_path: Path, books: Books) -> None:
    books.close()
    window, script = open_window(qtbot, books.path, tmp_path)
    pane = window.milestone_pane
    window.projects_pane.select_code("P-001")
    model = pane.model
    assert model.editable and not pane.save_button.isEnabled()
    assert model.setData(model.index(1, SHARE), "20%")  # Demolition 15 % → 20 %: Final shrinks
    assert "✓" in pane.check.text() and pane.save_button.isEnabled()
    assert model.setData(model.index(3, SHARE), "40000")  # too much: nothing left for the remainder
    assert "Nothing is left" in pane.check.text() and not pane.save_button.isEnabled()
    window.undo_action.trigger()
    assert pane.save_button.isEnabled()
    assert not window.complete_action.isEnabled()  # unsaved edits first
    window.save_schedule_action.trigger()
    assert not pane.is_dirty() and not script.errors
    detail = projects.project_detail(window.books, "P-001")
    assert [m.amount_cents for m in detail.milestones] == [485_000, 970_000, 1_212_500, 1_455_000, 727_500]

    # switching away with unsaved edits asks first; "no" keeps the edits and the project
    assert model.setData(model.index(0, SHARE), "5%")
    script.answer = False
    other = projects.create_project  # a second project to switch to
    from milestone_desk.domain.schedule import Share
    from milestone_desk.services.core.dto import MilestoneSpec, ProjectSpec

    other(
        window.books,
        ProjectSpec("P-002", "C-001", "Garage", 100_000, [MilestoneSpec("All", Share.remainder())]),
    )
    window.controller.reload()
    assert pane.is_dirty()
    window.projects_pane.select_code("P-002")
    assert "Discard" in script.questions[-1]
    assert window.projects_pane.current().code == "P-001" and pane.is_dirty()
    script.answer = True
    window.projects_pane.select_code("P-002")
    assert window.milestone_pane.detail.summary.code == "P-002" and not pane.is_dirty()


def test_timeline_signals_reach_the_services(qtbot: Any, tmp_path: Path, books: Books) -> None:
    books.close()
    window, script = open_window(qtbot, books.path, tmp_path)
    window.projects_pane.select_code("P-001")
    timeline = window.milestone_pane.timeline
    timeline.rescheduleRequested.emit("Demolition", datetime.date(2026, 4, 20))
    rows = {r.name: r for r in window.milestone_pane.model.rows()}
    assert rows["Demolition"].planned_date == datetime.date(2026, 4, 20)
    script.then(lambda d: d.ok_button.click())
    timeline.completeRequested.emit("Demolition")
    script.answer = False
    timeline.reopenRequested.emit("Demolition")
    assert "Reopen" in script.questions[-1]
    rows = {r.name: r for r in window.milestone_pane.model.rows()}
    assert rows["Demolition"].status == "completed"
    script.answer = True
    timeline.reopenRequested.emit("Demolition")
    rows = {r.name: r for r in window.milestone_pane.model.rows()}
    assert rows["Demolition"].status == "in_progress"
    timeline.reopenRequested.emit("Demolition")
    assert "Only a completed" in script.errors[-1]


def test_archiving_asks_first(qtbot: Any, tmp_path: Path, books: Books) -> None:
    books.close()
    window, script = open_window(qtbot, books.path, tmp_path)
    window.projects_pane.select_code("P-001")
    script.answer = False
    window.archive_action.trigger()
    assert projects.list_projects(window.books)[0].status == "active"
    script.answer = True
    window.archive_action.trigger()
    assert projects.list_projects(window.books)[0].status == "archived"


def test_shortcuts_and_print_slot(qtbot: Any, tmp_path: Path, books: Books) -> None:
    books.close()
    window, _ = open_window(qtbot, books.path, tmp_path)
    keys = {
        window.new_project_action: "Ctrl+N",
        window.find_action: "Ctrl+F",
        window.print_action: "Ctrl+P",
        window.pay_action: "Ctrl+Shift+P",
        window.issue_action: "Ctrl+I",
    }
    for action, key in keys.items():
        assert action.shortcut() == QKeySequence(key)
        assert not action.icon().isNull()
    assert window.invoices_pane.current() is None  # nothing issued yet: nothing to print
    assert not window.print_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)


def test_screenshot_command(tmp_path: Path, demo_file: Path) -> None:
    out = tmp_path / "main.png"
    result = run_cli_process("--db", str(demo_file), "--screenshot", str(out), "--size", "1280x800")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_opening_a_file_that_is_not_a_company_file_keeps_the_current_one(
    qtbot: Any, tmp_path: Path, books: Books
) -> None:
    books.close()
    window, script = open_window(qtbot, books.path, tmp_path)
    junk = tmp_path / "notes.mdesk"
    junk.write_text("shopping list\n" * 50)
    assert not window.open_path(junk)
    assert "not a Milestone Desk company file" in script.errors[-1]
    assert window.books.path == books.path and window.projects_pane.model.rowCount() == 1
    assert str(junk.resolve()) not in window.recent_files()


def test_file_new_creates_and_opens_an_empty_company_file(
    qtbot: Any, tmp_path: Path, books: Books, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    books.close()
    window, _ = open_window(qtbot, books.path, tmp_path)
    target = tmp_path / "second"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_file_action.trigger()
    assert window.books.path == Path(f"{target}.mdesk") and Path(f"{target}.mdesk").exists()
    assert window.banner.isVisible() and window.projects_pane.model.rowCount() == 0
    assert "second.mdesk" in window.file_label.text()
    assert window.recent_files()[0] == str(Path(f"{target}.mdesk").resolve())


def test_wizard_takes_amount_and_remainder_shares_and_blocks_a_schedule_that_does_not_sum(
    qtbot: Any, tmp_path: Path, books: Books
) -> None:
    from milestone_desk.ui.dialogs.wizard import NewProjectWizard
    from tests.ui_support import finish_wizard

    books.close()
    window, script = open_window(qtbot, books.path, tmp_path)

    def fill(w: NewProjectWizard) -> None:
        page = w.project_page
        assert page.code.text() == "P-002"
        page.name.setText("Garage")
        page.contract.setText("abc")
        w.next()
        assert w.currentPage() is page and "not a number" in page.error.text()
        page.contract.setText("20000")
        w.next()
        m = w.schedule
        w.schedule_page.template.setCurrentIndex(2)  # deposit + completion
        assert m.setData(m.index(0, SHARE), "5000.00")
        assert w.schedule_page.isComplete()
        assert m.setData(m.index(1, SHARE), "10%")  # no remainder left: 5,000 + 2,000 of 20,000
        assert not w.schedule_page.isComplete()
        assert "Schedule sums to $7,000.00 of $20,000.00" in w.schedule_page.check.text()
        assert m.setData(m.index(1, SHARE), "remainder")
        finish_wizard(w)

    script.then(fill)
    window.new_project_action.trigger()
    detail = projects.project_detail(window.books, "P-002")
    assert [m.amount_cents for m in detail.milestones] == [500_000, 1_500_000]
    assert window.projects_pane.current().code == "P-002"


def test_the_project_list_loads_off_the_ui_thread(
    qtbot: Any, tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    threads: list[threading.Thread] = []
    real = projects.list_projects

    def spy(books: Books) -> Any:
        threads.append(threading.current_thread())
        return real(books)

    monkeypatch.setattr(projects, "list_projects", spy)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Books.open(demo_file), settings=settings)
    qtbot.addWidget(window)
    assert window.projects_pane.model.rowCount() == 0  # the result arrives through the event loop
    qtbot.waitUntil(lambda: window.projects_pane.model.rowCount() == 9, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    window.close()
    window.books.close()
