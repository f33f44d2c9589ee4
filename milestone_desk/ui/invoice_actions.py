"""The invoice and receipt actions of the main window: documents, void, credit notes, history.

Menus (Billing, the invoices pane's context menu) and the toolbar share these QActions. Dialogs
go through the controller's ``run_dialog`` / ``confirm`` / ``show_error`` seams.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.states import LIVE, NUMBERED, VOID, InvoiceStatus
from milestone_desk.services.billing import credits, voiding
from milestone_desk.services.core.dto import InvoiceView
from milestone_desk.services.mailing import outbox
from milestone_desk.services.records import window_reads
from milestone_desk.services.records.queries import history
from milestone_desk.ui.dialogs.records import CreditNoteDialog, VoidDialog
from milestone_desk.ui.document_actions import DocumentActions
from milestone_desk.ui.einvoice_actions import EInvoiceActions
from milestone_desk.ui.history_dialog import HistoryDialog
from milestone_desk.ui.icons import icon

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow

ISSUED = LIVE  # statuses that have a frozen document
CREDITABLE = LIVE
VOIDABLE = (InvoiceStatus.ISSUED.value,)


class ReceiptOffer(QDialog):
    """After a payment: its receipt, to preview, print, save or email (queued in the outbox)."""

    def __init__(self, parent: QWidget | None, receipt: str, email: str, summary: str) -> None:
        super().__init__(parent)
        self.receipt = receipt
        self.choice = ""
        self.setWindowTitle(self.tr("Receipt {0}").format(receipt))
        layout = QVBoxLayout(self)
        head = QLabel(summary)
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("What would you like to do with receipt {0}?").format(receipt)))
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, name in (
            ("preview", self.tr("Preview"), "preview"),
            ("print", self.tr("Print…"), "print"),
            ("save", self.tr("Save PDF…"), "save"),
        ):
            button = QPushButton(icon(name), text)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            self.buttons[key] = button
            row.addWidget(button)
        layout.addLayout(row)
        form = QFormLayout()
        self.to = QLineEdit(email)
        self.to.setPlaceholderText(self.tr("client@example.com"))
        email_row = QHBoxLayout()
        email_row.addWidget(self.to, 1)
        self.email_button = QPushButton(icon("email"), self.tr("Email…"))
        self.email_button.clicked.connect(lambda: self._choose("email"))
        self.buttons["email"] = self.email_button
        email_row.addWidget(self.email_button)
        form.addRow(self.tr("Email to"), email_row)
        layout.addLayout(form)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


class InvoiceActions(QObject):
    """Owned by the main window; acts on the invoice selected in the invoices pane."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.docs = DocumentActions(window.books, window)
        self.docs.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        w = window
        self.preview_action = w._action(self.tr("Pre&view / open PDF"), "preview", "Ctrl+Shift+O")
        self.print_action = w.print_action
        self.save_pdf_action = w._action(self.tr("&Save PDF…"), "save", "Ctrl+Shift+S")
        self.email_action = w._action(self.tr("&Email…"), "email", "Ctrl+E")
        self.einvoice_action = w._action(self.tr("Save e-&invoice…"), "save")
        self.einvoice_action.triggered.connect(self.save_einvoice)
        self.company_trade_action = w._action(self.tr("Bank, tax and e-invoice &details…"), "company")
        self.company_trade_action.triggered.connect(self.edit_company_trade)
        self.einvoices = EInvoiceActions(window.books, window)
        self.einvoices.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self.void_action = w._action(self.tr("&Void invoice…"), "void")
        self.credit_action = w._action(self.tr("&Credit note…"), "credit")
        self.history_action = w._action(self.tr("Invoice &history…"), "history", "Ctrl+H")
        self.preview_action.triggered.connect(self.preview)
        self.print_action.triggered.connect(self.print_invoice)
        self.save_pdf_action.triggered.connect(self.save_pdf)
        self.email_action.triggered.connect(self.email)
        self.void_action.triggered.connect(self.void)
        self.credit_action.triggered.connect(self.credit_note)
        self.history_action.triggered.connect(self.show_history)
        self.receipts_menu = QMenu(self.tr("&Receipts of this invoice"), window)
        self.receipts_menu.setIcon(icon("receipt"))
        self.receipts_menu.aboutToShow.connect(lambda: self.fill_receipts(self.receipts_menu))
        table = window.invoices_pane.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    # seams and state
    def _sync(self) -> DocumentActions:
        self.docs.books = self.window.books
        self.docs.show_error = lambda text: self.window.controller.show_error(text)
        return self.docs

    def current(self) -> InvoiceView | None:
        return self.window.invoices_pane.current()

    def _issued(self) -> str | None:
        inv = self.current()
        if inv is None or not inv.number:
            self.window.controller.show_error(self.tr("Select an issued invoice in the invoices pane first."))
            return None
        return inv.number

    def document_actions(self) -> list[QAction]:
        return [
            self.preview_action,
            self.print_action,
            self.save_pdf_action,
            self.einvoice_action,
            self.email_action,
        ]

    def record_actions(self) -> list[QAction]:
        return [self.void_action, self.credit_action, self.history_action]

    def writing_actions(self) -> list[QAction]:
        return [self.email_action, self.void_action, self.credit_action, self.company_trade_action]

    def update_actions(self) -> None:
        inv = self.current()
        status = inv.status if inv is not None else ""
        has_doc = inv is not None and bool(inv.number) and status in NUMBERED
        for a in (self.preview_action, self.print_action, self.save_pdf_action, self.history_action):
            a.setEnabled(has_doc)
        self.einvoice_action.setEnabled(has_doc and status != VOID)
        self.email_action.setEnabled(has_doc and status != VOID)
        self.void_action.setEnabled(status in VOIDABLE and inv is not None and inv.paid_cents == 0)
        self.credit_action.setEnabled(status in CREDITABLE)
        self.receipts_menu.setEnabled(inv is not None and inv.paid_cents > 0)

    # documents
    def preview(self) -> None:
        number = self._issued()
        if number:
            self._sync().preview_invoice(number)

    def print_invoice(self) -> None:
        number = self._issued()
        if number:
            self._sync().print_invoice(number)

    def save_pdf(self) -> None:
        number = self._issued()
        if number:
            self._sync().save_pdf(number)

    def save_einvoice(self) -> None:
        number = self._issued()
        if number:
            self.einvoices.books = self.window.books
            self.einvoices.show_error = lambda text: self.window.controller.show_error(text)
            self.einvoices.save_einvoice(number)

    def edit_company_trade(self) -> None:
        from milestone_desk.services.firm import trade
        from milestone_desk.ui.dialogs.company_trade import CompanyTradeDialog

        c = self.window.controller
        books = self.window.books
        try:
            current = trade.company_trade(books)
        except MilestoneDeskError as exc:
            c.show_error(str(exc))
            return
        dialog = CompanyTradeDialog(
            self.window, current, lambda spec: trade.save_company_trade(books, spec), c.show_error
        )
        if c.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            c._after_write(self.tr("Bank, tax and e-invoice details saved."))

    def email(self) -> None:
        number = self._issued()
        if number:
            self._sync().email_invoice(number)
            self.window.file_actions.update_outbox_count()

    # records
    def void(self) -> None:
        inv = self.current()
        c = self.window.controller
        if inv is None or not inv.number:
            c.show_error(self.tr("Select an issued invoice in the invoices pane first."))
            return
        number = inv.number
        question = self.tr(
            "Void invoice {0}? Its number stays used and it can no longer be paid. This cannot be undone."
        ).format(number)
        if not c.confirm(question):
            return
        dialog = VoidDialog(
            self.window, inv, lambda reason: voiding.void_invoice(self.window.books, number, reason)
        )
        if c.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            c._after_write(self.tr("Invoice {0} is void.").format(number))
            self.window.invoices_pane.select_number(number)

    def credit_note(self) -> None:
        inv = self.current()
        c = self.window.controller
        if inv is None or not inv.number:
            c.show_error(self.tr("Select an issued invoice in the invoices pane first."))
            return
        number = inv.number

        def save(cents: int, reason: str, refund: bool) -> str:
            return credits.issue_credit_note(self.window.books, number, cents, reason, c.today(), refund)

        dialog = CreditNoteDialog(self.window, inv, c.today(), save)
        if c.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            c._after_write(self.tr("Credit note {0} issued against {1}.").format(dialog.number, number))
            self.window.invoices_pane.select_number(number)

    def _history(self, load: object, title: str) -> None:
        c = self.window.controller
        try:
            entries = load()  # type: ignore[operator]
        except MilestoneDeskError as exc:
            c.show_error(str(exc))
            return
        c.run_dialog(HistoryDialog(entries, title, c.currency, self.window))

    def show_history(self) -> None:
        number = self._issued()
        if number:
            books = self.window.books
            self._history(
                lambda: history.invoice_history(books, number), self.tr("invoice {0}").format(number)
            )

    def project_history(self) -> None:
        code = self.window.current_project_code()
        if not code:
            self.window.controller.show_error(self.tr("Select a project first."))
            return
        books = self.window.books
        self._history(
            lambda: history.record_history(books, window_reads.project_uuid(books, code)),
            self.tr("project {0}").format(code),
        )

    def milestone_history(self) -> None:
        code = self.window.current_project_code()
        name = self.window.milestone_pane.selected_name()
        if not code or not name:
            self.window.controller.show_error(self.tr("Select a milestone in the schedule first."))
            return
        books = self.window.books
        self._history(
            lambda: history.record_history(books, window_reads.milestone_uuid(books, code, name)),
            self.tr("milestone {0}").format(name),
        )

    # receipts
    def fill_receipts(self, menu: QMenu) -> None:
        menu.clear()
        inv = self.current()
        rows = []
        if inv is not None and inv.number:
            try:
                rows = window_reads.receipts_of_invoice(self.window.books, inv.number)
            except MilestoneDeskError as exc:
                self.window.controller.show_error(str(exc))
        if inv is not None and inv.number and inv.status == InvoiceStatus.PAID:
            number = inv.number
            menu.addAction(
                icon("print"),
                self.tr("Print with PAID stamp…"),
                lambda: self._sync().print_paid_invoice(number),
            )
            menu.addAction(
                icon("save"),
                self.tr("Save PDF with PAID stamp…"),
                lambda: self._sync().save_paid_invoice_pdf(number),
            )
            menu.addSeparator()
        for ref in rows:
            sub = menu.addMenu(icon("receipt"), f"{ref.number} · {ref.issue_date.isoformat()}")
            self.add_receipt_actions(sub, ref.number)
        if not rows:
            menu.addAction(self.tr("(no payments yet)")).setEnabled(False)

    def add_receipt_actions(self, menu: QMenu, number: str) -> None:
        menu.addAction(icon("preview"), self.tr("Preview"), lambda: self._sync().preview_receipt(number))
        menu.addAction(icon("print"), self.tr("Print…"), lambda: self._sync().print_receipt(number))
        menu.addAction(icon("save"), self.tr("Save PDF…"), lambda: self._sync().save_receipt_pdf(number))
        email = menu.addAction(icon("email"), self.tr("Email…"), lambda: self.offer_receipt(number, ""))
        email.setEnabled(not self.window.books.readonly)

    def receipt_chosen(self, action: str, number: str) -> None:
        """A button of the receipt bar shown after a payment."""
        docs = self._sync()
        if action == "preview":
            docs.preview_receipt(number)
        elif action == "print":
            docs.print_receipt(number)
        elif action == "save":
            docs.save_receipt_pdf(number)
        elif action == "email":
            self.offer_receipt(number, self.tr("Email receipt {0} to the client.").format(number))

    def offer_receipt(self, number: str, summary: str) -> str:
        """The receipt of a payment just recorded: preview, print, save or queue an email."""
        inv = self.current()
        to = ""
        if inv is not None:
            client = next((cl for cl in self.window.controller.clients if cl.name == inv.client_name), None)
            to = client.email if client is not None else ""
        dialog = ReceiptOffer(self.window, number, to, summary)
        c = self.window.controller
        if c.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return ""
        docs = self._sync()
        if dialog.choice == "preview":
            docs.preview_receipt(number)
        elif dialog.choice == "print":
            docs.print_receipt(number)
        elif dialog.choice == "save":
            docs.save_receipt_pdf(number)
        elif dialog.choice == "email":
            try:
                outbox.queue_receipt(self.window.books, number, dialog.to.text())
            except MilestoneDeskError as exc:
                c.show_error(str(exc))
                return ""
            c.message.emit(self.tr("Receipt {0} is in the outbox; File → Outbox… sends it.").format(number))
            self.window.file_actions.update_outbox_count()
        return dialog.choice

    # the invoices pane's context menu
    def build_context_menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.addAction(self.window.pay_action)
        menu.addSeparator()
        for a in self.document_actions():
            menu.addAction(a)
        receipts = menu.addMenu(icon("receipt"), self.tr("Receipts"))
        self.fill_receipts(receipts)
        inv = self.current()
        receipts.setEnabled(inv is not None and inv.paid_cents > 0)
        menu.addSeparator()
        for a in self.record_actions():
            menu.addAction(a)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        table = self.window.invoices_pane.table
        menu = self.build_context_menu()
        menu.exec(table.viewport().mapToGlobal(pos))


__all__ = ["InvoiceActions", "QKeySequence", "ReceiptOffer"]
