"""Table models of the collections views: the aging table and small read-only lists.

One ``QAbstractTableModel`` per table with column constants and ``RECORD_ROLE`` returning the
record; sorting happens in the model (never a proxy on large Python models).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from milestone_desk.domain.reports import BUCKET_LABELS, BUCKETS, AgingReport, AgingRow
from milestone_desk.ui.formatting import amount as money
from milestone_desk.ui.table_base import Column, RecordTableModel

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class AgingTableModel(QAbstractTableModel):
    """Clients by aging bucket; the total row stays last whatever the sort."""

    CLIENT, NAME = 0, 1
    FIRST_BUCKET = 2
    TOTAL = FIRST_BUCKET + len(BUCKETS)
    CREDIT = TOTAL + 1
    COLUMNS = CREDIT + 1

    def __init__(self) -> None:
        super().__init__()
        self._report: AgingReport | None = None
        self._rows: list[AgingRow] = []

    def set_report(self, report: AgingReport) -> None:
        self.beginResetModel()
        self._report = report
        self._rows = list(report.rows)
        self.endResetModel()

    def report(self) -> AgingReport | None:
        return self._report

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._report is None else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.CLIENT:
                return self.tr("Client")
            if section == self.NAME:
                return self.tr("Name")
            if section == self.TOTAL:
                return self.tr("Total")
            if section == self.CREDIT:
                return self.tr("Credit")
            return self.tr(BUCKET_LABELS[BUCKETS[section - self.FIRST_BUCKET]])
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= self.FIRST_BUCKET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_record(self, row: int) -> AgingRow | None:
        if self._report is None or not 0 <= row <= len(self._rows):
            return None
        return self._rows[row] if row < len(self._rows) else self._report.total

    def _value(self, record: AgingRow, column: int) -> int | str:
        if column == self.CLIENT:
            return record.client_code
        if column == self.NAME:
            return record.client_name
        if column == self.TOTAL:
            return record.total
        if column == self.CREDIT:
            return record.credit
        return record.buckets[BUCKETS[column - self.FIRST_BUCKET]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.row_record(index.row()) if index.isValid() else None
        if record is None or self._report is None:
            return None
        column = index.column()
        is_total = index.row() == len(self._rows)
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(record, column)
            if isinstance(value, int):
                return "" if value == 0 and not is_total else money(value, self._report.currency)
            return value
        if role == SORT_ROLE:
            return self._value(record, column)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIRST_BUCKET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in (
            self.FIRST_BUCKET + 3,
            self.FIRST_BUCKET + 4,
        ):
            if isinstance(self._value(record, column), int) and self._value(record, column):
                return QColor("#b42318")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CREDIT and record.credit:
            return self.tr("Unapplied payments, shown apart from the buckets")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._report is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda r: (self._value(r, column), r.client_code),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()


class RowsModel(RecordTableModel[T]):
    """A small read-only list of records with one text function per column (on the table base)."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[T], Sequence[str]],
        right_aligned: Sequence[int] = (),
    ) -> None:
        super().__init__()
        right = set(right_aligned)

        def cell(i: int) -> Callable[[T], str]:
            return lambda record: cells(record)[i]

        self.columns = [Column(h, cell(i), cell(i), numeric=i in right) for i, h in enumerate(headers)]
