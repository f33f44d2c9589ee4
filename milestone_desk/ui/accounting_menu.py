"""The accountant's side in the window: Reports → Journal, File → Export for the accountant…,
Settings → Accounts (issue 20).

Each dialog goes through the controller's ``run_dialog`` seam and asks for paths through
``ask_save_path`` (replaced in tests); the work is the services' (``journal``, ``accounting_export``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain import journal as dj
from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import accounting_export
from milestone_desk.services.interchange.queries import csv_export
from milestone_desk.services.records import journal as journal_service
from milestone_desk.services.records.journal import JournalReport, JournalRow
from milestone_desk.ui.formatting import amount, day, from_qdate, to_qdate
from milestone_desk.ui.table_base import Column, RecordTableModel, compact

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow

FORMAT_LABELS = {
    "quickbooks-iif": QT_TRANSLATE_NOOP("Accounting", "QuickBooks Desktop (IIF)"),
    "quickbooks-online": QT_TRANSLATE_NOOP("Accounting", "QuickBooks Online (CSV)"),
    "xero": QT_TRANSLATE_NOOP("Accounting", "Xero (CSV)"),
}
ACCOUNT_LABELS = {
    dj.AR: QT_TRANSLATE_NOOP("Accounting", "Accounts receivable"),
    dj.RETAINAGE: QT_TRANSLATE_NOOP("Accounting", "Retainage receivable"),
    dj.BANK: QT_TRANSLATE_NOOP("Accounting", "Undeposited funds / bank"),
    dj.REVENUE_CONTRACT: QT_TRANSLATE_NOOP("Accounting", "Revenue: contract work"),
    dj.REVENUE_CHANGE_ORDERS: QT_TRANSLATE_NOOP("Accounting", "Revenue: change orders"),
    dj.REVENUE_LATE_FEES: QT_TRANSLATE_NOOP("Accounting", "Revenue: late fees"),
    dj.CREDIT_NOTES: QT_TRANSLATE_NOOP("Accounting", "Credit notes and refunds"),
    dj.SALES_TAX: QT_TRANSLATE_NOOP("Accounting", "Sales tax payable"),
    dj.DEPOSITS: QT_TRANSLATE_NOOP("Accounting", "Customer deposits (unearned revenue)"),
    dj.CLIENT_CREDIT: QT_TRANSLATE_NOOP("Accounting", "Client credit"),
}


def _cents(v: int) -> str:
    return amount(v) if v else ""


class JournalModel(RecordTableModel[JournalRow]):
    columns = (
        Column(QT_TRANSLATE_NOOP("JournalModel", "Date"), lambda r: day(r.date), lambda r: r.date),
        Column(QT_TRANSLATE_NOOP("JournalModel", "Entry"), lambda r: str(r.entry), lambda r: r.entry, True),
        Column(QT_TRANSLATE_NOOP("JournalModel", "Document"), lambda r: r.document, lambda r: r.document),
        Column(QT_TRANSLATE_NOOP("JournalModel", "Account"), lambda r: f"{r.account_code} {r.account}",
               lambda r: r.account_code),
        Column(QT_TRANSLATE_NOOP("JournalModel", "Debit"), lambda r: _cents(r.debit), lambda r: r.debit, True),
        Column(QT_TRANSLATE_NOOP("JournalModel", "Credit"), lambda r: _cents(r.credit), lambda r: r.credit, True),
        Column(QT_TRANSLATE_NOOP("JournalModel", "Client"), lambda r: r.client, lambda r: r.client),
        Column(QT_TRANSLATE_NOOP("JournalModel", "Project"), lambda r: r.project, lambda r: r.project),
        Column(QT_TRANSLATE_NOOP("JournalModel", "Memo"), lambda r: r.memo, lambda r: r.memo),
    )  # fmt: skip


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(value))
    return edit


class JournalPanel(QWidget):
    """Period, account filter, the journal lines and Save CSV."""

    def __init__(
        self,
        loader: Callable[[date | None, date | None], JournalReport],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self.report: JournalReport | None = None
        self.start = _date_edit(date(today.year, 1, 1))
        self.end = _date_edit(today)
        self.whole = QCheckBox(self.tr("All dates"))
        self.account = QComboBox()
        self.account.addItem(self.tr("All accounts"), None)
        self.save_button = QPushButton(self.tr("Save CSV…"))
        self.totals = QLabel()
        row = QHBoxLayout()
        for label, w in ((self.tr("From"), self.start), (self.tr("To"), self.end)):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addWidget(self.whole)
        row.addWidget(QLabel(self.tr("Account")))
        row.addWidget(self.account, 1)
        row.addWidget(self.save_button)
        self.model = JournalModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # entry order
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        compact(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self.load())
        self.whole.toggled.connect(self._whole_toggled)
        self.account.currentIndexChanged.connect(lambda _i: self.show_rows())
        self.load()

    def _whole_toggled(self, on: bool) -> None:
        self.start.setEnabled(not on)
        self.end.setEnabled(not on)
        self.load()

    def period(self) -> tuple[date | None, date | None]:
        if self.whole.isChecked():
            return None, None
        return from_qdate(self.start.date()), from_qdate(self.end.date())

    def load(self) -> None:
        self.report = self._loader(*self.period())
        if self.account.count() == 1:
            for key in dj.ACCOUNT_KEYS:
                acc = self.report.chart[key]
                self.account.addItem(f"{acc.code} {acc.name}", key)
        self.show_rows()

    def show_rows(self) -> None:
        if self.report is None:
            return
        rows = self.report.rows(self.account.currentData())
        self.model.set_records(rows)
        self.totals.setText(
            self.tr("{0} entries, {1} lines · debits {2} · credits {3}").format(
                len({r.entry for r in rows}), len(rows), amount(sum(r.debit for r in rows)),
                amount(sum(r.credit for r in rows)),
            )
        )  # fmt: skip
        self.table.resizeColumnsToContents()

    def csv_text(self) -> str:
        assert self.report is not None
        table = journal_service.journal_table(self.report, self.account.currentData())
        return csv_export.to_csv_text(journal_service.JOURNAL_HEADER, table)


class ExportDialog(QDialog):
    """Format, period and "only what is new since the last export"."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for the accountant"))
        self.format = QComboBox()
        for key, label in FORMAT_LABELS.items():
            self.format.addItem(self.tr(str(label)), key)
        self.whole = QCheckBox(self.tr("All dates"))
        self.start = _date_edit(date(today.year, today.month, 1))
        self.end = _date_edit(today)
        self.since_last = QCheckBox(self.tr("Only what was not exported before (and mark it exported)"))
        self.whole.toggled.connect(self._whole_toggled)
        form = QFormLayout(self)
        form.addRow(self.tr("For"), self.format)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow("", self.whole)
        form.addRow("", self.since_last)
        self.note = QLabel(
            self.tr("QuickBooks Online and Xero get two files: the invoices and, beside them, the payments.")
        )
        self.note.setWordWrap(True)
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _whole_toggled(self, on: bool) -> None:
        self.start.setEnabled(not on)
        self.end.setEnabled(not on)

    def choice(self) -> tuple[str, date | None, date | None, bool]:
        start = None if self.whole.isChecked() else from_qdate(self.start.date())
        end = None if self.whole.isChecked() else from_qdate(self.end.date())
        return str(self.format.currentData()), start, end, self.since_last.isChecked()


class AccountsDialog(QDialog):
    """Settings → Accounts: the code and name of every account the journal and exports use."""

    def __init__(self, books: Books, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.books = books
        self.setWindowTitle(self.tr("Accounts"))
        chart = journal_service.accounts(books)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Code")), 0, 1)
        grid.addWidget(QLabel(self.tr("Name in your accounting program")), 0, 2)
        self.fields: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        for i, key in enumerate(dj.ACCOUNT_KEYS, start=1):
            code, name = QLineEdit(chart[key].code), QLineEdit(chart[key].name)
            code.setMaximumWidth(110)
            grid.addWidget(QLabel(self.tr(str(ACCOUNT_LABELS[key]))), i, 0)
            grid.addWidget(code, i, 1)
            grid.addWidget(name, i, 2)
            self.fields[key] = (code, name)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        chart = {k: (c.text(), n.text()) for k, (c, n) in self.fields.items()}
        try:
            journal_service.save_accounts(self.books, chart)
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class AccountingActions(QObject):
    """The three actions; the menus place them (ui/window_menus.py)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ask_save_path: Callable[[str, str], str] = self._ask_save_path
        self.journal_action = window._action(self.tr("&Journal…"), "ledger")
        self.export_action = window._action(self.tr("Export for the &accountant…"), "csv")
        self.accounts_action = window._action(self.tr("&Accounts…"), "")
        self.journal_action.triggered.connect(self.show_journal)
        self.export_action.triggered.connect(self.show_export)
        self.accounts_action.triggered.connect(self.show_accounts)

    def _ask_save_path(self, suggested: str, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save as"), str(Path.home() / suggested), filter_text
        )
        return path

    def _today(self) -> date:
        return self.window.controller.today()

    def _ready(self) -> bool:
        if not self.window.controller.has_company:
            self.window.controller.show_error(
                self.tr("Set up the company profile first (File → Company profile).")
            )
            return False
        return True

    # Reports → Journal
    def make_journal_dialog(self) -> QDialog:
        from milestone_desk.ui.reports_menu import ReportDialog

        books = self.window.books
        panel = JournalPanel(lambda a, b: journal_service.journal(books, a, b), self._today())
        panel.save_button.clicked.connect(lambda: self.save_journal_csv(panel))
        return ReportDialog(self.tr("Journal"), panel, self.window, (1100, 620))

    def show_journal(self) -> None:
        if self._ready():
            try:
                dialog = self.make_journal_dialog()
            except MilestoneDeskError as exc:
                self.window.controller.show_error(str(exc))
                return
            self.window.controller.run_dialog(dialog)

    def save_journal_csv(self, panel: JournalPanel) -> Path | None:
        chosen = self.ask_save_path("journal.csv", self.tr("CSV file (*.csv)"))
        if not chosen:
            return None
        try:
            csv_export.write_text(Path(chosen), panel.csv_text(), encoding="utf-8-sig")
        except MilestoneDeskError as exc:
            self.window.controller.show_error(str(exc))
            return None
        self.window.controller.message.emit(self.tr("Saved {0}.").format(chosen))
        return Path(chosen)

    # File → Export for the accountant…
    def make_export_dialog(self) -> ExportDialog:
        dialog = ExportDialog(self._today(), self.window)
        dialog.accepted.connect(lambda: self.run_export(*dialog.choice()))
        return dialog

    def show_export(self) -> None:
        if self._ready():
            self.window.controller.run_dialog(self.make_export_dialog())

    def run_export(self, fmt: str, start: date | None, end: date | None, since_last: bool) -> Path | None:
        if since_last and not self.window.controller.writable():
            return None
        iif = fmt == "quickbooks-iif"
        suggested = f"{fmt}.iif" if iif else f"{fmt}-invoices.csv"
        chosen = self.ask_save_path(
            suggested, self.tr("IIF file (*.iif)") if iif else self.tr("CSV file (*.csv)")
        )
        if not chosen:
            return None
        try:
            result = accounting_export.export_accounting(
                self.window.books, fmt, Path(chosen), start, end, since_last=since_last
            )
        except MilestoneDeskError as exc:
            self.window.controller.show_error(str(exc))
            return None
        self.window.controller.message.emit(
            self.tr("Exported {0} invoices and {1} payments.").format(result.invoices, result.payments)
        )
        return Path(chosen)

    # Settings → Accounts
    def show_accounts(self) -> None:
        if self._ready() and self.window.controller.writable():
            self.window.controller.run_dialog(AccountsDialog(self.window.books, self.window))
