"""The document actions of the window: preview, Print…, Save PDF…, Email… for invoices and receipts.

The integrator wires these to menus and toolbar buttons. System dialogs go through small factory
attributes (``print_dialog_factory``, ``ask_save_path``) so tests can stand in for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.billing import documents, invoicing, printing
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.filesafety import write_output
from milestone_desk.ui.email_dialog import EmailDialog
from milestone_desk.ui.pdf_preview import PdfPreviewDialog, paint_pdf


class DocumentActions(QObject):
    """Invoice and receipt actions on one open company file."""

    #: A plain sentence for the status bar after each action.
    message = Signal(str)

    def __init__(self, books: Books, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.books = books
        self.parent_widget = parent_widget
        self.print_dialog_factory: Callable[[QPrinter, QWidget | None], QDialog] = QPrintDialog
        self.printer_factory: Callable[[], QPrinter] = lambda: QPrinter(QPrinter.PrinterMode.HighResolution)
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.show_error: Callable[[str], object] = self._show_error
        self.dialogs: list[QDialog] = []

    # -- helpers ---------------------------------------------------------------------------------
    def _pdf(self, kind: str, number: str) -> bytes | None:
        try:
            if kind == "invoice":
                return documents.invoice_pdf(self.books, number)
            if kind == "paid":  # a paid invoice with its PAID stamp and receipts
                return documents.invoice_pdf(self.books, number, paid=True)
            return documents.receipt_pdf(self.books, number)
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return None

    def _show_error(self, sentence: str) -> None:
        QMessageBox.warning(self.parent_widget, self.tr("Milestone Desk"), sentence)

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save PDF"), suggested, self.tr("PDF document (*.pdf)")
        )
        return path

    def _keep(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        return dialog

    # -- preview ---------------------------------------------------------------------------------
    def _preview(self, kind: str, number: str) -> PdfPreviewDialog | None:
        data = self._pdf(kind, number)
        if data is None:
            return None
        title = (self.tr("Invoice {0}") if kind == "invoice" else self.tr("Receipt {0}")).format(number)
        dialog = PdfPreviewDialog(
            title,
            data,
            self.parent_widget,
            on_print=lambda: self._print(kind, number),
            on_save=lambda: self._save(kind, number),
            on_email=(lambda: self.email_invoice(number)) if kind == "invoice" else None,
        )
        self._keep(dialog)
        dialog.show()
        return dialog

    def preview_invoice(self, number: str) -> PdfPreviewDialog | None:
        return self._preview("invoice", number)

    def preview_receipt(self, number: str) -> PdfPreviewDialog | None:
        return self._preview("receipt", number)

    def preview_draft_invoice(self, project_code: str, milestone_name: str) -> PdfPreviewDialog | None:
        """The invoice a milestone would get if issued today, marked DRAFT (nothing is written)."""
        try:
            data = invoicing.draft_invoice_pdf(self.books, project_code, milestone_name)
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return None
        dialog = PdfPreviewDialog(
            self.tr("Draft invoice — {0}").format(milestone_name), data, self.parent_widget
        )
        self._keep(dialog)
        dialog.show()
        return dialog

    # -- print -----------------------------------------------------------------------------------
    def _print(self, kind: str, number: str) -> bool:
        data = self._pdf(kind, number)
        if data is None:
            return False
        printer = self.printer_factory()
        printer.setDocName(f"{kind.capitalize()} {number}")
        dialog = self.print_dialog_factory(printer, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.send_to_printer(data, printer, f"{kind.capitalize()} {number}", f"{kind} {number}")

    def send_to_printer(self, data: bytes, printer: QPrinter, title: str, what: str) -> bool:
        """The PDF itself to a CUPS printer (vector, its own paper size, not scaled) when the system
        has ``lp``; otherwise (Windows, or "print to file") Qt prints it at the document's size."""
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printing.can_print_pdf():
            try:
                printing.print_pdf(
                    data, title=title, printer=printer.printerName(), copies=max(1, printer.copyCount())
                )
            except MilestoneDeskError as exc:
                self.show_error(str(exc))
                return False
            self.message.emit(self.tr("Sent {0} to the printer.").format(what))
            return True
        media = printing.media_of(data)
        if media:
            size = {"Letter": QPageSize.PageSizeId.Letter, "A4": QPageSize.PageSizeId.A4}.get(media)
            if size is not None:
                printer.setPageSize(QPageSize(size))
                printer.setFullPage(True)
        pages = paint_pdf(data, printer)
        if pages == 0:
            self.show_error(self.tr("The printer could not be started."))
            return False
        self.message.emit(self.tr("Sent {0} to the printer.").format(what))
        return True

    def print_bytes(self, data: bytes, title: str) -> bool:
        """Print… any document's PDF (statements, pay applications, waivers, credit notes)."""
        printer = self.printer_factory()
        printer.setDocName(title)
        dialog = self.print_dialog_factory(printer, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.send_to_printer(data, printer, title, title)

    def print_invoice(self, number: str) -> bool:
        """Print… through the system print dialog; True when pages went to the printer."""
        return self._print("invoice", number)

    def print_receipt(self, number: str) -> bool:
        return self._print("receipt", number)

    def print_paid_invoice(self, number: str) -> bool:
        """A paid invoice with the PAID stamp listing its receipts."""
        return self._print("paid", number)

    def save_paid_invoice_pdf(self, number: str) -> Path | None:
        return self._save("paid", number)

    def print_preview_invoice(self, number: str, *, show: bool = True) -> QPrintPreviewDialog | None:
        """Qt's print preview (the pages as the printer will get them); ``pages_painted`` counts pages."""
        data = self._pdf("invoice", number)
        if data is None:
            return None
        printer = self.printer_factory()
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        # Qt does not own the printer: without a Python reference it was collected while the preview
        # still painted on it, and showing the preview crashed. The dialog keeps it alive now.
        dialog._printer = printer  # type: ignore[attr-defined]
        dialog.setProperty("pages_painted", 0)

        def paint(target: QPrinter) -> None:
            dialog.setProperty("pages_painted", paint_pdf(data, target))

        dialog.paintRequested.connect(paint)
        self._keep(dialog)
        if show:
            dialog.open()
        return dialog

    # -- save ------------------------------------------------------------------------------------
    def _save(self, kind: str, number: str) -> Path | None:
        data = self._pdf(kind, number)
        if data is None:
            return None
        chosen = self.ask_save_path(f"{documents.safe_name(number)}.pdf")
        if not chosen:
            return None
        path = Path(chosen)
        try:
            write_output(path, data, force=True)  # the dialog asked before replacing
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return None
        self.message.emit(self.tr("Saved {0}.").format(path))
        return path

    def save_pdf(self, number: str) -> Path | None:
        """Save PDF… of an invoice; returns the path written, or None when cancelled."""
        return self._save("invoice", number)

    def save_receipt_pdf(self, number: str) -> Path | None:
        return self._save("receipt", number)

    # -- email -----------------------------------------------------------------------------------
    def email_invoice(self, number: str) -> EmailDialog | None:
        """Email…: a dialog to send now through the outbox or save a draft .eml."""
        try:
            dialog = EmailDialog(self.books, number, self.parent_widget)
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return None
        self._keep(dialog)
        dialog.finished_sending.connect(
            lambda d: self.message.emit(
                self.tr("Invoice {0} sent.").format(number) if d.accepted else d.reason
            )
        )
        dialog.open()
        return dialog
