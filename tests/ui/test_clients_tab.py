"""The Clients tab and rows that act: search, open balance, contacts, projects, documents; the
dashboard's and the aging report's rows open the invoice and offer payment, reminder, statement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint

from milestone_desk.services.collections.queries import aging
from milestone_desk.ui import formatting
from milestone_desk.ui.collections_models import RECORD_ROLE
from milestone_desk.ui.dialogs.billing import RecordPaymentDialog
from tests.integration_support import sample_window
from tests.ui_support import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_clients_tab_lists_balances_and_a_clients_projects_and_documents(qtbot: Any, tmp_path: Path) -> None:
    window, _ = sample_window(qtbot, tmp_path)
    window.reports.clients_action.trigger()
    assert window.tabs.currentWidget() is window.clients_pane.widget
    pane = window.clients_pane
    pane.wait()
    report = aging.aging(window.books, TODAY)
    assert pane.model.rowCount() == len(window.controller.clients) > 1
    owed = {r.client_code: r.total for r in report.rows}
    for i in range(pane.model.rowCount()):
        row = pane.model.index(i, 0).data(RECORD_ROLE)
        assert row.open == owed.get(row.client.code, 0)
        assert pane.model.index(i, 3).data() == formatting.money(row.open, "USD")
    richest = max(report.rows, key=lambda r: r.total)
    # search narrows after the debounce; a keystroke alone does no work
    pane.search.setText(richest.client_name[:6])
    assert pane.model.rowCount() == len(window.controller.clients)
    qtbot.waitUntil(lambda: pane.model.rowCount() < len(window.controller.clients), timeout=2000)
    assert pane.select_code(richest.client_code)
    assert richest.client_name in pane.title.text()
    projects = [
        p.code for p in window.projects_pane.model.all_projects() if p.client_code == richest.client_code
    ]
    assert [pane.projects_model.index(i, 0).data() for i in range(pane.projects_model.rowCount())] == projects
    docs = [
        pane.documents_model.index(i, 0).data(RECORD_ROLE) for i in range(pane.documents_model.rowCount())
    ]
    assert docs and {d.project_code for d in docs} <= set(projects)
    assert sum(d.balance_cents for d in docs if d.status not in ("void", "draft")) == richest.total
    window.grab().save(str(tmp_path / "clients.png"))


def test_dashboard_rows_open_the_invoice_and_offer_payment(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    window.show_tab(0)
    window.dashboard.wait()
    view = window.dashboard.view
    assert view.attention_model.rowCount() > 0
    first = view.attention_model.index(0, 0).data(RECORD_ROLE)
    opened: list[str] = []
    window.row_actions.open_invoice = opened.append  # type: ignore[method-assign]
    view.attention.doubleClicked.emit(view.attention_model.index(0, 1))
    assert opened == [first.number]
    menu = window.row_actions.menu_for(first.number, "C-001", first.project_code)
    texts = [a.text() for a in menu.actions()]
    assert texts[0].endswith(first.number) and "Record payment…" in texts and "Send reminder…" in texts
    seen: list[RecordPaymentDialog] = []

    def pay(d: RecordPaymentDialog) -> None:
        seen.append(d)
        assert d.amount.hasFocus() or d.focusWidget() is d.amount  # the field that needs typing
        d.reject()

    script.then(pay)
    next(a for a in menu.actions() if a.text() == "Record payment…").trigger()
    assert seen and seen[0].invoice.number == first.number
    assert not script.errors


def test_aging_items_open_their_invoice(qtbot: Any, tmp_path: Path) -> None:
    window, _ = sample_window(qtbot, tmp_path)
    dialog = window.reports.make_aging_dialog()
    qtbot.addWidget(dialog)
    view = dialog.body
    view.table.selectRow(0)
    assert view.items_model.rowCount() > 0
    item = view.items_model.index(0, 0).data(RECORD_ROLE)
    opened: list[str] = []
    window.row_actions.open_invoice = opened.append  # type: ignore[method-assign]
    view.items.doubleClicked.emit(view.items_model.index(0, 2))
    assert opened == [item.number]
    assert view.items.indexAt(QPoint(1, 1)) is not None
