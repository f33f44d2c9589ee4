"""The change-order log of a project: add (draft or approved at once), approve, reject.

Contract figures (original, net change, contract to date) come from the service after every write,
so what the dialog shows is what invoices will show. Bad input is a sentence in the dialog; nothing
is saved then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.change_orders import ChangeOrderStatus
from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.money import Money
from milestone_desk.services.construction import change_orders
from milestone_desk.services.construction.change_orders import ChangeOrderLog, ChangeOrderView
from milestone_desk.services.construction.queries.construction_desk import construction_state
from milestone_desk.services.core.books import Books
from milestone_desk.ui import formatting
from milestone_desk.ui.construction.common import DialogEnv, FigureGrid, date_edit, error_label, heading
from milestone_desk.ui.table_base import Column, Index, RecordTableModel, compact

_STATUS_COLORS = {"approved": "#1e7e34", "rejected": "#8a8a8a", "draft": "#9a6700"}


def billing_text(c: ChangeOrderView, progress: bool) -> str:
    if c.billing == "spread":
        return QCoreApplication.translate("ChangeOrderModel", "Spread over unbilled work")
    if c.billing == "remove":
        return QCoreApplication.translate("ChangeOrderModel", "Removes a milestone")
    if progress:
        return QCoreApplication.translate("ChangeOrderModel", "Own line")
    return QCoreApplication.translate("ChangeOrderModel", "Own milestone")


class ChangeOrderModel(RecordTableModel[ChangeOrderView]):
    NUMBER, DATE, DESCRIPTION, AMOUNT, STATUS, BILLING = range(6)
    columns = (
        Column(QT_TRANSLATE_NOOP("ChangeOrderModel", "No."), lambda c: str(c.number), lambda c: c.number, True),
        Column(QT_TRANSLATE_NOOP("ChangeOrderModel", "Date"), lambda c: formatting.day(c.date), lambda c: c.date),
        Column(QT_TRANSLATE_NOOP("ChangeOrderModel", "Description"), lambda c: c.description, lambda c: c.description),
        Column(
            QT_TRANSLATE_NOOP("ChangeOrderModel", "Amount"),
            lambda c: str(c.amount_cents),  # shown by data(), which knows the currency
            lambda c: c.amount_cents,
            True,
        ),
        Column(QT_TRANSLATE_NOOP("ChangeOrderModel", "Status"), lambda c: formatting.status(c.status), lambda c: c.status),
        Column(QT_TRANSLATE_NOOP("ChangeOrderModel", "Billing"), lambda c: c.billing, lambda c: c.billing),
    )  # fmt: skip

    def __init__(self, parent: Any, currency: str, progress: bool) -> None:
        super().__init__(parent)
        self.currency = currency
        self.progress = progress  # progress billing: a change order becomes a schedule-of-values line

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.isValid()
            and index.column() in (self.AMOUNT, self.BILLING)
        ):
            rec = self.record(index.row())
            if index.column() == self.BILLING:
                return billing_text(rec, self.progress)
            return ("+" if rec.amount_cents > 0 else "") + formatting.money(rec.amount_cents, self.currency)
        return super().data(index, role)

    def style(self, rec: ChangeOrderView, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.BILLING and rec.milestone_name:
            return QCoreApplication.translate("ChangeOrderModel", "Milestone: {0}").format(rec.milestone_name)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QColor(_STATUS_COLORS.get(rec.status, "#000000"))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.AMOUNT and rec.amount_cents < 0:
            return QColor("#b3261e")
        return None


class ChangeOrdersDialog(QDialog):
    def __init__(self, parent: QWidget | None, books: Books, code: str, env: DialogEnv) -> None:
        super().__init__(parent)
        self.books, self.code, self.env = books, code, env
        self.changed = False
        log = change_orders.change_order_log(books, code)
        self.currency = log.currency
        self.setWindowTitle(self.tr("Change orders — {0}").format(code))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        state = construction_state(books, code)
        layout.addWidget(heading(self.tr("{0} — {1}").format(state.code, state.name)))

        self.model = ChangeOrderModel(self, log.currency, state.billing_mode == "progress")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChangeOrderModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        compact(self.table)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject"))
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        row.addStretch(1)
        self.figures = FigureGrid(self.currency)
        self.figures.add("original", self.tr("Original contract sum"))
        self.figures.add("net", self.tr("Net change by change orders"))
        self.figures.add("to_date", self.tr("Contract sum to date"), bold=True)
        row.addLayout(self.figures)
        layout.addLayout(row)

        box = QGroupBox(self.tr("New change order"))
        form = QFormLayout(box)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("2500.00, or -800.00 for a deduction"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. Upgrade to quartz countertops"))
        self.date = date_edit(env.today())
        self.billing = QComboBox()
        if state.billing_mode == "progress":
            self.billing.addItem(self.tr("Its own schedule-of-values line"), "milestone")
            self.billing.addItem(self.tr("Spread over the lines with a balance left, by value"), "spread")
        else:
            self.billing.addItem(self.tr("Its own milestone"), "milestone")
            self.billing.addItem(self.tr("Spread over the unbilled milestones, by amount"), "spread")
        self.approve_now = QCheckBox(self.tr("Approved by the client (changes the contract now)"))
        self.add_button = QPushButton(self.tr("Add change order"))
        self.amount.setMaximumWidth(280)
        self.date.setMaximumWidth(160)
        self.billing.setMaximumWidth(360)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Billing"), self.billing)
        form.addRow("", self.approve_now)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        layout.addWidget(box)

        self.error = error_label()
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_log(log)

    # state
    def show_log(self, log: ChangeOrderLog) -> None:
        self.model.set_records(log.entries)
        self.figures.set("original", log.original_cents)
        self.figures.set("net", log.net_change_cents)
        self.figures.set("to_date", log.contract_to_date_cents)
        self._update_buttons()

    def reload(self) -> None:
        self.show_log(change_orders.change_order_log(self.books, self.code))

    def selected(self) -> ChangeOrderView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_number(self, number: int) -> None:
        row = self.model.row_of(lambda c: c.number == number)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        draft = chosen is not None and chosen.status == ChangeOrderStatus.DRAFT
        self.approve_button.setEnabled(draft)
        self.reject_button.setEnabled(draft)

    def _fail(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def _ok(self) -> None:
        self.error.clear()
        self.error.hide()

    # actions
    def add(self) -> int:
        """Add the change order typed in the form; returns its number (0 when refused)."""
        try:
            cents = Money.parse(
                self.amount.text(), self.currency, what=self.tr("change order amount"), allow_negative=True
            ).minor
            on = formatting.from_qdate(self.date.date())
            number = change_orders.add_change_order(
                self.books,
                self.code,
                cents,
                self.description.text(),
                on,
                spread_it=self.billing.currentData() == "spread",
                approve_it=self.approve_now.isChecked(),
            )
        except MilestoneDeskError as exc:
            self._fail(str(exc))
            return 0
        self._ok()
        self.changed = True
        self.amount.clear()
        self.description.clear()
        self.approve_now.setChecked(False)
        self.reload()
        self.select_number(number)
        return number

    def approve(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        question = self.tr("Approve change order {0} ({1})? The contract sum to date changes.").format(
            chosen.number, formatting.money(chosen.amount_cents, self.currency)
        )
        if not self.env.confirm(self, question):
            return False
        return self._write(
            chosen.number,
            lambda: change_orders.approve_change_order(
                self.books, self.code, chosen.number, seen=chosen.version
            ),
        )

    def reject_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        if not self.env.confirm(self, self.tr("Reject change order {0}?").format(chosen.number)):
            return False
        return self._write(
            chosen.number,
            lambda: change_orders.reject_change_order(
                self.books, self.code, chosen.number, seen=chosen.version
            ),
        )

    def _write(self, number: int, work: Callable[[], None]) -> bool:
        try:
            work()
        except MilestoneDeskError as exc:
            self._fail(str(exc))
            self.reload()  # a draft changed elsewhere shows as it is now
            return False
        self._ok()
        self.changed = True
        self.reload()
        self.select_number(number)
        return True


def make_change_orders_dialog(
    parent: QWidget | None, books: Books, code: str, env: DialogEnv
) -> ChangeOrdersDialog:
    return ChangeOrdersDialog(parent, books, code, env)
