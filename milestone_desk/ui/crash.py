"""The crash reporter: an exception nobody caught becomes a dialog with a copyable report, never lost.

``install_crash_reporter()`` sets ``sys.excepthook`` (an exception raised in a Qt slot lands there)
and a Qt message handler (Qt's own warnings and criticals), and writes both to a rotating log in
the data folder (``logs/milestone-desk.log``, five files of 1 MB). The windowed Windows build has
no stderr, so the log and the dialog are the only places a user can find what went wrong.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from milestone_desk import __version__
from milestone_desk.paths import data_dir

LOG_NAME = "milestone-desk.log"
log = logging.getLogger("milestone_desk")


def log_file() -> Path:
    return data_dir() / "logs" / LOG_NAME


def setup_logging() -> Path:
    """A rotating log in the data folder (idempotent); returns its path."""
    path = log_file()
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            log.removeHandler(handler)  # another data folder (a test, a portable install) than before
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=4, encoding="utf-8")
    except OSError:  # a read-only data folder: the dialog still shows the report
        return path
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The text a user copies into an email: versions and the traceback."""
    lines = [
        f"Milestone Desk {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(kind, value, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """Something went wrong: what, where the log is, and a Copy button. The books were not changed
    by the failed step (every write is one transaction), which the text says."""

    def __init__(self, report: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Milestone Desk — something went wrong"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Milestone Desk hit an error it did not expect. The step you were taking did not "
                "finish; anything already saved in the company file is safe. Please send the report "
                "below to whoever supports your installation."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.text, 1)
        self.log_label = QLabel(self.tr("The log file is at {0}").format(str(log_path)))
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text.toPlainText())


ShowCrash = Callable[[str, Path], None]


class CrashReporter:
    """The installed hooks; ``show`` is replaced in tests to keep them non-modal."""

    def __init__(self) -> None:
        self.log_path = setup_logging()
        self.show: ShowCrash = self._dialog
        self.reports: list[str] = []
        self._showing = False

    def _dialog(self, report: str, log_path: Path) -> None:
        if QApplication.instance() is None:
            print(report, file=sys.stderr)
            return
        dialog = CrashDialog(report, log_path, QApplication.activeWindow())
        dialog.exec()

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report = crash_report(kind, value, tb)
        log.error("Unexpected error\n%s", report)
        self.reports.append(report)
        if self._showing:  # an error while the dialog is up: logged, not a second dialog
            return
        self._showing = True
        try:
            self.show(report, self.log_path)
        finally:
            self._showing = False

    def qt_message(self, mode: QtMsgType, context: object, message: str) -> None:
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            log.error("Qt: %s", message)
        elif mode == QtMsgType.QtWarningMsg:
            log.warning("Qt: %s", message)
        else:
            log.debug("Qt: %s", message)


_REPORTER: CrashReporter | None = None


def install_crash_reporter() -> CrashReporter:
    """Install ``sys.excepthook`` and the Qt message handler once; returns the reporter."""
    global _REPORTER
    if _REPORTER is None:
        _REPORTER = CrashReporter()
    else:
        _REPORTER.log_path = setup_logging()
    sys.excepthook = _REPORTER.excepthook
    qInstallMessageHandler(_REPORTER.qt_message)
    return _REPORTER
