"""Retainage release (enabled only when substantially complete) and the applied-deposit invoice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.services.billing import invoicing
from milestone_desk.services.construction.queries.construction_desk import construction_state
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.ui.construction.deposit_dialog import DepositDialog
from milestone_desk.ui.construction.release_dialog import ReleaseDialog
from tests.construction_ui_helpers import menu_on, open_books

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAMES = ["Deposit", "Demolition", "Rough-in", "Cabinets", "Final"]


def invoice(books: Books, code: str, name: str, on: dt.date) -> str:
    milestones.complete_milestone(books, code, name, on)
    return invoicing.issue_invoice(books, code, name, on)


def test_release_enabled_only_when_substantially_complete(qtbot: Any, books: Books, tmp_path: Path) -> None:
    window, menu, driver = menu_on(qtbot, books, "P-001", tmp_path)
    for i, name in enumerate(NAMES[:-1]):
        invoice(books, "P-001", name, dt.date(2026, 1, 10 + i))
        menu.refresh()
        assert not menu.release.isEnabled()
    assert (
        menu.release.toolTip()
        == "Project P-001 is not substantially complete: not every milestone is invoiced."
    )
    seen: dict[str, Any] = {}

    def early(dlg: ReleaseDialog) -> None:  # opened anyway (e.g. from a shortcut): it says why, Issue is off
        seen["blocker"] = dlg.blocker.text()
        seen["enabled"] = dlg.issue_button.isEnabled()

    driver.then(early)
    menu.open_release()
    assert "not substantially complete" in seen["blocker"] and seen["enabled"] is False
    assert window.reloads == 0

    invoice(books, "P-001", "Final", dt.date(2026, 3, 20))
    menu.refresh()
    assert menu.release.isEnabled()
    held = construction_state(books, "P-001").retainage_held_cents
    assert held == round(43_650_00 * 5 / 100)  # 5 % on everything but the deposit milestone

    def issue(dlg: ReleaseDialog) -> None:
        seen["held"] = dlg.figures.text("held")
        seen["due"] = dlg.figures.text("due")
        driver.answer = False
        assert dlg.issue() == "" and dlg.isVisible()  # said no: nothing issued
        driver.answer = True
        seen["number"] = dlg.issue()

    driver.then(issue)
    menu.open_release()
    assert seen["held"] == seen["due"] == "$2,182.50"
    assert seen["number"].startswith("INV-2026-")
    assert "Release $2,182.50 of retainage on P-001?" in driver.questions[-1]
    assert window.reloads == 1
    release = invoicing.invoice_view(books, seen["number"])
    assert (release.kind, release.amount_due_cents) == ("release", 218_250)
    menu.refresh()
    assert not menu.release.isEnabled() and "holds no retainage" in menu.release.toolTip()


APPLIED: dict[str, Any] = {
    "format": "milestone-desk/1",
    "company": {"name": "Hartwell Remodeling", "currency": "USD"},
    "clients": [{"code": "C-1", "name": "Maria Delgado"}],
    "projects": [
        {
            "code": "P-2",
            "client": "C-1",
            "name": "Garage conversion",
            "contract_sum": "48500.00",
            "retainage_percent": "5",
            "deposit_policy": "applied",
            "deposit": "4850.00",
            "milestones": [
                {"name": "Framing", "percent": "40"},
                {"name": "Finishes", "remainder": True},
            ],
        }
    ],
}


def test_deposit_invoice_after_confirmation(qtbot: Any, tmp_path: Path) -> None:
    books = open_books(tmp_path / "d.mdesk", APPLIED)
    try:
        window, menu, driver = menu_on(qtbot, books, "P-2", tmp_path)
        assert menu.deposit.isEnabled() and not menu.payapp.isEnabled()
        seen: dict[str, Any] = {}

        def step(dlg: DepositDialog) -> None:
            seen["deposit"] = dlg.figures.text("deposit")
            dlg.date.setDate(dt.date(2026, 2, 2))
            seen["number"] = dlg.issue()

        driver.then(step)
        menu.open_deposit()
        assert seen["deposit"] == "$4,850.00" and seen["number"].startswith("INV-2026-")
        view = invoicing.invoice_view(books, seen["number"])
        assert (view.kind, view.amount_due_cents, view.issue_date) == (
            "deposit",
            485_000,
            dt.date(2026, 2, 2),
        )
        assert window.reloads == 1
        assert not menu.deposit.isEnabled() and seen["number"] in menu.deposit.toolTip()
        # the first milestone invoice deducts its share of the deposit
        milestones.complete_milestone(books, "P-2", "Framing", dt.date(2026, 3, 1))
        assert invoicing.preview_invoice(books, "P-2", "Framing").deposit_applied == 194_000
    finally:
        books.close()
