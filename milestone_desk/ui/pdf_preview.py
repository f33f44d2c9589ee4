"""A dialog that shows a rendered PDF (QtPdf), with Print…, Save PDF… and Email… buttons.

Also the painter used for printing: PDF pages rendered by QtPdf at 300 dpi onto a QPrinter.
When QtPdf is missing (a trimmed PySide6), pages are shown as images made by ``pdftoppm``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - PySide6-Addons not installed
    HAVE_QTPDF = False

PRINT_DPI = 300


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes; keep the returned buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument(parent)  # type: ignore[arg-type]  # the stubs miss that the parent may be None
    doc.load(buffer)
    return doc, buffer


def paint_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF onto the printer; returns the number of pages printed."""
    doc, buffer = load_pdf(data)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        count = doc.pageCount()
        for i in range(count):
            if i:
                printer.newPage()
            points = doc.pagePointSize(i)
            size = QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
            image = doc.render(i, size)
            target = QRectF(painter.viewport())
            scale = min(target.width() / size.width(), target.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            painter.drawImage(QRectF(0, 0, w, h), image)
        return count
    finally:
        painter.end()
        doc.close()
        buffer.close()


def _pdftoppm_pages(data: bytes) -> list[QImage]:
    """Fallback page images when QtPdf is unavailable."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.pdf"
        src.write_bytes(data)
        subprocess.run([exe, "-png", "-r", "90", str(src), str(Path(tmp) / "page")], check=False, timeout=60)
        return [QImage(str(p)) for p in sorted(Path(tmp).glob("page*.png"))]


class PdfPreviewDialog(QDialog):
    """Shows a document's pages; the buttons call back into DocumentActions."""

    def __init__(
        self,
        title: str,
        data: bytes,
        parent: QWidget | None = None,
        *,
        on_print: Callable[[], object] | None = None,
        on_save: Callable[[], object] | None = None,
        on_email: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 900)
        self.data = data
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, callback in (
            ("print", self.tr("Print…"), on_print),
            ("save", self.tr("Save PDF…"), on_save),
            ("email", self.tr("Email…"), on_email),
        ):
            if callback is None:
                continue
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        layout.addLayout(bar)
        if HAVE_QTPDF:
            self.document, self._buffer = load_pdf(data, self)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(self.view, 1)
            self.page_count = self.document.pageCount()
        else:  # pragma: no cover - exercised only without PySide6-Addons
            area = QScrollArea(self)
            inner = QWidget()
            col = QVBoxLayout(inner)
            pages = _pdftoppm_pages(data)
            for image in pages:
                page_label = QLabel()
                page_label.setPixmap(QPixmap.fromImage(image))
                page_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                col.addWidget(page_label)
            if not pages:
                col.addWidget(QLabel(self.tr("This preview needs QtPdf or pdftoppm; use Save PDF… instead.")))
            area.setWidget(inner)
            area.setWidgetResizable(True)
            layout.addWidget(area, 1)
            self.page_count = len(pages)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
