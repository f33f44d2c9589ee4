"""Customer statements: they balance, they state it on the page, and user text stays text."""

from __future__ import annotations

import io
import re
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from milestone_desk.documents.formats import money as pdf_money
from milestone_desk.documents.statement_pdf import balance_sentence, render_statement
from milestone_desk.domain.errors import BadInput
from milestone_desk.services.billing import balances
from milestone_desk.services.billing import credits as credits_service
from milestone_desk.services.collections.queries import statements
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import ClientSpec
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.firm import projects
from milestone_desk.services.interchange import exchange
from tests.collections_helpers import KITCHEN_MILESTONES, amount_due, issue, pay

D0 = date(2026, 1, 10)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _history(books: Books) -> dict[str, str]:
    dep = issue(books, "P-001", "Deposit", D0)
    demo = issue(books, "P-001", "Demolition", D0 + timedelta(days=30))
    rough = issue(books, "P-001", "Rough-in", D0 + timedelta(days=60))
    pay(books, dep, 485_000, D0 + timedelta(days=5))
    pay(books, demo, 300_000, D0 + timedelta(days=45))
    pay(books, rough, 2_000_000, D0 + timedelta(days=70))  # overpays: credit
    return {"dep": dep, "demo": demo, "rough": rough}


def test_balance_forward_statement_figures(books: Books) -> None:
    n = _history(books)
    stmt = statements.statement(books, "C-001", D0 + timedelta(days=20), D0 + timedelta(days=80))
    # Before the period: the deposit invoiced and paid → opening 0.
    assert stmt.opening == 0
    assert stmt.invoices == amount_due(books, n["demo"]) + amount_due(books, n["rough"])
    assert stmt.payments == 300_000 + 2_000_000
    assert stmt.credits == 0
    assert stmt.closing == stmt.invoices - stmt.payments
    assert stmt.lines[-1].balance == stmt.closing
    assert [line.kind for line in stmt.lines] == ["invoice", "payment", "invoice", "payment"]
    # open items: demolition partly paid; rough-in paid in full with credit left over
    assert [i.number for i in stmt.open_items] == [n["demo"]]
    assert stmt.unapplied_credit == 2_000_000 - amount_due(books, n["rough"])
    assert stmt.open_items_total - stmt.unapplied_credit == stmt.closing


def test_opening_balance_counts_only_before_the_period(books: Books) -> None:
    n = _history(books)
    stmt = statements.statement(books, "C-001", D0 + timedelta(days=40), D0 + timedelta(days=50))
    assert stmt.opening == amount_due(books, n["dep"]) + amount_due(books, n["demo"]) - 485_000
    assert stmt.invoices == 0 and stmt.payments == 300_000
    assert stmt.closing == stmt.opening - 300_000


def test_statement_pdf_states_the_balance_and_reads_back(
    books: Books, db_path: Path, tmp_path: Path, cli: Any
) -> None:
    n = _history(books)
    books.close()
    out = tmp_path / "stmt.pdf"
    res = cli(
        "statement", str(db_path), "C-001", "--from", "2026-01-30", "--to", "2026-03-31", "-o", str(out)
    )
    assert res.code == 0, res.err
    text = pdf_text(out.read_bytes())
    with Books.open(db_path, readonly=True) as b:
        stmt = statements.statement(b, "C-001", date(2026, 1, 30), date(2026, 3, 31))
    flat = re.sub(r"\s+", " ", text)
    assert balance_sentence(stmt) in flat
    for number in (n["demo"], n["rough"]):
        assert number in text
    for figure in (stmt.opening, stmt.invoices, stmt.payments, stmt.closing, stmt.unapplied_credit):
        assert pdf_money(figure, "USD") in text
    for line in stmt.lines:
        assert line.reference in text
        for figure in (line.balance, line.charge, line.credit):
            assert pdf_money(figure, "USD") in text
    for item in stmt.open_items:
        assert pdf_money(item.outstanding, "USD") in text and pdf_money(item.paid, "USD") in text
    assert "Maria Delgado" in text and "Open items" in text and "balance forward" in text


def test_statement_pdf_is_deterministic_and_styles_differ(books: Books) -> None:
    _history(books)
    stmt = statements.statement(books, "C-001", None, D0 + timedelta(days=90))
    assert render_statement(stmt) == render_statement(stmt)
    assert "Open items" not in pdf_text(render_statement(stmt, style="balance-forward"))
    assert "Account activity" not in pdf_text(render_statement(stmt, style="open-item"))


def test_hostile_names_print_as_text(books: Books) -> None:
    hostile = 'Smith & <b>Sons</b> <img src="/etc/passwd"/>'
    projects.update_client(books, "C-001", ClientSpec("C-001", hostile, address="1 <i>Main</i> St & Co"))
    _history(books)
    text = pdf_text(render_statement(statements.statement(books, "C-001", None, D0 + timedelta(days=90))))
    assert "Smith & <b>Sons</b>" in text
    assert "1 <i>Main</i> St & Co" in text


def test_from_after_to_is_bad_input(books: Books, db_path: Path, tmp_path: Path, cli: Any) -> None:
    books.close()
    res = cli(
        "statement",
        str(db_path),
        "C-001",
        "--from",
        "2026-05-01",
        "--to",
        "2026-04-01",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert res.code == 2 and "after" in res.err
    assert not (tmp_path / "x.pdf").exists()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    history=st.lists(
        st.tuples(
            st.integers(0, 4),
            st.integers(0, 150),
            st.lists(st.tuples(st.integers(0, 90), st.integers(1, 15_000_00)), max_size=3),
            st.one_of(st.none(), st.tuples(st.integers(0, 120), st.integers(1, 15_000_00), st.booleans())),
        ),
        min_size=1,
        max_size=5,
        unique_by=lambda t: t[0],
    ),
    window=st.tuples(st.one_of(st.none(), st.integers(-5, 250)), st.integers(0, 300)),
)
def test_property_every_statement_balances(
    tmp_path: Path, kitchen_data: dict[str, Any], history: list[Any], window: tuple[int | None, int]
) -> None:
    start, length = window
    date_from = None if start is None else D0 + timedelta(days=start)
    date_to = (date_from or D0) + timedelta(days=length)
    path = tmp_path / f"{uuid.uuid4().hex}.mdesk"
    charges: list[tuple[date, int]] = []
    receipts: list[tuple[date, int]] = []
    credits: list[tuple[date, int, bool]] = []  # (date, amount, refunded)
    with Books.open(path) as b:
        exchange.import_data(b, kitchen_data)
        for index, offset, pays, credit in history:
            on = D0 + timedelta(days=offset)
            number = issue(b, "P-001", KITCHEN_MILESTONES[index], on)
            charges.append((on, amount_due(b, number)))
            left = amount_due(b, number)
            for after, cents in pays:
                if left == 0:  # a paid invoice takes no more payments (review finding 19)
                    break
                left -= pay(b, number, cents, on + timedelta(days=after))
                receipts.append((on + timedelta(days=after), cents))
            if credit is not None:
                after, cents, refund = credit
                with b.read() as s:
                    bal = balances.balance_of(s, lookup.invoice(s, number))
                cents = min(cents, bal.paid if refund else bal.open)
                if cents > 0:
                    credit_on = on + timedelta(days=after)
                    credits_service.issue_credit_note(b, number, cents, "Price adjusted", credit_on, refund)
                    credits.append((credit_on, cents, refund))
        stmt = statements.statement(b, "C-001", date_from, date_to)

    def before(d: date) -> bool:
        return date_from is not None and d < date_from

    def within(d: date) -> bool:
        return not before(d) and d <= date_to

    assert stmt.opening == (
        sum(c for d, c in charges if before(d))
        - sum(c for d, c in receipts if before(d))
        - sum(c for d, c, refunded in credits if before(d) and not refunded)
    )
    assert stmt.invoices == sum(c for d, c in charges if within(d))
    refunds = sum(c for d, c, refunded in credits if within(d) and refunded)
    assert stmt.refunds == refunds
    assert stmt.payments == sum(c for d, c in receipts if within(d)) - refunds
    assert stmt.credits == sum(c for d, c, _r in credits if within(d))
    assert [line.kind for line in stmt.lines].count("credit") == sum(1 for d, *_ in credits if within(d))
    assert stmt.closing == stmt.opening + stmt.invoices - stmt.payments - stmt.credits
    assert stmt.closing == stmt.open_items_total - stmt.unapplied_credit
    assert (stmt.lines[-1].balance if stmt.lines else stmt.opening) == stmt.closing
    text = re.sub(r"\s+", " ", pdf_text(render_statement(stmt)))
    assert balance_sentence(stmt) in text


def _back_dated(books: Books, number: str, cents: int, day: date, tmp: Path) -> Books:
    """Books holding a payment dated before its invoice, as files written before issue 13 (which now
    refuses one) may hold: the payment is recorded on the invoice's day, its date moved in the export,
    and the export imported into a new file."""
    import json

    with books.read() as s:
        issued = lookup.invoice(s, number).issue_date
    pay(books, number, cents, issued)
    data = json.loads(exchange.export_text(books))
    data["payments"][-1]["date"] = day.isoformat()
    fresh = Books.open(tmp / f"{uuid.uuid4().hex}.mdesk")
    exchange.import_data(fresh, data)
    return fresh


def test_a_payment_dated_before_its_invoice_is_refused(books: Books) -> None:
    dep = issue(books, "P-001", "Deposit", date(2026, 3, 1))
    with pytest.raises(BadInput, match="before invoice"):
        pay(books, dep, 485_000, date(2026, 2, 20))


def test_back_dated_payment_is_credit_until_the_invoice_exists(books: Books, tmp_path: Path) -> None:
    from milestone_desk.services.collections.queries import aging

    dep = issue(books, "P-001", "Deposit", date(2026, 3, 1))
    books = _back_dated(books, dep, 485_000, date(2026, 2, 20), tmp_path)  # cheque dated before the invoice
    between = date(2026, 2, 25)
    report = aging.aging(books, between)
    assert report.total.total == 0 and report.total.credit == 485_000
    stmt = statements.statement(books, "C-001", None, between)
    assert stmt.closing == -485_000 == stmt.open_items_total - stmt.unapplied_credit
    after = statements.statement(books, "C-001", None, date(2026, 3, 5))
    assert after.closing == 0 and after.unapplied_credit == 0 and after.open_items == []
