"""Void, credit note and history from the main window, checked in the pane and in the ledger."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from milestone_desk.services.billing import credits
from milestone_desk.services.collections.queries import ledger
from milestone_desk.ui.dialogs.records import CreditNoteDialog, VoidDialog
from milestone_desk.ui.history_dialog import HistoryDialog
from milestone_desk.ui.invoices_model import STATUS
from tests.integration_support import sample_window, select_invoice

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _status_text(window: Any, number: str) -> str:
    model = window.invoices_pane.model
    row = model.row_of(lambda r: r.number == number)
    return str(model.data(model.index(row, STATUS), Qt.ItemDataRole.DisplayRole))


def test_void_needs_a_reason_and_a_yes_then_shows_in_the_pane_and_the_ledger(
    qtbot: Any, tmp_path: Path
) -> None:
    window, script = sample_window(qtbot, tmp_path)
    select_invoice(window, "P-002", "INV-2026-0004")
    billed_before = ledger.ledger(window.books, "P-002")[0]["billed"]
    ia = window.invoice_actions
    assert ia.void_action.isEnabled()

    script.answer = False  # "no" at the confirmation: nothing happens
    ia.void_action.trigger()
    assert "Void invoice INV-2026-0004?" in script.questions[-1]
    assert window.invoices_pane.current().status == "issued"

    script.answer = True

    def reason(d: VoidDialog) -> None:
        d.ok_button.click()  # no reason: refused, the dialog stays
        assert d.isVisible() and "reason" in d.error.text()
        d.reason.setPlainText("Billed the wrong phase")
        d.ok_button.click()

    script.then(reason)
    ia.void_action.trigger()
    current = window.invoices_pane.current()
    assert current is not None and current.number == "INV-2026-0004" and current.status == "void"
    assert "Void" in _status_text(window, "INV-2026-0004")
    assert ledger.ledger(window.books, "P-002")[0]["billed"] != billed_before
    assert not ia.void_action.isEnabled() and not ia.credit_action.isEnabled()
    assert "void" in window.statusBar().currentMessage()

    script.then(lambda d: d.reject())
    ia.history_action.trigger()
    history = script.seen[-1]
    assert isinstance(history, HistoryDialog)
    actions = [e.action for e in history.model._rows]
    assert "void" in actions and len(actions) >= 2


def test_credit_note_applied_to_the_balance(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    select_invoice(window, "P-003", "INV-2026-0006")
    before = window.invoices_pane.current()
    assert before is not None

    def credit(d: CreditNoteDialog) -> None:
        d.amount.setText("500.00")
        d.reason.setPlainText("Deck boards downgraded")
        d.ok_button.click()

    script.then(credit)
    window.invoice_actions.credit_action.trigger()
    dialog = script.seen[-1]
    assert isinstance(dialog, CreditNoteDialog) and dialog.number.startswith("CN-")
    after = window.invoices_pane.current()
    assert after is not None and after.balance_cents == before.balance_cents - 50000
    assert "credit" in _status_text(window, "INV-2026-0006").lower()
    notes = credits.list_credit_notes(window.books, "INV-2026-0006")
    assert [(n.number, n.amount_cents) for n in notes] == [(dialog.number, 50000)]
    assert script.errors == []


def test_project_and_milestone_history(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    window.projects_pane.select_code("P-001")
    script.then(lambda d: d.reject()).then(lambda d: d.reject())
    window.project_history_action.trigger()
    assert isinstance(script.seen[-1], HistoryDialog) and script.seen[-1].model.rowCount() >= 1
    window.milestone_pane.select_name("Deposit")
    window.update_actions()
    window.milestone_history_action.trigger()
    assert isinstance(script.seen[-1], HistoryDialog) and script.seen[-1].model.rowCount() >= 1
    assert script.errors == []
