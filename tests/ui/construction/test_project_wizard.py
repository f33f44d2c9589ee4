"""The new-project wizard creates progress projects (schedule of values) and sets construction terms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from milestone_desk.persistence.models import Project
from milestone_desk.services.construction.queries.construction_desk import (
    construction_state,
    pay_application_draft,
)
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import projects
from milestone_desk.ui.dialogs.wizard import NewProjectWizard
from tests.construction_ui_helpers import menu_on

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def wizard(qtbot: Any, books: Books, errors: list[str]) -> NewProjectWizard:
    w = NewProjectWizard(
        None,
        projects.list_clients(books),
        "USD",
        dt.date(2026, 3, 2),
        "P-002",
        lambda spec: projects.create_project(books, spec),
        lambda: None,
        errors.append,
    )
    qtbot.addWidget(w)
    w.show()
    return w


def set_line(w: NewProjectWizard, row: int, name: str, value: str) -> None:
    table = w.sov_page.table
    table.item(row, 0).setText(name)
    table.item(row, 1).setText(value)


def test_progress_project_with_a_schedule_of_values(qtbot: Any, books: Books, tmp_path: Path) -> None:
    errors: list[str] = []
    w = wizard(qtbot, books, errors)
    page = w.project_page
    page.name.setText("Warehouse fit-out")
    page.contract.setText("100,000.00")
    page.retainage.setText("10")
    terms = page.terms
    terms.billing.setCurrentIndex(terms.billing.findData("progress"))
    assert not terms.deposit_policy.isEnabled()  # an applied deposit needs milestone billing
    w.next()
    assert w.currentPage() is w.sov_page
    sov = w.sov_page
    set_line(w, 0, "General conditions", "10000")
    set_line(w, 1, "Sitework", "20000")
    set_line(w, 2, "Framing", "50000")
    set_line(w, 3, "Finishes", "15000")
    assert not sov.isComplete()
    assert (
        sov.check.text() == "Schedule of values sums to $95,000.00 of $100,000.00. $5,000.00 left to place."
    )
    set_line(w, 3, "Finishes", "20000")
    set_line(w, 3, "Finishes", "abc")
    assert not sov.isComplete() and "not a number" in sov.check.text()
    set_line(w, 3, "Finishes", "20,000.00")
    assert sov.isComplete() and "$100,000.00 of $100,000.00" in sov.check.text()
    assert w.currentId() == NewProjectWizard.SOV and sov.nextId() == -1
    w.accept()
    assert errors == [] and w.created_code == "P-002"
    state = construction_state(books, "P-002")
    assert state.billing_mode == "progress" and state.retainage_percent == "10"
    draft = pay_application_draft(books, "P-002")
    assert [(ln.name, ln.scheduled) for ln in draft.lines] == [
        ("General conditions", 1_000_000),
        ("Sitework", 2_000_000),
        ("Framing", 5_000_000),
        ("Finishes", 2_000_000),
    ]
    assert projects.project_detail(books, "P-002").milestones == []
    # and the Construction menu offers pay applications for it
    _, menu, _ = menu_on(qtbot, books, "P-002", tmp_path)
    assert menu.payapp.isEnabled() and not menu.deposit.isEnabled()


def test_applied_deposit_post_tax_basis_and_step_down(qtbot: Any, books: Books) -> None:
    errors: list[str] = []
    w = wizard(qtbot, books, errors)
    page = w.project_page
    page.name.setText("Garage conversion")
    page.contract.setText("48500")
    page.tax.setText("8")
    page.retainage.setText("10")
    terms = page.terms
    terms.basis.setCurrentIndex(terms.basis.findData("post_tax"))
    terms.step_down.setChecked(True)
    terms.step_to.setText("12")
    terms.deposit_policy.setCurrentIndex(terms.deposit_policy.findData("applied"))
    terms.deposit.setText("60000")
    w.next()
    assert w.currentPage() is page and "stepped-down retainage rate cannot be above" in page.error.text()
    terms.step_to.setText("5")
    terms.step_at.setText("50")
    w.next()
    assert w.currentPage() is page and "deposit cannot be more than the contract" in page.error.text()
    terms.deposit.setText("4850.00")
    terms.deposit_applied.setCurrentIndex(terms.deposit_applied.findData("final"))
    w.next()
    assert w.currentPage() is w.schedule_page
    rows = w.schedule.specs()
    assert not any(r.is_deposit for r in rows)  # the template's deposit milestone is left out
    assert w.schedule_page.isComplete() and "$48,500.00 of $48,500.00" in w.schedule_page.check.text()
    w.accept()
    assert errors == [], errors
    state = construction_state(books, "P-002")
    assert (state.deposit_policy, state.deposit_cents, state.deposit_blocker) == ("applied", 485_000, "")
    with books.read() as s:
        p = s.scalars(select(Project).where(Project.code == "P-002")).one()
        assert (p.retainage_basis, p.deposit_applied) == ("post_tax", "final")
        assert (p.retainage_step_at, p.retainage_step_to) == (Decimal(50), Decimal(5))


def test_milestone_path_is_unchanged(qtbot: Any, books: Books) -> None:
    errors: list[str] = []
    w = wizard(qtbot, books, errors)
    w.project_page.name.setText("Bathroom")
    w.project_page.contract.setText("20000")
    w.next()
    assert w.currentPage() is w.schedule_page and w.currentId() == w.pageIds()[-1]
    assert any(r.is_deposit for r in w.schedule.specs())
    w.accept()
    assert errors == [] and construction_state(books, "P-002").billing_mode == "milestone"
