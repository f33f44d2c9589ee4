"""The Help menu's pieces: user guide, keyboard shortcuts, data folder, diagnostics.

``add_help_actions(menu, window)`` fills a QMenu the main window owns. The shortcut list is read
from the window's own actions, so it never goes stale.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from milestone_desk import __version__
from milestone_desk.paths import data_dir
from milestone_desk.resources_loader import resource_path
from milestone_desk.ui.i18n import effective_language, ui_locale

GUIDE_URL = "https://github.com/milestone-desk/milestone-desk/blob/main/docs/guide.md"


def guide_url() -> QUrl:
    """The bundled guide (resources/docs/guide.html) when shipped, else the online one."""
    local = resource_path("docs", "guide.html")
    return QUrl.fromLocalFile(str(local)) if local.is_file() else QUrl(GUIDE_URL)


def standard_shortcuts() -> list[tuple[str, str]]:
    """Shortcuts every window has, shown when the window's own actions do not list them."""
    native = QKeySequence.SequenceFormat.NativeText
    return [
        (
            QKeySequence(QKeySequence.StandardKey.Open).toString(native),
            QCoreApplication.translate("HelpMenu", "Open a company file"),
        ),
        (
            QKeySequence(QKeySequence.StandardKey.Find).toString(native),
            QCoreApplication.translate("HelpMenu", "Search"),
        ),
        (
            QKeySequence(QKeySequence.StandardKey.Print).toString(native),
            QCoreApplication.translate("HelpMenu", "Print"),
        ),
        (
            QKeySequence(QKeySequence.StandardKey.Quit).toString(native),
            QCoreApplication.translate("HelpMenu", "Quit"),
        ),
        ("F1", QCoreApplication.translate("HelpMenu", "User guide")),
    ]


def shortcuts_of(window: QWidget | None) -> list[tuple[str, str]]:
    """(keys, what it does) for every action with a shortcut under ``window``, plus the standard ones."""
    rows: dict[str, str] = {}
    if window is not None:
        for action in window.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            label = action.text().replace("&", "").rstrip(".…")
            if keys and label:
                rows.setdefault(keys, label)
    for keys, label in standard_shortcuts():
        if keys:  # some platforms have no standard key for an action
            rows.setdefault(keys, label)
    return sorted(rows.items(), key=lambda kv: kv[1].lower())


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HelpMenu", "Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("HelpMenu", "Action"), QCoreApplication.translate("HelpMenu", "Keys")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, label) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(420, 360)


def _version_of(module: str) -> str:
    try:
        mod = __import__(module)
    except ImportError:
        return "not installed"
    return str(getattr(mod, "__version__", getattr(mod, "Version", "?")))


def _tidy(path: Path) -> str:
    """A path with the home folder written as ~ (the user name is personal data)."""
    text, home = str(path), str(Path.home())
    return "~" + text[len(home) :] if home and text.startswith(home) else text


def diagnostics() -> str:
    """Versions and paths for a support request; no company data, no user or host names."""
    import PySide6

    frozen = "PyInstaller bundle" if getattr(sys, "frozen", False) else "Python environment"
    lines = [
        f"Milestone Desk {__version__} ({frozen})",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()} · PySide6 {PySide6.__version__}",
        f"SQLAlchemy {_version_of('sqlalchemy')} · Alembic {_version_of('alembic')}",
        f"reportlab {_version_of('reportlab')} · babel {_version_of('babel')}",
        f"OS {platform.system()} {platform.release()} ({platform.machine()})",
        f"Qt platform {QGuiApplication.platformName()}",
        f"Language {effective_language()} · locale {ui_locale()}",
        f"Data folder {_tidy(data_dir())}",
        f"Program {_tidy(Path(sys.executable).parent)}",
    ]
    return "\n".join(lines)


def copy_diagnostics() -> str:
    text = diagnostics()
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    return text


def open_data_folder() -> bool:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def add_help_actions(menu: QMenu, window: QWidget | None = None) -> list[QAction]:
    """Add User guide (F1), Keyboard shortcuts, Open data folder and Copy diagnostics to ``menu``."""
    guide = QAction(QCoreApplication.translate("HelpMenu", "User guide"), menu)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: QDesktopServices.openUrl(guide_url()))
    keys = QAction(QCoreApplication.translate("HelpMenu", "Keyboard shortcuts"), menu)
    keys.triggered.connect(lambda: ShortcutsDialog(shortcuts_of(window), window).exec())
    folder = QAction(QCoreApplication.translate("HelpMenu", "Open data folder"), menu)
    folder.triggered.connect(open_data_folder)
    diag = QAction(QCoreApplication.translate("HelpMenu", "Copy diagnostics"), menu)
    diag.setStatusTip(
        QCoreApplication.translate(
            "HelpMenu", "Copy version and folder details for a support request (no company data)"
        )
    )
    diag.triggered.connect(copy_diagnostics)
    actions = [guide, keys, folder, diag]
    menu.addAction(guide)
    menu.addAction(keys)
    menu.addSeparator()
    menu.addAction(folder)
    menu.addAction(diag)
    return actions
