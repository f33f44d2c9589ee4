"""Documents from the main window: print (system dialog faked), preview, save, the receipt after a payment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from milestone_desk.services.mailing import outbox
from milestone_desk.ui.dialogs.billing import RecordPaymentDialog
from milestone_desk.ui.invoice_actions import ReceiptOffer
from milestone_desk.ui.pdf_preview import PdfPreviewDialog
from tests.integration_support import FakePrintDialog, sample_window, select_invoice

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_print_preview_and_save_pdf_of_the_selected_invoice(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    ia = window.invoice_actions
    select_invoice(window, "P-003", "INV-2026-0006")
    assert window.print_action.isEnabled() and ia.preview_action.isEnabled()
    out = tmp_path / "printed.pdf"
    ia.docs.printer_factory = lambda: QPrinter(QPrinter.PrinterMode.ScreenResolution)
    ia.docs.print_dialog_factory = lambda p, parent: FakePrintDialog(p, out)  # type: ignore[assignment,return-value]
    window.print_action.trigger()
    assert len(pypdf.PdfReader(out).pages) >= 1
    assert "INV-2026-0006" in window.statusBar().currentMessage()

    ia.preview_action.trigger()
    previews = [d for d in ia.docs.dialogs if isinstance(d, PdfPreviewDialog)]
    assert previews and "INV-2026-0006" in previews[-1].windowTitle()
    previews[-1].close()

    target = tmp_path / "saved.pdf"
    ia.docs.ask_save_path = lambda suggested: str(target)
    ia.save_pdf_action.trigger()
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "INV-2026-0006" in text
    assert script.errors == []


def test_nothing_selected_means_document_actions_are_off(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    window.projects_pane.select_code("P-001")
    window.invoices_pane.table.clearSelection()
    window.update_actions()
    ia = window.invoice_actions
    for a in (*ia.document_actions(), *ia.record_actions()):
        assert not a.isEnabled(), a.text()
    ia.preview()  # called anyway: a sentence, not a crash
    assert "Select an issued invoice" in script.errors[-1]


def test_a_payment_offers_its_receipt_and_the_receipt_can_be_emailed(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    select_invoice(window, "P-003", "INV-2026-0006")

    def pay(d: RecordPaymentDialog) -> None:
        d.amount.setText("1000.00")
        d.ok_button.click()

    script.then(pay)
    window.pay_action.trigger()
    bar = window.receipt_bar
    assert bar.isVisible() and bar.number.startswith("RCT-")
    number = bar.number
    # the receipt is reachable later from the invoice's context menu, too
    menu = window.invoice_actions.build_context_menu()
    receipts = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert any(number in a.text() for a in receipts.actions())
    saved = tmp_path / "receipt.pdf"
    window.invoice_actions.docs.ask_save_path = lambda suggested: str(saved)
    bar.buttons["save"].click()
    assert number in pypdf.PdfReader(saved).pages[0].extract_text()

    def email(d: ReceiptOffer) -> None:
        d.to.setText("owner@example.com")
        d.email_button.click()

    script.then(email)
    bar.buttons["email"].click()
    queued = [m for m in outbox.list_outbox(window.books) if m.state == "queued"]
    assert [m.recipient for m in queued] == ["owner@example.com"]
    assert "1 waiting" in window.file_actions.outbox_label.text()
    assert script.errors == []
