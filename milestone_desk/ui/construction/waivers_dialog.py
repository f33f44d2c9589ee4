"""Lien waivers of a project: the list, issuing one for an invoice, marking a payment cleared (which
issues the unconditional waivers it allows), saving a waiver's PDF, and the wording editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.states import VOID
from milestone_desk.services.billing import invoicing
from milestone_desk.services.construction import waivers
from milestone_desk.services.construction.queries.construction_desk import (
    WaiverRow,
    construction_state,
    open_receipts,
    waiver_rows,
)
from milestone_desk.services.core.books import Books
from milestone_desk.ui import formatting
from milestone_desk.ui.construction.common import (
    DialogEnv,
    date_edit,
    error_label,
    heading,
    kind_label,
    note_label,
    safe_file_name,
    write_pdf,
)
from milestone_desk.ui.construction.waiver_templates_dialog import make_waiver_templates_dialog
from milestone_desk.ui.i18n import plural
from milestone_desk.ui.table_base import Column, Index, RecordTableModel, compact

STATUS_LABELS = {
    "waiting": QT_TRANSLATE_NOOP("WaiverModel", "Waiting for cleared payment"),
    "cleared": QT_TRANSLATE_NOOP("WaiverModel", "Payment cleared"),
    "unconditional": QT_TRANSLATE_NOOP("WaiverModel", "Unconditional"),
}


class WaiverModel(RecordTableModel[WaiverRow]):
    KIND, DATE, THROUGH, DOCUMENT, AMOUNT, STATUS = range(6)
    columns = (
        Column(QT_TRANSLATE_NOOP("WaiverModel", "Kind"), lambda w: kind_label(w.kind), lambda w: w.kind),
        Column(QT_TRANSLATE_NOOP("WaiverModel", "Issued"), lambda w: formatting.day(w.issue_date), lambda w: w.issue_date),
        Column(QT_TRANSLATE_NOOP("WaiverModel", "Through"), lambda w: formatting.day(w.through_date), lambda w: w.through_date),
        Column(QT_TRANSLATE_NOOP("WaiverModel", "Invoice / application"), lambda w: w.document, lambda w: w.document),
        Column(
            QT_TRANSLATE_NOOP("WaiverModel", "Amount"),
            lambda w: str(w.amount_cents),  # shown by data(), which knows the currency
            lambda w: w.amount_cents,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("WaiverModel", "Status"),
            lambda w: QCoreApplication.translate("WaiverModel", str(STATUS_LABELS.get(w.status, w.status))),
            lambda w: w.status,
        ),
    )  # fmt: skip

    def __init__(self, parent: Any, currency: str) -> None:
        super().__init__(parent)
        self.currency = currency

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.AMOUNT:
            return formatting.money(self.record(index.row()).amount_cents, self.currency)
        return super().data(index, role)

    def style(self, rec: WaiverRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QColor("#9a6700" if rec.status == "waiting" else "#1e7e34")
        return None


class WaiversDialog(QDialog):
    def __init__(self, parent: QWidget | None, books: Books, code: str, env: DialogEnv) -> None:
        super().__init__(parent)
        self.books, self.code, self.env = books, code, env
        self.changed = False
        self.setWindowTitle(self.tr("Lien waivers — {0}").format(code))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        state = construction_state(books, code)
        layout.addWidget(heading(self.tr("{0} — {1}").format(state.code, state.name)))
        self.currency = state.currency
        self.model = WaiverModel(self, state.currency)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WaiverModel.DOCUMENT, QHeaderView.ResizeMode.Stretch)
        compact(self.table)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.wording_button = QPushButton(self.tr("Waiver wording…"))
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.wording_button)
        layout.addLayout(row)

        forms = QHBoxLayout()
        issue_box = QGroupBox(self.tr("Issue a waiver"))
        issue_form = QFormLayout(issue_box)
        self.kind = QComboBox()
        for kind in waivers.KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.invoice = QComboBox()
        self.issue_date = date_edit(env.today())
        self.issue_button = QPushButton(self.tr("Issue waiver"))
        issue_form.addRow(self.tr("Kind"), self.kind)
        issue_form.addRow(self.tr("Invoice"), self.invoice)
        issue_form.addRow(self.tr("Date"), self.issue_date)
        issue_form.addRow("", self.issue_button)
        forms.addWidget(issue_box, 1)

        clear_box = QGroupBox(self.tr("Payment cleared"))
        clear_form = QFormLayout(clear_box)
        self.receipt = QComboBox()
        self.cleared_date = date_edit(env.today())
        self.clear_button = QPushButton(self.tr("Mark cleared"))
        clear_form.addRow(self.tr("Receipt"), self.receipt)
        clear_form.addRow(self.tr("Cleared on"), self.cleared_date)
        clear_form.addRow(
            note_label(self.tr("Marking a payment cleared issues its unconditional waivers.")),
        )
        clear_form.addRow("", self.clear_button)
        forms.addWidget(clear_box, 1)
        layout.addLayout(forms)

        self.error = error_label()
        layout.addWidget(self.error)
        self.status = note_label()
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.save_button.clicked.connect(self.save_pdf)
        self.wording_button.clicked.connect(self.edit_wording)
        self.issue_button.clicked.connect(self.issue)
        self.clear_button.clicked.connect(self.mark_cleared)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_invoices())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    # state
    def reload(self) -> None:
        self.model.set_records(waiver_rows(self.books, self.code))
        self._fill_invoices()
        self.receipt.clear()
        for r in open_receipts(self.books, self.code):
            text = self.tr("{0} — {1}, {2} (on {3})").format(
                r.number, formatting.day(r.date), formatting.money(r.amount_cents, self.currency), r.invoices
            )
            self.receipt.addItem(text, r.number)
        self.clear_button.setEnabled(self.receipt.count() > 0)
        self._update_buttons()

    def _fill_invoices(self) -> None:
        final = str(self.kind.currentData()).endswith("final")
        self.invoice.clear()
        for inv in invoicing.list_invoices(self.books, self.code):
            if inv.status == VOID or not inv.number or (inv.kind == "release") != final:
                continue
            what = inv.milestone_name or self.tr(inv.kind.capitalize())
            text = f"{inv.number} — {what} — {formatting.money(inv.amount_due_cents, self.currency)}"
            self.invoice.addItem(text, inv.number)
        self.issue_button.setEnabled(self.invoice.count() > 0)

    def selected(self) -> WaiverRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.selected() is not None)

    def _fail(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def _done(self, sentence: str) -> None:
        self.error.hide()
        self.status.setText(sentence)

    # actions
    def issue(self) -> int:
        kind, number = str(self.kind.currentData()), str(self.invoice.currentData() or "")
        if not number:
            return 0
        on = formatting.from_qdate(self.issue_date.date())
        try:
            view = waivers.issue_waiver(self.books, kind, number, on)
        except MilestoneDeskError as exc:
            self._fail(str(exc))
            return 0
        self.changed = True
        self.reload()
        self.table.selectRow(self.model.row_of(lambda w: w.id == view.id))
        self._done(self.tr("{0} waiver issued for {1}.").format(kind_label(kind), view.document_number))
        return view.id

    def mark_cleared(self) -> list[int]:
        number = str(self.receipt.currentData() or "")
        if not number:
            return []
        question = self.tr(
            "Mark the payment of receipt {0} as cleared by the bank? Its unconditional waivers are issued."
        ).format(number)
        if not self.env.confirm(self, question):
            return []
        try:
            issued = waivers.mark_cleared(self.books, number, formatting.from_qdate(self.cleared_date.date()))
        except MilestoneDeskError as exc:
            self._fail(str(exc))
            return []
        self.changed = True
        self.reload()
        self._done(
            plural(
                self.tr("Payment of {0} marked cleared; %n unconditional waiver(s) issued.", "", len(issued)),
                len(issued),
            ).format(number)
        )
        return [w.id for w in issued]

    def save_pdf(self) -> str:
        chosen = self.selected()
        if chosen is None:
            return ""
        try:
            data = waivers.waiver_pdf(self.books, chosen.id)
        except MilestoneDeskError as exc:
            self._fail(str(exc))
            return ""
        name = safe_file_name(f"waiver-{chosen.kind}-{chosen.document.split(' / ')[-1]}")
        path, problem = write_pdf(self, self.env, data, f"{name}.pdf")
        if problem:
            self._fail(problem)
        if path is None:
            return ""
        self._done(self.tr("Saved {0}.").format(path))
        return str(path)

    def edit_wording(self) -> None:
        self.env.run_dialog(make_waiver_templates_dialog(self, self.books, self.env))


def make_waivers_dialog(parent: QWidget | None, books: Books, code: str, env: DialogEnv) -> WaiversDialog:
    return WaiversDialog(parent, books, code, env)
