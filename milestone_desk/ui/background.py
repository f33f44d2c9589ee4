"""Reading work that may take longer than a frame runs on a worker thread; results come back as signals.

Each job takes its own connection from the engine's pool, so the UI thread never waits on SQLite.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from milestone_desk.domain.errors import MilestoneDeskError


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except MilestoneDeskError as exc:
            self._deliver(self.signals.failed, str(exc))
            return
        except Exception as exc:  # a bug: still reported, never lost in a thread
            self._deliver(self.signals.failed, f"Loading failed unexpectedly: {exc!r}")
            return
        self._deliver(self.signals.finished, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        """Emit, unless the window that asked was closed meanwhile (then nobody wants the result)."""
        try:
            signal.emit(value)
        except RuntimeError:  # "Signal source has been deleted": the window is gone
            pass


class Worker(QObject):
    """One background lane (jobs run in order); ``wait()`` finishes them and delivers their results."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._pending: set[_Signals] = set()

    def submit(
        self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[str], None]
    ) -> None:
        signals = _Signals()  # lives in the UI thread, so its slots run there

        def finish(result: Any) -> None:
            self._pending.discard(signals)
            done(result)

        def fail(sentence: str) -> None:
            self._pending.discard(signals)
            failed(sentence)

        signals.finished.connect(finish)
        signals.failed.connect(fail)
        self._pending.add(signals)
        self.pool.start(_Job(work, signals))

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self) -> None:
        """Block until every job is done and its result delivered (screenshots, tests, closing)."""
        self.pool.waitForDone()
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
