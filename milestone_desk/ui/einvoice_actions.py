"""Invoice → Save e-invoice…: choose the format (the client's own first), check it, save the file.

The e-invoice is built, checked (schema + EN 16931) and frozen on first use by services/interchange/einvoices;
a refusal is shown as its sentence (the rule and its words). ``ask_format`` and ``ask_save_path``
are seams the tests stand in for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from milestone_desk.domain.einvoice import FORMATS
from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.core.books import Books

LABELS = {
    "factur-x": "Factur-X (PDF/A-3 with XML)",
    "zugferd": "ZUGFeRD (PDF/A-3 with XML)",
    "xrechnung": "XRechnung (CII XML)",
    "ubl": "Peppol BIS 3.0 (UBL XML)",
}


class EInvoiceActions(QObject):
    message = Signal(str)

    def __init__(self, books: Books, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.books = books
        self.parent_widget = parent_widget
        self.show_error: Callable[[str], object] = lambda text: None
        self.ask_format: Callable[[str], str] = self._ask_format
        self.ask_save_path: Callable[[str, str], str] = self._ask_save_path

    def _ask_format(self, preferred: str) -> str:
        labels = [self.tr(LABELS[f]) for f in FORMATS]
        current = FORMATS.index(preferred) if preferred in FORMATS else 0
        label, ok = QInputDialog.getItem(
            self.parent_widget, self.tr("Save e-invoice"), self.tr("Format:"), labels, current, False
        )
        return FORMATS[labels.index(label)] if ok else ""

    def _ask_save_path(self, suggested: str, fmt: str) -> str:
        pattern = (
            self.tr("PDF with embedded XML (*.pdf)") if suggested.endswith(".pdf") else self.tr("XML (*.xml)")
        )
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save e-invoice"), suggested, pattern
        )
        return path

    def save_einvoice(self, number: str) -> Path | None:
        """Save e-invoice…: the path written, or None when cancelled or refused (the reason shown)."""
        from milestone_desk.services.interchange import einvoices

        try:
            fmt = self.ask_format(einvoices.preferred_format(self.books, number))
            if not fmt:
                return None
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                made = einvoices.make(self.books, fmt, invoice=number)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return None
        chosen = self.ask_save_path(made.filename, fmt)
        if not chosen:
            return None
        path = Path(chosen)
        try:
            path.write_bytes(made.data)
        except OSError as exc:
            self.show_error(self.tr("Cannot write {0}: {1}.").format(path, exc.strerror or exc))
            return None
        self.message.emit(self.tr("Saved e-invoice {0} ({1}).").format(path, fmt))
        return path
