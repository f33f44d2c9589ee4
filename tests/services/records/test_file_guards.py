"""Tamper detection (findings 7/9, 11): the file refuses what the services refuse; check sees the rest."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import KITCHEN
from tests.paths import SAMPLES

SAMPLE = SAMPLES / "0004.mdesk"


def _db(tmp_path: Path, cli: Any, data: Any = None) -> str:
    src = tmp_path / "k.json"
    src.write_text(json.dumps(data or KITCHEN))
    db = str(tmp_path / "k.mdesk")
    assert cli("import", db, str(src)).code == 0
    return db


def _issued(tmp_path: Path, cli: Any) -> tuple[str, str]:
    db = _db(tmp_path, cli)
    assert cli("complete", db, "P-001", "Demolition", "--date", "2026-02-01").code == 0
    inv = cli("issue", db, "P-001", "Demolition", "--date", "2026-02-01").out.strip()
    return db, inv


def test_an_issued_invoice_moves_only_among_issued_states(tmp_path: Path, cli: Any) -> None:
    db, inv = _issued(tmp_path, cli)
    con = sqlite3.connect(db)
    for status in ("draft", "bogus"):
        with pytest.raises(sqlite3.DatabaseError):
            con.execute("update invoices set status = ? where number = ?", (status, inv))
    con.execute("update invoices set status = 'paid' where number = ?", (inv,))  # legal moves stay open
    con.execute("update invoices set status = 'partially_paid' where number = ?", (inv,))
    con.rollback()
    con.close()


def test_lines_cannot_be_added_to_an_issued_invoice(tmp_path: Path, cli: Any) -> None:
    db, inv = _issued(tmp_path, cli)
    con = sqlite3.connect(db)
    (inv_id,) = con.execute("select id from invoices where number = ?", (inv,)).fetchone()
    with pytest.raises(sqlite3.DatabaseError):
        con.execute(
            "insert into invoice_lines (invoice_id, position, kind, description, amount_cents, uuid, "
            "created_at, updated_at) values (?, 9, 'work', 'extra', 100, 'x', '2026-01-01', '2026-01-01')",
            (inv_id,),
        )
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("update invoice_lines set amount_cents = 1 where invoice_id = ?", (inv_id,))
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("update invoices set issue_date = '2020-01-01' where id = ?", (inv_id,))
    con.close()


def _progress(tmp_path: Path, cli: Any) -> str:
    data = {
        "format": "milestone-desk/1",
        "company": {"name": "Co", "currency": "USD"},
        "clients": [{"code": "C", "name": "c"}],
        "projects": [
            {
                "code": "W",
                "client": "C",
                "name": "w",
                "contract_sum": "1000.00",
                "retainage_percent": "10",
                "billing": "progress",
                "schedule_of_values": [{"name": "Work", "value": "1000.00"}],
            }
        ],
    }
    db = _db(tmp_path, cli, data)
    assert cli("payapp", db, "W", "--to", "2026-02-28", "--work", "Work=500.00").code == 0
    return db


def test_issued_lien_waivers_are_guarded(tmp_path: Path, cli: Any) -> None:
    db = _progress(tmp_path, cli)
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from lien_waivers").fetchone()[0] >= 1
    for sql in (
        "delete from lien_waivers",
        "update lien_waivers set amount_cents = 1",
        "update lien_waivers set kind = 'unconditional_progress'",
        "update lien_waivers set pdf = x'00'",
    ):
        with pytest.raises(sqlite3.DatabaseError):
            con.execute(sql)
    con.close()


@pytest.mark.parametrize("removed", [1, 2, 3])
def test_check_sees_a_cut_audit_trail(tmp_path: Path, cli: Any, removed: int) -> None:
    db, inv = _issued(tmp_path, cli)
    assert cli("pay", db, inv, "100.00").code == 0
    assert cli("check", db).code == 0
    con = sqlite3.connect(db)
    trigger = con.execute(
        "select sql from sqlite_master where name = 'guard_audit_events_no_delete'"
    ).fetchone()[0]
    con.execute("drop trigger guard_audit_events_no_delete")
    con.execute("delete from audit_events where id > (select max(id) - ? from audit_events)", (removed,))
    con.execute(trigger)
    con.commit()
    con.close()
    res = cli("check", db)
    assert res.code == 1 and "audit trail" in res.out + res.err


def test_an_older_file_gets_the_new_guards_when_opened(tmp_path: Path, cli: Any) -> None:
    work = tmp_path / "old.mdesk"
    shutil.copyfile(SAMPLE, work)
    assert cli("check", str(work)).code in (0, 1)
    from milestone_desk.persistence import schema
    from milestone_desk.services.core.books import Books

    Books.open(work).close()
    con = sqlite3.connect(work)
    names = {r[0] for r in con.execute("select name from sqlite_master where type = 'trigger'")}
    (version,) = con.execute("select version_num from alembic_version").fetchone()
    con.close()
    assert version == schema.HEAD  # 0007 when this was written; 1901 (e-invoices) since
    assert {
        "guard_invoices_status",
        "guard_invoice_lines_no_insert",
        "guard_lien_waivers_frozen",
        "guard_einvoice_files_frozen",
    } <= names


def test_the_audit_head_cannot_be_removed_or_rewound(tmp_path: Path, cli: Any) -> None:
    db, _ = _issued(tmp_path, cli)
    con = sqlite3.connect(db)
    assert con.execute("select value from settings where key = 'audit.head'").fetchone() is not None
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("delete from settings where key = 'audit.head'")
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("update settings set value = '1:x' where key = 'audit.head'")
    con.close()
