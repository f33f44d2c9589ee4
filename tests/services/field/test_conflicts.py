"""Every kind of sync conflict: both versions kept at the office, listed, and settled by a person."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from milestone_desk.persistence.models import Milestone, Payment
from milestone_desk.persistence.models_field import SyncConflict
from milestone_desk.services.core.books import Books
from milestone_desk.services.field import field_sync
from milestone_desk.services.firm import milestones
from milestone_desk.services.records.queries.check import check_books
from tests.field_support import certificates, office_with_deposits, receipts_by_series


@pytest.fixture
def office(tmp_path: Path) -> str:
    where = str(tmp_path / "office.mdesk")
    office_with_deposits(where)
    return where


@pytest.fixture
def lap(office: str, tmp_path: Path, cli: Any) -> str:
    path = str(tmp_path / "lap.mdesk")
    assert cli("field-copy", office, path, "--device", "TRUCK1").code == 0
    return path


def _sync(cli: Any, lap: str) -> dict[str, Any]:
    r = cli("sync", lap, "--json")
    assert r.code == 0, r.err
    return dict(json.loads(r.out))


def _stored(office: str) -> list[SyncConflict]:
    with Books.open(office, create=False, readonly=True) as b, b.read() as s:
        return list(s.scalars(select(SyncConflict).order_by(SyncConflict.id)))


def _milestone(office: str, name: str) -> tuple[str, date | None]:
    with Books.open(office, create=False, readonly=True) as b, b.read() as s:
        m = s.scalars(select(Milestone).where(Milestone.name == name, Milestone.project_id == 1)).one()
        return m.status, m.completed_date


def _sound(office: str) -> None:
    with Books.open(office, create=False, readonly=True) as b:
        assert check_books(b) == []


@pytest.mark.parametrize("office_move", ["void", "paid"])
def test_a_field_payment_on_an_invoice_voided_or_paid_at_the_office_is_kept_as_credit(
    office: str, lap: str, cli: Any, office_move: str
) -> None:
    assert cli("pay", lap, "INV-2026-0001", "700.00", "--reference", "chk 88").code == 0
    if office_move == "void":
        assert cli("void", office, "INV-2026-0001", "--reason", "wrong client").code == 0
    else:
        assert cli("pay", office, "INV-2026-0001", "4850.00").code == 0
    out = _sync(cli, lap)
    kind = "payment_on_void_invoice" if office_move == "void" else "payment_on_paid_invoice"
    assert out["pushed"] == 1 and [c["kind"] for c in out["conflicts"]] == [kind]
    c = out["conflicts"][0]
    assert c["office"]["invoice"] == "INV-2026-0001" and c["field"]["amount"] == 70000
    assert c["field"]["reference"] == "chk 88" and "client credit" in c["resolution"]
    with Books.open(office, create=False, readonly=True) as b:
        assert receipts_by_series(b)["RCT-TRUCK1-2026"] == ["RCT-TRUCK1-2026-0001"]
        with b.read() as s:
            pay = s.scalars(select(Payment).where(Payment.reference == "chk 88")).one()
            assert pay.amount_cents == 70000 and pay.applications == []  # all client credit
    _sound(office)
    [row] = _stored(office)
    assert json.loads(row.field)["receipt"] == "RCT-TRUCK1-2026-0001"
    assert cli("settle", office, str(row.id), "--keep", "field").code == 2  # never onto a void/paid invoice
    r = cli("settle", office, str(row.id), "--keep", "office")
    assert r.code == 0 and "office" in r.out
    assert _stored(office)[0].settled_at is not None
    assert cli("settle", office, str(row.id), "--keep", "office").code == 2  # settled once
    _sound(office)


def test_a_milestone_rescheduled_at_the_office_is_a_conflict_settled_by_the_field_version(
    office: str, lap: str, cli: Any
) -> None:
    cli("complete", lap, "P-001", "Demolition", "--date", "2026-03-02", "--signed-by", "Maria")
    with Books.open(office, create=False) as b:
        milestones.reschedule_milestone(b, "P-001", "Demolition", date(2026, 3, 20))
    out = _sync(cli, lap)
    [c] = out["conflicts"]
    assert c["kind"] == "rescheduled" and c["record"] == "P-001 / Demolition"
    assert c["office"]["planned_date"] == "2026-03-20" and c["field"]["completed_date"] == "2026-03-02"
    assert c["field"]["seen"]["planned_date"] == "2026-03-01"
    assert _milestone(office, "Demolition") == ("planned", None)  # the office version stands
    with Books.open(office, create=False, readonly=True) as b:
        assert [x[1] for x in certificates(b)] == ["Demolition"]  # the signature is kept either way
    [row] = _stored(office)
    assert row.settled_at is None and json.loads(row.office)["planned_date"] == "2026-03-20"
    assert cli("settle", office, str(row.id), "--keep", "field").code == 0
    assert _milestone(office, "Demolition") == ("completed", date(2026, 3, 2))
    _sound(office)


def test_a_milestone_completed_at_the_office_with_another_date(office: str, lap: str, cli: Any) -> None:
    cli("complete", lap, "P-001", "Demolition", "--date", "2026-03-02", "--signed-by", "Maria")
    cli("complete", lap, "P-001", "Rough-in", "--date", "2026-04-02")
    cli("complete", office, "P-001", "Demolition", "--date", "2026-03-10")
    cli("complete", office, "P-001", "Rough-in", "--date", "2026-04-09")
    cli("issue", office, "P-001", "Rough-in", "--date", "2026-04-09")
    out = _sync(cli, lap)
    kinds = sorted((c["kind"], c["record"]) for c in out["conflicts"])
    assert kinds == [
        ("completed_differently", "P-001 / Demolition"),
        ("completed_differently", "P-001 / Rough-in"),
    ]
    by_record = {c["record"]: c for c in out["conflicts"]}
    assert by_record["P-001 / Demolition"]["office"]["completed_date"] == "2026-03-10"
    assert by_record["P-001 / Demolition"]["field"]["completed_date"] == "2026-03-02"
    rows = {r.record: r for r in _stored(office)}
    # Invoiced meanwhile: issued documents never change, so only the office version can be kept.
    r = cli("settle", office, str(rows["P-001 / Rough-in"].id), "--keep", "field")
    assert r.code == 2 and "never change" in r.err
    assert cli("settle", office, str(rows["P-001 / Rough-in"].id), "--keep", "office").code == 0
    assert cli("settle", office, str(rows["P-001 / Demolition"].id), "--keep", "field").code == 0
    assert _milestone(office, "Demolition") == ("completed", date(2026, 3, 2))
    assert _milestone(office, "Rough-in")[1] == date(2026, 4, 9)
    _sound(office)
    listed = json.loads(cli("conflicts", office, "--json").out)
    assert len(listed) == 2 and all(x["settled"] for x in listed)


def test_a_milestone_changed_by_a_change_order_at_the_office(office: str, lap: str, cli: Any) -> None:
    cli("complete", lap, "P-001", "Demolition", "--date", "2026-03-02", "--signed-by", "Maria")
    r = cli(
        "change-order", office, "P-001", "1000.00", "--description", "More tiles", "--spread", "--approve"
    )
    assert r.code == 0, r.err
    out = _sync(cli, lap)
    [c] = out["conflicts"]
    assert c["kind"] == "changed_by_change_order"
    assert c["office"]["amount_cents"] != c["field"]["seen"]["amount_cents"]
    assert _milestone(office, "Demolition")[0] == "planned"
    [row] = _stored(office)
    assert cli("settle", office, str(row.id), "--keep", "field").code == 0
    assert _milestone(office, "Demolition") == ("completed", date(2026, 3, 2))
    _sound(office)
    # The laptop pulled the conflict's outcome on its next sync; nothing is pending there.
    assert _sync(cli, lap)["pushed"] == 0
    with Books.open(lap, create=False) as b:
        assert field_sync.pending(b) == 0
