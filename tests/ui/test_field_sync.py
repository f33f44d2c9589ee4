"""Sync in the window runs on a worker thread with progress and Cancel; the window keeps painting."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from milestone_desk.services.core.books import Books
from milestone_desk.services.field import field_sync
from tests.field_support import certificates, office_with_deposits
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path("/tmp/md-field-shots")


def _laptop(tmp_path: Path, cli: Any) -> tuple[Path, Path]:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    r = cli("complete", str(lap), "P-001", "Demolition", "--date", "2026-03-02", "--signed-by", "Maria")
    assert r.code == 0, r.err
    return office, lap


def _select(window: Any, qtbot: Any, code: str) -> None:
    model = window.projects_pane.model
    window.projects_pane.select_row(model.row_of(lambda p: p.code == code))
    window.controller.wait_loaded()
    qtbot.waitUntil(lambda: window.current_project_code() == code)


def _progress(window: Any) -> QProgressDialog | None:
    found = window.findChild(QProgressDialog, "operationProgress")
    return found if isinstance(found, QProgressDialog) and found.isVisible() else None


def test_sync_now_runs_off_the_ui_thread_with_progress_then_reads_the_pulled_copy(
    tmp_path: Path, qtbot: Any, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, lap = _laptop(tmp_path, cli)
    window, _ = open_window(qtbot, lap, tmp_path)
    _select(window, qtbot, "P-001")
    assert cli("complete", str(office), "P-001", "Cabinets", "--date", "2026-05-03").code == 0  # office news
    real = field_sync.sync
    threads: list[threading.Thread] = []

    def slow_sync(path: Any, office_address: str | None = None, **kw: Any) -> field_sync.SyncResult:
        threads.append(threading.current_thread())
        time.sleep(0.8)  # a slow VPN: the window must not freeze meanwhile
        return real(path, office_address, **kw)

    monkeypatch.setattr(field_sync, "sync", slow_sync)
    ticks: list[bool] = []

    def tick() -> None:
        shown = _progress(window)
        if shown is not None and not any(ticks):
            SHOTS.mkdir(exist_ok=True)
            assert shown.grab().save(str(SHOTS / "sync-progress.png"))
        ticks.append(shown is not None)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    window.field_actions.sync_action.trigger()
    timer.stop()
    assert time.perf_counter() - started >= 0.8
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks) >= 15  # the UI thread kept running its timers (~40 in 0.8 s)
    assert any(ticks)  # and the progress dialog showed
    assert _progress(window) is None
    assert "pushed 1" in window.statusBar().currentMessage()
    assert window.windowTitle().startswith(f"Milestone Desk — Field copy of {office}")
    window.controller.wait_loaded()
    rows = {r.name: r for r in window.milestone_pane.model.rows()}
    assert rows["Demolition"].status == "completed"
    assert rows["Cabinets"].status == "completed"  # the pulled copy is what the window shows now
    with Books.open(office, create=False, readonly=True) as b:
        assert [c[1] for c in certificates(b)] == ["Demolition"]
    with Books.open(lap, create=False, readonly=True) as b:
        assert field_sync.pending(b) == 0
    window.close()


def test_cancel_stops_the_sync_and_the_next_sync_finishes_it(
    tmp_path: Path, qtbot: Any, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, lap = _laptop(tmp_path, cli)
    window, script = open_window(qtbot, lap, tmp_path)
    real = field_sync.sync

    def waits_for_cancel(path: Any, office_address: str | None = None, **kw: Any) -> field_sync.SyncResult:
        cancelled: Callable[[], bool] = kw["cancelled"]
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.02)
        return real(path, office_address, **kw)

    monkeypatch.setattr(field_sync, "sync", waits_for_cancel)

    def press_cancel() -> None:
        dialog = _progress(window)
        if dialog is not None:
            for button in dialog.findChildren(QPushButton):
                button.click()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(press_cancel)
    timer.start()
    window.field_actions.sync_action.trigger()
    timer.stop()
    assert script.errors and script.errors[-1].startswith("Sync stopped: 0 change(s) went to the office")
    with Books.open(lap, create=False, readonly=True) as b:
        assert field_sync.pending(b) == 1  # nothing lost, nothing half done
    with Books.open(office, create=False, readonly=True) as b:
        assert certificates(b) == []
    monkeypatch.setattr(field_sync, "sync", real)
    window.field_actions.sync_action.trigger()
    assert "pushed 1" in window.statusBar().currentMessage()
    with Books.open(office, create=False, readonly=True) as b:
        assert [c[1] for c in certificates(b)] == ["Demolition"]
    window.close()
