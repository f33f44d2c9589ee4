"""The history dialog lists a record's audit events (issue 6); looked at as a screenshot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from milestone_desk.services.billing import credits, invoicing, payments, voiding
from milestone_desk.services.core.books import Books
from milestone_desk.ui.history_dialog import HistoryDialog, HistoryModel, RecordRole
from tests.trust_helpers import DAY, issue


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()
def test_history_dialog_shows_events_of_an_invoice(books: Books, qtbot: Any, tmp_path: Path) -> None:
    number = issue(books, "Demolition")
    payments.record_payment(books, number, 1000_00, DAY)
    credits.issue_credit_note(books, number, 11_25, "Rounding goodwill", DAY)
    view = invoicing.invoice_view(books, number)
    dialog = HistoryDialog.for_record(books, view.uuid, number, "USD")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.rowCount() == 3
    whats = [model.index(r, HistoryModel.WHAT).data() for r in range(3)]
    assert whats == ["Issued", "Payment applied", "Credit note"]
    change = model.index(1, HistoryModel.CHANGES).data()
    assert "balance: 6,911.25 USD → 5,911.25 USD" in change
    assert "status: issued → partially paid" in change
    assert "credit note: CN-2026-0001" in model.index(2, HistoryModel.CHANGES).data()
    assert model.index(0, 0).data(RecordRole).action == "issue"
    assert dialog.windowTitle() == f"History — {number}"
    shot = tmp_path / "history.png"
    dialog.grab().save(str(shot))
    assert shot.stat().st_size > 0
    qtbot.mouseClick(dialog.findChild(type(dialog.table)).viewport(), Qt.MouseButton.LeftButton)
    dialog.reject()
    assert not dialog.isVisible()


def test_history_of_a_voided_invoice(books: Books, qtbot: Any) -> None:
    number = issue(books, "Deposit")
    voiding.void_invoice(books, number, "Sent to the wrong client")
    uuid = invoicing.invoice_view(books, number).uuid
    dialog = HistoryDialog.for_record(books, uuid, number)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    text = dialog.model.index(1, HistoryModel.CHANGES).data()
    assert "void reason: — → Sent to the wrong client" in text and "status: issued → void" in text
    empty = HistoryDialog([], "nothing")
    qtbot.addWidget(empty)
    assert empty.model.rowCount() == 0
