"""Dialogs for job-site work: sign-off with a signature, taking a field copy, the sync conflicts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.services.field.field_sync import ConflictView
from milestone_desk.ui import formatting
from milestone_desk.ui.signature_pad import SignaturePad


class SignOffDialog(QDialog):
    """Who accepts the milestone's work, when, photos, a note and the signature drawn on screen."""

    def __init__(self, project: str, milestone: str, site: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign off — {0} · {1}").format(project, milestone))
        self.photos: list[Path] = []
        form = QFormLayout()
        form.addRow(self.tr("Site:"), QLabel(site or self.tr("(no site address)")))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Completed on:"), self.date_edit)
        self.signed_by = QLineEdit()
        self.signed_by.setPlaceholderText(self.tr("Name of the person accepting the work"))
        form.addRow(self.tr("Accepted by:"), self.signed_by)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(54)
        form.addRow(self.tr("Note:"), self.note)
        self.photo_list = QListWidget()
        self.photo_list.setFixedHeight(60)
        add = QPushButton(self.tr("Add photos…"))
        add.clicked.connect(self._add_photos)
        row = QHBoxLayout()
        row.addWidget(self.photo_list, 1)
        row.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Photos:"), row)
        self.pad = SignaturePad()
        clear = QPushButton(self.tr("Clear signature"))
        clear.clicked.connect(self.pad.clear)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign off"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Signature:")))
        layout.addWidget(self.pad)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_photo(self, path: Path) -> None:
        self.photos.append(path)
        self.photo_list.addItem(path.name)

    def _add_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the work"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        for name in names:
            self.add_photo(Path(name))

    def _accept(self) -> None:
        if not self.signed_by.text().strip():
            self.error.setText(self.tr("Type the name of the person accepting the work."))
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        d = self.date_edit.date()
        return {
            "on": date(d.year(), d.month(), d.day()),
            "signed_by": self.signed_by.text().strip(),
            "note": self.note.toPlainText().strip(),
            "signature": self.pad.png(),
            "photos": [(p.name, p.read_bytes()) for p in self.photos],
        }


class FieldCopyDialog(QDialog):
    """Where the field copy goes, for which device, and which projects."""

    def __init__(self, office: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a field copy"))
        form = QFormLayout(self)
        form.addRow(self.tr("Office books:"), QLabel(office))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Field copy file:"), row)
        self.device = QLineEdit()
        self.device.setPlaceholderText(self.tr("e.g. TRUCK1"))
        form.addRow(self.tr("Device code:"), self.device)
        self.projects = QLineEdit()
        self.projects.setPlaceholderText(self.tr("all projects, or e.g. P-001,P-002"))
        form.addRow(self.tr("Projects:"), self.projects)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Field copy"), "", self.tr("Milestone Desk books (*.mdesk)")
        )
        if name:
            self.path.setText(name)


MONEY_KEYS = ("amount", "amount_cents", "balance")


def _shown(value: Any, currency: str) -> str:
    """One version of a record, as a person reads it (money in the locale, no internal keys)."""
    if value is None:
        return "—"
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            if k in ("seen", "device", "payment_uuid") or v is None:
                continue
            if k in MONEY_KEYS and isinstance(v, int):
                v = formatting.money(v, currency)
            parts.append(f"{k.replace('_cents', '').replace('_', ' ')}: {v}")
        return ", ".join(parts)
    return json.dumps(value, default=str)


def field_can_win(kind: str) -> bool:
    """Payments stay client credit and a removed milestone stays removed: only the office version."""
    return not kind.startswith("payment_on_") and kind != "milestone_removed"


class ConflictsDialog(QDialog):
    """Every sync conflict with both versions; a person keeps the office's or the field's."""

    def __init__(
        self,
        rows: list[ConflictView],
        *,
        can_settle: bool,
        currency: str = "USD",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(1180, 380)
        self.rows = rows
        self.chosen: tuple[int, str] | None = None
        headers = [self.tr("Kind"), self.tr("Record"), self.tr("Device"), self.tr("Office version"),
                   self.tr("Field version"), self.tr("State")]  # fmt: skip
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, c in enumerate(rows):
            state = (
                self.tr("settled: {0}").format(c.settlement)
                if c.settled
                else self.tr("open — {0}").format(c.resolution)
            )
            values = (
                c.kind.replace("_", " "),
                c.record,
                c.device,
                _shown(c.office, currency),
                _shown(c.field, currency),
                state,
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, col, item)
        self.table.setWordWrap(True)
        for col in (3, 4, 5):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, 250)
        self.table.resizeRowsToContents()
        self.keep_office = QPushButton(self.tr("Keep office version"))
        self.keep_field = QPushButton(self.tr("Keep field version"))
        self.keep_office.clicked.connect(lambda: self._choose("office"))
        self.keep_field.clicked.connect(lambda: self._choose("field"))
        note = QLabel(
            self.tr("Conflicts are settled at the office.")
            if not can_settle
            else self.tr(
                "Both versions are kept until you settle a conflict; issued documents and payments never change."
            )
        )
        note.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_office)
        buttons.addWidget(self.keep_field)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.can_settle = can_settle
        self.table.itemSelectionChanged.connect(self._update)
        if rows:
            self.table.selectRow(0)
        self._update()

    def selected(self) -> ConflictView | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _update(self) -> None:
        c = self.selected()
        open_ = c is not None and not c.settled and self.can_settle
        self.keep_office.setEnabled(open_)
        self.keep_field.setEnabled(open_ and c is not None and field_can_win(c.kind))

    def _choose(self, keep: str) -> None:
        c = self.selected()
        if c is not None:
            self.chosen = (c.id, keep)
            self.accept()
