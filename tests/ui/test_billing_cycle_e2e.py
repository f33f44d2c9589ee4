"""The whole billing cycle driven through the window and its real dialogs, checked against the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from milestone_desk.services.collections.queries.ledger import ledger
from milestone_desk.ui import formatting
from milestone_desk.ui.dialogs.billing import CompleteMilestoneDialog, IssueInvoiceDialog, RecordPaymentDialog
from milestone_desk.ui.dialogs.client import ClientDialog
from milestone_desk.ui.dialogs.company import CompanyDialog
from milestone_desk.ui.dialogs.wizard import NewProjectWizard
from milestone_desk.ui.invoices_model import BALANCE, PAID, STATUS, TOTAL
from milestone_desk.ui.projects_model import OUTSTANDING
from milestone_desk.ui.projects_model import PAID as P_PAID
from tests.ui_support import finish_wizard, open_window

COMPLETED_ON = QDate(2026, 2, 27)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def fill_company(d: CompanyDialog) -> None:
    assert isinstance(d, CompanyDialog)
    d.name.setText("Hartwell Remodeling")
    d.address.setPlainText("418 Cedar Lane\nPortland, OR 97205")
    d.currency.setText("USD")
    d.terms.setValue(30)
    d.ok_button.click()


def fill_client(d: ClientDialog) -> None:
    assert isinstance(d, ClientDialog)
    assert d.code.text() == "C-001"  # suggested
    d.name.setText("Maria Delgado")
    d.email.setText("maria@example.com")
    d.ok_button.click()


def fill_wizard(w: NewProjectWizard) -> None:
    assert isinstance(w, NewProjectWizard)
    page = w.project_page
    assert page.client.count() == 0
    page.new_client.click()  # the client editor opens from inside the wizard (next script step)
    assert page.client.currentData() == "C-001"
    assert page.code.text() == "P-001"
    page.name.setText("Kitchen remodel")
    page.site.setText("22 Birch St")
    page.contract.setText("48,500.00")
    page.tax.setText("8.5")
    page.retainage.setText("5")
    w.next()
    assert w.currentPage() is w.schedule_page
    w.schedule_page.template.setCurrentIndex(0)  # 10 / 25 / 25 / 30 / 10
    assert w.schedule_page.isComplete()
    assert "$48,500.00 of $48,500.00" in w.schedule_page.check.text()
    finish_wizard(w)


def complete_step(d: CompleteMilestoneDialog) -> None:
    assert isinstance(d, CompleteMilestoneDialog)
    d.date.setDate(COMPLETED_ON)
    d.note.setPlainText("Framing inspection passed")
    d.ok_button.click()


def issue_step(d: IssueInvoiceDialog) -> None:
    assert isinstance(d, IssueInvoiceDialog)
    # the math is shown before any number exists: 25 % of 48,500 = 12,125; tax 8.5 %; retainage 5 %
    assert d.figures["gross"].text() == "$12,125.00"
    assert d.figures["tax"].text() == "$1,030.63"
    assert d.figures["retainage"].text() == "-$606.25"
    assert d.figures["amount_due"].text() == "$12,549.38"
    d.date.setDate(QDate(2026, 3, 2))
    d.ok_button.click()


def pay_step(amount: str, method: str, reference: str, expect: str) -> Any:
    def step(d: RecordPaymentDialog) -> None:
        assert isinstance(d, RecordPaymentDialog)
        if amount:
            d.amount.setText(amount)
        d.method.setCurrentIndex(d.method.findData(method))
        d.reference.setText(reference)
        assert expect in d.outcome.text()
        d.ok_button.click()

    return step


def cell(model: Any, row: int, col: int) -> str:
    return str(model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole))


def test_billing_cycle_through_the_window_matches_the_cli(qtbot: Any, tmp_path: Path, cli: Any) -> None:
    gui_file = tmp_path / "gui.mdesk"
    window, script = open_window(qtbot, gui_file, tmp_path)
    books = window.books
    assert window.banner.isVisible()  # no company yet: the window offers to set one up

    script.then(fill_company)
    window.setup_button.click()
    assert not window.banner.isVisible()

    script.then(fill_wizard).then(fill_client)
    window.new_project_action.trigger()
    assert window.projects_pane.model.rowCount() == 1
    assert window.projects_pane.current().code == "P-001"
    assert [r.name for r in window.milestone_pane.model.rows()] == [
        "Deposit", "Framing", "Rough-in", "Finishes", "Final"
    ]  # fmt: skip
    assert "$48,500.00 of $48,500.00" in window.milestone_pane.check.text()
    assert window.invoices_pane.model.rowCount() == 0
    row = ledger(books)[0]
    assert (row["contract_to_date"], row["billed"], row["paid"]) == ("48500.00", "0.00", "0.00")

    # complete Framing as the timeline's completeRequested would
    script.then(complete_step)
    window.milestone_pane.timeline.completeRequested.emit("Framing")
    framing = next(r for r in window.milestone_pane.model.rows() if r.name == "Framing")
    assert framing.status == "completed"
    assert [m["status"] for m in ledger(books)[0]["milestones"]][1] == "completed"

    # issue its invoice through the confirmation dialog
    window.milestone_pane.select_name("Framing")
    assert window.issue_action.isEnabled()
    script.then(issue_step)
    window.issue_action.trigger()
    inv = window.invoices_pane.model
    assert inv.rowCount() == 1
    assert cell(inv, 0, 0) == "INV-2026-0001"
    assert cell(inv, 0, TOTAL) == "$12,549.38"
    assert cell(inv, 0, STATUS) == "Issued"
    row = ledger(books)[0]
    assert (row["billed"], row["tax_billed"], row["retainage_held"]) == ("12125.00", "1030.63", "606.25")
    assert row["outstanding"] == "12549.38"
    assert "Invoiced" in cell(window.milestone_pane.model, 1, 5)
    assert not window.milestone_pane.model.editable  # invoiced: the schedule is locked

    # a partial payment, then the final one (prefilled with the balance)
    window.invoices_pane.select_number("INV-2026-0001")
    script.then(pay_step("5000", "ACH", "TRX-1", "stays open"))
    window.pay_action.trigger()
    assert cell(inv, 0, PAID) == "$5,000.00"
    assert cell(inv, 0, BALANCE) == "$7,549.38"
    assert cell(inv, 0, STATUS) == "Partly paid"
    row = ledger(books)[0]
    assert (row["paid"], row["outstanding"]) == ("5000.00", "7549.38")
    projects = window.projects_pane.model
    assert cell(projects, 0, P_PAID) == "$5,000.00"
    assert cell(projects, 0, OUTSTANDING) == "$7,549.38"

    script.then(pay_step("", "check", "1042", "in full"))
    window.pay_action.trigger()
    assert cell(inv, 0, BALANCE) == "$0.00"
    assert cell(inv, 0, STATUS) == "Paid"
    assert not window.pay_action.isEnabled()
    gui_ledger = ledger(books)
    assert (gui_ledger[0]["paid"], gui_ledger[0]["outstanding"]) == ("12549.38", "0.00")
    assert gui_ledger[0]["milestones"][1]["status"] == "paid"
    assert script.errors == []
    assert "12,549.38" in window.totals_label.text()

    # the same steps through the command line give the same ledger
    cli_file = tmp_path / "cli.mdesk"
    data = {
        "format": "milestone-desk/1",
        "company": {"name": "Hartwell Remodeling", "address": "418 Cedar Lane\nPortland, OR 97205"},
        "clients": [{"code": "C-001", "name": "Maria Delgado", "email": "maria@example.com"}],
        "projects": [
            {
                "code": "P-001",
                "client": "C-001",
                "name": "Kitchen remodel",
                "site_address": "22 Birch St",
                "contract_sum": "48500.00",
                "tax_percent": "8.5",
                "retainage_percent": "5",
                "milestones": [
                    {"name": "Deposit", "percent": "10", "deposit": True},
                    {"name": "Framing", "percent": "25"},
                    {"name": "Rough-in", "percent": "25"},
                    {"name": "Finishes", "percent": "30"},
                    {"name": "Final", "percent": "10"},
                ],
            }
        ],
    }
    (tmp_path / "data.json").write_text(json.dumps(data))
    f = str(cli_file)
    for args in (
        ("import", f, str(tmp_path / "data.json")),
        ("complete", f, "P-001", "Framing", "--date", "2026-02-27"),
        ("issue", f, "P-001", "Framing", "--date", "2026-03-02"),
        (
            "pay",
            f,
            "INV-2026-0001",
            "5000",
            "--date",
            "2026-03-02",
            "--method",
            "ACH",
            "--reference",
            "TRX-1",
        ),
        ("pay", f, "INV-2026-0001", "7549.38", "--date", "2026-03-02", "--reference", "1042"),
    ):
        result = cli(*args)
        assert result.code == 0, result.err
    cli_ledger = json.loads(cli("ledger", f, "--json").out)
    assert cli_ledger == gui_ledger
    # and the GUI file read through the CLI agrees too
    assert json.loads(cli("ledger", str(gui_file), "--json").out) == gui_ledger


def test_service_errors_become_a_sentence_and_keep_the_dialog(qtbot: Any, tmp_path: Path, books: Any) -> None:
    books.close()
    window, script = open_window(qtbot, books.path, tmp_path)
    window.projects_pane.select_code("P-001")
    kept: list[str] = []

    def overpay_wrong(d: RecordPaymentDialog) -> None:
        d.amount.setText("12.345")  # too many decimals: refused, dialog stays open with the text
        assert not d.ok_button.isEnabled()  # the action waits until the amount is fixed
        assert "decimal places" in d.outcome.text()  # one error display: inline, in the error colour
        assert "#b3261e" in d.outcome.styleSheet()
        d.ok_button.click()
        assert d.isVisible()
        kept.append(d.amount.text())
        d.reject()

    script.then(lambda d: d.ok_button.click())  # complete Deposit on today's date
    window.milestone_pane.timeline.completeRequested.emit("Deposit")
    script.then(lambda d: d.ok_button.click())
    window.milestone_pane.timeline.issueRequested.emit("Deposit")
    window.invoices_pane.select_number(window.invoices_pane.model.record(0).number or "")
    script.then(overpay_wrong)
    window.pay_action.trigger()
    assert kept == ["12.345"]
    assert not script.errors  # not a second, modal display of the same error
    # issuing an already invoiced milestone: a sentence, no dialog
    window.milestone_pane.timeline.issueRequested.emit("Deposit")
    assert "already been invoiced" in script.errors[-1]


@pytest.mark.parametrize("amount,credit", [("5000.00", "$150.00")])
def test_excess_payment_becomes_client_credit(
    qtbot: Any, tmp_path: Path, books: Any, amount: str, credit: str
) -> None:
    books.close()
    window, script = open_window(qtbot, books.path, tmp_path)
    window.projects_pane.select_code("P-001")
    script.then(lambda d: d.ok_button.click())
    window.milestone_pane.timeline.completeRequested.emit("Deposit")
    script.then(lambda d: d.ok_button.click())
    window.milestone_pane.timeline.issueRequested.emit("Deposit")  # $4,850.00, no retainage on a deposit
    window.invoices_pane.select_number("INV-2026-0001")
    script.then(pay_step(amount, "check", "77", f"{credit} more becomes client credit"))
    window.pay_action.trigger()
    assert credit in window.statusBar().currentMessage()
    assert cell(window.invoices_pane.model, 0, STATUS) == "Paid"
    assert formatting.money(15000) == credit
