"""Records refuse what would break the books (findings 12, 13, 14, 19)."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

from tests.conftest import KITCHEN


def _db(tmp_path: Path, cli: Any, data: Any = None) -> str:
    src = tmp_path / "k.json"
    src.write_text(json.dumps(data or KITCHEN))
    db = str(tmp_path / "k.mdesk")
    res = cli("import", db, str(src))
    assert res.code == 0, res.err
    return db


def test_a_payment_on_a_paid_invoice_is_refused(tmp_path: Path, cli: Any) -> None:
    db = _db(tmp_path, cli)
    assert cli("complete", db, "P-001", "Demolition", "--date", "2026-02-01").code == 0
    inv = cli("issue", db, "P-001", "Demolition", "--date", "2026-02-01").out.strip()
    due = json.loads(cli("ledger", db, "--json").out)[0]["outstanding"]
    assert cli("pay", db, inv, due).code == 0
    before = cli("export", db).out
    res = cli("pay", db, inv, "10.00")
    assert res.code == 2 and "already paid" in res.err
    assert cli("export", db).out == before


def test_a_huge_change_order_is_refused(tmp_path: Path, cli: Any) -> None:
    db = _db(tmp_path, cli)
    res = cli("change-order", db, "P-001", "999999999999.99", "--description", "x", "--approve")
    assert res.code == 2 and "too large" in res.err
    ok = cli("change-order", db, "P-001", "600000000000.00", "--description", "x", "--approve")
    assert ok.code == 0, ok.err
    res = cli("change-order", db, "P-001", "500000000000.00", "--description", "y", "--approve")
    assert res.code == 2 and "too large" in res.err
    assert cli("check", db).code == 0


def test_an_invoice_dated_before_its_milestone_was_completed_is_refused(tmp_path: Path, cli: Any) -> None:
    db = _db(tmp_path, cli)
    assert cli("complete", db, "P-001", "Demolition", "--date", "2026-03-01").code == 0
    res = cli("issue", db, "P-001", "Demolition", "--date", "2026-02-01")
    assert res.code == 2 and "before milestone" in res.err
    assert cli("issue", db, "P-001", "Demolition", "--date", "2026-03-01").code == 0


def test_voiding_a_deducted_deposit_is_refused(tmp_path: Path, cli: Any) -> None:
    from milestone_desk.services.construction import retainage
    from milestone_desk.services.core.books import Books

    data = copy.deepcopy(KITCHEN)
    project = data["projects"][0]
    project.update(deposit_policy="applied", deposit_applied="pro_rata", deposit="4850.00")
    project["milestones"] = [
        {"name": "Demolition", "percent": "15"},
        {"name": "Rough-in", "percent": "25"},
        {"name": "Cabinets", "amount": "14550.00"},
        {"name": "Final", "remainder": True},
    ]
    db = _db(tmp_path, cli, data)
    books = Books.open(Path(db))
    try:
        deposit = retainage.issue_deposit_invoice(books, "P-001", date(2026, 1, 5))
    finally:
        books.close()
    before = cli("export", db).out
    assert cli("complete", db, "P-001", "Demolition", "--date", "2026-02-01").code == 0
    assert cli("issue", db, "P-001", "Demolition", "--date", "2026-02-01").code == 0
    before = cli("export", db).out
    res = cli("void", db, deposit, "--reason", "client cancelled")
    assert res.code == 2 and "cannot be voided" in res.err
    assert cli("export", db).out == before


def test_tax_on_a_progress_project_is_refused_on_import(tmp_path: Path, cli: Any) -> None:
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
                "tax_percent": "8",
                "billing": "progress",
                "schedule_of_values": [{"name": "Work", "value": "1000.00"}],
            }
        ],
    }
    src = tmp_path / "p.json"
    src.write_text(json.dumps(data))
    res = cli("import", str(tmp_path / "p.mdesk"), str(src))
    assert res.code == 2 and "tax_percent" in res.err
