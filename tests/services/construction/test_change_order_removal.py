"""A change order that removes an unbilled milestone: its amount comes off the contract to date."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from milestone_desk.domain.change_orders import check_removal
from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence.models import AuditEvent, Milestone
from milestone_desk.services.construction import change_orders
from milestone_desk.services.core import audit
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.queries.check import check_books
from tests.field_support import office_with_deposits


@pytest.fixture
def office(tmp_path: Path) -> str:
    where = str(tmp_path / "office.mdesk")
    office_with_deposits(where)
    return where


def _schedule(office: str, project_id: int = 1) -> dict[str, int]:
    with Books.open(office, create=False, readonly=True) as b, b.read() as s:
        rows = s.scalars(
            select(Milestone).where(Milestone.project_id == project_id).order_by(Milestone.position)
        )
        return {m.name: m.amount_cents for m in rows}


def _sound(office: str) -> None:
    with Books.open(office, create=False, readonly=True) as b:
        assert check_books(b) == []


def test_an_approved_change_order_removes_an_unbilled_milestone_and_its_amount_leaves_the_contract(
    office: str, cli: Any
) -> None:
    before = _schedule(office)
    assert before["Cabinets"] == 970000
    r = cli(
        "change-order", office, "P-001", "-9700.00", "--description", "Client buys the cabinets",
        "--removes", "Cabinets", "--approve",
    )  # fmt: skip
    assert r.code == 0, r.err
    after = _schedule(office)
    assert "Cabinets" not in after
    assert after == {k: v for k, v in before.items() if k != "Cabinets"}  # nothing else moved
    log = json.loads(cli("change-orders", office, "P-001", "--json").out)
    [co] = log["change_orders"]
    assert co["status"] == "approved" and co["billing"] == "remove" and "Cabinets" in co["description"]
    with Books.open(office, create=False, readonly=True) as b:
        view = change_orders.change_order_log(b, "P-001")
        assert view.contract_to_date_cents == 4850000 - 970000 == sum(after.values())
        with b.read() as s:
            event = s.scalars(select(AuditEvent).where(AuditEvent.action == "remove")).one()
            assert json.loads(event.before)["name"] == "Cabinets"
            # issue 13: every event also carries a sealed copy of who recorded it
            after_event = {k: v for k, v in json.loads(event.after).items() if k not in audit.WHO_KEYS}
            assert after_event == {"removed_by_change_order": 1}
    _sound(office)


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("-4850.00", "--removes", "Deposit", "--approve"), "invoiced; issued invoices never change"),
        (("-9700.00", "--removes", "Cabinets"), "approved at once; add --approve"),
        (("-9700.00", "--removes", "Cabinets", "--approve", "--spread"), "leave out --spread"),
        (("-9000.00", "--removes", "Cabinets", "--approve"), "give -9700.00 as the amount"),
        (("-9700.00", "--removes", "Nope", "--approve"), "Nope"),
    ],
)
def test_a_removal_that_breaks_a_rule_is_refused_in_one_sentence_and_changes_nothing(
    office: str, cli: Any, args: tuple[str, ...], sentence: str
) -> None:
    before = _schedule(office)
    r = cli("change-order", office, "P-001", args[0], "--description", "Scope cut", *args[1:])
    assert r.code == 2 and sentence in r.err and len(r.err.strip().splitlines()) == 1
    assert _schedule(office) == before
    assert json.loads(cli("change-orders", office, "P-001", "--json").out)["change_orders"] == []
    _sound(office)


def test_an_invoiced_milestone_is_never_removed(office: str, cli: Any) -> None:
    assert cli("complete", office, "P-001", "Demolition", "--date", "2026-03-02").code == 0
    assert cli("issue", office, "P-001", "Demolition", "--date", "2026-03-02").code == 0
    r = cli(
        "change-order",
        office,
        "P-001",
        "-7275.00",
        "--description",
        "x",
        "--removes",
        "Demolition",
        "--approve",
    )
    assert r.code == 2 and "Milestone 'Demolition' is invoiced; issued invoices never change" in r.err
    assert "Demolition" in _schedule(office)
    _sound(office)


def test_the_last_milestone_is_never_removed() -> None:
    with pytest.raises(BadInput, match="last milestone"):
        check_removal("Final", 100, -100, unbilled=True, is_deposit=False, others=0, display="1.00")
    check_removal("Final", 100, -100, unbilled=True, is_deposit=False, others=1, display="1.00")


def test_a_change_orders_own_milestone_stays(office: str, cli: Any) -> None:
    assert (
        cli("change-order", office, "P-002", "500.00", "--description", "Extra outlet", "--approve").code == 0
    )
    r = cli(
        "change-order",
        office,
        "P-002",
        "-500.00",
        "--description",
        "x",
        "--removes",
        "Extra outlet",
        "--approve",
    )
    assert r.code == 2 and "change order's own milestone" in r.err
    assert "Extra outlet" in _schedule(office, 2)
    _sound(office)


def test_books_with_a_removed_milestone_go_through_export_and_import_unchanged(
    office: str, tmp_path: Path, cli: Any
) -> None:
    steps = [
        ("1000.00", "Tiles", "--spread", "--approve"),
        ("-9922.22", "Client buys the cabinets", "--removes", "Cabinets", "--approve"),
        ("500.00", "Outlet", "--approve"),
        ("-100.00", "Less paint", "--spread", "--approve"),
    ]
    for amount, text, *flags in steps:
        r = cli("change-order", office, "P-001", amount, "--description", text, *flags)
        assert r.code == 0, r.err
    first = cli("export", office)
    assert first.code == 0
    doc = json.loads(first.out)
    items = {m["name"]: m for m in doc["projects"][0]["milestones"]}
    assert items["Cabinets"]["removed_by_change_order"] == 2  # at its place in the original schedule
    assert [m["name"] for m in doc["projects"][0]["milestones"]][3] == "Cabinets"
    (tmp_path / "doc.json").write_text(first.out, encoding="utf-8")
    again = str(tmp_path / "again.mdesk")
    r = cli("import", again, str(tmp_path / "doc.json"))
    assert r.code == 0, r.err
    assert _schedule(again) == _schedule(office) and "Cabinets" not in _schedule(again)
    assert json.loads(cli("export", again).out) == doc
    _sound(again)
    # A hand-made document whose removal names no milestone is refused in one sentence.
    for m in doc["projects"][0]["milestones"]:
        m.pop("removed_by_change_order", None)
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    r = cli("import", str(tmp_path / "bad.mdesk"), str(tmp_path / "bad.json"))
    assert r.code == 2 and '"removed_by_change_order": 2' in r.err
