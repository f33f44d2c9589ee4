"""The invoices table: number, dates, total, paid, balance and status; overdue rows stand out."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from milestone_desk.domain.states import VOID, InvoiceStatus
from milestone_desk.services.core.dto import InvoiceView
from milestone_desk.ui import formatting
from milestone_desk.ui.table_base import ANSWERED_ROLES, Column, RecordRole, RecordTableModel

__all__ = ["COLUMNS", "InvoicesModel", "RecordRole"]

NUMBER, PROJECT, ISSUED, DUE, TOTAL, PAID, BALANCE, STATUS = range(8)


COLUMNS: tuple[Column[InvoiceView], ...] = (
    Column(QT_TRANSLATE_NOOP("InvoicesModel", "Number"), lambda i: i.number or "", lambda i: i.number or ""),
    Column(
        QT_TRANSLATE_NOOP("InvoicesModel", "For"),
        lambda i: i.milestone_name or i.kind,
        lambda i: (i.milestone_name or i.kind).casefold(),
    ),
    Column(
        QT_TRANSLATE_NOOP("InvoicesModel", "Issued"),
        lambda i: formatting.day(i.issue_date),
        lambda i: i.issue_date,
    ),
    Column(
        QT_TRANSLATE_NOOP("InvoicesModel", "Due"), lambda i: formatting.day(i.due_date), lambda i: i.due_date
    ),
    Column(
        QT_TRANSLATE_NOOP("InvoicesModel", "Total"),
        lambda i: formatting.money(i.amount_due_cents, i.currency),
        lambda i: i.amount_due_cents,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("InvoicesModel", "Paid"),
        lambda i: formatting.money(i.paid_cents, i.currency),
        lambda i: i.paid_cents,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("InvoicesModel", "Balance"),
        lambda i: formatting.money(i.balance_cents, i.currency),
        lambda i: i.balance_cents,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("InvoicesModel", "Status"),
        lambda i: formatting.status(i.status),
        lambda i: i.status,
    ),
)


class InvoicesModel(RecordTableModel[InvoiceView]):
    columns = COLUMNS

    def __init__(self, parent: Any = None, today: datetime.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or datetime.date.today()
        self.show_project = False

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES:
            return None
        if index.isValid() and index.column() == STATUS and role == Qt.ItemDataRole.DisplayRole:
            rec = self.record(index.row())
            if rec.is_overdue(self.today):
                days = (self.today - rec.due_date).days if rec.due_date else 0
                text = QCoreApplication.translate("InvoicesModel", "Overdue {0} d").format(days)
            else:
                text = formatting.status(rec.status)
            if rec.credited_cents and rec.status != VOID:
                credit = formatting.money(rec.credited_cents, rec.currency)
                text += " · " + QCoreApplication.translate("InvoicesModel", "credited {0}").format(credit)
            return text
        if index.isValid() and index.column() == STATUS and role == Qt.ItemDataRole.ToolTipRole:
            rec = self.record(index.row())
            if rec.status == VOID and rec.void_reason:
                return QCoreApplication.translate("InvoicesModel", "Void: {0}").format(rec.void_reason)
        if index.isValid() and index.column() == PROJECT and role == Qt.ItemDataRole.DisplayRole:
            rec = self.record(index.row())
            what = rec.milestone_name or rec.kind
            return f"{rec.project_code} · {what}" if self.show_project else what
        return super().data(index, role)

    def style(self, rec: InvoiceView, column: int, role: int) -> Any:
        overdue = rec.is_overdue(self.today)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(QColor("#fde7e4"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in (DUE, BALANCE, STATUS):
                return QBrush(QColor("#b3261e"))
            if rec.status == InvoiceStatus.PAID and column == STATUS:
                return QBrush(QColor("#1e7e34"))
            if rec.status == VOID:
                return QBrush(QColor("#8a8f98"))
            if rec.credited_cents and column == STATUS:
                return QBrush(QColor("#6a4c93"))
        if role == Qt.ItemDataRole.FontRole and rec.status == VOID and column in (NUMBER, TOTAL):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.FontRole and overdue and column == STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def is_overdue(self, row: int) -> bool:
        return self.record(row).is_overdue(self.today)
