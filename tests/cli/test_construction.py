"""The construction commands end to end: DESIGN §5 worked example, change orders, release, bad inputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

PROGRESS: dict[str, Any] = {
    "format": "milestone-desk/1",
    "company": {"name": "Hartwell Remodeling", "currency": "USD"},
    "clients": [{"code": "C-9", "name": "Harbor & <b>Sons</b> LLC"}],
    "projects": [
        {
            "code": "W-1",
            "client": "C-9",
            "name": "Warehouse fit-out",
            "contract_sum": "100000.00",
            "retainage_percent": "10",
            "billing": "progress",
            "schedule_of_values": [
                {"name": "Sitework", "value": "20000.00"},
                {"name": "Framing", "value": "50000.00"},
                {"name": "Finishes", "value": "30000.00"},
            ],
        }
    ],
}


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data))
    return path


@pytest.fixture
def progress_file(tmp_path: Path, cli: Any) -> str:
    db = str(tmp_path / "w.mdesk")
    assert cli("import", db, str(write(tmp_path, PROGRESS))).code == 0
    return db


def summary(out: str) -> dict[str, str]:
    return dict(json.loads(out)["summary"])


def test_design_worked_example_through_the_cli(progress_file: str, cli: Any) -> None:
    co = cli("change-order", progress_file, "W-1", "5000.00", "--description", "Extra dock door", "--approve")
    assert (co.code, co.out) == (0, "1\n")
    app1 = cli(
        "payapp",
        progress_file,
        "W-1",
        "--to",
        "2026-03-31",
        "--work",
        "Sitework=20000",
        "Framing=10000",
        "--stored",
        "Framing=5000",
        "--json",
    )
    assert app1.code == 0, app1.err
    doc = json.loads(app1.out)
    assert doc["application"] == "APP-2026-0001"
    assert summary(app1.out) == {
        "L1": "100000.00",
        "L2": "5000.00",
        "L3": "105000.00",
        "L4": "35000.00",
        "L5": "3500.00",
        "L6": "31500.00",
        "L7": "0.00",
        "L8": "31500.00",
        "L9": "73500.00",
    }
    framing = doc["lines"][1]
    assert framing == {
        "name": "Framing",
        "scheduled_value": "50000.00",
        "from_previous": "0.00",
        "this_period": "10000.00",
        "stored": "5000.00",
        "completed_and_stored": "15000.00",
        "percent": "30.00",
        "balance_to_finish": "35000.00",
        "retainage": "1500.00",
    }
    assert doc["lines"][3]["name"] == "Extra dock door" and doc["lines"][3]["scheduled_value"] == "5000.00"
    app2 = cli("payapp", progress_file, "W-1", "--to", "2026-04-30", "--work", "Framing=40000", "--json")
    assert app2.code == 0, app2.err
    assert json.loads(app2.out)["application"] == "APP-2026-0002"
    assert summary(app2.out) == {
        "L1": "100000.00",
        "L2": "5000.00",
        "L3": "105000.00",
        "L4": "70000.00",
        "L5": "7000.00",
        "L6": "63000.00",
        "L7": "31500.00",
        "L8": "31500.00",
        "L9": "42000.00",
    }
    assert json.loads(app2.out)["lines"][1]["from_previous"] == "10000.00"
    ledger = json.loads(cli("ledger", progress_file, "--json").out)[0]
    assert ledger["change_orders"] == "5000.00" and ledger["contract_to_date"] == "105000.00"
    assert ledger["billed"] == "70000.00" and ledger["retainage_held"] == "7000.00"
    assert ledger["outstanding"] == "63000.00"
    assert cli("check", progress_file).code == 0


def test_payapp_prints_its_number_and_release_needs_completion(progress_file: str, cli: Any) -> None:
    first = cli("payapp", progress_file, "W-1", "--to", "2026-03-31", "--work", "Sitework=20000")
    assert (first.code, first.out) == (0, "APP-2026-0001\n")
    early = cli("release", progress_file, "W-1")
    assert early.code == 2 and "not substantially complete" in early.err
    done = cli(
        "payapp",
        progress_file,
        "W-1",
        "--to",
        "2026-04-30",
        "--work",
        "Framing=50000",
        "Finishes=30000",
        "--json",
    )
    assert summary(done.out)["L8"] == "72000.00"
    release = cli("release", progress_file, "W-1", "--date", "2026-05-15")
    assert release.code == 0 and release.out.startswith("INV-2026-")
    ledger = json.loads(cli("ledger", progress_file, "--json").out)[0]
    assert ledger["billed"] == "100000.00" and ledger["retainage_held"] == "0.00"
    assert ledger["outstanding"] == "100000.00"  # 18,000 + 72,000 + 10,000 released, nothing paid yet
    again = cli("release", progress_file, "W-1")
    assert again.code == 2 and "no retainage" in again.err


def _export(cli: Any, db: str) -> str:
    out = cli("export", db)
    assert out.code == 0
    return str(out.out)


@pytest.mark.parametrize(
    "args, phrase",
    [
        (
            ("payapp", "W-1", "--to", "2026-03-31", "--work", "Sitework=20000.01"),
            "left of its scheduled value",
        ),
        (("payapp", "W-1", "--to", "2026-03-31", "--work", "Nope=1"), "no schedule-of-values line"),
        (("payapp", "W-1", "--to", "2026-03-31", "--work", "Sitework"), "LINE=AMOUNT"),
        (("release", "W-1"), "not substantially complete"),
        (("change-order", "W-1", "-500", "--description", "Less paint"), "cannot be its own milestone"),
        (("change-order", "W-1", "0", "--description", "Nothing"), "other than zero"),
        (("change-order", "W-1", "12.345", "--description", "x"), "decimal places"),
    ],
)
def test_bad_inputs_exit_2_and_change_nothing(
    progress_file: str, cli: Any, args: tuple[str, ...], phrase: str
) -> None:
    before = _export(cli, progress_file)
    result = cli(args[0], progress_file, *args[1:])
    assert result.code == 2, result.err
    assert phrase in result.err and "Traceback" not in result.err
    assert result.err.count("\n") == 1
    assert _export(cli, progress_file) == before


def test_rate_over_100_is_bad_input(tmp_path: Path, cli: Any) -> None:
    data = json.loads(json.dumps(PROGRESS))
    data["projects"][0]["retainage_percent"] = "100.5"
    result = cli("import", str(tmp_path / "x.mdesk"), str(write(tmp_path, data)))
    assert result.code == 2 and "100 %" in result.err
    assert not (tmp_path / "x.mdesk").exists()
    data["projects"][0]["retainage_percent"] = "10"
    data["projects"][0]["retainage_step_down"] = {"at_percent_complete": "150", "to_percent": "5"}
    result = cli("import", str(tmp_path / "x.mdesk"), str(write(tmp_path, data)))
    assert result.code == 2 and "100 %" in result.err


def test_progress_contract_must_equal_the_values(tmp_path: Path, cli: Any) -> None:
    data = json.loads(json.dumps(PROGRESS))
    data["projects"][0]["contract_sum"] = "100000.01"
    result = cli("import", str(tmp_path / "x.mdesk"), str(write(tmp_path, data)))
    assert result.code == 2 and "schedule of values sums to 100000.00" in result.err


def test_progress_round_trip_with_spread_and_applications(
    progress_file: str, tmp_path: Path, cli: Any
) -> None:
    assert (
        cli("change-order", progress_file, "W-1", "5000", "--description", "Dock door", "--approve").code == 0
    )
    assert cli("payapp", progress_file, "W-1", "--to", "2026-03-31", "--work", "Sitework=20000").code == 0
    spread = cli(
        "change-order", progress_file, "W-1", "-800", "--description", "Less trim", "--spread", "--approve"
    )
    assert spread.code == 0, spread.err
    values = {
        ln["name"]: ln["value_to_date"]
        for ln in json.loads(cli("export", progress_file).out)["projects"][0]["schedule_of_values"]
    }
    # Sitework is fully billed and keeps its value; 800 is taken from the others by weight.
    assert values == {
        "Sitework": "20000.00",
        "Framing": "49529.41",
        "Finishes": "29717.65",
        "Dock door": "4952.94",
    }
    assert cli("change-order", progress_file, "W-1", "100", "--description", "Draft only").code == 0
    assert cli("payapp", progress_file, "W-1", "--to", "2026-04-30", "--work", "Framing=10000").code == 0
    exported = cli("export", progress_file).out
    (tmp_path / "rt.json").write_text(exported)
    copy = str(tmp_path / "copy.mdesk")
    result = cli("import", copy, str(tmp_path / "rt.json"))
    assert result.code == 0, result.err
    assert cli("export", copy).out == exported
    assert cli("ledger", copy, "--json").out == cli("ledger", progress_file, "--json").out
    third = cli("payapp", copy, "W-1", "--to", "2026-05-31", "--work", "Finishes=1000", "--json")
    assert third.code == 0 and json.loads(third.out)["application"] == "APP-2026-0003"


def test_change_order_that_would_change_an_invoiced_share(progress_file: str, cli: Any) -> None:
    assert cli("payapp", progress_file, "W-1", "--to", "2026-03-31", "--work", "Sitework=19000").code == 0
    before = _export(cli, progress_file)
    result = cli(
        "change-order", progress_file, "W-1", "-10000", "--description", "Less scope", "--spread", "--approve"
    )
    assert result.code == 2 and "below the 19000.00 already billed" in result.err
    assert _export(cli, progress_file) == before
    full = cli(
        "payapp",
        progress_file,
        "W-1",
        "--to",
        "2026-04-30",
        "--work",
        "Sitework=1000",
        "Framing=50000",
        "Finishes=30000",
    )
    assert full.code == 0
    nothing = cli("change-order", progress_file, "W-1", "100", "--description", "Late", "--spread")
    assert nothing.code == 2 and "balance left" in nothing.err
    milestones = cli("payapp", progress_file, "W-1", "--to", "2026-04-30", "--work", "Sitework=0")
    assert milestones.code == 2 and "after the previous application" in milestones.err


def test_real_entry_point_exit_codes(progress_file: str) -> None:
    from tests.conftest import run_cli_process

    bad = run_cli_process("release", progress_file, "W-1")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "substantially complete" in bad.stderr
    ok = run_cli_process("payapp", progress_file, "W-1", "--to", "2026-01-31", "--work", "Sitework=1.00")
    assert (ok.returncode, ok.stdout) == (0, "APP-2026-0001\n")


def test_check_notices_a_tampered_pay_application(progress_file: str, cli: Any) -> None:
    import sqlite3

    assert cli("payapp", progress_file, "W-1", "--to", "2026-03-31", "--work", "Framing=10000").code == 0
    assert cli("check", progress_file).code == 0
    with sqlite3.connect(progress_file) as raw:
        raw.execute("UPDATE pay_applications SET retainage_work_cents = retainage_work_cents - 1")
    result = cli("check", progress_file)
    assert result.code == 1 and "line 5 of APP-2026-0001" in result.out
