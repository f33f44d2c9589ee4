"""The G703 continuation sheet as an editable table: this period (E) and stored (F) are typed; every
other figure comes from ``domain.progress.pay_application`` on integer cents, recomputed on each edit.
On the table base (``ui.table_base.RecordTableModel``): one ``PayAppRow`` per line, the grand total as
the footer row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
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
from milestone_desk.ui.table_base import Column, RecordTableModel

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


@dataclass(frozen=True)
class PayAppRow:
    """One line of the sheet as shown (``line`` = its index in the draft; -1 for the grand total)."""

    line: int
    name: str
    scheduled: int
    from_previous: int
    this_period: int
    stored: int
    completed: int
    percent: Decimal
    balance: int
    retainage: int | None  # None: the math refused the inputs, so retainage is unknown


class PayAppModel(RecordTableModel[PayAppRow]):
    """Rows are the schedule-of-values lines, then one total row (the footer)."""

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

        def amount(title: object, cents: Callable[[PayAppRow], int]) -> Column[PayAppRow]:
            return Column(title, lambda r: formatting.amount(cents(r), self.currency), cents, numeric=True)

        def retainage(r: PayAppRow) -> str:
            return "—" if r.retainage is None else formatting.amount(r.retainage, self.currency)

        self.columns = [
            Column(HEADERS[ITEM], lambda r: "" if r.line < 0 else str(r.line + 1), lambda r: r.line),
            Column(HEADERS[NAME], lambda r: r.name, lambda r: r.name),
            amount(HEADERS[SCHEDULED], lambda r: r.scheduled),
            amount(HEADERS[PREVIOUS], lambda r: r.from_previous),
            amount(HEADERS[THIS_PERIOD], lambda r: r.this_period),
            amount(HEADERS[STORED], lambda r: r.stored),
            amount(HEADERS[COMPLETED], lambda r: r.completed),
            Column(HEADERS[PERCENT], lambda r: percent_text(r.percent), lambda r: r.percent, numeric=True),
            amount(HEADERS[BALANCE], lambda r: r.balance),
            Column(HEADERS[RETAINAGE], retainage, lambda r: r.retainage, numeric=True),
        ]
        self._recompute()
        self.set_records(*self._sheet())

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

    def _sheet(self) -> tuple[list[PayAppRow], PayAppRow]:
        """The rows as shown and the grand total, from the figures of the domain math."""
        rows = []
        for n in range(len(self.draft.lines)):
            f, ok = self.figures(n)
            rows.append(
                PayAppRow(
                    n, f.name, f.scheduled, f.from_previous, f.this_period, f.stored,
                    f.completed_and_stored, f.percent, f.balance_to_finish, f.retainage if ok else None,
                )
            )
        scheduled = sum(r.scheduled for r in rows)
        completed = sum(r.completed for r in rows)
        total = PayAppRow(
            -1,
            self.tr("Grand total"),
            scheduled,
            sum(r.from_previous for r in rows),
            sum(r.this_period for r in rows),
            sum(r.stored for r in rows),
            completed,
            percent_of(completed, scheduled),
            sum(r.balance for r in rows),
            None if self.math is None else self.math.summary.L5,
        )
        return rows, total

    def set_amount(self, row: int, column: int, cents: int) -> None:
        (self.work if column == THIS_PERIOD else self.stored)[row] = cents
        self._recompute()
        self.refresh_records(*self._sheet())
        self.recomputed.emit()

    def work_by_name(self) -> dict[str, int]:
        return {ln.name: w for ln, w in zip(self.draft.lines, self.work) if w}

    def stored_by_name(self) -> dict[str, int]:
        return {ln.name: s for ln, s in zip(self.draft.lines, self.stored) if s}

    # Qt: the sheet keeps its order (a G703 is never sorted), headers centred, two columns typed
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in EDITABLE and index.row() < len(self.draft.lines):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def style(self, rec: PayAppRow, column: int, role: int) -> Any:
        total = rec.line < 0
        if role == Qt.ItemDataRole.EditRole and not total:
            if column in EDITABLE:
                cents = (self.work if column == THIS_PERIOD else self.stored)[rec.line]
                return formatting.plain(cents, self.currency)
            return self.columns[column].text(rec)
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
        if role == Qt.ItemDataRole.ForegroundRole and not total and column == BALANCE and rec.balance < 0:
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
