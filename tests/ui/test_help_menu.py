"""The Help menu pieces: shortcuts read from the window, data folder, diagnostics without personal data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from milestone_desk.ui import help_menu


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def catcher() -> object:
    catcher = UrlCatcher()
    for scheme in ("file", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher
    for scheme in ("file", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    issue = QAction("&Issue invoice…", window)
    issue.setShortcut(QKeySequence("Ctrl+I"))
    window.addAction(issue)
    return window


def test_menu_gets_four_actions_and_f1_opens_the_guide(window: QMainWindow, catcher: UrlCatcher) -> None:
    menu = window.menuBar().addMenu("Help")
    actions = help_menu.add_help_actions(menu, window)
    assert [a.text() for a in actions] == [
        "User guide",
        "Keyboard shortcuts",
        "Open data folder",
        "Copy diagnostics",
    ]
    assert actions[0].shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    actions[0].trigger()
    assert len(catcher.urls) == 1
    url = catcher.urls[0]
    assert url.isLocalFile() and url.toLocalFile().endswith("guide.html")
    assert "Milestone Desk" in Path(url.toLocalFile()).read_text(encoding="utf-8")


def test_shortcuts_are_read_from_the_window(window: QMainWindow, qtbot: QtBot) -> None:
    help_menu.add_help_actions(window.menuBar().addMenu("Help"), window)
    rows = dict(help_menu.shortcuts_of(window))
    assert rows["Ctrl+I"] == "Issue invoice"
    assert rows["F1"] == "User guide"
    dialog = help_menu.ShortcutsDialog(help_menu.shortcuts_of(window), window)
    qtbot.addWidget(dialog)
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Issue invoice" in labels and labels == sorted(labels, key=str.lower)
    assert all(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount()))


def test_open_data_folder_creates_and_opens_it(catcher: UrlCatcher, qapp: object) -> None:
    assert help_menu.open_data_folder()
    folder = Path(catcher.urls[0].toLocalFile())
    assert folder.is_dir() and folder == help_menu.data_dir()


def test_diagnostics_have_versions_and_no_home_path(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("MILESTONE_DESK_HOME", str(tmp_path / "data" / "Milestone Desk"))
    text = help_menu.copy_diagnostics()
    assert QGuiApplication.clipboard().text() == text
    import PySide6
    import sqlalchemy

    assert f"PySide6 {PySide6.__version__}" in text and f"SQLAlchemy {sqlalchemy.__version__}" in text
    assert "Python 3." in text and "Qt 6." in text and "reportlab " in text
    assert "Data folder ~/data/Milestone Desk" in text
    assert str(tmp_path) not in text
