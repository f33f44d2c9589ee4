"""Import refuses data that disagrees with itself (findings 6, 12, 17); check reports it."""

from __future__ import annotations

import copy
import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import KITCHEN


def _import(tmp_path: Path, cli: Any, data: Any, name: str = "x") -> Any:
    src = tmp_path / f"{name}.json"
    src.write_text(data if isinstance(data, str) else json.dumps(data))
    return cli("import", str(tmp_path / f"{name}.mdesk"), str(src))


def _history(tmp_path: Path, cli: Any) -> dict[str, Any]:
    res = _import(tmp_path, cli, copy.deepcopy(KITCHEN), "base")
    assert res.code == 0, res.err
    db = str(tmp_path / "base.mdesk")
    for name in ("Demolition", "Rough-in"):
        assert cli("complete", db, "P-001", name, "--date", "2026-02-01").code == 0
        assert cli("issue", db, "P-001", name, "--date", "2026-02-01").code == 0
    data: dict[str, Any] = json.loads(cli("export", db).out)
    return data


def test_the_export_of_a_sound_company_imports(tmp_path: Path, cli: Any) -> None:
    res = _import(tmp_path, cli, _history(tmp_path, cli))
    assert res.code == 0, res.err
    assert cli("check", str(tmp_path / "x.mdesk")).code == 0


@pytest.mark.parametrize("status", ["invoiced", "paid"])
def test_a_billed_milestone_without_an_invoice_is_refused(tmp_path: Path, cli: Any, status: str) -> None:
    data = copy.deepcopy(KITCHEN)
    data["projects"][0]["milestones"][1]["status"] = status
    res = _import(tmp_path, cli, data)
    assert res.code == 2 and "has no live invoice" in res.err


def test_an_invoice_of_an_unbilled_milestone_is_refused(tmp_path: Path, cli: Any) -> None:
    data = _history(tmp_path, cli)
    data["projects"][0]["milestones"][1]["status"] = "completed"
    res = _import(tmp_path, cli, data)
    assert res.code == 2 and "bills it" in res.err


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"gross": "1.00", "retainage": "0.00", "amount_due": "1.00"}, "but its milestone"),
        ({"retainage": "-1000.00", "amount_due": "13125.00"}, "withholds retainage"),
        ({"tax": "+10.00"}, "charges tax"),
    ],
)
def test_an_invoice_that_disagrees_with_its_milestone_is_refused(
    tmp_path: Path, cli: Any, change: dict[str, str], words: str
) -> None:
    data = _history(tmp_path, cli)
    invoice = data["projects"][0]["invoices"][1]
    if change.get("tax", "").startswith("+"):  # raise the tax and keep the invoice's own sum right
        change = {
            "tax": f"{Decimal(invoice['tax']) + 10:.2f}",
            "amount_due": f"{Decimal(invoice['amount_due']) + 10:.2f}",
        }
    invoice.update(change)
    res = _import(tmp_path, cli, data)
    assert res.code == 2 and words in res.err, res.err


def test_two_live_invoices_for_one_milestone_are_refused(tmp_path: Path, cli: Any) -> None:
    data = _history(tmp_path, cli)
    twin = dict(data["projects"][0]["invoices"][1], number="INV-2026-0099")
    data["projects"][0]["invoices"].append(twin)
    res = _import(tmp_path, cli, data)
    assert res.code == 2 and "more than one live invoice" in res.err


def test_check_reports_a_milestone_invoice_changed_behind_our_back(tmp_path: Path, cli: Any) -> None:
    _history(tmp_path, cli)
    db = str(tmp_path / "base.mdesk")
    con = sqlite3.connect(db)
    con.execute("update milestones set status = 'paid' where name = 'Cabinets'")
    con.commit()
    con.close()
    res = cli("check", db)
    assert res.code == 1 and "has no live invoice" in res.out + res.err


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        (("projects", 0, "milestones", 0, "due"), 20260101, "date string"),
        (("projects", 0, "milestones", 0, "deposit"), "yes", "true or false"),
        (("company", "invoice_format"), "INV-{seq.__class__}", "not valid"),
        (("company", "invoice_format"), "INV-{year[0]}-{seq}", "not valid"),
        (("company", "invoice_format"), "INV-{seq!r}", "not valid"),
        (("company", "currency"), "ZZZ", "ISO 4217"),
    ],
)
def test_wrong_types_and_values_are_refused(
    tmp_path: Path, cli: Any, path: tuple[Any, ...], value: Any, words: str
) -> None:
    data = copy.deepcopy(KITCHEN)
    data.setdefault("company", {"name": "Co"})
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    res = _import(tmp_path, cli, data)
    assert res.code == 2 and words in res.err, res.err


def test_a_good_format_with_a_width_is_accepted(tmp_path: Path, cli: Any) -> None:
    data = copy.deepcopy(KITCHEN)
    data["company"]["invoice_format"] = "A-{yy}/{seq:05d}"
    assert _import(tmp_path, cli, data).code == 0


def test_duplicate_keys_are_refused(tmp_path: Path, cli: Any) -> None:
    text = json.dumps(KITCHEN)
    text = text.replace(
        '"format": "milestone-desk/1"', '"format": "milestone-desk/1", "format": "milestone-desk/1"', 1
    )
    res = _import(tmp_path, cli, text)
    assert res.code == 2 and "twice" in res.err


def test_another_currency_is_not_imported_into_a_company(tmp_path: Path, cli: Any) -> None:
    assert _import(tmp_path, cli, copy.deepcopy(KITCHEN), "x").code == 0
    data = copy.deepcopy(KITCHEN)
    data["company"]["currency"] = "EUR"
    data["clients"][0]["code"] = "C-XYZ"
    data["projects"][0].update(code="P-XYZ", client="C-XYZ")
    src = tmp_path / "eur.json"
    src.write_text(json.dumps(data))
    res = cli("import", str(tmp_path / "x.mdesk"), str(src))
    assert res.code == 2 and "EUR" in res.err and "USD" in res.err
