"""What the construction dialogs share: seams for tests (today, confirm, save path, preview) and widgets.

Dialogs never call exec() on anything themselves: questions go through ``DialogEnv.confirm``, file
names through ``DialogEnv.ask_save_path`` and previews through ``DialogEnv.show_preview``, so tests
replace them and drive the real dialog without a modal loop.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.records.filesafety import write_output
from milestone_desk.ui import formatting

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: #5f6368;"


def ask_yes_no(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Construction", "Milestone Desk"), question
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Construction", "Save PDF"),
        suggested,
        QCoreApplication.translate("Construction", "PDF document (*.pdf)"),
    )
    return path


def _show(dialog: QDialog) -> None:
    dialog.show()


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


@dataclass
class DialogEnv:
    """Everything a construction dialog asks the outside world; tests swap the callables."""

    today: Callable[[], datetime.date] = datetime.date.today
    confirm: Callable[[QWidget, str], bool] = ask_yes_no
    ask_save_path: Callable[[QWidget, str], str] = ask_pdf_path
    show_preview: Callable[[QDialog], None] = _show
    run_dialog: Callable[[QDialog], int] = _exec
    kept: list[QDialog] = field(default_factory=list)


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def note_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


class FigureGrid(QGridLayout):
    """Label / amount rows with the amounts right-aligned; ``set(key, cents)`` updates one live."""

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.currency = currency
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        self.setColumnStretch(1, 1)
        self.setHorizontalSpacing(24)

    def add(self, key: str, label: str, cents: int = 0, *, bold: bool = False) -> QLabel:
        row = self.rowCount()
        name = QLabel(label)
        value = QLabel()
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            for w in (name, value):
                font = w.font()
                font.setBold(True)
                w.setFont(font)
        self.addWidget(name, row, 0)
        self.addWidget(value, row, 1)
        self.values[key] = value
        self.names[key] = name
        self.set(key, cents)
        return value

    def set(self, key: str, cents: int) -> None:
        self.values[key].setText(formatting.money(cents, self.currency))

    def text(self, key: str) -> str:
        return self.values[key].text()


def write_pdf(parent: QWidget, env: DialogEnv, data: bytes, suggested: str) -> tuple[Path | None, str]:
    """Ask where to save, write the bytes; returns (path, "") or (None, sentence) — cancel is (None, "")."""
    chosen = env.ask_save_path(parent, suggested)
    if not chosen:
        return None, ""
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_output(path, data, force=True)  # the dialog asked before replacing
    except MilestoneDeskError as exc:
        return None, str(exc)
    return path, ""


def safe_file_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text).strip("-") or "document"


def day(value: datetime.date | None) -> str:
    return formatting.day(value)


KIND_LABELS = {
    "conditional_progress": QT_TRANSLATE_NOOP("Construction", "Conditional progress"),
    "unconditional_progress": QT_TRANSLATE_NOOP("Construction", "Unconditional progress"),
    "conditional_final": QT_TRANSLATE_NOOP("Construction", "Conditional final"),
    "unconditional_final": QT_TRANSLATE_NOOP("Construction", "Unconditional final"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(
        "Construction", str(KIND_LABELS.get(kind, kind.replace("_", " ").capitalize()))
    )


def date_edit(value: datetime.date) -> QDateEdit:
    """A date field with a calendar, written as the rest of the app writes dates (four-digit year)."""
    edit = QDateEdit(formatting.to_qdate(value))
    edit.setCalendarPopup(True)
    fmt = formatting.locale().dateFormat(QLocale.FormatType.ShortFormat)
    edit.setDisplayFormat(fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))
    return edit


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    return label
