"""Issue 13, point 2: `check` reports every tampering done with the sqlite3 shell (≥ 12 distinct edits).

Each edit is what a forger with the file and sqlite3 would do; the careful ones drop the guard
triggers, make the change consistent everywhere, and put the very same triggers back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.services.core import audit
from tests.safety_helpers import (
    FakeKeyring,
    copy_firm,
    kinds,
    make_firm,
    sql,
    use_keyring,
    without_triggers,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def firm_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, FakeKeyring]]:
    home = tmp_path_factory.mktemp("home13")
    ring = FakeKeyring()
    mp = pytest.MonkeyPatch()
    mp.setenv("MILESTONE_DESK_HOME", str(home))
    use_keyring(mp, ring)
    template = home / "firm.mdesk"
    make_firm(template)
    mp.undo()
    yield template, home, ring


@pytest.fixture
def firm(firm_home: tuple[Path, Path, FakeKeyring], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    template, home, ring = firm_home
    monkeypatch.setenv("MILESTONE_DESK_HOME", str(home))
    use_keyring(monkeypatch, ring)
    return copy_firm(template, tmp_path / "books.mdesk")


def _recompute_chain(path: Path, edit_event: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """Rewrite the audit trail and recompute every hash and the head, as a forger with the code would."""
    con = sqlite3.connect(path)
    saved = [(n, s) for n, s in con.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")]
    con.execute("BEGIN")
    for name, _ in saved:
        con.execute(f"DROP TRIGGER {name}")
    if edit_event is not None:
        edit_event(con)
    prev = ""
    rows = con.execute(
        "SELECT id, at, entity, entity_uuid, action, before, after FROM audit_events ORDER BY id"
    )
    for eid, at, entity, uuid, action, before, after in rows.fetchall():
        stamp = datetime.fromisoformat(at).isoformat()
        digest = audit.event_hash(prev, stamp, entity, uuid, action, before, after)
        con.execute("UPDATE audit_events SET prev_hash=?, hash=? WHERE id=?", (prev, digest, eid))
        prev = digest
    count = con.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    con.execute("UPDATE settings SET value=? WHERE key='audit.head'", (f"{count}:{prev}",))
    for _, text in saved:
        con.execute(text)
    con.commit()
    con.close()


def _raise_invoice_900(path: Path) -> None:
    without_triggers(
        path,
        "UPDATE invoices SET gross_cents=gross_cents+90000, amount_due_cents=amount_due_cents+90000 "
        "WHERE number='INV-2026-0010';"
        "UPDATE invoice_lines SET amount_cents=amount_cents+90000 WHERE id=(SELECT min(id) FROM invoice_lines "
        "WHERE invoice_id=(SELECT id FROM invoices WHERE number='INV-2026-0010'));"
        "UPDATE milestones SET amount_cents=amount_cents+90000 WHERE id=(SELECT milestone_id FROM invoices "
        "WHERE number='INV-2026-0010');"
        "UPDATE projects SET contract_cents=contract_cents+90000 WHERE code='P-003';",
    )


def _do_nothing_guard(path: Path) -> None:
    sql(
        path,
        "DROP TRIGGER guard_payments_frozen;"
        "CREATE TRIGGER guard_payments_frozen BEFORE UPDATE ON payments FOR EACH ROW BEGIN SELECT 1; END;",
    )


def _payment_plus_1000(path: Path) -> None:
    without_triggers(path, "UPDATE payments SET amount_cents=amount_cents+100000 WHERE id=1;")


def _swap_receipt_pdfs(path: Path) -> None:
    without_triggers(
        path,
        "CREATE TEMP TABLE t AS SELECT id, pdf, pdf_sha256 FROM receipts WHERE id IN (1, 2);"
        "UPDATE receipts SET pdf=(SELECT pdf FROM t WHERE t.id=3-receipts.id), "
        "pdf_sha256=(SELECT pdf_sha256 FROM t WHERE t.id=3-receipts.id) WHERE id IN (1, 2);",
    )


def _payment_and_chain_recomputed(path: Path) -> None:
    def edit(con: sqlite3.Connection) -> None:
        con.execute("UPDATE payments SET amount_cents=amount_cents+100000 WHERE id=1")
        uuid = con.execute("SELECT uuid FROM payments WHERE id=1").fetchone()[0]
        eid, after = con.execute(
            "SELECT id, after FROM audit_events WHERE entity='payment' AND entity_uuid=? ORDER BY id LIMIT 1",
            (uuid,),
        ).fetchone()
        data = json.loads(after)
        data["amount"] += 100000
        con.execute(
            "UPDATE audit_events SET after=? WHERE id=?",
            (json.dumps(data, sort_keys=True, ensure_ascii=False), eid),
        )

    _recompute_chain(path, edit)


def _chain_recomputed(path: Path) -> None:
    def edit(con: sqlite3.Connection) -> None:
        con.execute("UPDATE audit_events SET at='2020-01-01 00:00:00.000000' WHERE id=3")

    _recompute_chain(path, edit)


def _flip_pdf_byte(path: Path) -> None:
    without_triggers(
        path,
        "UPDATE invoices SET pdf=CAST(replace(CAST(pdf AS TEXT), 'Invoice', 'Inv0ice') AS BLOB) "
        "WHERE number='INV-2026-0001';",
    )
    con = sqlite3.connect(path)
    # replace() on a PDF's text may not hit; make sure the bytes really changed
    pdf = con.execute("SELECT pdf FROM invoices WHERE number='INV-2026-0001'").fetchone()[0]
    con.close()
    changed = bytearray(pdf)
    changed[len(changed) // 2] ^= 0x01
    con = sqlite3.connect(path)
    saved = list(con.execute("SELECT name, sql FROM sqlite_master WHERE name='guard_invoices_frozen'"))
    con.execute("DROP TRIGGER guard_invoices_frozen")
    con.execute("UPDATE invoices SET pdf=? WHERE number='INV-2026-0001'", (bytes(changed),))
    con.execute(saved[0][1])
    con.commit()
    con.close()


def _other_pdf_with_its_fingerprint(path: Path) -> None:
    without_triggers(
        path,
        "UPDATE invoices SET pdf=(SELECT pdf FROM invoices WHERE number='INV-2026-0010'), "
        "pdf_sha256=(SELECT pdf_sha256 FROM invoices WHERE number='INV-2026-0010') WHERE number='INV-2026-0008';",
    )


def _delete_invoice(path: Path) -> None:
    without_triggers(
        path,
        "DELETE FROM payment_applications WHERE invoice_id=(SELECT id FROM invoices WHERE number='INV-2026-0017');"
        "DELETE FROM invoice_lines WHERE invoice_id=(SELECT id FROM invoices WHERE number='INV-2026-0017');"
        "DELETE FROM invoices WHERE number='INV-2026-0017';",
    )


def _renumber_invoice(path: Path) -> None:
    without_triggers(path, "UPDATE invoices SET number='INV-2026-0099' WHERE number='INV-2026-0010';")


def _cut_audit_tail(path: Path) -> None:
    def edit(con: sqlite3.Connection) -> None:
        top = con.execute("SELECT max(id) FROM audit_events").fetchone()[0]
        con.execute("DELETE FROM audit_events WHERE id > ?", (top - 2,))

    _recompute_chain(path, edit)


def _foreign_trigger(path: Path) -> None:
    sql(
        path,
        "CREATE TRIGGER skim AFTER INSERT ON payment_applications FOR EACH ROW "
        "BEGIN UPDATE payment_applications SET amount_cents = amount_cents - 1 WHERE id = NEW.id; END;",
    )


def _paid_without_payment(path: Path) -> None:
    without_triggers(path, "UPDATE invoices SET status='paid' WHERE number='INV-2026-0010';")


def _odd_billing_mode(path: Path) -> None:
    sql(path, "UPDATE projects SET billing_mode='milestoNe' WHERE code='P-001';")


def _seal_removed(path: Path) -> None:
    without_triggers(path, "DELETE FROM settings WHERE key='audit.seal';")


def _credit_note_raised(path: Path) -> None:
    without_triggers(path, "UPDATE credit_notes SET amount_cents=amount_cents+5000;")


def _receipt_renumbered(path: Path) -> None:
    without_triggers(path, "UPDATE receipts SET number='RCT-2026-0999' WHERE id=2;")


TAMPERS: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "invoice raised by $900 consistently, triggers dropped and recreated": (
        _raise_invoice_900,
        {"record-vs-audit"},
    ),
    "guard replaced by a do-nothing trigger of the same name": (_do_nothing_guard, {"guard-altered"}),
    "$1,000 added to a payment": (_payment_plus_1000, {"record-vs-audit"}),
    "two receipts' PDFs swapped with their fingerprints": (_swap_receipt_pdfs, {"record-vs-audit"}),
    "payment raised, its event edited, the whole chain recomputed": (
        _payment_and_chain_recomputed,
        {"audit-seal"},
    ),
    "the whole audit chain recomputed after editing an event": (_chain_recomputed, {"audit-seal"}),
    "a bit of a stored PDF flipped": (_flip_pdf_byte, {"pdf-damaged"}),
    "another invoice's PDF put in with its fingerprint": (
        _other_pdf_with_its_fingerprint,
        {"record-vs-audit"},
    ),
    "an issued invoice deleted": (_delete_invoice, {"records"}),
    "an issued invoice renumbered": (_renumber_invoice, {"records"}),
    "the newest audit events cut and the head moved back": (_cut_audit_tail, {"audit-seal"}),
    "a foreign trigger added": (_foreign_trigger, {"guard-foreign"}),
    "an invoice marked paid without a payment": (_paid_without_payment, {"figures"}),
    "a billing mode 'milestoNe'": (_odd_billing_mode, {"figures"}),
    "the audit seal removed": (_seal_removed, {"audit-seal"}),
    "a credit note raised": (_credit_note_raised, {"record-vs-audit"}),
    "a receipt renumbered": (_receipt_renumbered, {"record-vs-audit"}),
}


def test_the_untouched_firm_is_sound_including_change_orders_in_several_projects(
    firm: Path, cli: Any
) -> None:
    assert kinds(firm) == []
    r = cli("check", str(firm), "--json")
    assert r.code == 0, r
    assert json.loads(r.out) == {"sound": True, "findings": [], "notes": []}
    con = sqlite3.connect(firm)
    assert con.execute("SELECT count(*) FROM change_orders WHERE number=1").fetchone()[0] >= 2  # the sample company has one of its own since issue 17
    con.close()


@pytest.mark.parametrize("name", list(TAMPERS))
def test_check_reports_each_tampering(name: str, firm: Path, cli: Any) -> None:
    tamper, expected = TAMPERS[name]
    tamper(firm)
    found = set(kinds(firm))
    assert found & expected, (name, found)
    r = cli("check", str(firm), "--json")
    assert r.code == 1
    data = json.loads(r.out)
    assert data["sound"] is False and all(f["kind"] for f in data["findings"])
    assert "unexpected problem" not in r.out + r.err


def test_there_are_at_least_twelve_distinct_tamperings() -> None:
    assert len(TAMPERS) >= 12
