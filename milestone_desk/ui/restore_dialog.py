"""Choose a backup to restore: date, kind and size of each, newest first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QModelIndex, Qt
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

from milestone_desk.services.records.filesafety import BackupRow
from milestone_desk.ui.table_base import Column, RecordRole, RecordTableModel


def _taken(row: BackupRow) -> str:
    when = QDateTime.fromSecsSinceEpoch(int(row.taken_at.timestamp())).toLocalTime()
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def _kind(row: BackupRow) -> str:
    kinds = {
        "daily": QCoreApplication.translate("BackupTableModel", "Daily"),
        "manual": QCoreApplication.translate("BackupTableModel", "Made by hand"),
        "pre-upgrade": QCoreApplication.translate("BackupTableModel", "Before an upgrade"),
        "pre-restore": QCoreApplication.translate("BackupTableModel", "Before a restore"),
    }
    return kinds.get(row.kind, row.kind)


class BackupTableModel(RecordTableModel[BackupRow]):
    DATE, KIND, SIZE = range(3)
    columns = (
        Column(QT_TRANSLATE_NOOP("BackupTableModel", "Taken"), _taken, lambda r: r.taken_at),
        Column(QT_TRANSLATE_NOOP("BackupTableModel", "Kind"), _kind, lambda r: r.kind),
        Column(
            QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
            lambda r: QLocale().formattedDataSize(r.size),
            lambda r: r.size,
            numeric=True,
        ),
    )

    def __init__(self, rows: list[BackupRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_records(rows)

    @property
    def rows(self) -> list[BackupRow]:
        return self.records()

    def style(self, rec: BackupRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(rec.path)
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
