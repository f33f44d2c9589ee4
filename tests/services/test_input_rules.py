"""Issue 13, point 6: dates and amounts — one strict amount grammar, payments not before their invoice,
completions not before the project's start, huge credits only when the user says so."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.domain.errors import BadInput, NeedsConfirmation
from milestone_desk.domain.money import Money, parse_decimal
from milestone_desk.services.billing import payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from tests.trust_helpers import export_of, issue


@pytest.mark.parametrize(
    "text", ["1 2 3", "5$5", "12$", "$-5", "1,23", "1..5", "1.2.3", "--1", "$", "1e3", "١٢"]
)
def test_amounts_outside_the_grammar_are_refused(text: str) -> None:
    with pytest.raises(BadInput):
        parse_decimal(text)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1234.5", 123450),
        ("1,234.50", 123450),
        ("$1,234.50", 123450),
        (" 12 ", 1200),
        ("€3", 300),
        (".5", 50),
    ],
)
def test_amounts_in_the_grammar(text: str, cents: int) -> None:
    assert Money.parse(text).minor == cents


def test_cli_refuses_spaced_and_embedded_dollar_amounts(books: Books, db_path: Path, cli: Any) -> None:
    number = issue(books, "Deposit")
    books.close()
    before = export_of(db_path)
    for text in ("1 2 3", "5$5"):
        r = cli("pay", str(db_path), number, text, "--date", "2026-03-05")
        assert r.code == 2 and "not a number" in r.err
    assert export_of(db_path) == before


def test_payment_before_its_invoice_is_refused(books: Books, db_path: Path, cli: Any) -> None:
    number = issue(books, "Deposit", on=date(2026, 3, 2))
    books.close()
    before = export_of(db_path)
    for day in ("1900-01-01", "2026-03-01"):
        r = cli("pay", str(db_path), number, "100", "--date", day)
        assert r.code == 2 and "before invoice" in r.err, r
    assert export_of(db_path) == before
    assert cli("pay", str(db_path), number, "100", "--date", "2026-03-02").code == 0


def test_a_payment_far_beyond_the_balance_needs_credit(books: Books, db_path: Path, cli: Any) -> None:
    number = issue(books, "Deposit")
    books.close()
    before = export_of(db_path)
    r = cli("pay", str(db_path), number, "999,999,999,999.99", "--date", "2026-03-05")
    assert r.code == 2 and "--credit" in r.err
    assert export_of(db_path) == before
    # a little over the balance is still plain client credit
    r = cli("pay", str(db_path), number, "4900", "--date", "2026-03-05")
    assert r.code == 0 and "client credit" in r.err
    number2 = None
    with Books.open(db_path) as b:
        number2 = issue(b, "Demolition")
    r = cli("pay", str(db_path), number2, "50000", "--date", "2026-03-05", "--credit")
    assert r.code == 0, r


def test_completion_before_the_project_start_needs_a_yes(books: Books, db_path: Path, cli: Any) -> None:
    # the kitchen's deposit is planned for 2026-01-15: that is when the project starts
    with pytest.raises(NeedsConfirmation):
        milestones.complete_milestone(books, "P-001", "Demolition", date(2019, 6, 1))
    books.close()
    r = cli("complete", str(db_path), "P-001", "Demolition", "--date", "2019-06-01")
    assert r.code == 2 and "--before-start" in r.err
    r = cli("complete", str(db_path), "P-001", "Demolition", "--date", "2019-06-01", "--before-start")
    assert r.code == 0
    con = sqlite3.connect(db_path)
    assert con.execute("select completed_date from milestones where name='Demolition'").fetchone()[0] == (
        "2019-06-01"
    )
    con.close()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_window_asks_before_a_huge_credit(qtbot: Any, tmp_path: Path) -> None:
    from tests.integration_support import sample_window, select_invoice

    window, script = sample_window(qtbot, tmp_path)
    c = window.controller
    con = sqlite3.connect(tmp_path / "sample.mdesk")
    number, code = con.execute(
        "select i.number, p.code from invoices i join projects p on p.id=i.project_id "
        "where i.status='issued' and p.billing_mode='milestone' order by i.id limit 1"
    ).fetchone()
    con.close()
    select_invoice(window, code, number)
    invoice = window.invoices_pane.current()
    assert invoice is not None
    dlg = c.make_payment_dialog(invoice)
    dlg.amount.setText("999,999,999.00")
    script.answer = False
    with pytest.raises(BadInput):
        dlg.submit()
    assert len(script.questions) == 1 and "client credit" in script.questions[0]
    assert c.last_payment is None
    script.answer = True
    dlg.submit()
    assert c.last_payment is not None and c.last_payment.credit_cents > 0
    assert payments.credit_limit(100, "USD") == 100000


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_window_asks_before_a_completion_long_before_the_start(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    from tests.integration_support import sample_window

    window, script = sample_window(qtbot, tmp_path)
    c = window.controller
    con = sqlite3.connect(tmp_path / "sample.mdesk")
    code, name = con.execute(
        "select p.code, m.name from milestones m join projects p on p.id=m.project_id "
        "where m.status in ('planned','in_progress') and p.billing_mode='milestone' and p.status='active' "
        "and exists (select 1 from milestones x where x.project_id=p.id and x.planned_date is not null) "
        "order by m.id limit 1"
    ).fetchone()
    con.close()
    assert window.projects_pane.select_code(code)
    dlg = c.make_complete_dialog(name)
    dlg.date.setDate(QDate(2001, 1, 1))
    script.answer = False
    with pytest.raises(BadInput):
        dlg.submit()
    assert len(script.questions) == 1 and "2001-01-01" in script.questions[0]
    script.answer = True
    dlg.submit()
    con = sqlite3.connect(tmp_path / "sample.mdesk")
    got = con.execute(
        "select m.completed_date from milestones m join projects p on p.id=m.project_id where p.code=? and m.name=?",
        (code, name),
    ).fetchone()[0]
    con.close()
    assert got == "2001-01-01"
