"""Document UI pieces with real widgets: preview, print (faked system dialog), save, email, outbox."""

from __future__ import annotations

import email
import email.policy
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import pypdf
import pytest
from aiosmtpd.controller import Controller
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from milestone_desk.services.billing import documents, invoicing, payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.mailing import outbox
from milestone_desk.services.mailing.mail_settings import SmtpConfig, get_smtp, save_smtp
from milestone_desk.ui.document_actions import DocumentActions
from milestone_desk.ui.outbox_dialog import OutboxDialog, OutboxModel
from milestone_desk.ui.smtp_settings_dialog import SmtpSettingsDialog
from tests.conftest import shots_dir
from tests.services.mailing.test_smtp import Handler, free_port

#: The offscreen platform says this whenever a top-level window is shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")



def shot(widget: QWidget, name: str) -> None:
    widget.grab().save(str(shots_dir() / name))


@pytest.fixture
def issued(books: Books) -> str:
    milestones.complete_milestone(books, "P-001", "Deposit", date(2026, 1, 15))
    return invoicing.issue_invoice(books, "P-001", "Deposit", date(2026, 1, 15))


@pytest.fixture
def window(qtbot: Any) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def server() -> Iterator[tuple[Controller, Handler]]:
    handler = Handler()
    ctrl = Controller(handler, hostname="127.0.0.1", port=free_port())
    ctrl.start()
    try:
        yield ctrl, handler
    finally:
        ctrl.stop()


def test_preview_shows_every_page(qtbot: Any, books: Books, issued: str, window: QWidget) -> None:
    actions = DocumentActions(books, window)
    dialog = actions.preview_invoice(issued)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.page_count == 1
    assert set(dialog.buttons) == {"print", "save", "email"}
    qtbot.wait(50)
    shot(dialog, "invoice_preview.png")
    dialog.close()


def test_draft_preview_before_issue(qtbot: Any, books: Books, window: QWidget) -> None:
    actions = DocumentActions(books, window)
    dialog = actions.preview_draft_invoice("P-001", "Rough-in")
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.page_count == 1 and dialog.buttons == {}
    assert "DRAFT" in pypdf.PdfReader(io.BytesIO(dialog.data)).pages[0].extract_text()
    assert invoicing.list_invoices(books) == []
    dialog.close()


def test_preview_of_a_missing_number_is_a_sentence(books: Books, window: QWidget) -> None:
    actions = DocumentActions(books, window)
    errors: list[str] = []
    actions.show_error = errors.append
    assert actions.preview_invoice("NOPE") is None
    assert errors == ["There is no issued invoice numbered 'NOPE'."]


class FakePrintDialog:
    """The system print dialog, faked: accepts, and prints to a PDF file."""

    def __init__(self, printer: QPrinter, parent: Any, accept: bool, out: Path) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        self.accept = accept

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected


def test_print_goes_through_the_print_dialog(
    books: Books, issued: str, window: QWidget, tmp_path: Path
) -> None:
    actions = DocumentActions(books, window)
    out = tmp_path / "printed.pdf"
    actions.printer_factory = lambda: QPrinter(QPrinter.PrinterMode.ScreenResolution)
    actions.print_dialog_factory = lambda p, parent: FakePrintDialog(p, parent, False, out)  # type: ignore[assignment,return-value]
    assert actions.print_invoice(issued) is False
    assert not out.exists()
    actions.print_dialog_factory = lambda p, parent: FakePrintDialog(p, parent, True, out)  # type: ignore[assignment,return-value]
    assert actions.print_invoice(issued) is True
    assert len(pypdf.PdfReader(out).pages) == 1


def test_save_pdf_writes_the_frozen_bytes(books: Books, issued: str, window: QWidget, tmp_path: Path) -> None:
    actions = DocumentActions(books, window)
    target = tmp_path / "saved.pdf"
    suggested: list[str] = []
    actions.ask_save_path = lambda s: suggested.append(s) or str(target)  # type: ignore[func-returns-value]
    assert actions.save_pdf(issued) == target
    assert suggested == [f"{issued}.pdf"]
    assert target.read_bytes() == documents.invoice_pdf(books, issued)
    actions.ask_save_path = lambda s: ""
    assert actions.save_pdf(issued) is None


def test_email_dialog_sends_now(
    qtbot: Any,
    books: Books,
    issued: str,
    window: QWidget,
    server: tuple[Controller, Handler],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MILESTONE_DESK_SMTP_PASSWORD", raising=False)
    ctrl, handler = server
    save_smtp(books, SmtpConfig("127.0.0.1", ctrl.port, "none", "", "billing@hartwell.example"))
    actions = DocumentActions(books, window)
    dialog = actions.email_invoice(issued)
    assert dialog is not None
    assert dialog.to.text() == "maria@example.com"
    assert issued in dialog.subject.text()
    shot(dialog, "email_dialog.png")
    dialog.subject.setText("Your invoice & thanks")
    with qtbot.waitSignal(dialog.finished_sending, timeout=15000) as blocker:
        dialog.send_button.click()
    assert blocker.args[0].accepted
    [env] = handler.envelopes
    msg = email.message_from_bytes(env.content, policy=email.policy.default)
    assert msg["Subject"] == "Your invoice & thanks"
    assert next(iter(msg.iter_attachments())).get_content() == documents.invoice_pdf(books, issued)
    assert invoicing.invoice_view(books, issued).status == "issued"
    assert outbox.list_outbox(books)[0].state == "sent"


def test_email_dialog_offline_keeps_the_message_and_saves_eml(
    qtbot: Any, books: Books, issued: str, window: QWidget, tmp_path: Path
) -> None:
    save_smtp(books, SmtpConfig("127.0.0.1", free_port(), "none", "", "billing@hartwell.example"))
    actions = DocumentActions(books, window)
    dialog = actions.email_invoice(issued)
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished_sending, timeout=15000) as blocker:
        dialog.send_button.click()
    assert not blocker.args[0].accepted
    assert "refused the connection" in dialog.status.text()
    assert outbox.list_outbox(books)[0].state == "queued"
    opened: list[Path] = []
    dialog.ask_eml_path = lambda s: str(tmp_path / s)
    dialog.open_with_system = opened.append
    path = dialog.save_eml()
    assert path == tmp_path / f"{issued}.eml" and opened == [path]
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1"
    dialog.close()


def test_outbox_dialog_lists_and_sends(
    qtbot: Any,
    books: Books,
    issued: str,
    window: QWidget,
    server: tuple[Controller, Handler],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MILESTONE_DESK_SMTP_PASSWORD", raising=False)
    ctrl, handler = server
    due = invoicing.invoice_view(books, issued).amount_due_cents
    receipt = payments.record_payment(books, issued, due, date(2026, 1, 20)).receipt_number
    outbox.queue_invoice(books, issued, "maria@example.com")
    outbox.queue_receipt(books, receipt, "maria@example.com")
    dialog = OutboxDialog(books, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2
    assert {dialog.model.index(r, OutboxModel.STATE).data() for r in range(2)} == {"queued"}
    # not set up: stays queued with the reason shown
    dialog.send_all()
    qtbot.waitUntil(lambda: dialog.send_thread is None, timeout=15000)
    assert "No mail server" in dialog.status.text()
    save_smtp(books, SmtpConfig("127.0.0.1", ctrl.port, "none", "", "billing@hartwell.example"))
    dialog.send_all()
    qtbot.waitUntil(lambda: dialog.send_thread is None, timeout=15000)
    assert {dialog.model.index(r, OutboxModel.STATE).data() for r in range(2)} == {"sent"}
    assert len(handler.envelopes) == 2
    assert "2 of 2 sent" in dialog.status.text()
    dialog.resize(1000, 300)
    shot(dialog, "outbox.png")


def test_smtp_settings_dialog_saves_and_puts_the_password_in_the_keyring(
    qtbot: Any, books: Books, window: QWidget, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    store: dict[tuple[str, str], str] = {}
    monkeypatch.delenv("MILESTONE_DESK_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr(keyring, "get_password", lambda s, u: store.get((s, u)))
    monkeypatch.setattr(keyring, "set_password", lambda s, u, p: store.__setitem__((s, u), p))
    dialog = SmtpSettingsDialog(books, window)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.example.com")
    dialog.security.setCurrentIndex(1)  # ssl
    assert dialog.port.value() == 465
    dialog.user.setText("office")
    dialog.from_edit.setText("billing@hartwell.example")
    dialog.password.setText("Very-Secret-991")
    shot(dialog, "smtp_settings.png")
    assert dialog.save()
    assert get_smtp(books) == SmtpConfig(
        "smtp.example.com", 465, "ssl", "office", "billing@hartwell.example", 20
    )
    assert list(store.values()) == ["Very-Secret-991"]
    books.close()
    assert b"Very-Secret-991" not in db_path.read_bytes()


def test_smtp_settings_dialog_shows_keyring_failure(
    qtbot: Any, books: Books, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_a: object) -> None:
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(keyring, "set_password", broken)
    dialog = SmtpSettingsDialog(books, window)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.example.com")
    dialog.from_edit.setText("billing@hartwell.example")
    dialog.password.setText("x")
    assert not dialog.save()
    assert "keyring could not be used" in dialog.error.text()
    assert dialog.password.text() == ""


def test_print_preview_paints_the_pages(qtbot: Any, books: Books, issued: str, window: QWidget) -> None:
    actions = DocumentActions(books, window)
    actions.printer_factory = lambda: QPrinter(QPrinter.PrinterMode.ScreenResolution)
    dialog = actions.print_preview_invoice(issued)
    assert dialog is not None
    qtbot.addWidget(dialog)
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: dialog.property("pages_painted") == 1, timeout=5000)
    assert widget.pageCount() == 1
    dialog.close()
