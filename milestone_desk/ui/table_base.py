"""What every read-only table model here shares: a record role, column specs, sorting in the model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

#: The role that returns the row's DTO itself.
RecordRole = Qt.ItemDataRole.UserRole + 1
#: The role that returns the raw sort key of a cell (cents, dates, text).
SortRole = Qt.ItemDataRole.UserRole + 2

_R = Qt.ItemDataRole
#: The roles our table models answer. Views ask for a dozen roles per cell on every repaint; the rest
#: are answered with None before any Python work (it halves the time of a project switch).
ANSWERED_ROLES = frozenset(
    {
        _R.DisplayRole,
        _R.EditRole,
        _R.TextAlignmentRole,
        _R.BackgroundRole,
        _R.ForegroundRole,
        _R.FontRole,
        _R.ToolTipRole,
        _R.CheckStateRole,
        RecordRole,
        SortRole,
    }
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: object  # a str; QT_TRANSLATE_NOOP is typed as object
    text: Callable[[T], str]
    key: Callable[[T], Any]
    numeric: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen DTOs; subclasses give ``columns`` and may override ``style``. An optional footer
    record (a total line) is shown after the rows and stays last whatever the sort."""

    columns: Sequence[Column[Any]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._footer: T | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + (self._footer is not None)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def record(self, row: int) -> T:
        """The record of a row; the row after the last record is the footer (when there is one)."""
        if row == len(self._rows) and self._footer is not None:
            return self._footer
        return self._rows[row]

    def records(self) -> list[T]:
        """The records without the footer."""
        return list(self._rows)

    def footer(self) -> T | None:
        return self._footer

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.columns[section].title))
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid() or index.row() >= self.rowCount():
            return None
        rec = self.record(index.row())
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(rec)
        if role == RecordRole:
            return rec
        if role == SortRole:
            return col.key(rec)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.style(rec, index.column(), role)

    def style(self, rec: T, column: int, role: int) -> Any:
        return None

    # writing
    def set_records(self, rows: Sequence[T], footer: T | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._footer = footer
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def refresh_records(self, rows: Sequence[T], footer: T | None = None) -> None:
        """New values for the same rows (an edited sheet recomputed): dataChanged, not a reset, so an
        open editor and the selection stay where they are."""
        if len(rows) != len(self._rows) or (footer is None) != (self._footer is None):
            self.set_records(rows, footer)
            return
        self._rows = list(rows)
        self._footer = footer
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column].key

        def safe(rec: T) -> tuple[int, Any]:
            value = key(rec)
            return (1, value) if value is None else (0, value)

        self._rows.sort(key=safe, reverse=order == Qt.SortOrder.DescendingOrder)

    def row_of(self, predicate: Callable[[T], bool]) -> int:
        for i, rec in enumerate(self._rows):
            if predicate(rec):
                return i
        return -1


def compact(view: QTableView) -> None:
    """Rows as tall as the text needs; size columns from the visible rows, not all 2,000 of them."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setResizeContentsPrecision(0)  # 0 = only the rows on screen
