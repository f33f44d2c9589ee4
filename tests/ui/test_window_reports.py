"""Getting paid in the window: the dashboard tab, Reports → Aging, ledger, statement, collections, CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtWidgets import QPushButton

from milestone_desk.domain.money import format_money
from milestone_desk.services.collections import reminders
from milestone_desk.services.collections.queries import aging, dashboard
from milestone_desk.services.mailing import outbox
from milestone_desk.ui.aging_view import AgingView
from milestone_desk.ui.reports_menu import ReportDialog
from milestone_desk.ui.statement_dialog import StatementDialog
from tests.integration_support import sample_window
from tests.ui_support import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_dashboard_tab_shows_the_sample_company_figures(qtbot: Any, tmp_path: Path) -> None:
    window, _ = sample_window(qtbot, tmp_path)
    window.reports.dashboard_action.trigger()
    assert window.tabs.currentIndex() == 0
    window.dashboard.wait()  # the figures are read off the UI thread
    expected = dashboard.dashboard(window.books, TODAY)
    view = window.dashboard.view
    assert view.outstanding.value.text() == format_money(expected.outstanding, "USD")
    assert view.retainage.value.text() == format_money(expected.retainage_held, "USD")
    assert expected.outstanding == 5171645 and expected.retainage_held == 1280300
    assert view.chart.bars()
    window.reports.work_action.trigger()
    assert window.tabs.currentIndex() == 1


def test_aging_report_opens_with_the_right_total_and_exports(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    seen: list[ReportDialog] = []

    def look(d: ReportDialog) -> None:
        seen.append(d)
        view = d.body
        assert isinstance(view, AgingView)
        total = aging.aging(window.books, TODAY).total
        assert total.buckets["current"] == 5171645
        assert format_money(5171645, "USD") in view.summary.text()
        target = tmp_path / "aging.pdf"
        window.reports.ask_save_path = lambda name, _f: str(target)
        view.export_pdf_requested.emit(view.model.report())
        assert "51,716.45" in pypdf.PdfReader(target).pages[0].extract_text()
        csv_target = tmp_path / "aging.csv"
        window.reports.ask_save_path = lambda name, _f: str(csv_target)
        view.export_csv_requested.emit(view.model.report())
        assert csv_target.read_bytes().startswith(b"\xef\xbb\xbf")
        d.reject()

    script.then(look)
    window.reports.aging_action.trigger()
    assert seen and script.errors == []


def test_ledger_statement_csv_and_reminders(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    window.projects_pane.select_code("P-003")

    def ledger(d: ReportDialog) -> None:
        target = tmp_path / "ledger.pdf"
        window.reports.ask_save_path = lambda name, _f: str(target)
        export = next(b for b in d.findChildren(QPushButton) if "PDF" in b.text())
        export.click()
        assert "P-003" in pypdf.PdfReader(target).pages[0].extract_text()
        d.reject()

    script.then(ledger)
    window.reports.ledger_action.trigger()
    assert "P-003" in script.seen[-1].windowTitle()

    def statement(d: StatementDialog) -> None:
        assert d.client_code()  # the selected project's client
        target = tmp_path / "statement.pdf"
        d.ask_save_path = lambda name: str(target)
        assert d.save_pdf() == target
        assert "closing balance" in pypdf.PdfReader(target).pages[0].extract_text()
        d.to.setText("books@client.example")
        assert d.email() is not None
        d.reject()

    script.then(statement)
    window.reports.statement_action.trigger()
    assert [m.recipient for m in outbox.list_outbox(window.books)] == ["books@client.example"]

    out = tmp_path / "invoices.csv"
    window.reports.ask_save_path = lambda name, _f: str(out)
    assert window.reports.export_csv("invoices") == out
    assert "INV-2026-0006" in out.read_text(encoding="utf-8-sig")

    later = TODAY.replace(day=28)
    window.controller.today = lambda: later
    due = reminders.due_reminders(window.books, later)
    assert due, "the sample company has an invoice past due by the 28th"
    with_email = sum(1 for r in due if r.client_email)
    queued = window.reports.queue_reminders(due)
    assert queued == with_email
    assert reminders.due_reminders(window.books, later) == []  # each step is logged once
    assert f"Outbox: {1 + queued} waiting" in window.file_actions.outbox_label.text()
    assert script.errors == []


def test_late_fees_are_off_by_default_then_issued_after_a_yes(qtbot: Any, tmp_path: Path) -> None:
    from decimal import Decimal

    from milestone_desk.services.billing import invoicing
    from milestone_desk.services.collections import late_fees

    window, script = sample_window(qtbot, tmp_path)
    later = TODAY.replace(month=5)
    window.controller.today = lambda: later
    assert window.reports.charge_late_fees() == []
    assert "No late fees" in window.statusBar().currentMessage()
    late_fees.save_settings(window.books, late_fees.LateFeeSettings(mode="percent", percent=Decimal("1.5")))
    script.answer = False
    assert window.reports.charge_late_fees() == []
    script.answer = True
    numbers = window.reports.charge_late_fees()
    assert numbers and "late-fee" in script.questions[-1]
    kinds = {i.number: i.kind for i in invoicing.list_invoices(window.books, None)}
    assert all(kinds[n] == "late_fee" for n in numbers)
