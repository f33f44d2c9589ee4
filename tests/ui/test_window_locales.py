"""The window in Spanish and French: the new panes and plural forms come from the catalogues.

Screenshots go to tmp_path; with ``MILESTONE_DESK_DAY_SHOTS=docs/screenshots/day`` into that folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from milestone_desk.ui.i18n import install_translator
from tests.integration_support import sample_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    "language,clients,projects,search",
    [
        ("es", "Clientes", "9 proyectos", "Buscar clientes"),
        ("fr", "Clients", "9 projets", "Rechercher des clients"),
    ],
)
def test_the_window_speaks_spanish_and_french(
    qtbot: Any, tmp_path: Path, language: str, clients: str, projects: str, search: str
) -> None:
    app = QApplication.instance()
    assert app is not None
    shots = Path(os.environ.get("MILESTONE_DESK_DAY_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    install_translator(app, language)  # type: ignore[arg-type]
    try:
        window, _ = sample_window(qtbot, tmp_path)
        assert window.tabs.tabText(2) == clients
        assert window.totals_label.text().startswith(projects)
        window.show_tab(2)
        window.clients_pane.wait()
        assert window.clients_pane.search.placeholderText().startswith(search)
        window.clients_pane.select_code("C-002")
        assert window.grab().save(str(shots / f"{language}-clients.png"))
        window.show_tab(0)
        window.dashboard.wait()
        assert window.grab().save(str(shots / f"{language}-dashboard.png"))
    finally:
        install_translator(app, "en")  # type: ignore[arg-type]
