"""The G703 continuation sheet as an editable table: this period (E) and stored (F) are typed; every
other figure comes from ``domain.progress.pay_application`` on integer cents, recomputed on each edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.money import Money
from milestone_desk.domain.progress import (
    LineFigures,
    LineInput,
    PayApplicationMath,
    pay_application,
    percent_of,
)
from milestone_desk.services.construction.queries.construction_desk import PayAppDraft
from milestone_desk.ui import formatting

Index = QModelIndex | QPersistentModelIndex

ITEM, NAME, SCHEDULED, PREVIOUS, THIS_PERIOD, STORED, COMPLETED, PERCENT, BALANCE, RETAINAGE = range(10)
HEADERS = (
    QT_TRANSLATE_NOOP("PayAppModel", "A\nItem"),
    QT_TRANSLATE_NOOP("PayAppModel", "B\nDescription of work"),
    QT_TRANSLATE_NOOP("PayAppModel", "C\nScheduled value"),
    QT_TRANSLATE_NOOP("PayAppModel", "D\nFrom previous"),
    QT_TRANSLATE_NOOP("PayAppModel", "E\nThis period"),
    QT_TRANSLATE_NOOP("PayAppModel", "F\nMaterials stored"),
    QT_TRANSLATE_NOOP("PayAppModel", "G\nCompleted & stored"),
    QT_TRANSLATE_NOOP("PayAppModel", "G ÷ C\n%"),
    QT_TRANSLATE_NOOP("PayAppModel", "H\nBalance to finish"),
    QT_TRANSLATE_NOOP("PayAppModel", "I\nRetainage"),
)
EDITABLE = (THIS_PERIOD, STORED)
_EDIT_BG = QColor("#fff8e1")
_TOTAL_BG = QColor("#eef1f5")


def percent_text(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", formatting.locale().decimalPoint()) + " %"


class PayAppModel(QAbstractTableModel):
    """Rows are the schedule-of-values lines, then one total row."""

    recomputed = Signal()
    problem = Signal(str)  # a sentence about text that is not an amount

    def __init__(self, draft: PayAppDraft, parent: Any = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.currency = draft.currency
        self.work = [0] * len(draft.lines)
        self.stored = [0] * len(draft.lines)
        self.read_only = False
        self.math: PayApplicationMath | None = None
        self.error = ""
        self._recompute()

    # the domain math
    def inputs(self) -> list[LineInput]:
        return [
            LineInput(ln.name, ln.scheduled, ln.from_previous, w, s)
            for ln, w, s in zip(self.draft.lines, self.work, self.stored)
        ]

    def _recompute(self) -> None:
        try:
            self.math = pay_application(
                self.inputs(),
                self.draft.original_cents,
                self.draft.previous_certificate_cents,
                self.draft.policy,
                already_stepped=self.draft.already_stepped,
                currency=self.currency,
            )
            self.error = ""
        except MilestoneDeskError as exc:
            self.math, self.error = None, str(exc)

    def figures(self, row: int) -> tuple[LineFigures, bool]:
        """The line's figures; False when the math refused the inputs (retainage then unknown)."""
        if self.math is not None:
            return self.math.lines[row], True
        i = self.inputs()[row]
        return LineFigures(i.name, i.scheduled, i.from_previous, i.this_period, i.stored, 0, 0), False

    def set_amount(self, row: int, column: int, cents: int) -> None:
        (self.work if column == THIS_PERIOD else self.stored)[row] = cents
        self._recompute()
        last = self.index(self.rowCount() - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.recomputed.emit()

    def work_by_name(self) -> dict[str, int]:
        return {ln.name: w for ln, w in zip(self.draft.lines, self.work) if w}

    def stored_by_name(self) -> dict[str, int]:
        return {ln.name: s for ln, s in zip(self.draft.lines, self.stored) if s}

    # Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.draft.lines) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(HEADERS[section]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in EDITABLE and index.row() < len(self.draft.lines):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _total(self, column: int) -> str:
        rows = [self.figures(r)[0] for r in range(len(self.draft.lines))]
        ok = self.math is not None
        sums = {
            SCHEDULED: sum(f.scheduled for f in rows),
            PREVIOUS: sum(f.from_previous for f in rows),
            THIS_PERIOD: sum(f.this_period for f in rows),
            STORED: sum(f.stored for f in rows),
            COMPLETED: sum(f.completed_and_stored for f in rows),
            BALANCE: sum(f.balance_to_finish for f in rows),
        }
        if column == NAME:
            return self.tr("Grand total")
        if column in sums:
            return formatting.amount(sums[column], self.currency)
        if column == PERCENT:
            return percent_text(percent_of(sums[COMPLETED], sums[SCHEDULED]))
        if column == RETAINAGE and ok and self.math is not None:
            return formatting.amount(self.math.summary.L5, self.currency)
        return "" if column == ITEM else "—"

    def _cell(self, row: int, column: int) -> str:
        f, ok = self.figures(row)
        money = {
            SCHEDULED: f.scheduled,
            PREVIOUS: f.from_previous,
            THIS_PERIOD: f.this_period,
            STORED: f.stored,
            COMPLETED: f.completed_and_stored,
            BALANCE: f.balance_to_finish,
        }
        if column == ITEM:
            return str(row + 1)
        if column == NAME:
            return f.name
        if column in money:
            return formatting.amount(money[column], self.currency)
        if column == PERCENT:
            return percent_text(f.percent)
        return formatting.amount(f.retainage, self.currency) if ok else "—"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        total = row == len(self.draft.lines)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total(column) if total else self._cell(row, column)
        if role == Qt.ItemDataRole.EditRole and not total:
            cents = (self.work if column == THIS_PERIOD else self.stored)[row] if column in EDITABLE else 0
            return formatting.plain(cents, self.currency) if column in EDITABLE else self._cell(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (ITEM, NAME):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ITEM:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if total:
                return QBrush(_TOTAL_BG)
            if column in EDITABLE and not self.read_only:
                return QBrush(_EDIT_BG)
        if role == Qt.ItemDataRole.ForegroundRole and not total and column == BALANCE:
            if self.figures(row)[0].balance_to_finish < 0:
                return QBrush(QColor("#b3261e"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        text = str(value).strip() or "0"
        what = self.tr("work this period") if index.column() == THIS_PERIOD else self.tr("stored materials")
        line = self.draft.lines[index.row()].name
        try:
            cents = Money.parse(text, self.currency, what=f"{what} on {line}").minor
        except MilestoneDeskError as exc:
            self.problem.emit(str(exc))
            return False
        self.set_amount(index.row(), index.column(), cents)
        return True
