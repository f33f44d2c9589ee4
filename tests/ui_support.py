"""Helpers for the UI tests: a window on a real file, with dialogs driven without modal exec()."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWizard

from milestone_desk.services.core.books import Books
from milestone_desk.ui.main_window import MainWindow

TODAY = datetime.date(2026, 3, 2)


class Script:
    """Fills the dialogs the controller opens, in order; each step gets the real dialog widget."""

    def __init__(self) -> None:
        self.steps: list[Callable[[Any], None]] = []
        self.seen: list[QDialog] = []
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.answer = True

    def then(self, step: Callable[[Any], None]) -> Script:
        self.steps.append(step)
        return self

    def run(self, dialog: QDialog) -> int:
        assert self.steps, f"unexpected dialog {type(dialog).__name__}"
        self.seen.append(dialog)
        dialog.show()
        step = self.steps.pop(0)
        step(dialog)
        if dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted:
            dialog.reject()
        return int(dialog.result())

    def confirm(self, question: str) -> bool:
        self.questions.append(question)
        return self.answer


def open_window(qtbot: Any, path: Path, tmp_path: Path) -> tuple[MainWindow, Script]:
    books = Books.open(path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(books, settings=settings)
    qtbot.addWidget(window)
    script = Script()
    c = window.controller
    c.today = lambda: TODAY
    c.run_dialog = script.run
    c.show_error = script.errors.append
    c.confirm = script.confirm
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    c.wait_loaded()
    c.reload()
    return window, script


def finish_wizard(wizard: QWizard) -> None:
    while wizard.currentId() != wizard.pageIds()[-1]:
        wizard.next()
    wizard.accept()
