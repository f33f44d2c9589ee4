"""The Construction menu (change orders, deposits, retainage, pay applications, waivers).

Stub: the construction helper replaces this module. It may use ``window.current_project_code()``,
``window.books``, ``window.reload_all()`` and ``window.show_error(text)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow


def add_construction_actions(window: MainWindow) -> QMenu:
    """Add the "Construction" menu to the window's menu bar and return it."""
    return window.menuBar().addMenu(QCoreApplication.translate("ConstructionMenu", "Construction"))
