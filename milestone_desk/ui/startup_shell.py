"""The window frame painted at once on start, while the books and the full window load.

Importing SQLAlchemy and our panes takes most of a second on a slow laptop; an empty frame with the
file's name shows the office manager that the app is there. It has the main window's remembered
size and place, so the full window replaces it without a jump. Qt only: nothing heavy imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QMainWindow

from milestone_desk.resources_loader import resource_path
from milestone_desk.ui.app_settings import app_settings
from milestone_desk.ui.fit import keep_on_screen, place_first_window


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"app-{size}.png")))
    return icon


class StartupShell(QMainWindow):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.setWindowTitle(f"{path.name} — Milestone Desk")
        label = QLabel(QCoreApplication.translate("StartupShell", "Opening {0}…").format(path.name))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: palette(mid); font-size: 15px;")
        self.setCentralWidget(label)
        self.setAutoFillBackground(True)  # painted with the window colour, never a black frame
        geometry = app_settings().value("window/geometry")
        self.first_maximised = False
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            keep_on_screen(self)
        else:  # where the main window will open, so it replaces this frame without a jump
            self.first_maximised = place_first_window(self)
