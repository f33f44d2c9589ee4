"""Table models of the collections views: the aging table and small read-only lists.

Both on the table base (``ui.table_base.RecordTableModel``): column specs, ``RECORD_ROLE`` returning the
record, sorting in the model (never a proxy on large Python models).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from milestone_desk.domain.reports import BUCKET_LABELS, BUCKETS, AgingReport, AgingRow
from milestone_desk.ui.formatting import amount as money
from milestone_desk.ui.table_base import Column, RecordRole, RecordTableModel, SortRole

RECORD_ROLE = RecordRole
SORT_ROLE = SortRole
Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class AgingTableModel(RecordTableModel[AgingRow]):
    """Clients by aging bucket, on the table base; the total row stays last whatever the sort."""

    CLIENT, NAME = 0, 1
    FIRST_BUCKET = 2
    TOTAL = FIRST_BUCKET + len(BUCKETS)
    CREDIT = TOTAL + 1
    COLUMNS = CREDIT + 1
    #: The two oldest buckets (61–90, 90+) are shown in red when they hold money.
    LATE = (FIRST_BUCKET + 3, FIRST_BUCKET + 4)

    def __init__(self) -> None:
        super().__init__()
        self._report: AgingReport | None = None

        def amount_column(title: object, cents: Callable[[AgingRow], int]) -> Column[AgingRow]:
            return Column(
                title, lambda r: self._money(cents(r), r), lambda r: (cents(r), r.client_code), numeric=True
            )

        def bucket(name: str) -> Callable[[AgingRow], int]:
            return lambda r: r.buckets[name]

        self.columns = [
            Column(
                QT_TRANSLATE_NOOP("AgingTableModel", "Client"),
                lambda r: r.client_code,
                lambda r: (r.client_code, r.client_code),
            ),
            Column(
                QT_TRANSLATE_NOOP("AgingTableModel", "Name"),
                lambda r: r.client_name,
                lambda r: (r.client_name, r.client_code),
            ),
            *(amount_column(BUCKET_LABELS[name], bucket(name)) for name in BUCKETS),
            amount_column(QT_TRANSLATE_NOOP("AgingTableModel", "Total"), lambda r: r.total),
            amount_column(QT_TRANSLATE_NOOP("AgingTableModel", "Credit"), lambda r: r.credit),
        ]

    def set_report(self, report: AgingReport) -> None:
        self._report = report
        self.set_records(report.rows, footer=report.total)

    def report(self) -> AgingReport | None:
        return self._report

    def row_record(self, row: int) -> AgingRow | None:
        return self.record(row) if 0 <= row < self.rowCount() else None

    def _money(self, cents: int, record: AgingRow) -> str:
        if self._report is None or (cents == 0 and record is not self.footer()):
            return ""
        return money(cents, self._report.currency)

    def style(self, rec: AgingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and rec is self.footer():
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in self.LATE:
            if rec.buckets[BUCKETS[column - self.FIRST_BUCKET]]:
                return QColor("#b42318")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CREDIT and rec.credit:
            return self.tr("Unapplied payments, shown apart from the buckets")
        return None


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
