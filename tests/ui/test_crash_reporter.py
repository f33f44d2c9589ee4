"""An exception raised in a slot reaches the crash reporter: a dialog with a copyable report and the log."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from milestone_desk.ui.crash import CrashDialog, install_crash_reporter, log_file


class _Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_becomes_a_report_and_a_log_line(qtbot: Any, tmp_path: Path) -> None:
    old = sys.excepthook
    reporter = install_crash_reporter()
    shown: list[tuple[str, Path]] = []
    reporter.show = lambda report, path: shown.append((report, path))
    try:
        emitter = _Emitter()

        def broken() -> None:
            raise ZeroDivisionError("the slot divided by zero")

        emitter.fire.connect(broken)
        emitter.fire.emit()
    finally:
        sys.excepthook = old
    assert len(shown) == 1
    report, path = shown[0]
    assert "ZeroDivisionError: the slot divided by zero" in report
    assert "Milestone Desk" in report.splitlines()[0]
    assert path == log_file()
    assert str(tmp_path) in str(path)  # the data folder of this test (MILESTONE_DESK_HOME)
    for handler in __import__("logging").getLogger("milestone_desk").handlers:
        handler.flush()
    assert "the slot divided by zero" in path.read_text(encoding="utf-8")


def test_the_crash_dialog_copies_its_report(qtbot: Any, tmp_path: Path) -> None:
    dialog = CrashDialog("Traceback: boom", tmp_path / "logs" / "milestone-desk.log")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == "Traceback: boom"
    assert "milestone-desk.log" in dialog.log_label.text()
