"""The Reports menu: aging, cash-flow forecast, project ledger, statements, collections, CSV export.

Each report opens in a dialog through the controller's ``run_dialog`` seam, so tests can look
inside it; PDF and CSV exports ask for a path through ``ask_save_path`` (replaced in tests).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.reports import AgingItem, AgingReport, ProjectLedger
from milestone_desk.services.collections import late_fees
from milestone_desk.services.collections.queries import aging, forecast, project_ledger, report_pdfs
from milestone_desk.services.collections.reminders import ReminderDTO
from milestone_desk.services.interchange.queries import csv_export
from milestone_desk.services.records.filesafety import write_output
from milestone_desk.ui.aging_view import AgingView
from milestone_desk.ui.background import run_op
from milestone_desk.ui.collections_models import RECORD_ROLE, AgingTableModel
from milestone_desk.ui.collections_view import CollectionsView
from milestone_desk.ui.forecast_chart import ForecastChart
from milestone_desk.ui.i18n import plural
from milestone_desk.ui.ledger_view import LedgerView
from milestone_desk.ui.reminder_settings import ReminderSettingsView
from milestone_desk.ui.statement_dialog import StatementDialog

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow

CSV_KINDS = ("invoices", "payments", "aging")


class ReportDialog(QDialog):
    """A report widget with a Close button; resizable, remembers nothing."""

    def __init__(
        self, title: str, body: QWidget, parent: QWidget | None = None, size: tuple[int, int] = (900, 560)
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = body
        layout = QVBoxLayout(self)
        scroll = QScrollArea()  # a tall report scrolls rather than pushing Close off a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.resize(*size)


class ForecastPanel(QWidget):
    def __init__(self, loader: Callable[[str], forecast.Forecast], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self.chart = ForecastChart()
        self.month = QPushButton(self.tr("By month"))
        self.week = QPushButton(self.tr("By week"))
        group = QButtonGroup(self)
        row = QHBoxLayout()
        row.addStretch(1)
        for b, g in ((self.month, "month"), (self.week, "week")):
            b.setCheckable(True)
            group.addButton(b)
            b.clicked.connect(lambda _=False, g=g: self.load(g))
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        self.load("month")

    def load(self, granularity: str) -> None:
        self.chart.set_forecast(self._loader(granularity))
        (self.month if granularity == "month" else self.week).setChecked(True)


def _aging_item_keys(index: QModelIndex) -> tuple[str, str, str] | None:
    item = index.data(RECORD_ROLE)
    return (item.number, item.client_code, item.project_code) if isinstance(item, AgingItem) else None


def _aging_row_keys(view: AgingView, index: QModelIndex) -> tuple[str, str, str] | None:
    code = str(view.model.index(index.row(), AgingTableModel.CLIENT).data() or "")
    return ("", code, "") if code else None


class ReportActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ask_save_path: Callable[[str, str], str] = self._ask_save_path
        self.pick_csv_kind: Callable[[], str] = self._pick_csv_kind
        w = window
        self.dashboard_action = w._action(self.tr("&Dashboard"), "dashboard", "Ctrl+1")
        self.work_action = w._action(self.tr("&Projects and billing"), "new-project", "Ctrl+2")
        self.clients_action = w._action(self.tr("C&lients"), "client", "Ctrl+3")
        self.aging_action = w._action(self.tr("&Aging…"), "aging", "Ctrl+Shift+A")
        self.forecast_action = w._action(self.tr("Cash-flow &forecast…"), "forecast")
        self.ledger_action = w._action(self.tr("Project &ledger…"), "ledger", "Ctrl+L")
        self.statement_action = w._action(self.tr("Customer &statement…"), "statement")
        self.collections_action = w._action(
            self.tr("&Collections and reminders…"), "reminder", "Ctrl+Shift+R"
        )
        self.csv_action = w._action(self.tr("CSV e&xport…"), "csv")
        self.dashboard_action.triggered.connect(lambda: w.show_tab(0))
        self.work_action.triggered.connect(lambda: w.show_tab(1))
        self.clients_action.triggered.connect(lambda: w.show_tab(2))
        self.aging_action.triggered.connect(self.show_aging)
        self.forecast_action.triggered.connect(self.show_forecast)
        self.ledger_action.triggered.connect(self.show_ledger)
        self.statement_action.triggered.connect(self.show_statement)
        self.collections_action.triggered.connect(self.show_collections)
        self.csv_action.triggered.connect(self.export_csv)

    def actions(self) -> list[QAction | None]:
        return [self.dashboard_action, self.work_action, self.clients_action, None, self.aging_action, self.forecast_action,
                self.ledger_action, self.statement_action, self.collections_action, None, self.csv_action]  # fmt: skip

    # seams
    def _ask_save_path(self, suggested: str, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save as"), str(Path.home() / suggested), filter_text
        )
        return path

    def _pick_csv_kind(self) -> str:
        labels = [self.tr("Invoices"), self.tr("Payments"), self.tr("Aging")]
        text, ok = QInputDialog.getItem(
            self.window, self.tr("CSV export"), self.tr("Export"), labels, 0, False
        )
        return CSV_KINDS[labels.index(text)] if ok else ""

    def _today(self) -> datetime.date:
        return self.window.controller.today()

    def _write(self, data: bytes, suggested: str, filter_text: str) -> Path | None:
        chosen = self.ask_save_path(suggested, filter_text)
        if not chosen:
            return None
        try:
            # The dialog asked before replacing a file; books, backups and devices are refused still.
            write_output(Path(chosen), data, force=True)
        except MilestoneDeskError as exc:
            self.window.controller.show_error(str(exc))
            return None
        self.window.controller.message.emit(self.tr("Saved {0}.").format(chosen))
        return Path(chosen)

    def _guarded(self, work: Callable[[], object], busy: str = "") -> object | None:
        """Run ``work``; with ``busy`` as an operation off the UI thread with a progress dialog."""
        try:
            if busy:
                return run_op(self.window, busy, lambda _cancelled: work())
            return work()
        except MilestoneDeskError as exc:
            self.window.controller.show_error(str(exc))
            return None

    def _needs_company(self) -> bool:
        if not self.window.controller.has_company:
            self.window.controller.show_error(
                self.tr("Set up the company profile first (File → Company profile).")
            )
            return False
        return True

    # aging
    def make_aging_dialog(self) -> ReportDialog:
        books = self.window.books
        view = AgingView(lambda d: aging.aging(books, d))
        view.load(self._today())
        view.export_pdf_requested.connect(self.save_aging_pdf)
        view.export_csv_requested.connect(self.save_aging_csv)
        actions = self.window.row_actions
        actions.attach(view.items, lambda i: _aging_item_keys(i))
        actions.attach(view.table, lambda i: _aging_row_keys(view, i))
        return ReportDialog(self.tr("Accounts receivable aging"), view, self.window)

    def show_aging(self) -> None:
        if self._needs_company():
            self.window.controller.run_dialog(self.make_aging_dialog())

    def save_aging_pdf(self, report: AgingReport) -> Path | None:
        data = self._guarded(lambda: report_pdfs.aging_pdf(report))
        return (
            self._write(data, f"aging-{report.as_of.isoformat()}.pdf", self.tr("PDF document (*.pdf)"))
            if isinstance(data, bytes)
            else None
        )

    def save_aging_csv(self, report: AgingReport) -> Path | None:
        data = self._guarded(lambda: csv_export.aging_csv(self.window.books, report.as_of))
        if not isinstance(data, str):
            return None
        return self._write(
            data.encode("utf-8-sig"), f"aging-{report.as_of.isoformat()}.csv", self.tr("CSV file (*.csv)")
        )

    # forecast
    def show_forecast(self) -> None:
        if not self._needs_company():
            return
        books, today = self.window.books, self._today()
        panel = ForecastPanel(
            lambda g: forecast.forecast(books, today, g, *((3, 6) if g == "month" else (4, 12)))
        )
        self.window.controller.run_dialog(
            ReportDialog(self.tr("Cash-flow forecast"), panel, self.window, (960, 520))
        )

    # project ledger
    def make_ledger_dialog(self) -> ReportDialog | None:
        code = self.window.current_project_code()
        if not code:
            self.window.controller.show_error(self.tr("Select a project first."))
            return None
        led = self._guarded(lambda: project_ledger.project_ledger(self.window.books, code))
        if not isinstance(led, ProjectLedger):
            return None
        view = LedgerView()
        view.set_ledger(led)
        view.export_pdf_requested.connect(self.save_ledger_pdf)
        return ReportDialog(self.tr("Project ledger — {0}").format(code), view, self.window, (900, 620))

    def show_ledger(self) -> None:
        dialog = self.make_ledger_dialog()
        if dialog is not None:
            self.window.controller.run_dialog(dialog)

    def save_ledger_pdf(self, led: ProjectLedger) -> Path | None:
        data = self._guarded(lambda: report_pdfs.ledger_pdf(led))
        return (
            self._write(data, f"ledger-{led.project_code}.pdf", self.tr("PDF document (*.pdf)"))
            if isinstance(data, bytes)
            else None
        )

    # statements
    def make_statement_dialog(self) -> StatementDialog:
        c = self.window.controller
        dialog = StatementDialog(
            self.window.books,
            c.clients,
            self._today(),
            lambda name: self.ask_save_path(name, self.tr("PDF document (*.pdf)")),
            self.window,
        )
        code = c.detail.summary.client_code if c.detail else ""
        index = dialog.client.findData(code)
        if index >= 0:
            dialog.client.setCurrentIndex(index)
        return dialog

    def show_statement(self) -> None:
        if not self._needs_company():
            return
        dialog = self.make_statement_dialog()
        self.window.controller.run_dialog(dialog)
        self.window.file_actions.update_outbox_count()

    # collections and reminders
    def make_collections_dialog(self) -> ReportDialog:
        w = self.window
        tabs = QTabWidget()
        view = CollectionsView(w.books, self._today)
        view.queue_button.setEnabled(view.queue_button.isEnabled() and not w.books.readonly)
        view.reminders_ready.connect(lambda due: self.queue_reminders(due, view))
        tabs.addTab(view, self.tr("Overdue and due soon"))
        settings = ReminderSettingsView(w.books, w.controller.currency)
        settings.setEnabled(not w.books.readonly)
        settings.saved.connect(view.refresh)
        tabs.addTab(settings, self.tr("Reminder schedule and late fees"))
        dialog = ReportDialog(self.tr("Collections and reminders"), tabs, w, (960, 600))
        fees = QPushButton(self.tr("Charge late fees due today…"))
        fees.setEnabled(not w.books.readonly)
        fees.clicked.connect(lambda: self.charge_late_fees(view))
        dialog.buttons.addButton(fees, QDialogButtonBox.ButtonRole.ActionRole)
        dialog.fees_button = fees  # type: ignore[attr-defined]
        return dialog

    def charge_late_fees(self, view: CollectionsView | None = None) -> list[str]:
        """Issue the late-fee invoices due today (off unless the firm turned fees on), after a yes."""
        c = self.window.controller
        due = self._guarded(lambda: late_fees.due_late_fees(self.window.books, self._today()))
        if not isinstance(due, list):
            return []
        if not due:
            c.message.emit(
                self.tr("No late fees are due today (they are off unless turned on in the settings).")
            )
            return []
        if not c.confirm(
            plural(
                self.tr(
                    "Issue %n late-fee invoice(s) now? Each takes the next invoice number.", "", len(due)
                ),
                len(due),
            )
        ):
            return []
        books, today = self.window.books, self._today()
        numbers = self._guarded(
            lambda: late_fees.charge_late_fees(books, today), self.tr("Issuing the late-fee invoices…")
        )
        if not isinstance(numbers, list):
            return []
        c._after_write(self.tr("Late-fee invoices issued: {0}.").format(", ".join(numbers)))
        if view is not None:
            view.refresh()
        return numbers

    def show_collections(self) -> None:
        if self._needs_company():
            self.window.controller.run_dialog(self.make_collections_dialog())
            self.window.file_actions.update_outbox_count()

    def queue_reminders(self, due: list[ReminderDTO], view: CollectionsView | None = None) -> int:
        """Put today's reminders in the outbox, each with its invoice attached, and log each step in the
        same transaction (never twice); clients without an email are skipped. ``due`` is what the view
        showed: the service recomputes the same list for today."""
        from milestone_desk.services.mailing.collections_mail import QueuedReminders, queue_reminders

        books, today = self.window.books, self._today()
        result = self._guarded(
            lambda: queue_reminders(books, today), self.tr("Putting the reminders in the outbox…")
        )
        if not isinstance(result, QueuedReminders):
            return 0
        queued, skipped = len(result.ids), len(result.skipped)
        text = plural(self.tr("%n reminder(s) queued in the outbox.", "", queued), queued)
        if skipped:
            text += " " + self.tr("{0} skipped: the client has no email address.").format(skipped)
        self.window.controller.message.emit(text)
        if view is not None:
            view.refresh()
            view.status.setText(text)
        self.window.file_actions.update_outbox_count()
        return queued

    # CSV
    def export_csv(self, kind: str = "") -> Path | None:
        if not self._needs_company():
            return None
        kind = kind or self.pick_csv_kind()
        if kind not in CSV_KINDS:
            return None
        chosen = self.ask_save_path(f"{kind}-{self._today().isoformat()}.csv", self.tr("CSV file (*.csv)"))
        if not chosen:
            return None
        as_of = self._today() if kind == "aging" else None
        books = self.window.books
        rows = self._guarded(
            lambda: csv_export.export_csv(books, kind, Path(chosen), as_of),
            self.tr("Exporting {0}…").format(chosen),
        )
        if rows is None:
            return None
        self.window.controller.message.emit(self.tr("Exported {0} rows to {1}.").format(rows, chosen))
        return Path(chosen)
