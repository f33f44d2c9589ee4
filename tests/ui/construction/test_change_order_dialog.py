"""The Construction menu's change-order log, driven through the real dialog on a real company file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from milestone_desk.services.billing import invoicing
from milestone_desk.services.construction import change_orders
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones, projects
from milestone_desk.ui.construction.change_orders_dialog import ChangeOrdersDialog
from tests.conftest import shots_dir
from tests.construction_ui_helpers import menu_on

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_menu_is_added_before_help_and_needs_a_project(qtbot: Any, books: Books, tmp_path: Path) -> None:
    window, menu, _ = menu_on(qtbot, books, None, tmp_path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Construction", "&Help"]
    assert isinstance(menu, QMenu)
    assert not menu.change_orders.isEnabled() and menu.change_orders.toolTip() == "Select a project first."
    assert menu.wording.isEnabled()
    window.code = "P-001"
    menu.refresh()
    assert menu.change_orders.isEnabled() and menu.waivers.isEnabled()
    assert not menu.payapp.isEnabled() and "bills by milestones" in menu.payapp.toolTip()
    assert not menu.deposit.isEnabled() and "no applied deposit" in menu.deposit.toolTip()
    assert not menu.release.isEnabled() and "not substantially complete" in menu.release.toolTip()
    assert menu.open_payapp() is None  # reached anyway (a shortcut): the window says why
    assert window.errors == ["Project P-001 bills by milestones; pay applications need progress billing."]
    assert window.reloads == 0


def test_add_and_approve_a_spread_change_order(qtbot: Any, books: Books, tmp_path: Path) -> None:
    window, menu, driver = menu_on(qtbot, books, "P-001", tmp_path)
    seen: dict[str, Any] = {}

    def step(dlg: ChangeOrdersDialog) -> None:
        assert dlg.figures.text("to_date") == "$48,500.00"
        # a draft first: the contract does not move
        qtbot.keyClicks(dlg.amount, "2,500.00")
        qtbot.keyClicks(dlg.description, "Upgrade to quartz countertops")
        dlg.billing.setCurrentIndex(dlg.billing.findData("spread"))
        qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
        assert dlg.error.isHidden(), dlg.error.text()
        assert [c.status for c in dlg.model.records()] == ["draft"]
        assert dlg.figures.text("to_date") == "$48,500.00"
        assert dlg.approve_button.isEnabled()  # the new row is selected
        qtbot.mouseClick(dlg.approve_button, Qt.MouseButton.LeftButton)
        seen["after"] = dlg.figures.text("to_date")
        seen["net"] = dlg.figures.text("net")
        seen["row"] = [dlg.model.data(dlg.model.index(0, c)) for c in range(6)]

    driver.then(step)
    menu.open_change_orders()
    assert seen["after"] == "$51,000.00" and seen["net"] == "$2,500.00"
    assert seen["row"][2:] == [
        "Upgrade to quartz countertops",
        "+$2,500.00",
        "Approved",
        "Spread over unbilled work",
    ]
    assert "Approve change order 1 ($2,500.00)" in driver.questions[0]
    assert window.reloads == 1
    log = change_orders.change_order_log(books, "P-001")
    assert log.contract_to_date_cents == 5_100_000
    # the spread raised the unbilled milestones (not the deposit) and they still sum to contract to date
    detail = projects.project_detail(books, "P-001")
    assert sum(m.amount_cents for m in detail.milestones) == 5_100_000
    assert next(m for m in detail.milestones if m.is_deposit).amount_cents == 485_000


def test_approve_now_as_own_milestone_and_bad_input_saves_nothing(
    qtbot: Any, books: Books, tmp_path: Path
) -> None:
    milestones.complete_milestone(books, "P-001", "Deposit")
    invoicing.issue_invoice(books, "P-001", "Deposit")
    _, menu, driver = menu_on(qtbot, books, "P-001", tmp_path)
    seen: dict[str, str] = {}

    def step(dlg: ChangeOrdersDialog) -> None:
        qtbot.keyClicks(dlg.amount, "twelve")
        qtbot.keyClicks(dlg.description, "Extra outlet")
        assert dlg.add() == 0
        seen["word"] = dlg.error.text()
        dlg.amount.setText("-300.00")
        dlg.billing.setCurrentIndex(dlg.billing.findData("milestone"))
        assert dlg.add() == 0
        seen["negative"] = dlg.error.text()
        dlg.amount.setText("1800.00")
        dlg.description.setText("")
        assert dlg.add() == 0
        seen["empty"] = dlg.error.text()
        assert dlg.model.rowCount() == 0 and not dlg.changed
        dlg.description.setText("Add pantry cabinet")
        dlg.approve_now.setChecked(True)
        assert dlg.add() == 1
        assert dlg.error.isHidden()
        seen["to_date"] = dlg.figures.text("to_date")
        seen["billing"] = dlg.model.data(dlg.model.index(0, 5))
        assert not dlg.approve_button.isEnabled()  # approved is final

    driver.then(step)
    menu.open_change_orders()
    assert "'twelve' is not a number" in seen["word"]
    assert "deductive change order cannot be its own milestone" in seen["negative"]
    assert "description" in seen["empty"] and "empty" in seen["empty"]
    assert seen["to_date"] == "$50,300.00"
    assert seen["billing"] == "Own milestone"
    assert [c.number for c in change_orders.change_order_log(books, "P-001").entries] == [1]


def test_reject_keeps_the_contract(qtbot: Any, books: Books, tmp_path: Path) -> None:
    change_orders.add_change_order(books, "P-001", 90_000, "Heated floor")
    _, menu, driver = menu_on(qtbot, books, "P-001", tmp_path)
    seen: dict[str, str] = {}

    def step(dlg: ChangeOrdersDialog) -> None:
        dlg.select_number(1)
        assert dlg.reject_selected()
        seen["status"] = dlg.model.data(dlg.model.index(0, 4))
        seen["to_date"] = dlg.figures.text("to_date")

    driver.then(step)
    menu.open_change_orders()
    assert seen == {"status": "Rejected", "to_date": "$48,500.00"}


def test_change_order_log_screenshot(qtbot: Any, books: Books, tmp_path: Path) -> None:
    import datetime as dt

    for day, amount, text, spread, approve in (
        (dt.date(2026, 2, 3), 250_000, "Upgrade to quartz countertops", True, True),
        (dt.date(2026, 2, 17), 184_500, "Add pantry cabinet and pull-out shelves", False, True),
        (dt.date(2026, 2, 24), -60_000, "Owner supplies light fixtures (deduct)", True, True),
        (dt.date(2026, 3, 9), 96_000, "Heated floor in breakfast nook", False, False),
        (dt.date(2026, 3, 12), 42_000, "Relocate dishwasher outlet", False, False),
    ):
        change_orders.add_change_order(
            books, "P-001", amount, text, day, spread_it=spread, approve_it=approve
        )
    change_orders.reject_change_order(books, "P-001", 5)
    _, menu, driver = menu_on(qtbot, books, "P-001", tmp_path)

    def step(dlg: ChangeOrdersDialog) -> None:
        dlg.select_number(4)
        dlg.amount.setText("1250.00")
        dlg.description.setText("Under-cabinet LED lighting")
        assert dlg.grab().save(str(shots_dir() / "change-orders.png"))
        assert dlg.figures.text("to_date") == "$52,245.00"

    driver.then(step)
    menu.open_change_orders()


def test_progress_change_order_becomes_its_own_line(qtbot: Any, tmp_path: Path) -> None:
    from milestone_desk.services.construction.queries.construction_desk import pay_application_draft
    from tests.construction_ui_helpers import PROGRESS, open_books

    books = open_books(tmp_path / "w.mdesk", PROGRESS)
    try:
        _, menu, driver = menu_on(qtbot, books, "W-1", tmp_path)
        seen: dict[str, Any] = {}

        def step(dlg: ChangeOrdersDialog) -> None:
            assert dlg.billing.itemText(0) == "Its own schedule-of-values line"
            dlg.amount.setText("5000")
            dlg.description.setText("Extra dock door")
            dlg.approve_now.setChecked(True)
            assert dlg.add() == 1
            seen["billing"] = dlg.model.data(dlg.model.index(0, 5))
            seen["to_date"] = dlg.figures.text("to_date")

        driver.then(step)
        menu.open_change_orders()
        assert seen == {"billing": "Own line", "to_date": "$105,000.00"}
        lines = pay_application_draft(books, "W-1").lines
        assert (lines[-1].name, lines[-1].scheduled) == ("Extra dock door", 500_000)
    finally:
        books.close()
