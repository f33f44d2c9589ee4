"""Lien waivers through the dialog: issue, save the PDF and read it back, mark a payment cleared, wording."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.services.billing import invoicing, payments
from milestone_desk.services.construction import waivers
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.ui.construction.waiver_templates_dialog import WaiverTemplatesDialog
from milestone_desk.ui.construction.waivers_dialog import WaiversDialog
from tests.construction_ui_helpers import menu_on, pdf_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_issue_save_and_clear(qtbot: Any, books: Books, tmp_path: Path) -> None:
    milestones.complete_milestone(books, "P-001", "Demolition", dt.date(2026, 2, 1))
    number = invoicing.issue_invoice(books, "P-001", "Demolition", dt.date(2026, 2, 2))
    window, menu, driver = menu_on(qtbot, books, "P-001", tmp_path)
    seen: dict[str, Any] = {}

    def step(dlg: WaiversDialog) -> None:
        assert dlg.model.rowCount() == 0 and not dlg.save_button.isEnabled()
        assert not dlg.clear_button.isEnabled()  # nothing received yet
        dlg.kind.setCurrentIndex(dlg.kind.findData("conditional_final"))
        assert dlg.invoice.count() == 0 and not dlg.issue_button.isEnabled()  # no release invoice yet
        dlg.kind.setCurrentIndex(dlg.kind.findData("unconditional_progress"))
        dlg.invoice.setCurrentIndex(dlg.invoice.findData(number))
        assert dlg.issue() == 0
        seen["early"] = dlg.error.text()
        dlg.kind.setCurrentIndex(dlg.kind.findData("conditional_progress"))
        dlg.invoice.setCurrentIndex(dlg.invoice.findData(number))
        assert dlg.issue() > 0
        seen["row"] = [dlg.model.data(dlg.model.index(0, c)) for c in range(6)]
        seen["saved"] = dlg.save_pdf()

    driver.then(step)
    menu.open_waivers()
    assert "No cleared payment is applied" in seen["early"]
    assert seen["row"][0] == "Conditional progress" and seen["row"][3] == number
    assert seen["row"][4] == "$6,911.25" and seen["row"][5] == "Waiting for cleared payment"
    saved = Path(seen["saved"])
    assert saved.is_file() and saved.suffix == ".pdf"
    text = pdf_text(saved)
    assert "Conditional Waiver and Release on Progress Payment" in text
    assert "6,911.25" in text and number in text and "Maria Delgado" in text
    assert window.reloads == 1

    receipt = payments.record_payment(books, number, 691_125, dt.date(2026, 2, 20)).receipt_number

    def clear(dlg: WaiversDialog) -> None:
        assert dlg.receipt.findData(receipt) >= 0 and dlg.clear_button.isEnabled()
        dlg.cleared_date.setDate(dt.date(2026, 2, 24))
        seen["issued"] = dlg.mark_cleared()
        seen["rows"] = [(r.kind, r.status) for r in dlg.model.records()]
        seen["status"] = dlg.status.text()
        assert dlg.receipt.count() == 0

    driver.then(clear)
    menu.open_waivers()
    assert len(seen["issued"]) == 1
    assert seen["rows"] == [("conditional_progress", "cleared"), ("unconditional_progress", "unconditional")]
    assert "1 unconditional waiver" in seen["status"]
    assert any("receipt " + receipt in q for q in driver.questions)
    unconditional = waivers.list_waivers(books, "P-001")[-1]
    assert (unconditional.kind, unconditional.issue_date) == ("unconditional_progress", dt.date(2026, 2, 24))


def test_wording_editor(qtbot: Any, books: Books, tmp_path: Path) -> None:
    _, menu, driver = menu_on(qtbot, books, None, tmp_path)  # company-wide: no project needed
    statutory = "NOTICE: THIS DOCUMENT WAIVES RIGHTS UNCONDITIONALLY. $claimant, $amount, $project."

    def step(dlg: WaiverTemplatesDialog) -> None:
        assert "statutory wording" in dlg.note.text()
        dlg.kind.setCurrentIndex(dlg.kind.findData("unconditional_final"))
        assert dlg.text.toPlainText() == waivers.DEFAULT_TEMPLATES["unconditional_final"]
        dlg.text.setPlainText(statutory)
        assert dlg.save()
        dlg.kind.setCurrentIndex(dlg.kind.findData("conditional_progress"))
        dlg.kind.setCurrentIndex(dlg.kind.findData("unconditional_final"))
        assert dlg.text.toPlainText() == statutory  # read back from the file
        dlg.kind.setCurrentIndex(dlg.kind.findData("conditional_final"))
        assert dlg.restore_default()

    driver.then(step)
    menu.open_wording()
    assert waivers.get_template(books, "unconditional_final") == statutory
    assert waivers.get_template(books, "conditional_final") == waivers.DEFAULT_TEMPLATES["conditional_final"]
