"""Rows that act: a double-click opens the invoice; the context menu records a payment, sends a
reminder, makes the client's statement or shows the project. Used by the dashboard, the aging
report and the clients pane, so every list of invoices behaves the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.states import VOID, InvoiceStatus
from milestone_desk.services.billing import invoicing

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow

# a row's invoice number, its client code and its project code ("" when the row has none)
RowKeys = Callable[[QModelIndex], tuple[str, str, str] | None]


class RowActions(QObject):
    """One per window; ``attach(view, keys)`` makes a table's rows act."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # what a row can do
    def open_invoice(self, number: str) -> None:
        if number:
            self.window.invoice_actions._sync().preview_invoice(number)

    def record_payment(self, number: str) -> None:
        c = self.window.controller
        try:
            view = invoicing.invoice_view(self.window.books, number)
        except MilestoneDeskError as exc:
            c.show_error(str(exc))
            return
        if view.balance_cents <= 0 or view.status in (VOID, InvoiceStatus.DRAFT):
            c.show_error(self.tr("Invoice {0} has nothing left to pay.").format(number))
            return
        c.record_payment(view)

    def send_reminder(self, number: str) -> None:
        """The invoice's email, written as a reminder by the mail templates, opened to check and send."""
        self.window.invoice_actions._sync().email_invoice(number)

    def statement(self, client_code: str) -> None:
        reports = self.window.reports
        if not reports._needs_company():
            return
        dialog = reports.make_statement_dialog()
        index = dialog.client.findData(client_code)
        if index >= 0:
            dialog.client.setCurrentIndex(index)
        self.window.controller.run_dialog(dialog)
        self.window.file_actions.update_outbox_count()

    def show_project(self, code: str) -> None:
        if code:
            self.window.show_tab(1)
            self.window.projects_pane.select_code(code)

    # menus
    def menu_for(self, number: str, client: str, project: str) -> QMenu:
        menu = QMenu(self.window)
        readonly = self.window.read_only_shown()
        if number:
            menu.addAction(self.tr("Open invoice {0}").format(number), lambda: self.open_invoice(number))
            pay = menu.addAction(self.tr("Record payment…"), lambda: self.record_payment(number))
            remind = menu.addAction(self.tr("Send reminder…"), lambda: self.send_reminder(number))
            pay.setEnabled(not readonly)
            remind.setEnabled(not readonly)
        if client:
            menu.addAction(self.tr("Statement for this client…"), lambda: self.statement(client))
        if project:
            menu.addAction(self.tr("Show project {0}").format(project), lambda: self.show_project(project))
        return menu

    def attach(self, view: QAbstractItemView, keys: RowKeys) -> None:
        """Double-click opens the row's invoice (or its project); right-click offers the rest."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def double(index: QModelIndex) -> None:
            found = keys(index)
            if found is None:
                return
            number, _client, project = found
            if number:
                self.open_invoice(number)
            else:
                self.show_project(project)

        def context(pos: QPoint) -> None:
            index = view.indexAt(pos)
            found = keys(index) if index.isValid() else None
            if found is None:
                return
            self.menu_for(*found).exec(view.viewport().mapToGlobal(pos))

        view.doubleClicked.connect(double)
        view.customContextMenuRequested.connect(context)


def record_of(index: QModelIndex, role: int) -> Any:
    return index.data(role) if index.isValid() else None
