"""Issued records are frozen in the services AND in the file itself (SQLite triggers); `check`
finds tampering, numbering gaps, duplicates and foreign-key faults (issue 6)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence import sqlite_guards
from milestone_desk.persistence.models import AuditEvent, Invoice, Payment, Receipt
from milestone_desk.services.billing import credits, payments
from milestone_desk.services.core import frozen
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.records.queries.check import check_books
from tests.trust_helpers import DAY, export_of, issue


@pytest.fixture
def filled(books: Books, db_path: Path) -> dict[str, str]:
    """Kitchen job with two invoices, a payment with receipt and a credit note; books closed."""
    a = issue(books, "Deposit")
    b = issue(books, "Demolition")
    receipt = payments.record_payment(books, a, 4850_00, DAY).receipt_number
    cn = credits.issue_credit_note(books, b, 100_00, "Goodwill", DAY)
    books.close()
    return {"a": a, "b": b, "receipt": receipt, "cn": cn}


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _copy_without_guards(src: Path, dst: Path) -> sqlite3.Connection:
    """A copy of a closed file with its triggers removed: what a tamperer with sqlite3 could do."""
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst, isolation_level=None)
    for name in sqlite_guards.GUARDS:
        conn.execute(f"DROP TRIGGER {name}")
    return conn


def _reguard(conn: sqlite3.Connection) -> None:
    for name in sqlite_guards.GUARDS:
        conn.execute(sqlite_guards.trigger_sql(name))
    conn.close()


FORBIDDEN = [
    "UPDATE invoices SET amount_due_cents = amount_due_cents - 100 WHERE number = '{a}'",
    "UPDATE invoices SET gross_cents = 1 WHERE number = '{a}'",
    "UPDATE invoices SET number = 'INV-X' WHERE number = '{a}'",
    "UPDATE invoices SET issue_date = '2026-01-01' WHERE number = '{a}'",
    "UPDATE invoices SET due_date = '2027-01-01' WHERE number = '{a}'",
    "UPDATE invoices SET project_id = project_id + 1 WHERE number = '{a}'",
    "DELETE FROM invoices WHERE number = '{b}'",
    "UPDATE invoice_lines SET amount_cents = 1",
    "DELETE FROM invoice_lines",
    "DELETE FROM receipts",
    "UPDATE receipts SET number = 'R-1'",
    "UPDATE receipts SET issue_date = '2020-01-01'",
    "DELETE FROM credit_notes",
    "UPDATE credit_notes SET amount_cents = 1",
    "UPDATE credit_notes SET kind = 'refunded'",
    "DELETE FROM payments",
    "UPDATE payments SET amount_cents = 1",
    "UPDATE payments SET date = '2020-01-01'",
    "DELETE FROM payment_applications",
    "UPDATE payment_applications SET amount_cents = 1",
    "DELETE FROM audit_events",
    "UPDATE audit_events SET after = '{{}}'",
    "DELETE FROM document_numbers",
    "UPDATE document_numbers SET seq = 99",
    "UPDATE number_counters SET next_value = 1",
    "DELETE FROM number_counters",
]


@pytest.mark.parametrize("sql", FORBIDDEN)
def test_raw_sql_cannot_change_issued_records(filled: dict[str, str], db_path: Path, sql: str) -> None:
    before = export_of(db_path)
    conn = _raw(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="Milestone Desk: "):
        conn.execute(sql.format(**filled))
    conn.close()
    assert export_of(db_path) == before


def test_raw_sql_allowed_changes(filled: dict[str, str], db_path: Path) -> None:
    conn = _raw(db_path)
    a = filled["a"]
    conn.execute("UPDATE invoices SET sent_at = '2026-03-03 10:00:00' WHERE number = ?", (a,))
    # the frozen PDF is set once, at issue, in the issuing transaction: never again
    assert conn.execute("SELECT pdf IS NOT NULL FROM invoices WHERE number = ?", (a,)).fetchone() == (1,)
    with pytest.raises(sqlite3.IntegrityError, match="cannot be edited"):
        conn.execute("UPDATE invoices SET pdf = x'00' WHERE number = ?", (a,))
    conn.execute("UPDATE payments SET cleared = 1, cleared_date = '2026-03-04'")
    with pytest.raises(sqlite3.IntegrityError, match="a receipt cannot be edited"):
        conn.execute("UPDATE receipts SET pdf = x'25504446'")
    with pytest.raises(sqlite3.IntegrityError, match="a receipt cannot be edited"):
        conn.execute("UPDATE receipts SET pdf = NULL")
    # a draft (no number) is still editable and deletable
    conn.execute(
        "INSERT INTO invoices (project_id, kind, series, status, description, gross_cents, tax_cents, "
        "retainage_cents, deposit_applied_cents, amount_due_cents, uuid, created_at, updated_at) "
        "VALUES (1, 'milestone', 'invoice', 'draft', 'd', 5, 0, 0, 0, 5, 'draft-uuid', "
        "'2026-03-01', '2026-03-01')"
    )
    conn.execute("UPDATE invoices SET amount_due_cents = 7, gross_cents = 7 WHERE uuid = 'draft-uuid'")
    conn.execute("DELETE FROM invoices WHERE uuid = 'draft-uuid'")
    conn.execute("UPDATE number_counters SET next_value = next_value + 0")
    conn.close()


def test_void_fields_are_set_once(filled: dict[str, str], db_path: Path) -> None:
    conn = _raw(db_path)
    conn.execute(
        "UPDATE invoices SET status = 'void', void_reason = 'x', voided_at = '2026-03-03' WHERE number = ?",
        (filled["b"],),
    )
    for sql in (
        "UPDATE invoices SET status = 'issued' WHERE number = ?",
        "UPDATE invoices SET void_reason = 'y' WHERE number = ?",
        "UPDATE invoices SET voided_at = NULL WHERE number = ?",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="cannot be edited"):
            conn.execute(sql, (filled["b"],))
    conn.close()


def test_services_refuse_to_edit_or_delete(filled: dict[str, str], db_path: Path) -> None:
    before = export_of(db_path)
    with Books.open(db_path) as books:
        with pytest.raises(BadInput, match="is issued and cannot be edited; record a credit note"):
            with books.write() as s:
                lookup.invoice(s, filled["a"]).amount_due_cents += 1
        with pytest.raises(BadInput, match="is issued and cannot be deleted"):
            with books.write() as s:
                inv = lookup.invoice(s, filled["b"])
                s.delete(inv)
        inv_id = 0
        with books.read() as s:
            inv_id = lookup.invoice(s, filled["a"]).id
        with pytest.raises(BadInput, match="is issued and cannot be deleted"):
            frozen.delete_draft_invoice(books, inv_id)
        for model, sentence in (
            (Receipt, "A receipt cannot be deleted"),
            (Payment, "A recorded payment cannot be deleted"),
            (AuditEvent, "The audit trail is append-only"),
        ):
            with pytest.raises(BadInput, match=sentence):
                with books.write() as s:
                    s.delete(s.query(model).first())
        with pytest.raises(BadInput, match="amount, date and client of a recorded payment"):
            with books.write() as s:
                s.query(Payment).one().amount_cents = 1
        with pytest.raises(BadInput, match="append-only"):
            with books.write() as s:
                s.query(AuditEvent).first().action = "forged"  # type: ignore[union-attr]
        # allowed: marking sent; the PDF was stored once, at issue, and stays as it is
        with books.write() as s:
            inv = s.query(Invoice).filter_by(number=filled["a"]).one()
            assert inv.pdf is not None and inv.pdf_sha256 is not None
            inv.sent_at = datetime(2026, 3, 3, 10, 0)
        with pytest.raises(BadInput, match="cannot be edited"):
            with books.write() as s:
                s.query(Invoice).filter_by(number=filled["a"]).one().pdf = b"%PDF-2"
        assert check_books(books) == []
    # The export now carries sent_at (review finding 11): the one allowed change shows, nothing else.
    after = export_of(db_path)
    assert '"sent_at": "2026-03-03T10:00:00"' in after
    assert after.replace('"sent_at": "2026-03-03T10:00:00"', '"sent_at": null') == before


def test_draft_invoice_can_be_deleted(books: Books) -> None:
    with books.write() as s:
        project = lookup.project(s, "P-001")
        draft = Invoice(project=project, kind="milestone", status="draft", description="draft")
        s.add(draft)
        s.flush()
        draft_id = draft.id
    frozen.delete_draft_invoice(books, draft_id)
    with books.read() as s:
        assert s.get(Invoice, draft_id) is None


# --------------------------------------------------------------------------- check
def test_tampered_audit_event_is_found(
    filled: dict[str, str], db_path: Path, tmp_path: Path, cli: Any
) -> None:
    assert cli("check", str(db_path)).code == 0
    copy = tmp_path / "tampered.mdesk"
    conn = _copy_without_guards(db_path, copy)
    conn.execute("UPDATE audit_events SET after = replace(after, '485000', '48500') WHERE action = 'record'")
    assert conn.total_changes == 1
    _reguard(conn)
    r = cli("check", str(copy))
    assert r.code == 1
    assert "does not match the chain; the trail was altered." in r.out
    assert "problem(s) found" in r.err
    assert cli("check", str(db_path)).code == 0


def test_stripped_guards_are_reported(
    filled: dict[str, str], db_path: Path, tmp_path: Path, cli: Any
) -> None:
    copy = tmp_path / "stripped.mdesk"
    _copy_without_guards(db_path, copy).close()
    r = cli("check", str(copy))
    assert r.code == 1 and "protection of issued records is missing" in r.out


def test_deleted_invoice_shows_as_numbering_gap(
    filled: dict[str, str], db_path: Path, tmp_path: Path, cli: Any
) -> None:
    copy = tmp_path / "gap.mdesk"
    conn = _copy_without_guards(db_path, copy)
    # the Rough-in invoice is issued (INV-2026-0003) and then deleted behind the app's back
    conn.close()
    with Books.open(copy) as b:
        third = issue(b, "Rough-in")
    conn = sqlite3.connect(copy, isolation_level=None)
    for name in sqlite_guards.GUARDS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute(
        "DELETE FROM invoice_lines WHERE invoice_id = (SELECT id FROM invoices WHERE number = ?)", (third,)
    )
    conn.execute("DELETE FROM invoices WHERE number = ?", (third,))
    _reguard(conn)
    r = cli("check", str(copy))
    assert r.code == 1
    assert f"Numbering gap: invoice {third} was issued but no document carries it" in r.out
    # remove its register row too: the counter still shows the gap
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("DROP TRIGGER guard_document_numbers_no_delete")
    conn.execute("DELETE FROM document_numbers WHERE number = ?", (third,))
    _reguard(conn)
    r = cli("check", str(copy))
    assert r.code == 1
    assert "Numbering gap in the invoice series of 2026: INV-2026-0003 missing." in r.out
    # even with the counter wound back, the audit trail still names the deleted invoice
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("DROP TRIGGER guard_number_counters_no_rewind")
    conn.execute("UPDATE number_counters SET next_value = 3 WHERE series = 'invoice'")
    _reguard(conn)
    r = cli("check", str(copy))
    assert r.code == 1
    assert "Numbering gap" not in r.out
    assert f"The audit trail records invoice {third}, but it is no longer in the books." in r.out


def test_duplicate_numbers_and_foreign_key_faults_are_found(
    filled: dict[str, str], db_path: Path, tmp_path: Path, cli: Any
) -> None:
    copy = tmp_path / "dup.mdesk"
    conn = _copy_without_guards(db_path, copy)
    conn.execute("UPDATE credit_notes SET number = ?", (filled["receipt"],))
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO payment_applications (payment_id, invoice_id, amount_cents) VALUES (1, 999, 5)")
    _reguard(conn)
    r = cli("check", str(copy))
    assert r.code == 1
    assert f"The number {filled['receipt']} is carried by 2 documents; numbers must be unique." in r.out
    assert "Table payment_applications row" in r.out and "points to a missing invoices record" in r.out
    assert f"Numbering gap: credit note {filled['cn']} was issued but no document carries it" in r.out


def test_counter_rewound_is_found(filled: dict[str, str], db_path: Path, tmp_path: Path, cli: Any) -> None:
    copy = tmp_path / "rewind.mdesk"
    conn = _copy_without_guards(db_path, copy)
    conn.execute("UPDATE number_counters SET next_value = 1 WHERE series = 'invoice'")
    _reguard(conn)
    r = cli("check", str(copy))
    assert r.code == 1 and "The invoice counter of 2026 is behind the numbers already issued." in r.out


def test_bulk_sql_through_the_app_gets_a_sentence(filled: dict[str, str], db_path: Path) -> None:
    """A bulk UPDATE skips the ORM's checks; the trigger still refuses, with a sentence, not a traceback."""
    from sqlalchemy import delete, update

    from milestone_desk.domain.errors import BooksError

    before = export_of(db_path)
    with Books.open(db_path) as books:
        with pytest.raises(BooksError) as err:
            with books.write() as s:
                s.execute(update(Invoice).values(amount_due_cents=1))
        assert str(err.value) == (
            "An issued invoice cannot be edited; record a credit note instead (nothing was changed)."
        )
        with pytest.raises(BooksError, match=r"^A receipt cannot be deleted \(nothing was changed\)\.$"):
            with books.write() as s:
                s.execute(delete(Receipt))
    assert export_of(db_path) == before


def test_real_process_exit_codes(filled: dict[str, str], db_path: Path) -> None:
    from tests.conftest import run_cli_process

    before = export_of(db_path)
    r = run_cli_process("void", str(db_path), filled["a"], "--reason", "Wrong")
    assert r.returncode == 2 and "record a credit note or refund instead" in r.stderr
    assert "Traceback" not in r.stderr
    r = run_cli_process(
        "credit", str(db_path), filled["b"], "10.00", "--reason", "Goodwill", "--date", "2026-03-09"
    )
    assert (r.returncode, r.stdout, r.stderr) == (0, "CN-2026-0002\n", "")
    assert export_of(db_path) != before
