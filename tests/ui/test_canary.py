"""PySide6 canary (DESIGN §10): some releases abort CPython after ~600 Python signal emits."""

from __future__ import annotations

from typing import Any

import PySide6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton


class Emitter(QObject):
    fired = Signal(int)


def test_pyside_version_is_pinned_below_the_broken_release() -> None:
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (6, 8) <= (major, minor) < (6, 12)


def test_two_thousand_emits_reach_the_slot(qapp: Any) -> None:
    emitter = Emitter()
    got: list[int] = []
    emitter.fired.connect(got.append)
    for i in range(2000):
        emitter.fired.emit(i)
    assert got == list(range(2000))


def test_six_thousand_clicks(qtbot: Any) -> None:
    button = QPushButton("click")
    qtbot.addWidget(button)
    clicks: list[bool] = []
    button.clicked.connect(lambda checked=False: clicks.append(checked))
    for _ in range(6000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(clicks) == 6000
