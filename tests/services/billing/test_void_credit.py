"""Void and credit notes: rules, sentences, exit codes, balances, export round trip (issue 6)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.domain.errors import BadInput
from milestone_desk.services.billing import credits, invoicing, payments, voiding
from milestone_desk.services.collections.queries import ledger
from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records.queries.check import check_books
from milestone_desk.services.records.queries.history import invoice_history, record_history
from tests.trust_helpers import DAY, export_of, issue

# Kitchen job: Deposit 4,850.00 (no retainage); Demolition 7,275.00 gross, 5 % retainage → 6,911.25 due.


def _ledger_row(books: Books) -> dict[str, Any]:
    return ledger.ledger(books, "P-001")[0]


def _milestone(books: Books, name: str) -> dict[str, Any]:
    return next(m for m in _ledger_row(books)["milestones"] if m["name"] == name)


# --------------------------------------------------------------------------- void
def test_void_keeps_number_frees_milestone_and_reissue_takes_next_number(books: Books) -> None:
    number = issue(books, "Demolition")
    voiding.void_invoice(books, number, "  Billed before the work was signed off  ")
    view = invoicing.invoice_view(books, number)
    assert view.number == number == "INV-2026-0001"
    assert view.status == "void"
    assert view.void_reason == "Billed before the work was signed off"
    assert _milestone(books, "Demolition") == {
        "name": "Demolition",
        "amount": "7275.00",
        "status": "completed",
        "invoice": None,
    }
    with books.read() as s:
        from milestone_desk.services.core.queries import lookup

        inv = lookup.invoice(s, number)
        assert inv.voided_at is not None
    row = _ledger_row(books)
    assert row["billed"] == "0.00" and row["outstanding"] == "0.00"
    again = invoicing.issue_invoice(books, "P-001", "Demolition", DAY)
    assert again == "INV-2026-0002"
    assert check_books(books) == []


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_void_needs_a_reason(books: Books, reason: str) -> None:
    number = issue(books, "Deposit")
    with pytest.raises(BadInput, match="needs a reason"):
        voiding.void_invoice(books, number, reason)
    assert invoicing.invoice_view(books, number).status == "issued"


def test_void_refused_when_paid_names_credit_note_or_refund(books: Books) -> None:
    number = issue(books, "Deposit")
    payments.record_payment(books, number, 100_00, DAY)
    with pytest.raises(BadInput) as err:
        voiding.void_invoice(books, number, "Wrong client")
    assert str(err.value) == (
        f"Invoice {number} has payments applied, so it cannot be voided; "
        "record a credit note or refund instead."
    )


def test_void_twice_and_void_with_credit_are_refused(books: Books) -> None:
    a = issue(books, "Deposit")
    voiding.void_invoice(books, a, "Duplicate")
    with pytest.raises(BadInput, match="already void"):
        voiding.void_invoice(books, a, "Again")
    b = issue(books, "Demolition")
    credits.issue_credit_note(books, b, 10_00, "Goodwill", DAY)
    with pytest.raises(BadInput, match="already has credit notes"):
        voiding.void_invoice(books, b, "Oops")
    with pytest.raises(BadInput, match="is void; a void invoice takes no credit note"):
        credits.issue_credit_note(books, a, 10_00, "Goodwill", DAY)
    with pytest.raises(BadInput, match="is void; it cannot take a payment"):
        payments.record_payment(books, a, 10_00, DAY)


# --------------------------------------------------------------------------- credit notes
def test_partial_credit_lowers_balance_and_outstanding(books: Books) -> None:
    number = issue(books, "Demolition")
    cn = credits.issue_credit_note(books, number, 911_25, "Debris haul not needed", DAY)
    assert cn == "CN-2026-0001"
    view = invoicing.invoice_view(books, number)
    assert (view.amount_due_cents, view.paid_cents, view.credited_cents) == (691125, 0, 91125)
    assert view.balance_cents == 600000
    assert view.status == "issued"
    row = _ledger_row(books)
    assert row["paid"] == "0.00"
    assert row["outstanding"] == "6000.00"
    receipt = payments.record_payment(books, number, 7000_00, DAY)
    assert receipt.applied_cents == 6000_00 and receipt.credit_cents == 1000_00
    assert invoicing.invoice_view(books, number).status == "paid"
    assert _milestone(books, "Demolition")["status"] == "paid"
    assert _ledger_row(books)["outstanding"] == "0.00"
    assert check_books(books) == []


def test_full_credit_marks_invoice_and_milestone_paid(books: Books) -> None:
    number = issue(books, "Deposit")
    credits.issue_credit_note(books, number, 4850_00, "Deposit waived", DAY)
    assert invoicing.invoice_view(books, number).status == "paid"
    assert _milestone(books, "Deposit")["status"] == "paid"
    assert _ledger_row(books)["outstanding"] == "0.00"
    assert check_books(books) == []


def test_refund_leaves_balance_and_needs_money_paid(books: Books) -> None:
    number = issue(books, "Deposit")
    with pytest.raises(BadInput) as err:
        credits.issue_credit_note(books, number, 10_00, "Refund", DAY, refund=True)
    assert str(err.value) == (
        f"Only 0.00 USD was paid on invoice {number} and not yet refunded; a refund cannot be more."
    )
    payments.record_payment(books, number, 4850_00, DAY)
    with pytest.raises(BadInput) as err:
        credits.issue_credit_note(books, number, 10_00, "Overcharge", DAY)
    assert str(err.value) == f"Invoice {number} is fully paid; record the credit as a refund (--refund)."
    cn = credits.issue_credit_note(books, number, 350_00, "Overcharge", DAY, refund=True)
    assert cn == "CN-2026-0001"
    view = invoicing.invoice_view(books, number)
    assert view.status == "paid" and view.balance_cents == 0
    assert _ledger_row(books)["outstanding"] == "0.00"
    notes = credits.list_credit_notes(books, number)
    assert [(n.number, n.kind, n.amount_cents, n.reason) for n in notes] == [
        ("CN-2026-0001", "refunded", 35000, "Overcharge")
    ]
    with pytest.raises(BadInput, match=r"only 4,500.00 USD left to credit"):
        credits.issue_credit_note(books, number, 4600_00, "Too much", DAY, refund=True)
    assert check_books(books) == []


def test_credit_above_balance_and_bad_amounts_refused(books: Books) -> None:
    number = issue(books, "Deposit")
    payments.record_payment(books, number, 4000_00, DAY)
    with pytest.raises(BadInput) as err:
        credits.issue_credit_note(books, number, 900_00, "Too much", DAY)
    assert str(err.value) == (
        f"Invoice {number} has only 850.00 USD left to pay; credit at most that, "
        "or record the rest as a refund (--refund)."
    )
    with pytest.raises(BadInput, match="more than zero"):
        credits.issue_credit_note(books, number, 0, "Zero", DAY)
    with pytest.raises(BadInput, match="needs a reason"):
        credits.issue_credit_note(books, number, 1_00, " ", DAY)
    with pytest.raises(BadInput, match="cannot be dated before its invoice"):
        credits.issue_credit_note(books, number, 1_00, "Early", date(2026, 3, 1))
    with pytest.raises(BadInput, match="no issued invoice numbered"):
        credits.issue_credit_note(books, "INV-1999-0001", 1_00, "Nope", DAY)


# --------------------------------------------------------------------------- CLI
def _pay(cli: Any, db: Path, number: str, amount: str) -> None:
    assert cli("pay", str(db), number, amount, "--date", "2026-03-02").code == 0


def test_cli_void_and_credit_contract(books: Books, db_path: Path, cli: Any) -> None:
    a = issue(books, "Deposit")
    b = issue(books, "Demolition")
    books.close()
    db = str(db_path)
    r = cli("credit", db, b, "500.00", "--reason", "Scope reduced", "--date", "2026-03-05")
    assert (r.code, r.out, r.err) == (0, "CN-2026-0001\n", "")
    _pay(cli, db_path, a, "4850.00")
    r = cli("credit", db, a, "50", "--reason", "Overcharge", "--refund")
    assert (r.code, r.out.strip(), r.err) == (0, "CN-2026-0002", "")
    r = cli("void", db, b, "--reason", "Wrong job")
    assert r.code == 2 and "already has credit notes" in r.err
    c = None
    with Books.open(db_path) as again:
        c = issue(again, "Rough-in")
    r = cli("void", db, c, "--reason", "Issued twice by mistake")
    assert (r.code, r.err) == (0, "")
    assert r.out == f"Invoice {c} is void.\n"
    r = cli("check", db)
    assert r.code == 0, r.out
    data = json.loads(cli("export", db).out)
    assert [(n["number"], n["invoice"], n["kind"], n["amount"]) for n in data["credit_notes"]] == [
        ("CN-2026-0001", b, "applied", "500.00"),
        ("CN-2026-0002", a, "refunded", "50.00"),
    ]
    voided = next(i for i in data["projects"][0]["invoices"] if i["number"] == c)
    assert voided["status"] == "void" and voided["void_reason"] == "Issued twice by mistake"
    assert voided["voided_at"] is not None


REFUSED = [
    (("void", "{db}", "{paid}", "--reason", "x"), 2, "record a credit note or refund instead"),
    (("void", "{db}", "{open}"), 2, "required: --reason"),
    (("void", "{db}", "{open}", "--reason", "  "), 2, "needs a reason"),
    (("void", "{db}", "INV-2030-0001", "--reason", "x"), 2, "no issued invoice numbered"),
    (("credit", "{db}", "{open}", "10", "--reason", ""), 2, "needs a reason"),
    (("credit", "{db}", "{open}", "0", "--reason", "x"), 2, "more than zero"),
    (("credit", "{db}", "{open}", "ten", "--reason", "x"), 2, ""),
    (("credit", "{db}", "{open}", "10"), 2, "required: --reason"),
    (("credit", "{db}", "{open}", "999999", "--reason", "x"), 2, "left to credit"),
    (("credit", "{db}", "{paid}", "1", "--reason", "x"), 2, "fully paid"),
    (("credit", "{db}", "{open}", "1", "--reason", "x", "--refund"), 2, "a refund cannot be more"),
    (("credit", "{db}", "{open}", "1", "--reason", "x", "--date", "2020-01-01"), 2, "before its invoice"),
    (("credit", "{db}", "{open}", "1", "--reason", "x", "--date", "someday"), 2, "is not a date"),
    (("credit", "{db}.missing", "{open}", "1", "--reason", "x"), 2, "no company file"),
]


@pytest.mark.parametrize(("argv", "code", "sentence"), REFUSED)
def test_refused_commands_leave_export_unchanged(
    books: Books, db_path: Path, cli: Any, argv: tuple[str, ...], code: int, sentence: str
) -> None:
    paid = issue(books, "Deposit")
    payments.record_payment(books, paid, 4850_00, DAY)
    opened = issue(books, "Demolition")
    books.close()
    before = export_of(db_path)
    args = [a.format(db=db_path, paid=paid, open=opened) for a in argv]
    r = cli(*args)
    assert r.code == code
    assert r.out == ""
    assert sentence in r.err
    assert len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err
    assert export_of(db_path) == before
    assert not Path(f"{db_path}.missing").exists()


# --------------------------------------------------------------------------- round trip, history
def test_export_import_round_trip_with_void_and_credits(books: Books, tmp_path: Path) -> None:
    a = issue(books, "Deposit")
    payments.record_payment(books, a, 4850_00, DAY)
    credits.issue_credit_note(books, a, 100_00, "Overcharge", DAY, refund=True)
    b = issue(books, "Demolition")
    credits.issue_credit_note(books, b, 911_25, "Debris haul not needed", DAY)
    c = issue(books, "Rough-in")
    voiding.void_invoice(books, c, "Wrong amount")
    first = exchange.export_text(books)
    with Books.open(tmp_path / "copy.mdesk") as copy:
        exchange.import_data(copy, json.loads(first))
        assert exchange.export_text(copy) == first
        assert check_books(copy) == []
        assert ledger.ledger(copy) == ledger.ledger(books)
        # the counters continue after imported numbers
        assert credits.issue_credit_note(copy, b, 1_00, "More", DAY) == "CN-2026-0003"


def test_import_refuses_credit_above_balance(books: Books, tmp_path: Path) -> None:
    b = issue(books, "Demolition")
    credits.issue_credit_note(books, b, 911_25, "Debris", DAY)
    data = json.loads(exchange.export_text(books))
    data["credit_notes"][0]["amount"] = "9000.00"
    with Books.open(tmp_path / "copy.mdesk") as copy:
        with pytest.raises(BadInput, match="credited above its amount due"):
            exchange.import_data(copy, data)
    data["credit_notes"][0]["amount"] = "911.25"
    data["projects"][0]["invoices"][0]["status"] = "void"
    with Books.open(tmp_path / "copy2.mdesk") as copy:
        with pytest.raises(BadInput, match="void invoice needs a void_reason"):
            exchange.import_data(copy, data)


def test_history_of_an_invoice_lists_issue_payment_credit(books: Books) -> None:
    number = issue(books, "Demolition")
    payments.record_payment(books, number, 1000_00, DAY)
    cn = credits.issue_credit_note(books, number, 11_25, "Rounding goodwill", DAY)
    entries = invoice_history(books, number)
    assert [e.action for e in entries] == ["issue", "payment", "credit"]
    assert all(e.entity == "invoice" for e in entries)
    assert entries[1].before == {"status": "issued", "balance": 691125}
    assert entries[1].after["status"] == "partially_paid" and entries[1].after["balance"] == 591125
    assert entries[2].after["credit_note"] == cn and entries[2].after["balance"] == 590000
    assert ("balance", 591125, 590000) in entries[2].changes()
    note = credits.list_credit_notes(books, number)[0]
    assert [e.action for e in record_history(books, note.uuid)] == ["issue"]
    assert record_history(books, "no-such-uuid") == []
