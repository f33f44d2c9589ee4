"""The invoices pane: the selected project's invoices (or everyone's), overdue ones highlighted."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.states import PAYABLE
from milestone_desk.services.core.dto import InvoiceView
from milestone_desk.ui import formatting
from milestone_desk.ui.invoices_model import ISSUED, PROJECT, STATUS, InvoicesModel
from milestone_desk.ui.table_base import compact


def today_max() -> datetime.date:
    return datetime.date.max


class InvoicesPane(QWidget):
    showAllToggled = Signal(bool)
    paymentRequested = Signal(object)  # InvoiceView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InvoicesModel(self)
        self.read_only = False  # a read-only window: no payments from here
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.title = QLabel(self.tr("Invoices"))
        self.title.setObjectName("paneTitle")
        self.show_all = QCheckBox(self.tr("All projects"))
        self.summary = QLabel()
        self.pay_button = QPushButton(self.tr("Record payment…"))
        bar.addWidget(self.title)
        bar.addSpacing(8)
        bar.addWidget(self.show_all)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addWidget(self.pay_button)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.sortByColumn(ISSUED, Qt.SortOrder.DescendingOrder)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        compact(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.show_all.toggled.connect(self.showAllToggled)
        self.pay_button.clicked.connect(self._pay)
        self.table.doubleClicked.connect(lambda _: self._pay())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._refresh_buttons())
        self._refresh_buttons()

    def set_invoices(self, rows: list[InvoiceView], currency: str, project: str = "") -> None:
        keep = self.current()
        if self.show_all.isChecked():
            self.title.setText(self.tr("Invoices — all projects"))
        elif project:
            self.title.setText(self.tr("Invoices — {0}").format(project))
        else:
            self.title.setText(self.tr("Invoices"))
        self.model.show_project = self.show_all.isChecked()
        self.model.set_records(rows)
        open_cents = sum(r.balance_cents for r in rows if r.status in PAYABLE)
        overdue = sum(1 for r in rows if r.is_overdue(self.model.today))
        text = self.tr("Open {0}").format(formatting.money(open_cents, currency))
        if overdue:
            text += " · " + self.tr("{0} overdue").format(overdue)
        self.summary.setText(text if rows else "")
        row = self.model.row_of(lambda r: r.id == keep.id) if keep is not None else -1
        if row < 0:  # otherwise the oldest open invoice: the one a payment most likely settles
            open_rows = [i for i, r in enumerate(self.model.records()) if r.status in PAYABLE]
            row = min(open_rows, key=lambda i: (self.model.record(i).due_date or today_max(), i), default=-1)
        if row < 0 and self.model.rowCount():
            row = 0  # nothing open: the newest invoice, so its PDF is one click away
        if row >= 0:
            self.table.selectRow(row)
        self._refresh_buttons()

    def current(self) -> InvoiceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_number(self, number: str) -> None:
        row = self.model.row_of(lambda r: r.number == number)
        if row >= 0:
            self.table.selectRow(row)

    def payable(self) -> InvoiceView | None:
        inv = self.current()
        return inv if inv is not None and inv.status in PAYABLE else None

    def _refresh_buttons(self) -> None:
        self.pay_button.setEnabled(self.payable() is not None and not self.read_only)

    def _pay(self) -> None:
        inv = self.payable()
        if inv is not None and not self.read_only:
            self.paymentRequested.emit(inv)
