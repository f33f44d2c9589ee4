"""A first start on an empty profile: welcome screen → set up a company → the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from milestone_desk.cli import main
from milestone_desk.paths import default_company_file
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm.company import get_company
from milestone_desk.ui.app_settings import last_file, remember_file
from milestone_desk.ui.welcome import WelcomeDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen platform noise


def test_first_start_sets_up_a_company_and_opens_the_main_window(qapp: QApplication) -> None:
    seen: dict[str, str] = {}

    def step() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, WelcomeDialog) and "welcome" not in seen:
            seen["welcome"] = modal.windowTitle()
            modal.setup_button.click()
            modal.form.name.setText("Fresh Start Builders")
            modal.create_button.click()
            return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if windows:
            seen["main"] = windows[0].windowTitle()
            windows[0].close()

    poll = QTimer()
    poll.timeout.connect(step)
    poll.start(50)
    QTimer.singleShot(30_000, qapp.quit)  # never hang the suite
    try:
        code = main([])
    finally:
        poll.stop()
    assert code == 0
    assert seen["welcome"] == "Welcome to Milestone Desk"
    assert seen["main"].endswith("company.mdesk")
    assert last_file() == default_company_file().resolve()
    with Books.open(default_company_file(), create=False) as books:
        assert get_company(books).name == "Fresh Start Builders"


def test_closing_the_welcome_screen_exits_quietly(qapp: QApplication) -> None:
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    assert main([]) == 0
    assert not default_company_file().exists()


def test_a_remembered_file_that_cannot_be_opened_is_forgotten(qapp: QApplication, tmp_path: Path) -> None:
    broken = tmp_path / "broken.mdesk"
    broken.write_bytes(b"this is not a database at all")
    remember_file(broken)

    def answer() -> None:
        # the file is opened and checked on a worker (issue 17), so the refusal comes when it is done
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        box.accept()

    seen: list[str] = []
    QTimer.singleShot(50, answer)
    assert main([]) == 1
    assert "not a Milestone Desk company file" in seen[0]
    assert last_file() is None
