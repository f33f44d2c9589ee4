"""CLI entry points for construction billing (findings 3, 4) and a complete export (finding 11)."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pypdf

from tests.conftest import KITCHEN

PROGRESS = {
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


def _db(tmp_path: Path, cli: Any, data: Any, name: str = "k") -> str:
    src = tmp_path / f"{name}.json"
    src.write_text(json.dumps(data))
    db = str(tmp_path / f"{name}.mdesk")
    res = cli("import", db, str(src))
    assert res.code == 0, res.err
    return db


def _text(path: Path) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_deposit_command_issues_the_applied_deposit(tmp_path: Path, cli: Any) -> None:
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
    res = cli("deposit", db, "P-001", "--date", "2026-01-05")
    assert res.code == 0, res.err
    number = res.out.strip()
    ledger = json.loads(cli("ledger", db, "--json").out)[0]
    assert ledger["deposit_invoiced"] == "4850.00"
    again = cli("deposit", db, "P-001")
    assert again.code == 2 and "already invoiced" in again.err
    assert number.startswith("INV-")
    assert cli("deposit", db, "NOPE").code == 2


def test_change_orders_are_approved_rejected_and_logged(tmp_path: Path, cli: Any) -> None:
    db = _db(tmp_path, cli, copy.deepcopy(KITCHEN))
    assert cli("change-order", db, "P-001", "2500.00", "--description", "Island").out.strip() == "1"
    assert cli("change-order", db, "P-001", "300.00", "--description", "Tiles").out.strip() == "2"
    assert cli("change-order-approve", db, "P-001", "1").code == 0
    assert cli("change-order-reject", db, "P-001", "2").code == 0
    again = cli("change-order-approve", db, "P-001", "2")
    assert again.code == 2
    assert cli("change-order-approve", db, "P-001", "9").code == 2
    log = json.loads(cli("change-orders", db, "P-001", "--json").out)
    assert log["contract_to_date"] == "51000.00" and log["net_change"] == "2500.00"
    assert [(c["number"], c["status"]) for c in log["change_orders"]] == [(1, "approved"), (2, "rejected")]
    table = cli("change-orders", db, "P-001").out
    assert "Island" in table and "51,000.00" in table
    assert json.loads(cli("ledger", db, "--json").out)[0]["contract_to_date"] == "51000.00"


def test_pay_application_pdf_waivers_and_cleared(tmp_path: Path, cli: Any) -> None:
    db = _db(tmp_path, cli, PROGRESS)
    app = cli("payapp", db, "W", "--to", "2026-02-28", "--work", "Work=500.00").out.strip()
    out = tmp_path / "app.pdf"
    res = cli("payapp-pdf", db, app, "-o", str(out))
    assert res.code == 0, res.err
    assert app in _text(out)
    assert cli("payapp-pdf", db, "APP-1999-0001", "-o", str(out)).code == 2
    inv = json.loads(cli("export", db).out)["projects"][0]["invoices"][0]["number"]
    early = cli(
        "waiver", db, "--invoice", inv, "--kind", "unconditional_progress", "-o", str(tmp_path / "u.pdf")
    )
    assert early.code == 2 and "cleared" in early.err
    cond = tmp_path / "c.pdf"
    assert cli("waiver", db, "--invoice", inv, "--kind", "conditional_progress", "-o", str(cond)).code == 0
    assert "Conditional" in _text(cond)
    receipt = cli("pay", db, inv, "450.00", "--date", "2026-03-05").out.strip().split()[0]
    cleared = cli("cleared", db, receipt, "--date", "2026-03-10")
    assert cleared.code == 0, cleared.err
    assert "unconditional_progress" in cleared.out
    uncond = tmp_path / "u.pdf"
    assert (
        cli("waiver", db, "--invoice", inv, "--kind", "unconditional_progress", "-o", str(uncond)).code == 0
    )
    assert "Unconditional" in _text(uncond)
    assert cli("cleared", db, receipt).code == 2
    assert cli("check", db).code == 0


def test_export_import_reproduces_waivers_and_sent_at(tmp_path: Path, cli: Any) -> None:
    db = _db(tmp_path, cli, PROGRESS)
    assert cli("payapp", db, "W", "--to", "2026-02-28", "--work", "Work=500.00").code == 0
    con = sqlite3.connect(db)
    con.execute("update invoices set sent_at = '2026-03-01 10:00:00'")
    con.commit()
    con.close()
    exported = cli("export", db).out
    copy_db = _db(tmp_path, cli, json.loads(exported), "copy")
    assert cli("export", copy_db).out == exported
    assert cli("check", copy_db).code == 0
    data = json.loads(exported)
    assert data["projects"][0]["invoices"][0]["sent_at"] == "2026-03-01T10:00:00"
    assert len(data["lien_waivers"]) >= 1
