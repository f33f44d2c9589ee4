"""The public command line of the foundation: the kitchen job end to end, bad input, determinism."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

LEDGER_KEYS = {
    "project",
    "currency",
    "original_contract",
    "change_orders",
    "contract_to_date",
    "billed",
    "tax_billed",
    "retainage_held",
    "paid",
    "outstanding",
    "balance_to_finish",
    "milestones",
}
MILESTONES = ["Deposit", "Demolition", "Rough-in", "Cabinets", "Final"]


@pytest.fixture
def kitchen_file(tmp_path: Path, kitchen_data: dict[str, Any], cli: Any) -> Path:
    data = tmp_path / "kitchen.json"
    data.write_text(json.dumps(kitchen_data))
    target = tmp_path / "k.mdesk"
    assert cli("import", str(target), str(data)).code == 0
    return target


def _ledger(cli: Any, path: Path) -> list[dict[str, Any]]:
    result = cli("ledger", str(path), "--json")
    assert result.code == 0, result.err
    rows: list[dict[str, Any]] = json.loads(result.out)
    return rows


def test_kitchen_job_from_contract_to_last_payment(kitchen_file: Path, cli: Any) -> None:
    numbers = []
    for name in MILESTONES:
        assert cli("complete", str(kitchen_file), "P-001", name, "--date", "2026-02-01").code == 0
        issued = cli("issue", str(kitchen_file), "P-001", name, "--date", "2026-02-02")
        assert issued.code == 0, issued.err
        numbers.append(issued.out.strip())
    assert numbers == [f"INV-2026-{i:04d}" for i in range(1, 6)]
    export = json.loads(cli("export", str(kitchen_file)).out)
    dues = {i["number"]: i["amount_due"] for i in export["projects"][0]["invoices"]}
    assert dues == {
        "INV-2026-0001": "4850.00",
        "INV-2026-0002": "6911.25",
        "INV-2026-0003": "11518.75",
        "INV-2026-0004": "13822.50",
        "INV-2026-0005": "9215.00",
    }
    receipts = [
        cli("pay", str(kitchen_file), n, d, "--date", "2026-03-01", "--method", "ACH").out.strip()
        for n, d in dues.items()
    ]
    assert receipts == [f"RCT-2026-{i:04d}" for i in range(1, 6)]
    (row,) = _ledger(cli, kitchen_file)
    assert LEDGER_KEYS <= row.keys()
    assert (
        row["billed"],
        row["retainage_held"],
        row["paid"],
        row["outstanding"],
        row["balance_to_finish"],
    ) == ("48500.00", "2182.50", "46317.50", "0.00", "2182.50")
    assert [m["status"] for m in row["milestones"]] == ["paid"] * 5
    assert cli("check", str(kitchen_file)).code == 0


def test_partial_payment_then_excess_becomes_credit(kitchen_file: Path, cli: Any) -> None:
    cli("complete", str(kitchen_file), "P-001", "Demolition")
    number = cli("issue", str(kitchen_file), "P-001", "Demolition").out.strip()
    assert cli("pay", str(kitchen_file), number, "1000").code == 0
    (row,) = _ledger(cli, kitchen_file)
    assert row["outstanding"] == "5911.25" and row["milestones"][1]["status"] == "invoiced"
    extra = cli("pay", str(kitchen_file), number, "6000.00", "--method", "card", "--reference", "xx-1")
    assert extra.code == 0 and "credit" in extra.err
    (row,) = _ledger(cli, kitchen_file)
    assert row["outstanding"] == "0.00" and row["paid"] == "6911.25"
    assert row["milestones"][1]["status"] == "paid"
    assert cli("check", str(kitchen_file)).code == 0


BAD = [
    (["complete", "{f}", "P-404", "Deposit"], "no project"),
    (["complete", "{f}", "P-001", "Nope"], "no milestone"),
    (["issue", "{f}", "P-001", "Demolition"], "not completed"),
    (["pay", "{f}", "INV-2026-9999", "10"], "no issued invoice"),
    (["pay", "{f}", "INV-2026-0001", "-5"], "negative"),
    (["pay", "{f}", "INV-2026-0001", "12abc"], "not a number"),
    (["pay", "{f}", "INV-2026-0001", "0"], "more than zero"),
    (["pay", "{f}", "INV-2026-0001", "10.001"], "decimal places"),
    (["pay", "{f}", "INV-2026-0001", "10", "--method", "bitcoin"], "not one of"),
    (["complete", "{f}", "P-001", "Deposit", "--date", "2026-13-01"], "not a date"),
    (["issue", "{f}", "P-001", "Deposit"], "already been invoiced"),
    (["complete", "{f}", "P-001", "Deposit"], "already"),
    (["frobnicate", "{f}"], "invalid choice"),
    (["ledger", "{f}", "--project", "P-404"], "no project"),
]


@pytest.mark.parametrize("argv, words", BAD)
def test_bad_input_exits_2_with_a_sentence_and_changes_nothing(
    kitchen_file: Path, cli: Any, argv: list[str], words: str
) -> None:
    cli("complete", str(kitchen_file), "P-001", "Deposit", "--date", "2026-01-20")
    assert (
        cli("issue", str(kitchen_file), "P-001", "Deposit", "--date", "2026-01-21").out.strip()
        == "INV-2026-0001"
    )
    before = cli("export", str(kitchen_file)).out
    result = cli(*[a.format(f=kitchen_file) for a in argv])
    assert result.code == 2
    assert words.lower() in result.err.lower()
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert cli("export", str(kitchen_file)).out == before


@pytest.mark.parametrize(
    "mutate, words",
    [
        (lambda d: d["projects"][0]["milestones"].pop(), "sums to"),
        (lambda d: d["projects"][0].update(contract_sum="-5"), "negative"),
        (lambda d: d["projects"][0].update(client="C-404"), "no client"),
        (lambda d: d.update(format="other/2"), "format"),
        (lambda d: d["projects"][0]["milestones"][0].update(due="yesterday"), "not a date"),
        (lambda d: d["projects"][0].update(retainage_percent="150"), "100"),
        (lambda d: d["clients"].append(dict(d["clients"][0])), "already exists"),
    ],
)
def test_bad_import_is_refused_whole(
    tmp_path: Path, kitchen_data: dict[str, Any], cli: Any, mutate: Any, words: str
) -> None:
    mutate(kitchen_data)
    data = tmp_path / "bad.json"
    data.write_text(json.dumps(kitchen_data))
    target = tmp_path / "new.mdesk"
    result = cli("import", str(target), str(data))
    assert result.code == 2 and words in result.err
    assert not target.exists()


def test_unreadable_json_and_existing_codes(
    kitchen_file: Path, tmp_path: Path, cli: Any, kitchen_data: dict[str, Any]
) -> None:
    before = cli("export", str(kitchen_file)).out
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "milestone-desk/1", ')
    result = cli("import", str(kitchen_file), str(broken))
    assert result.code == 2 and "not valid JSON" in result.err
    again = tmp_path / "again.json"
    again.write_text(json.dumps(kitchen_data))
    result = cli("import", str(kitchen_file), str(again))
    assert result.code == 2 and "already exists" in result.err
    assert cli("export", str(kitchen_file)).out == before


def test_import_adds_to_an_existing_company(kitchen_file: Path, tmp_path: Path, cli: Any) -> None:
    more = {
        "format": "milestone-desk/1",
        "company": {"name": "Ignored Inc"},
        "clients": [{"code": "C-002", "name": "Oak & Anchor <Café>"}],
        "projects": [
            {
                "code": "P-002",
                "client": "C-002",
                "name": "Patio",
                "contract_sum": "1000.00",
                "milestones": [{"name": "All", "remainder": True}],
            }
        ],
    }
    data = tmp_path / "more.json"
    data.write_text(json.dumps(more))
    assert cli("import", str(kitchen_file), str(data)).code == 0
    export = json.loads(cli("export", str(kitchen_file)).out)
    assert export["company"]["name"] == "Hartwell Remodeling"
    assert [c["name"] for c in export["clients"]] == ["Maria Delgado", "Oak & Anchor <Café>"]


def test_demo_check_and_export_round_trip(tmp_path: Path, cli: Any) -> None:
    demo = tmp_path / "demo.mdesk"
    assert cli("demo", str(demo)).code == 0
    assert cli("check", str(demo)).code == 0
    rows = _ledger(cli, demo)
    assert len(rows) >= 6 and all(LEDGER_KEYS <= r.keys() for r in rows)
    statuses = {m["status"] for r in rows for m in r["milestones"]}
    assert statuses == {"planned", "in_progress", "completed", "invoiced", "paid"}
    first = cli("export", str(demo)).out
    assert cli("export", str(demo)).out == first  # deterministic
    dump = tmp_path / "dump.json"
    dump.write_text(first)
    copy = tmp_path / "copy.mdesk"
    assert cli("import", str(copy), str(dump)).code == 0
    assert cli("export", str(copy)).out == first
    assert _ledger(cli, copy) == rows
    assert cli("check", str(copy)).code == 0
    assert cli("demo", str(demo)).code == 2  # never overwrite a file


def test_reading_commands_do_not_create_files(tmp_path: Path, cli: Any) -> None:
    missing = tmp_path / "missing.mdesk"
    for command in ("export", "ledger", "check"):
        result = cli(command, str(missing))
        assert result.code == 2 and "no company file" in result.err
    assert not missing.exists()


def test_version(cli: Any) -> None:
    result = cli("--version")
    assert result.code == 0 and result.out.startswith("milestone-desk ")
