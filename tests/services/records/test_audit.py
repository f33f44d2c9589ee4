"""Every money-bearing record has audit events (UTC time, what, before/after), also after import."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from milestone_desk.services.billing import credits, payments, voiding
from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records.queries.check import check_books
from tests.trust_helpers import DAY, issue

TABLES = ("company", "clients", "projects", "invoices", "payments", "credit_notes")


def _uncovered(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    audited = {row[0] for row in conn.execute("SELECT entity_uuid FROM audit_events")}
    missing = [
        f"{table}:{uuid}"
        for table in TABLES
        for (uuid,) in conn.execute(f"SELECT uuid FROM {table}")
        if uuid not in audited
    ]
    conn.close()
    return missing


def _activity(books: Books) -> None:
    a = issue(books, "Deposit")
    b = issue(books, "Demolition")
    c = issue(books, "Rough-in")
    payments.record_payment(books, a, 4850_00, DAY)
    credits.issue_credit_note(books, a, 50_00, "Overcharge", DAY, refund=True)
    credits.issue_credit_note(books, b, 11_25, "Goodwill", DAY)
    voiding.void_invoice(books, c, "Issued too early")


def test_every_money_bearing_record_has_events_in_utc(books: Books, db_path: Path, tmp_path: Path) -> None:
    started = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    _activity(books)
    assert _uncovered(db_path) == []
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT at, entity, action, before, after FROM audit_events ORDER BY id").fetchall()
    conn.close()
    for at, _entity, _action, before, after in rows:
        when = datetime.fromisoformat(at)
        assert started - timedelta(seconds=2) <= when <= datetime.now(UTC).replace(tzinfo=None)
        for text in (before, after):
            assert text == "" or isinstance(json.loads(text), dict)
    actions = {(e, a) for _at, e, a, _b, _af in rows}
    for wanted in (
        ("invoice", "issue"),
        ("invoice", "payment"),
        ("invoice", "credit"),
        ("invoice", "void"),
        ("payment", "record"),
        ("credit_note", "issue"),
        ("milestone", "complete"),
        ("milestone", "invoice_voided"),
    ):
        assert wanted in actions
    # the same books imported elsewhere: every imported record gets its own event too
    copy_path = tmp_path / "copy.mdesk"
    with Books.open(copy_path) as copy:
        exchange.import_data(copy, exchange.export_data(books))
        assert check_books(copy) == []
    assert _uncovered(copy_path) == []
