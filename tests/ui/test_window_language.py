"""Settings → Language… rebuilds the window in the new language on the same file, lock and project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from milestone_desk.services.records import filesafety
from milestone_desk.ui.i18n import chosen_language, install_translator
from milestone_desk.ui.language_dialog import LanguageDialog
from tests.integration_support import sample_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_switching_to_spanish_changes_the_menus_at_once(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    lock = filesafety.acquire_window_lock(window.books.path)
    window.file_actions.adopt(lock)
    window.projects_pane.select_code("P-003")
    assert window.menuBar().actions()[0].text() == "&File"

    def spanish(d: LanguageDialog) -> None:
        d.combo.setCurrentIndex(d.combo.findData("es"))
        d.apply()

    script.then(spanish)
    try:
        from milestone_desk.ui.language_switch import choose_language

        new = choose_language(window)
        assert new is not None and new is not window
        qtbot.addWidget(new)
        assert chosen_language() == "es"
        titles = [a.text() for a in new.menuBar().actions()]
        assert titles[0] == "&Archivo", titles
        assert not window.isVisible() and new.isVisible()
        assert new.books is window.books and new.current_project_code() == "P-003"
        assert new.file_actions.lock is lock and lock.held()
        new.close()
        assert not lock.held()
    finally:
        app = QCoreApplication.instance()
        assert app is not None
        install_translator(app, "en")
