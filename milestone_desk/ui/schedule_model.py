"""The editable payment schedule (used by the milestone pane and the new-project wizard).

Every edit is an undoable command on ``undo_stack``; the live check says what the shares sum to.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money, parse_percent
from milestone_desk.domain.schedule import ScheduleLine, ScheduleSums, Share, ShareKind, schedule_sums
from milestone_desk.services.core.dto import MilestoneSpec, MilestoneView
from milestone_desk.ui import formatting
from milestone_desk.ui.table_base import ANSWERED_ROLES, Index, RecordRole

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


class ScheduleModel(QAbstractTableModel):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScheduleRow] = []
        self.contract_cents = 0
        self.currency = "USD"
        self.editable = True
        self.undo_stack = QUndoStack(self)

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
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.changed.emit()

    def _push(self, rows: list[ScheduleRow], text: str) -> None:
        # An edited schedule is allocated afresh from its shares: the books' amounts no longer hold.
        edited = [replace(r, amount=None) for r in rows]
        self.undo_stack.push(_SetRows(self, list(self._rows), edited, text))

    # reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def rows(self) -> list[ScheduleRow]:
        return list(self._rows)

    def specs(self) -> list[MilestoneSpec]:
        return [r.spec() for r in self._rows]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ScheduleModel", str(COLUMNS[section]))
        return None

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
        if role not in ANSWERED_ROLES:
            return None
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == RecordRole:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return r.name
            if col == SHARE:
                return share_text(r.share, self.currency)
            if col == AMOUNT:
                cents, _, _ = self.amounts()
                if cents:
                    return formatting.money(cents[index.row()], self.currency)
                shown = self.sums().shown
                value = shown[index.row()] if index.row() < len(shown) else None
                return formatting.money(value, self.currency) if value is not None else "—"
            if col == PLANNED:
                return formatting.day(r.planned_date)
            if col == STATUS:
                return formatting.status(r.status)
            return None
        if role == Qt.ItemDataRole.EditRole:
            if col == NAME:
                return r.name
            if col == SHARE:
                return share_text(r.share, self.currency, edit=True)
            if col == PLANNED:
                return formatting.to_qdate(r.planned_date or datetime.date.today())
        if role == Qt.ItemDataRole.CheckStateRole and col == DEPOSIT:
            return Qt.CheckState.Checked if r.is_deposit else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (SHARE, AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == AMOUNT and self.amounts()[0] is None:
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
