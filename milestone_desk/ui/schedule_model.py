"""The editable payment schedule (used by the milestone pane and the new-project wizard).

Every edit is an undoable command on ``undo_stack``; the live check says what the shares sum to. On the
table base (``ui.table_base.RecordTableModel``) like every table model of the window.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money, parse_percent
from milestone_desk.domain.schedule import ScheduleLine, ScheduleSums, Share, ShareKind, schedule_sums
from milestone_desk.services.core.dto import MilestoneSpec, MilestoneView
from milestone_desk.ui import formatting
from milestone_desk.ui.table_base import Column, Index, RecordRole, RecordTableModel

__all__ = ["COLUMNS", "RecordRole", "ScheduleModel", "ScheduleRow", "parse_share"]

NAME, SHARE, AMOUNT, PLANNED, DEPOSIT, STATUS = range(6)
COLUMNS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("ScheduleModel", "Milestone"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Share"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Amount"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Planned"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Deposit"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Status"),
)
REMAINDER_WORDS = ("rest", "remainder", "balance")


@dataclass(frozen=True)
class ScheduleRow:
    name: str
    share: Share
    is_deposit: bool = False
    planned_date: datetime.date | None = None
    note: str = ""
    status: str = "planned"
    #: The books' amount (after change orders, frozen once invoiced); None once the schedule is edited.
    amount: int | None = None

    @classmethod
    def of_view(cls, m: MilestoneView) -> ScheduleRow:
        kind = ShareKind(m.share_kind)
        share = Share(kind, percent=m.share_percent, amount=m.share_cents)
        return cls(m.name, share, m.is_deposit, m.planned_date, m.note, m.status, m.amount_cents)

    def line(self) -> ScheduleLine:
        return ScheduleLine(self.name, self.share, self.amount)

    def spec(self) -> MilestoneSpec:
        return MilestoneSpec(self.name, self.share, self.is_deposit, self.planned_date, self.note)


def parse_share(text: str, currency: str) -> Share:
    """``10%`` → percent, ``rest`` → remainder, ``14550.00`` → a fixed amount."""
    t = text.strip()
    if (
        t.casefold() in REMAINDER_WORDS
        or t.casefold() == QCoreApplication.translate("ScheduleModel", "remainder").casefold()
    ):
        return Share.remainder()
    if t.endswith("%"):
        return Share.of_percent(parse_percent(t, "share"))
    return Share.of_amount(Money.parse(t, currency, what="share").minor)


def share_text(share: Share, currency: str, *, edit: bool = False) -> str:
    if share.kind is ShareKind.PERCENT:
        text = format((share.percent or Decimal(0)).normalize(), "f")
        return f"{text}%" if edit else f"{text} %"
    if share.kind is ShareKind.AMOUNT:
        cents = share.amount or 0
        return formatting.plain(cents, currency) if edit else formatting.money(cents, currency)
    return (
        QCoreApplication.translate("ScheduleModel", "remainder")
        if edit
        else QCoreApplication.translate("ScheduleModel", "Remainder")
    )


class _SetRows(QUndoCommand):
    """Replace the whole row list (small: a schedule has a handful of rows)."""

    def __init__(self, model: ScheduleModel, before: list[ScheduleRow], after: list[ScheduleRow], text: str):
        super().__init__(text)
        self.model, self.before, self.after = model, before, after

    def redo(self) -> None:
        self.model._put(self.after)

    def undo(self) -> None:
        self.model._put(self.before)


class ScheduleModel(RecordTableModel[ScheduleRow]):
    """The schedule's rows on the table base; kept in the user's order (never sorted), edited in place."""

    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.contract_cents = 0
        self.currency = "USD"
        self.editable = True
        self.undo_stack = QUndoStack(self)
        self.columns = [
            Column(COLUMNS[NAME], lambda r: r.name, lambda r: r.name),
            Column(COLUMNS[SHARE], lambda r: share_text(r.share, self.currency), lambda r: r.share.kind.value, numeric=True),
            Column(COLUMNS[AMOUNT], lambda r: "", lambda r: r.amount, numeric=True),  # by row: see data()
            Column(COLUMNS[PLANNED], lambda r: formatting.day(r.planned_date), lambda r: r.planned_date),
            Column(COLUMNS[DEPOSIT], lambda r: "", lambda r: r.is_deposit),  # a check box: see style()
            Column(COLUMNS[STATUS], lambda r: formatting.status(r.status), lambda r: r.status),
        ]

    # loading
    def set_schedule(
        self, rows: list[ScheduleRow], contract_cents: int, currency: str, *, editable: bool = True
    ) -> None:
        self.contract_cents = contract_cents
        self.currency = currency
        self.editable = editable
        self.undo_stack.clear()
        self._put(list(rows))

    def set_contract(self, cents: int) -> None:
        self.contract_cents = cents
        self._put(self._rows)

    def _put(self, rows: list[ScheduleRow]) -> None:
        self.set_records(rows)
        self.changed.emit()

    def _push(self, rows: list[ScheduleRow], text: str) -> None:
        # An edited schedule is allocated afresh from its shares: the books' amounts no longer hold.
        edited = [replace(r, amount=None) for r in rows]
        self.undo_stack.push(_SetRows(self, list(self._rows), edited, text))

    # reading
    def rows(self) -> list[ScheduleRow]:
        return self.records()

    def specs(self) -> list[MilestoneSpec]:
        return [r.spec() for r in self._rows]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ScheduleModel", str(COLUMNS[section]))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return  # the schedule's order is the order of the work

    def sums(self) -> ScheduleSums:
        """The amounts and check of ``domain.schedule.schedule_sums``, redone only when the schedule
        itself changed (every cell asks)."""
        key = (self.contract_cents, self.currency, tuple(r.line() for r in self._rows))
        cached = getattr(self, "_sums_cache", None)
        if cached is not None and cached[0] == key:
            return cached[1]  # type: ignore[no-any-return]
        result = schedule_sums(self.contract_cents, [r.line() for r in self._rows], self.currency)
        self._sums_cache = (key, result)
        return result

    def amounts(self) -> tuple[list[int] | None, int, str]:
        """(each row's cents or None, what the shares sum to, the problem sentence or '')."""
        sums = self.sums()
        return sums.amounts, sums.total, sums.problem

    def check_text(self) -> tuple[bool, str]:
        """The live check shown under the table: ok flag and the sentence."""
        _, total, problem = self.amounts()
        text = QCoreApplication.translate("ScheduleModel", "Schedule sums to {0} of {1}").format(
            formatting.money(total, self.currency), formatting.money(self.contract_cents, self.currency)
        )
        if problem:
            return False, f"{text} — {problem}"
        return True, f"{text} ✓"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.row() < len(self._rows):
            if index.column() == AMOUNT:
                return self._amount_text(index.row())
            if index.column() == DEPOSIT:
                return None
        return super().data(index, role)

    def _amount_text(self, row: int) -> str:
        cents, _, _ = self.amounts()
        if cents:
            return formatting.money(cents[row], self.currency)
        shown = self.sums().shown
        value = shown[row] if row < len(shown) else None
        return formatting.money(value, self.currency) if value is not None else "—"

    def style(self, rec: ScheduleRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            if column == NAME:
                return rec.name
            if column == SHARE:
                return share_text(rec.share, self.currency, edit=True)
            if column == PLANNED:
                return formatting.to_qdate(rec.planned_date or datetime.date.today())
        if role == Qt.ItemDataRole.CheckStateRole and column == DEPOSIT:
            return Qt.CheckState.Checked if rec.is_deposit else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == AMOUNT and self.amounts()[0] is None:
            return QBrush(QColor("#b3261e"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable or not index.isValid():
            return base
        if index.column() in (NAME, SHARE, PLANNED):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == DEPOSIT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    # editing (each change one undo step)
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        row = index.row()
        old = self._rows[row]
        try:
            new = self._edited(old, index.column(), value, role)
        except BadInput as exc:
            self.problem.emit(str(exc))
            return False
        if new is None or new == old:
            return False
        rows = list(self._rows)
        if new.is_deposit and not old.is_deposit:
            rows = [replace(r, is_deposit=False) for r in rows]
        rows[row] = new
        self._push(rows, QCoreApplication.translate("ScheduleModel", "Edit {0}").format(old.name))
        return True

    def _edited(self, old: ScheduleRow, col: int, value: Any, role: int) -> ScheduleRow | None:
        if col == NAME and role == Qt.ItemDataRole.EditRole:
            name = str(value).strip()
            if not name:
                raise BadInput(QCoreApplication.translate("ScheduleModel", "A milestone needs a name."))
            if any(r.name == name for r in self._rows if r is not old):
                raise BadInput(
                    QCoreApplication.translate("ScheduleModel", "Two milestones cannot have the same name.")
                )
            return replace(old, name=name)
        if col == SHARE and role == Qt.ItemDataRole.EditRole:
            return replace(old, share=parse_share(str(value), self.currency))
        if col == PLANNED and role == Qt.ItemDataRole.EditRole:
            when = formatting.from_qdate(value) if isinstance(value, QDate) else None
            return replace(old, planned_date=when)
        if col == DEPOSIT and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            return replace(old, is_deposit=checked)
        return None

    def add_row(self, after: int | None = None) -> int:
        names = {r.name for r in self._rows}
        n = len(self._rows) + 1
        while QCoreApplication.translate("ScheduleModel", "Milestone {0}").format(n) in names:
            n += 1
        where = len(self._rows) if after is None else after + 1
        last = self._rows[where - 1].planned_date if where and self._rows else None
        row = ScheduleRow(
            QCoreApplication.translate("ScheduleModel", "Milestone {0}").format(n),
            Share.remainder(),
            planned_date=last,
        )
        rows = list(self._rows)
        if any(r.share.kind is ShareKind.REMAINDER for r in rows):
            # only one row may take the remainder: start the new one at 1 %, the remainder gives way
            row = replace(row, share=Share.of_percent(Decimal(1)))
        rows.insert(where, row)
        self._push(rows, QCoreApplication.translate("ScheduleModel", "Add milestone"))
        return where

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            rows = list(self._rows)
            gone = rows.pop(row)
            self._push(rows, QCoreApplication.translate("ScheduleModel", "Remove {0}").format(gone.name))

    def move_row(self, row: int, delta: int) -> None:
        to = row + delta
        if 0 <= row < len(self._rows) and 0 <= to < len(self._rows):
            rows = list(self._rows)
            rows[row], rows[to] = rows[to], rows[row]
            self._push(rows, QCoreApplication.translate("ScheduleModel", "Move {0}").format(rows[to].name))

    def replace_all(self, rows: list[ScheduleRow], text: str) -> None:
        self._push(list(rows), text)
