"""Reading work that may take longer than a frame runs on a worker thread; results come back as signals.

Each job takes its own connection from the engine's pool, so the UI thread never waits on SQLite.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from milestone_desk.domain.errors import MilestoneDeskError

T = TypeVar("T")


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


# -- operations: a write or a long job off the UI thread, with progress (in the manner of Anki's
# aqt/operations). The caller gets the result (or the exception) as if it had called ``work`` itself,
# while the window keeps painting and a progress dialog appears if the job takes longer than a moment.
class Cancelled(MilestoneDeskError):
    """The user pressed Cancel in a progress dialog; nothing was written by the step that stopped."""


_EXECUTOR: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    global _EXECUTOR
    if _EXECUTOR is None:
        _EXECUTOR = ThreadPoolExecutor(max_workers=2, thread_name_prefix="milestone-op")
    return _EXECUTOR


def run_op(
    parent: QWidget | None,
    label: str,
    work: Callable[[Callable[[], bool]], T],
    *,
    cancellable: bool = False,
    show_after_ms: int = 300,
) -> T:
    """Run ``work(cancelled)`` on a worker thread and return its result; raise what it raised.

    ``cancelled()`` turns True once the user pressed Cancel (offered when ``cancellable``); a job
    that checks it should stop before its next write and raise ``Cancelled``. A modal progress
    dialog shows after ``show_after_ms``; the UI thread keeps handling paint and timer events.
    """
    flag = threading.Event()
    future: Future[T] = _executor().submit(work, flag.is_set)
    if future.done():
        return future.result()
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(
        label, QCoreApplication.translate("Operations", "Cancel") if cancellable else "", 0, 0, parent
    )
    dialog.setObjectName("operationProgress")
    dialog.setWindowTitle(QCoreApplication.translate("Operations", "Milestone Desk"))
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(flag.set)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(15)

    def check() -> None:
        if future.done():
            loop.quit()
        else:
            dialog.setValue(0)  # keeps the busy bar moving and shows the dialog after the delay

    timer.timeout.connect(check)
    timer.start()
    if not future.done():
        # without Cancel, clicks wait until the job is done (no second write can start meanwhile)
        flags = QEventLoop.ProcessEventsFlag.AllEvents
        if not cancellable:
            flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        loop.exec(flags)
    timer.stop()
    dialog.reset()
    dialog.close()
    dialog.deleteLater()
    return future.result()
