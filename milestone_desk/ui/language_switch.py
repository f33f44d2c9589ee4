"""Settings → Language…: save the choice, install the translators, and rebuild the window in it.

Every text of the main window is set when it is built, so the window is rebuilt on the same open
file (same lock, same selected project); dialogs opened later follow the new language as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from milestone_desk.ui.language_dialog import LanguageDialog

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow

_windows: list[MainWindow] = []  # windows made by a switch, kept alive until they close


def choose_language(window: MainWindow) -> MainWindow | None:
    """Show the language dialog; on OK return the rebuilt window (the old one is closed)."""
    dialog = LanguageDialog(window, window.controller.currency)
    if window.controller.run_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    return rebuild_window(window)


def rebuild_window(window: MainWindow) -> MainWindow:
    """A new main window on the same file, in the language now installed; the old one closes."""
    if not window.controller.discard_schedule_edits():
        return window
    code = window.current_project_code()
    tab = window.tabs.currentIndex()
    window.save_state()
    window.controller.wait_loaded()
    new = type(window)(window.books, window.settings, window.file_actions.lock)  # no import back up
    c_old, c_new = window.controller, new.controller
    c_new.today = c_old.today
    c_new.run_dialog = c_old.run_dialog
    c_new.show_error = c_old.show_error
    c_new.confirm = c_old.confirm
    new.open_file = window.open_file
    new.remember_layout = window.remember_layout
    new.resize(window.size())
    new.move(window.pos())
    new.show()
    c_new.wait_loaded()
    c_new.reload()
    if code:
        new.projects_pane.select_code(code)
    new.show_tab(tab)
    window.file_actions.timer.stop()
    window.file_actions.lock = None  # the new window holds it now
    window.handing_over = True
    window.remember_layout = False
    window.close()
    _windows[:] = [w for w in _windows if w.isVisible()]
    _windows.append(new)
    new.statusBar().showMessage(new.tr("Language changed."), 8000)
    return new
