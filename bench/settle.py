"""Waiting until the window has settled: no background job pending and no paint for QUIET_MS.

``Settle`` watches every Paint event of the application. ``wait(t0)`` spins the event loop until
every ``Worker`` of the window is idle and nothing has been painted for QUIET_MS, and returns the
time of the last paint after ``t0`` (what the user waited for; the quiet tail is not counted).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

QUIET_MS = 50.0


class Settle(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.last_paint = 0.0
        self.paints = 0
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last_paint = time.perf_counter()
            self.paints += 1
        return False

    def busy(self, window: Any) -> bool:
        from milestone_desk.ui.background import Worker

        return any(w.busy() for w in window.findChildren(Worker))

    def wait(self, window: Any, t0: float, timeout: float = 60.0) -> float:
        """Seconds from ``t0`` to the last paint once the window is idle (or to now if nothing painted)."""
        quiet_since = time.perf_counter()
        seen = self.paints
        while True:
            self.app.processEvents()
            now = time.perf_counter()
            if self.paints != seen or self.busy(window):
                seen = self.paints
                quiet_since = now
            elif (now - quiet_since) * 1000 >= QUIET_MS:
                end = self.last_paint if self.last_paint > t0 else quiet_since
                return end - t0
            if now - t0 > timeout:
                raise SystemExit("the window never settled")
            time.sleep(0.001)
