"""Milestone-mode construction billing on real files: change orders, applied deposit, release, JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from milestone_desk.services.construction import retainage
from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import exchange


def ledger(cli: Any, db: str) -> dict[str, Any]:
    result = cli("ledger", db, "--json")
    assert result.code == 0
    return dict(json.loads(result.out)[0])


def bill(cli: Any, db: str, project: str, *names: str) -> list[str]:
    numbers = []
    for name in names:
        assert cli("complete", db, project, name, "--date", "2026-02-01").code == 0
        out = cli("issue", db, project, name, "--date", "2026-02-02")
        assert out.code == 0, out.err
        numbers.append(out.out.strip())
    return numbers


def test_change_order_as_its_own_milestone(books: Books, db_path: Path, cli: Any) -> None:
    db = str(db_path)
    books.close()
    draft = cli(
        "change-order", db, "P-001", "2500.00", "--description", "Pantry shelving", "--date", "2026-02-10"
    )
    assert (draft.code, draft.out) == (0, "1\n")
    assert ledger(cli, db)["contract_to_date"] == "48500.00"  # a draft changes nothing
    approved = cli("change-order", db, "P-001", "2500", "--description", "Pantry shelving", "--approve")
    assert approved.out == "2\n"
    row = ledger(cli, db)
    assert (row["change_orders"], row["contract_to_date"]) == ("2500.00", "51000.00")
    assert row["balance_to_finish"] == "51000.00"
    assert row["milestones"][-1] == {
        "name": "Pantry shelving",
        "amount": "2500.00",
        "status": "planned",
        "invoice": None,
    }
    assert cli("check", db).code == 0


def test_spread_over_unbilled_milestones_keeps_invoiced_ones(books: Books, db_path: Path, cli: Any) -> None:
    db = str(db_path)
    books.close()
    bill(cli, db, "P-001", "Deposit", "Demolition")
    before = cli("export", db).out
    out = cli(
        "change-order", db, "P-001", "1000.00", "--description", "Upgraded tile", "--spread", "--approve"
    )
    assert out.code == 0, out.err
    amounts = {m["name"]: m["amount"] for m in ledger(cli, db)["milestones"]}
    assert amounts == {
        "Deposit": "4850.00",
        "Demolition": "7275.00",
        "Rough-in": "12458.33",
        "Cabinets": "14950.00",
        "Final": "9966.67",
    }
    assert (
        json.loads(cli("export", db).out)["projects"][0]["invoices"]
        == json.loads(before)["projects"][0]["invoices"]
    )
    assert cli("check", db).code == 0
    # Round trip: import the export into an empty file and export it again.
    exported = cli("export", db).out
    (db_path.parent / "rt.json").write_text(exported)
    copy = str(db_path.parent / "copy.mdesk")
    assert cli("import", copy, str(db_path.parent / "rt.json")).code == 0
    assert cli("export", copy).out == exported


def test_spreading_with_nothing_unbilled_is_bad_input(books: Books, db_path: Path, cli: Any) -> None:
    db = str(db_path)
    books.close()
    bill(cli, db, "P-001", "Deposit", "Demolition", "Rough-in", "Cabinets", "Final")
    before = cli("export", db).out
    out = cli("change-order", db, "P-001", "500", "--description", "Late extra", "--spread", "--approve")
    assert out.code == 2 and "left unbilled" in out.err
    assert cli("export", db).out == before


def test_release_after_every_milestone_invoiced(books: Books, db_path: Path, cli: Any) -> None:
    db = str(db_path)
    books.close()
    assert cli("change-order", db, "P-001", "2000", "--description", "Skylight", "--approve").code == 0
    bill(cli, db, "P-001", "Deposit", "Demolition", "Rough-in", "Cabinets", "Final")
    early = cli("release", db, "P-001")
    assert early.code == 2 and "not substantially complete" in early.err
    bill(cli, db, "P-001", "Skylight")
    row = ledger(cli, db)
    # 5 % on everything but the deposit milestone: 43,650 + 2,000 = 45,650 → 2,282.50.
    assert (row["billed"], row["retainage_held"]) == ("50500.00", "2282.50")
    number = cli("release", db, "P-001", "--date", "2026-06-01")
    assert number.code == 0 and number.out.startswith("INV-2026-")
    after = ledger(cli, db)
    assert (after["billed"], after["retainage_held"], after["balance_to_finish"]) == (
        "50500.00",
        "0.00",
        "0.00",
    )
    assert after["outstanding"] == "50500.00"
    assert cli("check", db).code == 0


APPLIED: dict[str, Any] = {
    "format": "milestone-desk/1",
    "company": {"name": "Hartwell Remodeling", "currency": "USD"},
    "clients": [{"code": "C-1", "name": "Maria Delgado"}],
    "projects": [
        {
            "code": "A-1",
            "client": "C-1",
            "name": "Addition",
            "contract_sum": "48500.00",
            "tax_percent": "8.25",
            "retainage_percent": "5",
            "retainage_basis": "post_tax",
            "retainage_step_down": {"at_percent_complete": "50", "to_percent": "2.5"},
            "deposit_policy": "applied",
            "deposit_applied": "pro_rata",
            "deposit": "4850.00",
            "milestones": [
                {"name": "Foundation", "percent": "30"},
                {"name": "Framing", "percent": "30"},
                {"name": "Finish", "remainder": True},
            ],
        }
    ],
}


def test_applied_deposit_is_an_advance_deducted_pro_rata(tmp_path: Path, cli: Any) -> None:
    db = str(tmp_path / "a.mdesk")
    (tmp_path / "a.json").write_text(json.dumps(APPLIED))
    assert cli("import", db, str(tmp_path / "a.json")).code == 0
    with Books.open(db) as books:
        deposit = retainage.issue_deposit_invoice(books, "A-1")
    row = ledger(cli, db)
    assert (row["billed"], row["outstanding"]) == ("0.00", "4850.00")
    assert (row["deposit_invoiced"], row["deposit_unapplied"]) == ("4850.00", "4850.00")
    bill(cli, db, "A-1", "Foundation", "Framing", "Finish")
    assert cli("release", db, "A-1").code == 0
    data = json.loads(cli("export", db).out)["projects"][0]
    invoices = data["invoices"]
    assert invoices[0]["number"] == deposit and invoices[0]["kind"] == "deposit"
    assert [i["deposit_applied"] for i in invoices[1:4]] == ["1455.00", "1455.00", "1940.00"]
    due = sum(int(i["amount_due"].replace(".", "")) for i in invoices)
    tax = sum(int(i["tax"].replace(".", "")) for i in invoices)
    assert due == 4_850_000 + tax  # Σ due + release + deposit = contract to date + Σ tax
    row = ledger(cli, db)
    assert (row["deposit_unapplied"], row["retainage_held"], row["billed"]) == ("0.00", "0.00", "48500.00")
    assert data["deposit_policy"] == "applied" and data["deposit"] == "4850.00"
    assert data["retainage_step_down"] == {"at_percent_complete": "50", "to_percent": "2.5"}
    # Step-down: Framing brings work to 60 % → 2.5 % on all post-tax work to date.
    # Foundation 14,550 + 1,200.38 tax → 5 % = 787.52; Framing reaches 60 %: 2.5 % of both
    # (393.76 each) = 787.52 in all, so it withholds 0.00; Finish 21,000.50 × 2.5 % = 525.01.
    assert [i["retainage"] for i in invoices[1:4]] == ["787.52", "0.00", "525.01"]
    (tmp_path / "rt.json").write_text(cli("export", db).out)
    assert cli("import", str(tmp_path / "b.mdesk"), str(tmp_path / "rt.json")).code == 0
    assert cli("export", str(tmp_path / "b.mdesk")).out == cli("export", db).out


def test_kitchen_exports_the_new_keys(books: Books) -> None:
    data = exchange.export_data(books)["projects"][0]
    assert data["billing"] == "milestone" and data["deposit_policy"] == "installment"
    assert data["change_orders"] == [] and "deposit" not in data


def test_step_down_release_round_trips(tmp_path: Path, cli: Any) -> None:
    data = json.loads(json.dumps(APPLIED))
    project = data["projects"][0]
    for key in ("deposit_policy", "deposit_applied", "deposit", "retainage_basis"):
        project.pop(key)
    project.update(
        {
            "contract_sum": "10000.00",
            "tax_percent": "0",
            "retainage_percent": "10",
            "retainage_step_down": {"at_percent_complete": "50", "to_percent": "2"},
            "milestones": [{"name": "Shell", "percent": "40"}, {"name": "Finish", "remainder": True}],
        }
    )
    db = str(tmp_path / "s.mdesk")
    (tmp_path / "s.json").write_text(json.dumps(data))
    assert cli("import", db, str(tmp_path / "s.json")).code == 0
    bill(cli, db, "A-1", "Shell", "Finish")
    invoices = json.loads(cli("export", db).out)["projects"][0]["invoices"]
    # 2 % of 10,000 = 200 in all; 400 was withheld on Shell, so Finish releases 200.
    assert [(i["retainage"], i["amount_due"]) for i in invoices] == [
        ("400.00", "3600.00"),
        ("-200.00", "6200.00"),
    ]
    assert ledger(cli, db)["retainage_held"] == "200.00"
    (tmp_path / "rt.json").write_text(cli("export", db).out)
    assert cli("import", str(tmp_path / "t.mdesk"), str(tmp_path / "rt.json")).code == 0
    assert cli("export", str(tmp_path / "t.mdesk")).out == cli("export", db).out
