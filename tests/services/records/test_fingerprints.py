"""Issue 13: every column of an issued record is proved, not only its amounts.

The issuing event carries a fingerprint of the whole row (and of its lines, receipt and payment
applications); who recorded an event is copied into the hashed event. A stamp, a date, a line's
text or a reference changed behind the program's back is reported; a change the program makes
without an event of its own (an invoice marked sent) gets an "update" event, so sound books stay
sound.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from milestone_desk.persistence.models import Invoice
from milestone_desk.services.billing import payments
from milestone_desk.services.core import audit
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries.lookup import invoice as find_invoice
from milestone_desk.services.records.queries import history
from milestone_desk.services.records.queries.check import check_report
from tests.safety_helpers import without_triggers
from tests.trust_helpers import DAY, issue


def findings(path: Path) -> list[tuple[str, str]]:
    with Books.open(path, create=False, readonly=True) as b:
        return [(f.kind, f.text) for f in check_report(b).findings]


@pytest.fixture
def paid(books: Books, db_path: Path) -> Path:
    number = issue(books, "Deposit", DAY)
    payments.record_payment(books, number, 100000, DAY, "check", "ref 1")
    books.close()
    assert findings(db_path) == []
    return db_path


EDITS = {
    "payment updated_at": "UPDATE payments SET updated_at = '2026-12-04 18:28:53.144744';",
    "payment created_at": "UPDATE payments SET created_at = '2226-12-04 18:28:53.144745';",
    "payment reference": "UPDATE payments SET reference = 'rgf 1';",
    "payment cleared": "UPDATE payments SET cleared = 1;",
    "receipt updated_at": "UPDATE receipts SET updated_at = '2026-01-01 00:00:00.000000';",
    "invoice updated_at": "UPDATE invoices SET updated_at = '2026-02-04 18:28:53.148831' WHERE id = 1;",
    "invoice description": "UPDATE invoices SET description = 'Depo3it' WHERE id = 1;",
    "invoice issue date": "UPDATE invoices SET issue_date = '2026-03-03' WHERE id = 1;",
    "invoice status": "UPDATE invoices SET status = 'paid' WHERE id = 1;",
    "invoice line text": "UPDATE invoice_lines SET description = 'Depo3it' WHERE invoice_id = 1;",
    "application amount": "UPDATE payment_applications SET amount_cents = amount_cents - 1;",
    "audit actor": "UPDATE audit_events SET actor = 'rmot' WHERE id = (SELECT max(id) FROM audit_events);",
    "audit machine": "UPDATE audit_events SET machine = 'x' WHERE id = 1;",
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_each_column_of_an_issued_record_is_proved(name: str, paid: Path) -> None:
    without_triggers(paid, EDITS[name])
    found = findings(paid)
    assert found, f"{name}: check said sound"
    assert {k for k, _ in found} & {"record-vs-audit", "audit-chain"}, found  # the proof, not luck


def test_a_change_without_its_own_event_gets_an_update_event_and_stays_sound(paid: Path) -> None:
    with Books.open(paid) as b:
        with b.write() as s:  # what the outbox does when the mail server accepts an invoice
            inv = find_invoice(s, "INV-2026-0001")
            assert isinstance(inv, Invoice)
            inv.sent_at = inv.created_at
            uuid = inv.uuid
        entries = history.record_history(b, uuid)
    assert [e.action for e in entries][-1] == "update"
    assert all("row_sha256" not in e.after and "_actor" not in e.after for e in entries)
    assert findings(paid) == []
    con = sqlite3.connect(paid)
    after = json.loads(con.execute("SELECT after FROM audit_events ORDER BY id DESC LIMIT 1").fetchone()[0])
    con.close()
    assert set(after) == {audit.ROW_KEY, *audit.WHO_KEYS}


def test_a_draft_is_not_fingerprinted_until_issued(books: Books, db_path: Path) -> None:
    issue(books, "Deposit", DAY)
    books.close()
    con = sqlite3.connect(db_path)
    kinds = [r[0] for r in con.execute("SELECT action FROM audit_events WHERE entity = 'invoice'")]
    con.close()
    assert kinds == ["issue"]
    assert findings(db_path) == []
