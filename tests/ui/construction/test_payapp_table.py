"""Pay applications through the G703 table: the DESIGN §5 worked example, typed cell by cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from milestone_desk.services.construction import change_orders, payapps
from milestone_desk.services.core.books import Books
from milestone_desk.ui.construction.payapp_dialog import PayAppDialog
from milestone_desk.ui.construction.payapp_model import STORED, THIS_PERIOD
from tests.conftest import shots_dir
from tests.construction_ui_helpers import PROGRESS, menu_on, open_books, pdf_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def progress(tmp_path: Path) -> Any:
    books = open_books(tmp_path / "w.mdesk", PROGRESS)
    change_orders.add_change_order(
        books, "W-1", 500_000, "Extra dock door", dt.date(2026, 3, 2), approve_it=True
    )
    yield books
    books.close()


def type_cell(qtbot: Any, dlg: PayAppDialog, line: str, column: int, text: str) -> None:
    """Type into a cell as a user does: select it, open the editor, type, press Enter."""
    row = [ln.name for ln in dlg.draft.lines].index(line)
    index = dlg.model.index(row, column)
    dlg.table.setCurrentIndex(index)
    dlg.table.edit(index)
    editor = dlg.table.indexWidget(index)  # this cell's editor, not one of an earlier edit awaiting deletion
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: dlg.table.state() != QAbstractItemView.State.EditingState, timeout=2000)


def summary(dlg: PayAppDialog) -> dict[str, str]:
    return {k: dlg.figure(k) for k in ("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9")}


def test_worked_example_both_applications(qtbot: Any, progress: Books, tmp_path: Path) -> None:
    window, menu, driver = menu_on(qtbot, progress, "W-1", tmp_path)
    menu.refresh()
    assert menu.payapp.isEnabled() and not menu.deposit.isEnabled()
    seen: dict[str, Any] = {}

    def first(dlg: PayAppDialog) -> None:
        assert dlg.figure("L3") == "$105,000.00" and dlg.figure("L8") == "$0.00"
        type_cell(qtbot, dlg, "Sitework", THIS_PERIOD, "20000")
        assert dlg.figure("L4") == "$20,000.00"  # live, before anything is issued
        assert dlg.figure("L8") == "$18,000.00"
        type_cell(qtbot, dlg, "Framing", THIS_PERIOD, "10,000.00")
        type_cell(qtbot, dlg, "Framing", STORED, "5000")
        framing = [dlg.model.data(dlg.model.index(1, c)) for c in range(10)]
        assert framing == [
            "2", "Framing", "50,000.00", "0.00", "10,000.00", "5,000.00", "15,000.00", "30.00 %", "35,000.00", "1,500.00",
        ]  # fmt: skip
        seen["summary1"] = summary(dlg)
        assert dlg.issue_button.isEnabled()
        dlg.period.setDate(dt.date(2026, 3, 31))
        seen["number"] = dlg.issue()
        assert not dlg.model.flags(dlg.model.index(0, THIS_PERIOD)) & Qt.ItemFlag.ItemIsEditable
        seen["status"] = dlg.status.text()
        seen["saved"] = dlg.save_pdf()
        seen["preview"] = dlg.preview()

    driver.then(first)
    menu.open_payapp()
    assert seen["number"] == "APP-2026-0001"
    assert seen["summary1"] == {
        "L1": "$100,000.00", "L2": "$5,000.00", "L3": "$105,000.00", "L4": "$35,000.00", "L5": "$3,500.00",
        "L6": "$31,500.00", "L7": "$0.00", "L8": "$31,500.00", "L9": "$73,500.00",
    }  # fmt: skip
    assert "Issued APP-2026-0001 with invoice INV-2026-" in seen["status"]
    assert window.reloads == 1
    assert "Current payment due $31,500.00" in driver.questions[0]
    saved = Path(seen["saved"])
    assert saved.name == "APP-2026-0001.pdf" and saved.read_bytes() == payapps.pay_application_pdf(
        progress, "APP-2026-0001"
    )
    text = pdf_text(saved)
    for figure in ("105,000.00", "35,000.00", "3,500.00", "31,500.00", "73,500.00", "Extra dock door"):
        assert figure in text
    assert driver.previews and driver.previews[0].page_count >= 1

    def second(dlg: PayAppDialog) -> None:
        assert dlg.period.date().toPython() == dt.date(2026, 4, 1)  # after the previous period
        assert dlg.model.data(dlg.model.index(1, 3)) == "10,000.00"  # D = previous D + E
        type_cell(qtbot, dlg, "Framing", THIS_PERIOD, "40000")
        seen["summary2"] = summary(dlg)
        dlg.period.setDate(dt.date(2026, 4, 30))
        seen["number2"] = dlg.issue()

    driver.then(second)
    menu.open_payapp()
    assert seen["number2"] == "APP-2026-0002"
    assert seen["summary2"] == {
        "L1": "$100,000.00", "L2": "$5,000.00", "L3": "$105,000.00", "L4": "$70,000.00", "L5": "$7,000.00",
        "L6": "$63,000.00", "L7": "$31,500.00", "L8": "$31,500.00", "L9": "$42,000.00",
    }  # fmt: skip
    assert payapps.pay_application_view(progress, "APP-2026-0002").summary.L8 == 3_150_000


def test_bad_cells_give_a_sentence_and_cannot_issue(qtbot: Any, progress: Books, tmp_path: Path) -> None:
    _, menu, driver = menu_on(qtbot, progress, "W-1", tmp_path)
    seen: dict[str, Any] = {}

    def step(dlg: PayAppDialog) -> None:
        type_cell(qtbot, dlg, "Sitework", THIS_PERIOD, "abc")
        seen["word"] = dlg.error.text()
        assert dlg.model.work == [0, 0, 0, 0]
        type_cell(qtbot, dlg, "Sitework", THIS_PERIOD, "12.345")
        seen["places"] = dlg.error.text()
        type_cell(qtbot, dlg, "Sitework", THIS_PERIOD, "25000")
        seen["over"] = dlg.error.text()
        seen["L8"] = dlg.figure("L8")
        seen["enabled"] = dlg.issue_button.isEnabled()
        assert dlg.issue() == ""
        type_cell(qtbot, dlg, "Sitework", THIS_PERIOD, "20000")
        seen["fixed"] = (dlg.error.isHidden(), dlg.issue_button.isEnabled(), dlg.figure("L8"))
        driver.answer = False
        assert dlg.issue() == ""  # said no: nothing issued

    driver.then(step)
    menu.open_payapp()
    assert "'abc' is not a number" in seen["word"]
    assert "more than 2 decimal places" in seen["places"]
    assert "Line 'Sitework' has 20000.00 left" in seen["over"] and "change order" in seen["over"]
    assert seen["L8"] == "—" and seen["enabled"] is False
    assert seen["fixed"] == (True, True, "$18,000.00")
    assert payapps.list_pay_applications(progress, "W-1") == []


def test_payapp_dialog_screenshot(qtbot: Any, progress: Books, tmp_path: Path) -> None:
    payapps.issue_pay_application(
        progress,
        "W-1",
        dt.date(2026, 3, 31),
        {"Sitework": 2_000_000, "Framing": 1_000_000},
        {"Framing": 500_000},
    )
    _, menu, driver = menu_on(qtbot, progress, "W-1", tmp_path)

    def step(dlg: PayAppDialog) -> None:
        dlg.period.setDate(dt.date(2026, 4, 30))
        type_cell(qtbot, dlg, "Framing", THIS_PERIOD, "40000")
        type_cell(qtbot, dlg, "Finishes", THIS_PERIOD, "6500")
        type_cell(qtbot, dlg, "Finishes", STORED, "3200")
        type_cell(qtbot, dlg, "Extra dock door", STORED, "1850")
        dlg.table.setCurrentIndex(dlg.model.index(2, STORED))
        assert dlg.grab().save(str(shots_dir() / "payapp-dialog.png"))

    driver.then(step)
    menu.open_payapp()
