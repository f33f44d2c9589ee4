"""The window's e-invoice parts (issue 19): Invoice → Save e-invoice…, the client's e-invoice fields,
and attaching the e-invoice when emailing."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
import pytest

from milestone_desk.services.firm import trade
from milestone_desk.services.mailing import outbox
from milestone_desk.ui.dialogs.client import ClientDialog
from milestone_desk.ui.email_dialog import EmailDialog
from tests.conftest import shots_dir
from tests.einvoice_helpers import eu_books
from tests.integration_support import select_invoice
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.slow
def test_save_e_invoice_the_client_fields_and_the_email_option(qtbot: Any, tmp_path: Path) -> None:
    books, n = eu_books(tmp_path / "eu.mdesk")
    books.close()
    window, script = open_window(qtbot, tmp_path / "eu.mdesk", tmp_path)
    ia = window.invoice_actions
    number = n["retainage+deposit"]
    select_invoice(window, "P-TAX", number)
    assert ia.einvoice_action.isEnabled()
    asked: list[str] = []
    ia.einvoices.ask_format = lambda preferred: asked.append(preferred) or "factur-x"  # type: ignore[func-returns-value]
    target = tmp_path / "e.pdf"
    ia.einvoices.ask_save_path = lambda suggested, fmt: str(target)
    ia.einvoice_action.trigger()
    assert asked == ["xrechnung"]  # the client's own format is offered first
    assert "factur-x.xml" in pypdf.PdfReader(target).attachments
    assert "Saved e-invoice" in window.statusBar().currentMessage()
    assert script.errors == []

    # a refusal is shown as its sentence, nothing is written
    select_invoice(window, "P-NOVAT", n["no-vat-id"])
    other = tmp_path / "no.xml"
    ia.einvoices.ask_format = lambda preferred: "ubl"
    ia.einvoices.ask_save_path = lambda suggested, fmt: str(other)
    ia.einvoice_action.trigger()
    assert not other.exists()
    assert script.errors and "needs the client's VAT id" in script.errors[-1]

    # the client dialog edits the e-invoice fields
    clients = [c for c in window.controller.clients if c.code == "C-FR"]
    dialog = window.controller.make_client_dialog(clients[0])
    assert isinstance(dialog, ClientDialog)
    assert dialog.vat_id.text() == "FR40303265045" and dialog.tax_category.currentData() == "AE"
    dialog.einvoice_format.setCurrentIndex(dialog.einvoice_format.findData("factur-x"))
    dialog.buyer_reference.setText("PO-4711")
    dialog.show()
    dialog.grab().save(str(shots_dir() / "einvoice-client-dialog.png"))
    dialog.submit()
    saved = trade.client_trade(window.books, "C-FR")
    assert (saved.einvoice_format, saved.buyer_reference, saved.vat_id) == (
        "factur-x",
        "PO-4711",
        "FR40303265045",
    )
    dialog.close()

    # the email offers the e-invoice for a Factur-X client and attaches the PDF with the XML inside
    fr = n["reverse"]
    email = EmailDialog(window.books, fr, window)
    qtbot.addWidget(email)
    assert email.attach_einvoice.isChecked()
    mid = outbox.queue_invoice(window.books, fr, "ap@sgc.example", einvoice=True)
    attachment = outbox.message(window.books, mid)
    assert attachment is not None
    with window.books.read() as s:
        from milestone_desk.persistence.models_documents import OutboxMessage

        row = s.get(OutboxMessage, mid)
        assert row is not None
        assert "factur-x.xml" in pypdf.PdfReader(io.BytesIO(row.attachment)).attachments
    email.close()

    # the company's bank details: a wrong IBAN is refused in the dialog with its sentence
    def wrong_then_right(d: Any) -> None:
        d.edits["iban"].setText("DE89 3704 0044 0532 0130 01")
        d.accept()
        assert d.isVisible() and "fails its check digits" in d.error.text()
        d.edits["iban"].setText("DE02 1203 0000 0000 2020 51")
        d.accept()

    script.then(wrong_then_right)
    ia.company_trade_action.trigger()
    assert trade.company_trade(window.books).iban == "DE02120300000000202051"
    assert trade.company_trade(window.books).vat_id == "DE123456789"  # the rest kept as it was
