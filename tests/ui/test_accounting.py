"""Issue 20 in the window: Reports → Journal, File → Export for the accountant…, Settings → Accounts."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from milestone_desk.domain import journal as dj
from milestone_desk.services.billing import invoicing, payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records import journal as js
from milestone_desk.ui.accounting_menu import AccountsDialog, ExportDialog, JournalPanel
from tests.conftest import KITCHEN, shots_dir
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _books(path: Path) -> None:
    with Books.open(path) as books:
        exchange.import_data(books, KITCHEN)
        for name, on in (("Deposit", date(2026, 1, 15)), ("Demolition", date(2026, 2, 10))):
            milestones.complete_milestone(books, "P-001", name, on)
            invoicing.issue_invoice(books, "P-001", name, on)
        payments.record_payment(books, "INV-2026-0001", 5_000_00, date(2026, 1, 20))


def _texts(menu: Any) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_journal_export_and_accounts_from_the_menus(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "ui.mdesk"
    _books(path)
    window, script = open_window(qtbot, path, tmp_path)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert "&Journal…" in _texts(menus["&Reports"])
    assert "Export for the &accountant…" in _texts(menus["&File"])
    assert "&Accounts…" in _texts(menus["&Settings"])
    acc = window.accounting
    saved: list[str] = []

    def save_path(suggested: str, _filter: str) -> str:
        saved.append(suggested)
        return str(tmp_path / suggested)

    acc.ask_save_path = save_path
    seen: dict[str, Any] = {}

    def journal_step(dialog: Any) -> None:
        panel: JournalPanel = dialog.body
        panel.start.setDate(QDate(2026, 1, 1))
        panel.end.setDate(QDate(2026, 3, 2))
        seen["lines"] = panel.model.rowCount()
        panel.account.setCurrentIndex(panel.account.findData(dj.AR))
        seen["ar_lines"] = panel.model.rowCount()
        seen["totals"] = panel.totals.text()
        dialog.resize(1100, 500)
        dialog.grab().save(str(tmp_path / "journal.png"))
        dialog.grab().save(str(shots_dir() / "journal.png"))
        panel.save_button.click()

    script.then(journal_step)
    acc.journal_action.trigger()
    # Deposit (AR, revenue), demolition (AR, retainage, revenue), payment of 5,000 on 4,850 (bank, AR, credit)
    assert seen["lines"] == 2 + 3 + 3
    assert seen["ar_lines"] == 3
    rows = list(csv.reader(io.StringIO((tmp_path / "journal.csv").read_bytes().decode("utf-8-sig"))))
    assert rows[0][:4] == ["date", "entry", "document", "account_code"] and len(rows) == 1 + 3
    assert {r[4] for r in rows[1:]} == {"Accounts Receivable"}

    def export_step(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("quickbooks-iif"))
        dialog.whole.setChecked(True)
        dialog.since_last.setChecked(True)
        dialog.grab().save(str(shots_dir() / "export.png"))
        dialog.export_button.click()

    script.then(export_step)
    acc.export_action.trigger()
    iif = (tmp_path / "quickbooks-iif.iif").read_bytes().decode("cp1252")
    assert iif.startswith("!TRNS\t") and iif.count("\r\nENDTRNS\r\n") == 3
    assert js.accounts(window.books)  # the window's books still readable

    def accounts_step(dialog: AccountsDialog) -> None:
        code, name = dialog.fields[dj.AR]
        name.setText(dialog.fields[dj.BANK][1].text())  # a duplicate name: refused with a sentence
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        seen["error"] = dialog.error.text()
        name.setText("A/R Trade")
        code.setText("11000")
        dialog.grab().save(str(shots_dir() / "accounts.png"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    script.then(accounts_step)
    acc.accounts_action.trigger()
    assert "same name" in seen["error"]
    assert js.accounts(window.books)[dj.AR].name == "A/R Trade"
    assert script.errors == []
    assert saved == ["journal.csv", "quickbooks-iif.iif"]
