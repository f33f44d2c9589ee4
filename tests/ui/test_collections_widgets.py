"""Collections widgets with real data: aging table and view, dashboard cards, lists and forecast switch."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from milestone_desk.services.collections.queries import aging
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import ClientSpec
from milestone_desk.services.firm import projects
from milestone_desk.ui.aging_view import AgingView
from milestone_desk.ui.collections_models import RECORD_ROLE, AgingTableModel
from milestone_desk.ui.dashboard import DashboardView
from tests.collections_helpers import issue, pay

D0 = date(2026, 1, 10)
TODAY = date(2026, 3, 15)


def _two_clients(books: Books) -> None:
    projects.create_client(books, ClientSpec("A-900", "Aardvark <b>Builders</b>"))
    dep = issue(books, "P-001", "Deposit", D0)  # due 02-09 → 34 days late on 03-15
    issue(books, "P-001", "Demolition", date(2026, 2, 25))  # due 03-27 → current, due soon
    pay(books, dep, 85_000, date(2026, 2, 20))


def test_aging_model_sorts_with_total_last(books: Books, qtbot: QtBot) -> None:
    _two_clients(books)
    projects.create_client(books, ClientSpec("B-001", "Beta"))
    report = aging.aging(books, TODAY)
    model = AgingTableModel()
    model.set_report(report)
    assert model.rowCount() == 2  # C-001 and the total; clients owing nothing are left out
    assert model.index(0, AgingTableModel.NAME).data() == "Maria Delgado"
    assert model.index(0, AgingTableModel.FIRST_BUCKET + 2).data() == "4,000.00"  # 31–60
    assert model.index(1, AgingTableModel.NAME).data() == "Total"
    assert model.index(1, AgingTableModel.TOTAL).data() == "10,911.25"
    assert model.headerData(AgingTableModel.FIRST_BUCKET + 4, Qt.Orientation.Horizontal) == "90+"
    model.sort(AgingTableModel.TOTAL, Qt.SortOrder.DescendingOrder)
    assert model.index(model.rowCount() - 1, 0).data(RECORD_ROLE) is report.total


def test_aging_view_reloads_on_date_and_filters_items(books: Books, qtbot: QtBot, tmp_path: Path) -> None:
    _two_clients(books)
    view = AgingView(lambda d: aging.aging(books, d))
    qtbot.addWidget(view)
    view.load(TODAY)
    assert view.model.rowCount() == 2
    assert view.items_model.rowCount() == 2
    assert "10,911.25" in view.summary.text()
    view.as_of.setDate(QDate(2026, 2, 1))  # before the demolition invoice and the payment
    assert view.model.report() is not None and view.model.report().as_of == date(2026, 2, 1)
    assert view.model.index(1, AgingTableModel.TOTAL).data() == "4,850.00"
    view.table.selectRow(0)
    assert view.items_model.rowCount() == 1
    assert "Maria Delgado" in view.items_title.text()
    with qtbot.waitSignal(view.export_csv_requested) as sig:
        qtbot.mouseClick(_button(view, "Export CSV…"), Qt.MouseButton.LeftButton)
    assert sig.args[0] is view.model.report()
    view.resize(900, 500)
    assert view.grab().save(str(tmp_path / "aging.png"))


def _button(widget: AgingView, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_dashboard_cards_lists_and_forecast_switch(books: Books, qtbot: QtBot, tmp_path: Path) -> None:
    _two_clients(books)
    view = DashboardView.from_books(books, TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    assert view.outstanding.value.text() == "10,911.25"
    assert view.overdue.value.text() == "4,000.00"
    assert view.overdue.value.property("alert") == "true"
    assert view.retainage.value.text() == "363.75"
    assert view.due_soon.value.text() == "6,911.25" and view.due_soon.note.text() == "1 invoice"
    assert view.attention_model.rowCount() == 2
    assert view.attention_model.index(0, 3).data() == "34 days late"
    assert view.attention_model.index(1, 3).data() == "in 12 days"
    planned = [view.milestones_model.index(r, 2).data() for r in range(view.milestones_model.rowCount())]
    assert planned == []  # the kitchen job has no planned dates on its unbilled milestones
    forecast = view.chart.forecast()
    assert forecast is not None and forecast.granularity == "month"
    qtbot.mouseClick(view.week_button, Qt.MouseButton.LeftButton)
    forecast = view.chart.forecast()
    assert forecast is not None and forecast.granularity == "week"
    assert view.week_button.isChecked() and not view.month_button.isChecked()
    assert sum(p.expected for p in forecast.periods) == 1_091_125  # all open receivables
    assert view.grab().save(str(tmp_path / "dashboard.png"))


def test_dashboard_shows_upcoming_milestones(books: Books, qtbot: QtBot) -> None:
    from milestone_desk.services.firm import milestones

    milestones.reschedule_milestone(books, "P-001", "Rough-in", TODAY + timedelta(days=10))
    view = DashboardView.from_books(books, TODAY)
    qtbot.addWidget(view)
    # the deposit was planned for 2026-01-15 and is still unbilled: it stays on the list, first
    assert view.milestones_model.rowCount() == 2
    assert view.milestones_model.index(0, 2).data() == "Deposit"
    assert [view.milestones_model.index(1, c).data() for c in range(5)] == [
        "2026-03-25",
        "P-001",
        "Rough-in",
        "Maria Delgado",
        "11,518.75",
    ]


def test_ledger_view(books: Books, qtbot: QtBot, tmp_path: Path) -> None:
    from milestone_desk.services.collections.queries.project_ledger import project_ledger
    from milestone_desk.ui.ledger_view import LedgerView

    _two_clients(books)
    view = LedgerView()
    qtbot.addWidget(view)
    led = project_ledger(books, "P-001")
    view.set_ledger(led)
    assert view.figure_labels["outstanding"].text() == "10,911.25"
    assert view.figure_labels["retainage_held"].text() == "363.75"
    assert (
        view.figure_labels["balance_to_finish"].text() == "36,738.75"
    )  # 48,500 − 12,125 billed + 363.75 held
    assert [view.model.index(r, 1).data() for r in range(view.model.rowCount())] == [
        "Invoice",
        "Payment",
        "Invoice",
    ]
    assert view.model.index(2, 9).data() == "10,911.25"
    with qtbot.waitSignal(view.export_pdf_requested) as sig:
        qtbot.mouseClick(next(b for b in view.findChildren(QPushButton)), Qt.MouseButton.LeftButton)
    assert sig.args[0] is led
    view.resize(1000, 520)
    assert view.grab().save(str(tmp_path / "ledger.png"))


def test_reminder_settings_view_saves_and_refuses(books: Books, qtbot: QtBot, tmp_path: Path) -> None:
    from milestone_desk.services.collections import late_fees, reminders
    from milestone_desk.ui.reminder_settings import ReminderSettingsView

    view = ReminderSettingsView(books)
    qtbot.addWidget(view)
    assert view.steps.text() == "-7, 0, +7, +14, +30"
    assert view.fee_mode.currentData() == "off" and not view.fee_flat.isEnabled()
    assert "Dear Maria Delgado" in view.preview.text()
    view.subject.setText("Reminder {invoice} for {client}")
    assert view.preview.text().startswith("Reminder INV-2026-0042 for Maria Delgado")
    view.steps.setText("0, 10")
    view.fee_mode.setCurrentIndex(view.fee_mode.findData("flat"))
    assert view.fee_flat.isEnabled()
    view.fee_flat.setText("25.00")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Saved."
    assert reminders.get_settings(books).steps == (0, 10)
    assert reminders.get_settings(books).subject == "Reminder {invoice} for {client}"
    fee = late_fees.get_settings(books)
    assert (fee.mode, fee.flat_cents) == ("flat", 2_500)

    view.body_overdue.setPlainText("Pay {amount:>99} now")
    assert "unknown placeholder" in view.preview.text()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "unknown placeholder" in view.message.text()
    assert reminders.get_settings(books).body_overdue == templates_default()
    view.resize(720, 760)
    assert view.grab().save(str(tmp_path / "settings.png"))


def templates_default() -> str:
    from milestone_desk.services.collections.templates import DEFAULT_BODY

    return DEFAULT_BODY


def test_collections_view_queues_reminders(books: Books, qtbot: QtBot, tmp_path: Path) -> None:
    from milestone_desk.services.collections import reminders
    from milestone_desk.ui.collections_view import CollectionsView

    _two_clients(books)  # deposit 34 days late, demolition due in 12 days
    view = CollectionsView(books, today=lambda: TODAY)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2
    assert [view.model.index(r, 4).data() for r in range(2)] == ["34 days late", "due in 12 days"]
    assert view.queue_button.text() == "Queue 1 reminder"  # demolition is 12 days out: no step yet
    with qtbot.waitSignal(view.reminders_ready) as sig:
        qtbot.mouseClick(view.queue_button, Qt.MouseButton.LeftButton)
    [dto] = sig.args[0]
    assert dto.step_days == 30 and dto.days_overdue == 34
    reminders.mark_reminder_sent(books, dto.invoice_id, dto.step_days, channel="outbox", reference="msg-1")
    view.refresh()
    assert not view.queue_button.isEnabled()
    assert view.model.index(0, 6).data() == "30 days after"
    view.resize(900, 300)
    assert view.grab().save(str(tmp_path / "collections.png"))
