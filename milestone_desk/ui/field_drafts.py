"""Sync → Drafts…: the change-order requests and notes written on site, and whether they reached the office."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.services.field.field_work import DraftView
from milestone_desk.ui import formatting


class DraftsDialog(QDialog):
    """Every draft with its project, kind, text, amount, device and sync state; "New draft…" adds one."""

    PROJECT, KIND, TEXT, AMOUNT, DEVICE, WRITTEN, STATE = range(7)

    def __init__(
        self,
        rows: list[DraftView],
        *,
        field_copy: bool,
        can_add: bool,
        currency: str = "USD",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Drafts from the site"))
        self.resize(980, 360)
        self.rows = rows
        self.wants_new = False
        headers = [self.tr("Project"), self.tr("Kind"), self.tr("Text"), self.tr("Amount"), self.tr("Device"),
                   self.tr("Written (UTC)"), self.tr("State")]  # fmt: skip
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line a draft; the whole text is in its tooltip
        for r, d in enumerate(rows):
            values = (
                d.project_code,
                self.tr("Change-order request") if d.kind == "change_order" else self.tr("Note"),
                d.text,
                "" if d.amount_cents is None else formatting.money(d.amount_cents, currency),
                d.device or self.tr("office"),
                d.written_at.strftime("%Y-%m-%d %H:%M"),
                self.state_text(d, field_copy),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr("No drafts yet. Change-order requests and notes written on site show here.")
        )
        self.empty.setVisible(not rows)
        self.new_button = QPushButton(self.tr("New draft…"))
        self.new_button.setEnabled(can_add)
        self.new_button.clicked.connect(self._new)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

    def state_text(self, d: DraftView, field_copy: bool) -> str:
        if d.waiting:
            return self.tr("waiting for the next sync")
        if d.pushed_at is not None:
            return self.tr("sent to the office {0}").format(d.pushed_at.strftime("%Y-%m-%d %H:%M"))
        return self.tr("at the office") if field_copy else self.tr("received")

    def state_of(self, row: int) -> str:
        item = self.table.item(row, self.STATE)
        return "" if item is None else item.text()

    def _new(self) -> None:
        self.wants_new = True
        self.accept()


class NewDraftDialog(QDialog):
    """A change-order request (amount and description) or a note, for one project."""

    def __init__(self, project: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New draft — {0}").format(project))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Change-order request"), "change_order")
        self.kind.addItem(self.tr("Note"), "note")
        form.addRow(self.tr("Kind:"), self.kind)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 1250.00 or -300.00"))
        form.addRow(self.tr("Amount:"), self.amount)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(80)
        form.addRow(self.tr("Text:"), self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self.amount.setEnabled(self.is_change_order()))

    def is_change_order(self) -> bool:
        return bool(self.kind.currentData() == "change_order")
