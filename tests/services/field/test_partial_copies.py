"""A field copy of some projects only (``field-copy … --projects``): partial, sound, and kept partial."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from milestone_desk.persistence.models import Client, Invoice, Milestone, Payment, Project, Receipt
from milestone_desk.persistence.models_field import CompletionCertificate
from milestone_desk.services.core import field_marker
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.queries.check import check_books
from tests.field_support import office_with_deposits


@pytest.fixture(params=["file", "server"])
def office(request: pytest.FixtureRequest, tmp_path: Path, cli: Any) -> str:
    """The office books in a company file, or on the PostgreSQL office server."""
    if request.param == "server":
        where = str(request.getfixturevalue("pg_server").new_database())
    else:
        where = str(tmp_path / "office.mdesk")
    office_with_deposits(where)
    assert cli("pay", where, "INV-2026-0002", "100.00").code == 0  # a payment of a project left out
    assert cli("pay", where, "INV-2026-0001", "4850.00").code == 0  # and one of a project taken
    r = cli("complete", where, "P-002", "Demolition", "--date", "2026-03-01", "--signed-by", "Søren")
    assert r.code == 0, r.err
    return where


def _contents(path: str) -> dict[str, Any]:
    with Books.open(path, create=False, readonly=True) as b, b.read() as s:
        return {
            "projects": sorted(s.scalars(select(Project.code))),
            "clients": sorted(s.scalars(select(Client.code))),
            "invoices": sorted(s.scalars(select(Invoice.number))),
            "receipts": sorted(s.scalars(select(Receipt.number))),
            "payments": len(list(s.scalars(select(Payment.id)))),
            "milestones": len(list(s.scalars(select(Milestone.id)))),
            "certificates": sorted(s.scalars(select(CompletionCertificate.project_code))),
            "marker": field_marker.marker_of(s),
        }


def _sound(path: str) -> None:
    with Books.open(path, create=False, readonly=True) as b:
        assert check_books(b) == []


def test_a_copy_of_some_projects_holds_only_them_and_passes_check(
    office: str, tmp_path: Path, cli: Any
) -> None:
    lap = str(tmp_path / "lap.mdesk")
    r = cli("field-copy", office, lap, "--device", "TRUCK1", "--projects", "P-001,P-003")
    assert r.code == 0, r.err
    got = _contents(lap)
    assert got["projects"] == ["P-001", "P-003"] and got["clients"] == ["C-001", "C-003"]
    assert got["invoices"] == ["INV-2026-0001", "INV-2026-0003"]
    assert got["receipts"] == ["RCT-2026-0002"] and got["payments"] == 1  # P-002's payment stayed home
    assert got["milestones"] == 10 and got["certificates"] == []
    assert got["marker"].projects == ("P-001", "P-003")
    _sound(lap)
    assert cli("check", lap).code == 0
    # The office is untouched, and a whole copy still holds everything.
    whole = str(tmp_path / "whole.mdesk")
    assert cli("field-copy", office, whole, "--device", "TRUCK2").code == 0
    assert _contents(whole)["projects"] == ["P-001", "P-002", "P-003"]
    assert _contents(whole)["certificates"] == ["P-002"]
    _sound(whole)


def test_the_check_of_a_partial_copy_still_finds_what_it_did_not_leave_out(
    office: str, tmp_path: Path, cli: Any
) -> None:
    lap = str(tmp_path / "lap.mdesk")
    assert cli("field-copy", office, lap, "--device", "TRUCK1", "--projects", "P-001").code == 0
    _sound(lap)
    con = sqlite3.connect(lap)
    with con:
        con.execute("DELETE FROM settings WHERE key = 'field.left_out'")
    con.close()
    with Books.open(lap, create=False, readonly=True) as b:
        problems = check_books(b)
    assert any("INV-2026-0002 was issued but no document carries it" in p for p in problems)
    assert any("no longer in the books" in p for p in problems)


def test_sync_keeps_a_partial_copy_partial(office: str, tmp_path: Path, cli: Any) -> None:
    lap = str(tmp_path / "lap.mdesk")
    assert cli("field-copy", office, lap, "--device", "TRUCK1", "--projects", "P-001").code == 0
    r = cli("complete", lap, "P-001", "Demolition", "--date", "2026-03-02", "--signed-by", "Maria")
    assert r.code == 0, r.err
    assert cli("pay", lap, "INV-2026-0002", "10.00").code == 2  # not on this laptop
    # Meanwhile the office bills both projects.
    for code in ("P-001", "P-002"):
        assert cli("complete", office, code, "Rough-in", "--date", "2026-04-01").code == 0
        assert cli("issue", office, code, "Rough-in", "--date", "2026-04-01").code == 0
    out = json.loads(cli("sync", lap, "--json").out)
    assert out["pushed"] == 1 and out["conflicts"] == []
    got = _contents(lap)
    assert got["projects"] == ["P-001"] and got["clients"] == ["C-001"]
    assert got["invoices"] == ["INV-2026-0001", "INV-2026-0004"]  # P-001's new invoice, not P-002's
    assert got["certificates"] == ["P-001"] and got["marker"].projects == ("P-001",)
    _sound(lap)
    _sound(office)
    with Books.open(lap, create=False, readonly=True) as b, b.read() as s:
        numbers, _ = field_marker.left_out(s)
        assert {"INV-2026-0002", "INV-2026-0003", "INV-2026-0005"} <= numbers
    assert json.loads(cli("sync", lap, "--json").out)["pushed"] == 0
    _sound(lap)


def test_an_unknown_project_is_refused_and_nothing_is_written(office: str, tmp_path: Path, cli: Any) -> None:
    lap = tmp_path / "lap.mdesk"
    r = cli("field-copy", office, str(lap), "--device", "TRUCK1", "--projects", "P-001,P-009")
    assert r.code == 2 and "P-009" in r.err
    assert not lap.exists()
