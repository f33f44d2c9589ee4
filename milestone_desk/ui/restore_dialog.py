"""Choose a backup to restore: date, kind and size of each, newest first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.services.filesafety import BackupRow

RecordRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class BackupTableModel(QAbstractTableModel):
    DATE, KIND, SIZE = range(3)

    def __init__(self, rows: list[BackupRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self._headers = [self.tr("Taken"), self.tr("Kind"), self.tr("Size")]
        self._kinds = {
            "daily": self.tr("Daily"),
            "manual": self.tr("Made by hand"),
            "pre-upgrade": self.tr("Before an upgrade"),
            "pre-restore": self.tr("Before a restore"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == RecordRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if index.column() == self.DATE:
                when = QDateTime.fromSecsSinceEpoch(int(row.taken_at.timestamp())).toLocalTime()
                return locale.toString(when, QLocale.FormatType.ShortFormat)
            if index.column() == self.KIND:
                return self._kinds.get(row.kind, row.kind)
            return locale.formattedDataSize(row.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        return None


class RestoreDialog(QDialog):
    """Lists the backups of one company file; ``selected_backup()`` after it is accepted."""

    def __init__(self, company: Path, rows: list[BackupRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.model = BackupTableModel(rows, self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Restoring replaces {0} with the backup you choose. The current file is kept as a "
                "backup first, so nothing is lost."
            ).format(company.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table)
        if not rows:
            layout.addWidget(QLabel(self.tr("There are no backups of this file yet.")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        if rows:
            self.table.selectRow(0)
        self.resize(560, 360)

    def _selection_changed(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _double_clicked(self, _index: QModelIndex) -> None:
        if self.selected_backup() is not None:
            self.accept()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = self.model.data(rows[0], RecordRole)
        return record.path if isinstance(record, BackupRow) else None
