"""The start of the day: the file's check and the window's code load off the UI thread, and a damaged
file is still never written; the stall probe's measure of a frozen UI thread is right."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from bench.stall_probe import PERIOD_MS, Probe, spin
from milestone_desk import app as app_module
from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.persistence import probe as probe_module
from milestone_desk.services.core.books import Books
from milestone_desk.ui import open_flow
from milestone_desk.ui.startup_shell import StartupShell

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _where_probed(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    seen: list[threading.Thread] = []
    real = probe_module._quick_check

    def spy(conn: Any, path: Path) -> bool:
        seen.append(threading.current_thread())
        return real(conn, path)

    monkeypatch.setattr(probe_module, "_quick_check", spy)
    return seen


def test_start_checks_the_file_off_the_ui_thread(
    qtbot: Any, tmp_path: Path, db_path: Path, books: Books, monkeypatch: pytest.MonkeyPatch
) -> None:
    books.close()
    monkeypatch.setenv("MILESTONE_DESK_HOME", str(tmp_path / "home"))
    seen = _where_probed(monkeypatch)
    shell = StartupShell(db_path)
    shell.show()
    qtbot.addWidget(shell)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    built: list[float] = []
    window = app_module.open_window_behind(db_path, shell, create=False, settings=settings, built=built)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert seen and all(t is not threading.main_thread() for t in seen)
        assert built and built[0] > 0
        window.controller.wait_loaded()
        qtbot.waitUntil(lambda: window.projects_pane.model.rowCount() == 1, timeout=10_000)
        assert not shell.isVisible() and window.isVisible()
        assert not window.books.readonly
    finally:
        window.remember_layout = False
        window.close()
        window.file_actions.release()
        window.books.close()


def test_a_damaged_file_found_by_the_check_off_the_ui_thread_is_left_as_it_was(
    qtbot: Any, tmp_path: Path, db_path: Path, books: Books, monkeypatch: pytest.MonkeyPatch
) -> None:
    books.close()
    monkeypatch.setenv("MILESTONE_DESK_HOME", str(tmp_path / "home"))
    for sfx in ("-wal", "-shm"):
        Path(f"{db_path}{sfx}").unlink(missing_ok=True)
    blob = bytearray(db_path.read_bytes())
    blob[8192:8200] = b"\x00" * 8
    db_path.write_bytes(bytes(blob))
    seen = _where_probed(monkeypatch)
    asked: list[str] = []

    def ask_factory(_parent: object) -> Any:
        def ask(error: MilestoneDeskError, has_backups: bool) -> str:
            asked.append(type(error).__name__)
            return "cancel"

        return ask

    monkeypatch.setattr(open_flow, "_ask_with_dialog", ask_factory)
    shell = StartupShell(db_path)
    shell.show()
    qtbot.addWidget(shell)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert app_module.open_window_behind(db_path, shell, create=False, settings=settings) is None
    assert asked == ["OpenProblem"]
    assert seen and all(t is not threading.main_thread() for t in seen)
    assert db_path.read_bytes() == bytes(blob)  # the books were never written
    assert not Path(f"{db_path}.lock").exists()


def test_the_stall_probe_sees_a_frozen_ui_thread(qtbot: Any) -> None:
    app = QApplication.instance()
    probe = Probe()
    spin(app, 0.15)
    quiet = probe.mark()
    spin(app, 0.15)
    assert probe.worst(quiet) < 150  # ticking: no gap near the freeze below (even on a loaded machine)

    done: list[float] = []

    def freeze(seconds: float, busy: bool) -> None:
        if not busy:
            time.sleep(seconds)
        else:
            end = time.thread_time() + seconds  # this thread's own CPU, however loaded the machine
            while time.thread_time() < end:
                pass
        done.append(time.perf_counter())

    def ticked_after() -> bool:  # the timer ticked again since the freeze ended
        return bool(done) and probe.ticks[-1] > done[-1]

    asleep = probe.mark()
    QTimer.singleShot(0, lambda: freeze(0.3, busy=False))
    spin(app, 30, ticked_after)
    assert probe.worst(asleep) >= 300 - PERIOD_MS - 5  # the wall clock saw the UI thread frozen
    assert probe.worst_cpu(asleep) < 150  # …while it spent no CPU (what a loaded machine looks like)
    done.clear()
    working = probe.mark()
    QTimer.singleShot(0, lambda: freeze(0.3, busy=True))
    spin(app, 30, ticked_after)
    assert probe.worst(working) >= 300 - PERIOD_MS - 5
    assert probe.worst_cpu(working) >= 290  # busy on the UI thread: its own CPU shows the freeze
    probe.timer.stop()
