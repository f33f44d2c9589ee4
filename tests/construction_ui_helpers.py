"""A stand-in main window for the Construction menu tests: only the members the menu may use.

The real main window gains ``current_project_code``, ``reload_all`` and ``show_error`` elsewhere;
this double provides them on a real QMainWindow over a real company file.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QMainWindow

from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import exchange
from milestone_desk.ui.construction.common import DialogEnv
from milestone_desk.ui.construction_menu import ConstructionMenu, add_construction_actions

TODAY = datetime.date(2026, 3, 31)

PROGRESS: dict[str, Any] = {
    "format": "milestone-desk/1",
    "company": {
        "name": "Hartwell Remodeling",
        "address": "418 Cedar Lane\nPortland, OR 97205",
        "currency": "USD",
    },
    "clients": [{"code": "C-9", "name": "Harbor Logistics LLC", "address": "9 Pier Rd, Portland, OR"}],
    "projects": [
        {
            "code": "W-1",
            "client": "C-9",
            "name": "Warehouse fit-out",
            "site_address": "1200 NW Front Ave",
            "contract_sum": "100000.00",
            "retainage_percent": "10",
            "billing": "progress",
            "schedule_of_values": [
                {"name": "Sitework", "value": "20000.00"},
                {"name": "Framing", "value": "50000.00"},
                {"name": "Finishes", "value": "30000.00"},
            ],
        }
    ],
}


class FakeWindow(QMainWindow):
    """A QMainWindow with the four members the Construction menu relies on."""

    def __init__(self, books: Books, code: str | None) -> None:
        super().__init__()
        self.books = books
        self.code = code
        self.reloads = 0
        self.errors: list[str] = []
        self.menuBar().addMenu("&File")
        self.menuBar().addMenu("&Help")

    def current_project_code(self) -> str | None:
        return self.code

    def reload_all(self) -> None:
        self.reloads += 1

    def show_error(self, text: str) -> None:
        self.errors.append(text)


class Driver:
    """Runs each dialog the menu opens through the next scripted step, without a modal loop."""

    def __init__(self, env: DialogEnv, tmp_path: Path) -> None:
        self.steps: list[Callable[[Any], None]] = []
        self.questions: list[str] = []
        self.answer = True
        self.saved: list[Path] = []
        self.previews: list[QDialog] = []
        self.save_to = tmp_path
        env.today = lambda: TODAY
        env.run_dialog = self.run
        env.confirm = self.confirm
        env.ask_save_path = self.ask_save_path
        env.show_preview = self.previews.append

    def then(self, step: Callable[[Any], None]) -> Driver:
        self.steps.append(step)
        return self

    def run(self, dialog: QDialog) -> int:
        assert self.steps, f"unexpected dialog {type(dialog).__name__}"
        dialog.show()
        self.steps.pop(0)(dialog)
        if dialog.isVisible():
            dialog.reject() if dialog.result() != QDialog.DialogCode.Accepted else dialog.hide()
        return int(dialog.result())

    def confirm(self, _parent: object, question: str) -> bool:
        self.questions.append(question)
        return self.answer

    def ask_save_path(self, _parent: object, suggested: str) -> str:
        path = self.save_to / suggested
        self.saved.append(path)
        return str(path)


def open_books(path: Path, data: dict[str, Any]) -> Books:
    books = Books.open(path)
    exchange.import_data(books, json.loads(json.dumps(data)))
    return books


def menu_on(
    qtbot: Any, books: Books, code: str | None, tmp_path: Path
) -> tuple[FakeWindow, ConstructionMenu, Driver]:
    window = FakeWindow(books, code)
    qtbot.addWidget(window)
    menu = add_construction_actions(window)
    assert isinstance(menu, ConstructionMenu)
    driver = Driver(menu.env, tmp_path)
    return window, menu, driver


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
