"""Every dialog fits the screen (1280×800 at 100 %, 1366×768 at 125 % = 1093×614 logical), remembers
its size, and the first main window opens at a sensible size or maximised."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from milestone_desk.ui import fit
from milestone_desk.ui.reports_menu import ReportDialog
from tests.integration_support import sample_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
LAPTOP = QRect(0, 0, 1280, 760)  # 1280×800 less a task bar
SCALED = QRect(0, 0, 1093, 582)  # 1366×768 at 125 %, less a task bar


class Tall(QDialog):
    def __init__(self) -> None:
        super().__init__()
        QVBoxLayout(self).addWidget(QLabel("a tall dialog"))
        self.resize(760, 900)  # the old PDF preview's size


@pytest.mark.parametrize("screen", [LAPTOP, SCALED])
def test_a_dialog_is_clamped_centred_and_remembers_its_size(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, screen: QRect
) -> None:
    monkeypatch.setattr(fit, "available", lambda widget=None: QRect(screen))
    fit.install_dialog_fitter()
    d = Tall()
    qtbot.addWidget(d)
    d.show()
    assert d.height() <= screen.height() - 2 * fit.MARGIN and d.width() == 760
    assert screen.contains(d.geometry())
    d.resize(700, 400)
    d.close()
    again = Tall()
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(700, 400)  # as the user left it


def test_first_window_is_sensible_or_maximised() -> None:
    big = QRect(0, 0, 1920, 1040)
    geometry, maximised = fit.first_window_geometry(big)
    assert not maximised and geometry.size() == QSize(1440, 900) and big.contains(geometry)
    assert fit.first_window_geometry(LAPTOP)[1]  # a laptop: maximised, never 853×533
    assert fit.first_window_geometry(SCALED)[1]


def test_collections_and_aging_fit_the_scaled_laptop(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fit, "available", lambda widget=None: QRect(SCALED))
    window, _ = sample_window(qtbot, tmp_path)
    for make in (window.reports.make_collections_dialog, window.reports.make_aging_dialog):
        dialog = make()
        assert isinstance(dialog, ReportDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        frame = dialog.geometry()
        assert frame.height() <= SCALED.height() and frame.width() <= SCALED.width(), frame
        assert dialog.buttons.geometry().bottom() <= dialog.height()  # Close is on screen
        dialog.close()
