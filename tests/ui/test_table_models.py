"""Table models tested without a window: columns, the record role, filtering and sorting in the model."""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from milestone_desk.domain.schedule import Share
from milestone_desk.services.billing import invoicing
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import InvoiceView, ProjectSummary, Totals
from milestone_desk.services.firm import projects
from milestone_desk.ui import formatting
from milestone_desk.ui.dialogs import templates
from milestone_desk.ui.invoices_model import BALANCE, DUE, NUMBER, STATUS, InvoicesModel
from milestone_desk.ui.projects_model import CLIENT, CODE, CONTRACT, OUTSTANDING, ProjectsModel
from milestone_desk.ui.schedule_model import AMOUNT, DEPOSIT, NAME, PLANNED, SHARE, ScheduleModel, ScheduleRow
from milestone_desk.ui.table_base import RecordRole

D = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def us_locale(qapp: Any) -> Any:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.c())


def summary(code: str, client: str, status: str, contract: int, paid: int, due: int) -> ProjectSummary:
    t = Totals(original_contract=contract, billed=due, invoiced_due=due, paid=paid)
    return ProjectSummary(
        hash(code) % 1000, code, f"Job {code}", client, f"Client {client}", status, "USD", t
    )


ROWS = [
    summary("P-003", "C-2", "active", 2_275_000, 0, 1_516_743),
    summary("P-001", "C-1", "active", 4_850_000, 4_631_750, 4_631_750),
    summary("P-002", "C-2", "archived", 1_480_000, 1_480_000, 1_480_000),
    summary("P-010", "C-1", "completed", 975_050, 316_891, 536_278),
]


def text(model: Any, row: int, col: int) -> str:
    return str(model.data(model.index(row, col), D))


def test_money_is_formatted_from_integer_cents_in_the_locale() -> None:
    assert formatting.money(4_850_000) == "$48,500.00"
    assert formatting.money(-60_625) == "-$606.25"
    assert formatting.money(1, "USD") == "$0.01"
    assert formatting.money(123_456, "JPY") == "¥123,456"
    assert formatting.money(99_999_999_999_999) == "$999,999,999,999.99"  # beyond float's exact cents
    assert formatting.day(datetime.date(2026, 3, 2)) == "3/2/2026"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert formatting.money(4_850_000, "EUR") == "48.500,00\xa0€"


def test_projects_model_columns_record_role_and_sorting(qapp: Any) -> None:
    model = ProjectsModel()
    model.set_projects(ROWS)
    assert model.columnCount() == 8 and model.rowCount() == 4
    assert model.headerData(OUTSTANDING, Qt.Orientation.Horizontal, D) == "Outstanding"
    assert text(model, 1, CONTRACT) == "$48,500.00"
    assert model.data(model.index(1, CODE), RecordRole) is ROWS[1]
    model.sort(CODE, Qt.SortOrder.AscendingOrder)
    assert [text(model, r, CODE) for r in range(4)] == ["P-001", "P-002", "P-003", "P-010"]
    model.sort(OUTSTANDING, Qt.SortOrder.DescendingOrder)
    assert [model.record(r).code for r in range(4)] == ["P-003", "P-010", "P-001", "P-002"]
    assert model.data(model.index(0, OUTSTANDING), Qt.ItemDataRole.ForegroundRole) is not None
    # sorting sticks when the rows are reloaded
    model.set_projects(list(reversed(ROWS)))
    assert model.record(0).code == "P-003"


def test_projects_model_filters_by_text_client_and_status(qapp: Any) -> None:
    model = ProjectsModel()
    model.set_projects(ROWS)
    model.sort(CODE)
    model.set_filter(text="p-00")
    assert [model.record(r).code for r in range(model.rowCount())] == ["P-001", "P-002", "P-003"]
    model.set_filter(text="client c-2")
    assert {model.record(r).code for r in range(model.rowCount())} == {"P-002", "P-003"}
    model.set_filter(text="", client="C-1")
    assert {model.record(r).code for r in range(model.rowCount())} == {"P-001", "P-010"}
    model.set_filter(client="", status="archived")
    assert [model.record(r).code for r in range(model.rowCount())] == ["P-002"]
    assert text(model, 0, CLIENT) == "Client C-2"
    model.set_filter(status="")
    assert model.rowCount() == 4


def invoice(number: str, due: datetime.date, amount: int, paid: int, status: str) -> InvoiceView:
    issued = due - datetime.timedelta(days=30)
    head = (1, number, "P-1", "Job", "Client", "Framing", "milestone", status, issued, due)
    return InvoiceView(*head, amount, 0, 0, 0, amount, paid, "USD")


def test_invoices_model_highlights_overdue_and_shows_balance(qapp: Any) -> None:
    today = datetime.date(2026, 3, 2)
    model = InvoicesModel(today=today)
    rows = [
        invoice("INV-2", datetime.date(2026, 2, 20), 100_000, 40_000, "partially_paid"),
        invoice("INV-1", datetime.date(2026, 4, 1), 50_000, 0, "issued"),
        invoice("INV-3", datetime.date(2026, 1, 1), 70_000, 70_000, "paid"),
    ]
    model.set_records(rows)
    model.sort(NUMBER)
    assert [text(model, r, NUMBER) for r in range(3)] == ["INV-1", "INV-2", "INV-3"]
    assert text(model, 1, BALANCE) == "$600.00"
    assert text(model, 1, STATUS) == "Overdue 10 d"
    assert model.is_overdue(1) and not model.is_overdue(0) and not model.is_overdue(2)
    assert model.data(model.index(1, DUE), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, DUE), Qt.ItemDataRole.BackgroundRole) is None
    assert text(model, 2, STATUS) == "Paid"
    assert model.data(model.index(2, 0), RecordRole) is rows[2]


def test_invoices_model_on_real_views(books: Books, qapp: Any) -> None:
    from milestone_desk.services.firm import milestones

    milestones.complete_milestone(books, "P-001", "Deposit", datetime.date(2026, 1, 10))
    invoicing.issue_invoice(books, "P-001", "Deposit", datetime.date(2026, 1, 10))
    model = InvoicesModel(today=datetime.date(2026, 3, 2))
    model.set_records(invoicing.list_invoices(books, "P-001"))
    assert text(model, 0, NUMBER) == "INV-2026-0001"
    assert text(model, 0, STATUS).startswith("Overdue")


def schedule(contract: int = 4_850_000) -> ScheduleModel:
    model = ScheduleModel()
    rows = templates.five_phase(datetime.date(2026, 3, 1))
    model.set_schedule(rows, contract, "USD")
    return model


def test_schedule_model_live_sum_and_undo(qapp: Any) -> None:
    model = schedule()
    ok, line = model.check_text()
    assert ok and line.startswith("Schedule sums to $48,500.00 of $48,500.00")
    assert text(model, 1, AMOUNT) == "$12,125.00"
    assert model.setData(model.index(1, SHARE), "20%")
    ok, line = model.check_text()
    assert not ok and "Schedule sums to $46,075.00 of $48,500.00" in line
    assert text(model, 1, AMOUNT) == "$9,700.00"  # amounts stay shown while the sum is off
    assert model.setData(model.index(4, SHARE), "remainder")
    assert model.check_text()[0] and text(model, 4, AMOUNT) == "$7,275.00"
    assert model.setData(model.index(2, SHARE), "9000")
    assert model.rows()[2].share == Share.of_amount(900_000)
    assert model.undo_stack.count() == 3
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert model.rows()[4].share == Share.of_percent(Decimal(10))
    model.undo_stack.undo()
    assert model.rows() == templates.five_phase(datetime.date(2026, 3, 1))
    assert model.undo_stack.isClean()
    model.undo_stack.redo()
    assert model.rows()[1].share == Share.of_percent(Decimal(20))


def test_schedule_model_refuses_bad_input_with_a_sentence(qapp: Any) -> None:
    model = schedule()
    problems: list[str] = []
    model.problem.connect(problems.append)
    assert not model.setData(model.index(1, SHARE), "lots")
    assert not model.setData(model.index(1, NAME), "Deposit")
    assert not model.setData(model.index(1, NAME), "  ")
    assert len(problems) == 3 and "not a number" in problems[0] and "same name" in problems[1]
    assert model.undo_stack.count() == 0


def test_schedule_model_dates_deposit_rows(qapp: Any) -> None:
    model = schedule()
    assert model.setData(model.index(1, PLANNED), QDate(2026, 5, 4))
    assert model.rows()[1].planned_date == datetime.date(2026, 5, 4)
    assert model.setData(model.index(1, DEPOSIT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [r.is_deposit for r in model.rows()] == [False, True, False, False, False]  # only one deposit
    row = model.add_row()
    assert model.rowCount() == 6 and model.rows()[row].name == "Milestone 6"
    model.remove_row(0)
    assert model.rows()[0].name == "Framing"
    model.move_row(0, 1)
    assert [r.name for r in model.rows()][:2] == ["Rough-in", "Framing"]
    model.undo_stack.setIndex(0)
    assert model.rows() == templates.five_phase(datetime.date(2026, 3, 1))


def test_locked_schedule_is_not_editable(qapp: Any) -> None:
    model = ScheduleModel()
    model.set_schedule([ScheduleRow("All", Share.remainder(), status="invoiced")], 100, "USD", editable=False)
    assert not model.flags(model.index(0, SHARE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, SHARE), "50%")


@pytest.mark.parametrize("make", [templates.five_phase, templates.deposit_thirds, templates.simple])
@pytest.mark.parametrize("contract", [4_850_000, 100, 3_000_000, 547, 1_000_001])
def test_templates_always_sum_to_the_contract(qapp: Any, make: Any, contract: int) -> None:
    model = ScheduleModel()
    model.set_schedule(make(datetime.date(2026, 1, 1)), contract, "USD")
    cents, total, problem = model.amounts()
    assert problem == "" and total == contract and cents is not None
    assert sum(1 for r in model.rows() if r.is_deposit) == 1


def test_schedule_rows_round_trip_through_the_service(books: Books, qapp: Any) -> None:
    detail = projects.project_detail(books, "P-001")
    rows = [ScheduleRow.of_view(m) for m in detail.milestones]
    model = ScheduleModel()
    model.set_schedule(rows, detail.summary.totals.contract_to_date, "USD")
    assert model.check_text()[0]
    assert model.setData(model.index(3, SHARE), "14000.00")  # Cabinets; Final takes the rest
    saved = projects.edit_schedule(books, "P-001", model.specs())
    assert [m.amount_cents for m in saved.milestones] == [485_000, 727_500, 1_212_500, 1_400_000, 1_025_000]
    assert replace(rows[0], status="planned") == ScheduleRow.of_view(saved.milestones[0])
