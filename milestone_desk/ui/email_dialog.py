"""Email… for an invoice: to, subject, body; send now through the outbox, or save a draft .eml."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.core.books import Books
from milestone_desk.services.mailing import outbox
from milestone_desk.services.mailing.mail import Delivery


class SendThread(QThread):
    """Talks to the mail server off the UI thread (a slow server must not freeze the window)."""

    done = Signal(object)  # list[tuple[int, Delivery]] or a MilestoneDeskError

    def __init__(self, books: Books, ids: list[int] | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.books = books
        self.ids = ids

    def run(self) -> None:
        try:
            result: object = outbox.send_pending(self.books, self.ids)
        except MilestoneDeskError as exc:
            result = exc
        self.done.emit(result)


class EmailDialog(QDialog):
    """Filled in from the invoice and the client; the result shows in ``status``."""

    finished_sending = Signal(object)  # Delivery

    def __init__(self, books: Books, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.books = books
        self.number = number
        self.send_thread: SendThread | None = None
        self.ask_eml_path: Callable[[str], str] = self._ask_eml_path
        self.open_with_system: Callable[[Path], object] = lambda p: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(p))
        )
        draft = outbox.invoice_email(books, number)
        self.setWindowTitle(self.tr("Email invoice {0}").format(number))
        self.resize(560, 440)
        form = QFormLayout()
        self.to = QLineEdit(draft.to)
        self.subject = QLineEdit(draft.subject)
        self.body = QPlainTextEdit(draft.body)
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Attachment:"), QLabel(draft.attachment_name))
        self.attach_einvoice = QCheckBox(
            self.tr("Attach as e-invoice (Factur-X: the PDF with its XML inside)")
        )
        self.attach_einvoice.setChecked(outbox.wants_einvoice(books, number))
        form.addRow("", self.attach_einvoice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setDefault(True)
        self.eml_button = QPushButton(self.tr("Open in my mail program (.eml)…"))
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.eml_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send_now)
        self.eml_button.clicked.connect(self.save_eml)
        layout.addWidget(buttons)

    def send_now(self) -> None:
        """Queue the message (it is safe in the outbox from here on) and try the server in the background."""
        try:
            mid = outbox.queue_invoice(
                self.books,
                self.number,
                self.to.text(),
                self.subject.text(),
                self.body.toPlainText(),
                einvoice=self.attach_einvoice.isChecked(),
            )
        except MilestoneDeskError as exc:
            self.status.setText(str(exc))
            return
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        self.send_thread = SendThread(self.books, [mid], self)
        self.send_thread.done.connect(self._sent)
        self.send_thread.start()

    def _sent(self, result: object) -> None:
        if self.send_thread is not None:
            self.send_thread.wait()
        self.send_button.setEnabled(True)
        if isinstance(result, MilestoneDeskError):
            delivery = Delivery(False, reason=str(result), transient=True)
        else:
            assert isinstance(result, list)
            delivery = result[0][1]
        if delivery.accepted:
            self.status.setText(self.tr("Sent — the server replied: {0}").format(delivery.reply))
        elif delivery.transient:
            self.status.setText(self.tr("Not sent yet: {0}").format(delivery.reason))
        else:
            self.status.setText(self.tr("Failed: {0}").format(delivery.reason))
        self.finished_sending.emit(delivery)
        if delivery.accepted:
            self.accept()

    def _ask_eml_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save email draft"), suggested, self.tr("Email message (*.eml)")
        )
        return path

    def save_eml(self) -> Path | None:
        path = self.ask_eml_path(f"{self.number}.eml")
        if not path:
            return None
        try:
            written = outbox.write_eml(
                self.books,
                self.number,
                Path(path),
                self.to.text(),
                self.subject.text(),
                self.body.toPlainText(),
            )
        except (MilestoneDeskError, OSError) as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(self.tr("Draft saved to {0}; it opens in your mail program.").format(written))
        self.open_with_system(written)
        return written
