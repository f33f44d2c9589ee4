"""Every kind of sync conflict, settled by a person in the office window (Sync → Conflicts…).

Each case makes its conflict the way it happens (the laptop works offline, the office works meanwhile,
the laptop syncs), then reads both versions in the dialog's table and clicks the button that settles it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from milestone_desk.persistence.models import Milestone
from milestone_desk.persistence.models_field import SyncConflict
from milestone_desk.services.core.books import Books
from milestone_desk.services.field import field_sync
from milestone_desk.services.firm import milestones
from milestone_desk.services.records.queries.check import check_books
from milestone_desk.ui.field_dialogs import ConflictsDialog
from tests.field_support import certificates, office_with_deposits
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path("/tmp/md-field-shots")


def _sign(cli: Any, lap: str, name: str = "Demolition", on: str = "2026-03-02") -> None:
    r = cli("complete", lap, "P-001", name, "--date", on, "--signed-by", "Maria")
    assert r.code == 0, r.err


def _reschedule(cli: Any, lap: str, office: str) -> None:
    _sign(cli, lap)
    with Books.open(office, create=False) as b:
        milestones.reschedule_milestone(b, "P-001", "Demolition", date(2026, 3, 20))


def _completed_differently(cli: Any, lap: str, office: str) -> None:
    _sign(cli, lap)
    assert cli("complete", office, "P-001", "Demolition", "--date", "2026-03-10").code == 0


def _change_order(cli: Any, lap: str, office: str) -> None:
    _sign(cli, lap)
    r = cli(
        "change-order", office, "P-001", "1000.00", "--description", "More tiles", "--spread", "--approve"
    )
    assert r.code == 0, r.err


def _removed(cli: Any, lap: str, office: str) -> None:
    _sign(cli, lap)
    r = cli(
        "change-order", office, "P-001", "-7275.00", "--description", "Client demolishes himself",
        "--removes", "Demolition", "--approve",
    )  # fmt: skip
    assert r.code == 0, r.err


def _pay_void(cli: Any, lap: str, office: str) -> None:
    assert cli("pay", lap, "INV-2026-0001", "250.00", "--reference", "chk 12").code == 0
    assert cli("void", office, "INV-2026-0001", "--reason", "wrong client").code == 0


def _pay_paid(cli: Any, lap: str, office: str) -> None:
    assert cli("pay", lap, "INV-2026-0001", "250.00", "--reference", "chk 12").code == 0
    assert cli("pay", office, "INV-2026-0001", "4850.00").code == 0


# kind, how it happens, the button clicked, what the office's and field's columns show
CASES: list[tuple[str, Callable[[Any, str, str], None], str, str, str]] = [
    ("rescheduled", _reschedule, "field", "planned date: 2026-03-20", "completed date: 2026-03-02"),
    ("completed_differently", _completed_differently, "office", "completed date: 2026-03-10",
     "completed date: 2026-03-02"),
    ("changed_by_change_order", _change_order, "field", "amount: ", "completed date: 2026-03-02"),
    ("milestone_removed", _removed, "office", "change order: 1, status: removed", "completed date: 2026-03-02"),
    ("payment_on_void_invoice", _pay_void, "office", "status: void", "reference: chk 12"),
    ("payment_on_paid_invoice", _pay_paid, "office", "status: paid", "reference: chk 12"),
]  # fmt: skip


def _demolition(office: Path) -> tuple[str, date | None] | None:
    with Books.open(office, create=False, readonly=True) as b, b.read() as s:
        m = s.scalars(
            select(Milestone).where(Milestone.name == "Demolition", Milestone.project_id == 1)
        ).first()
        return None if m is None else (m.status, m.completed_date)


@pytest.mark.parametrize(
    ("kind", "make", "keep", "office_text", "field_text"), CASES, ids=[c[0] for c in CASES]
)
def test_each_conflict_kind_is_listed_with_both_versions_and_settled_in_the_window(
    tmp_path: Path,
    qtbot: Any,
    cli: Any,
    kind: str,
    make: Callable[[Any, str, str], None],
    keep: str,
    office_text: str,
    field_text: str,
) -> None:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    make(cli, str(lap), str(office))
    out = json.loads(cli("sync", str(lap), "--json").out)
    assert [c["kind"] for c in out["conflicts"]] == [kind]
    window, _ = open_window(qtbot, office, tmp_path)
    fa = window.field_actions
    seen: list[ConflictsDialog] = []

    def settle(dialog: ConflictsDialog) -> int:
        seen.append(dialog)
        if len(seen) == 1:
            table = dialog.table
            assert table.rowCount() == 1
            texts = [table.item(0, c).text() for c in range(table.columnCount())]
            assert texts[0] == kind.replace("_", " ") and texts[2] == "TRUCK1"
            assert office_text in texts[3] and field_text in texts[4]  # both versions, side by side
            assert texts[5].startswith("open")
            assert dialog.keep_office.isEnabled()
            field_allowed = not kind.startswith("payment_on_") and kind != "milestone_removed"
            assert dialog.keep_field.isEnabled() == field_allowed
            if kind == "milestone_removed":
                SHOTS.mkdir(exist_ok=True)
                assert dialog.grab().save(str(SHOTS / "conflict-removed.png"))
            (dialog.keep_field if keep == "field" else dialog.keep_office).click()
        return int(dialog.result())

    fa.run_dialog = settle  # type: ignore[assignment]
    fa.conflicts_action.trigger()
    assert len(seen) == 2  # listed again after settling
    assert (
        seen[1]
        .table.item(0, 5)
        .text()
        .startswith("settled: " + ("took the field" if keep == "field" else "kept the office"))
    )
    window.close()
    with Books.open(office, create=False, readonly=True) as b:
        with b.read() as s:
            [row] = s.scalars(select(SyncConflict)).all()
            assert row.settled_at is not None and row.office != "null" and row.field != "null"
        assert check_books(b) == []
        if not kind.startswith(
            "payment_on_"
        ):  # nothing typed on the laptop is lost: the certificate is there
            assert [c[1] for c in certificates(b)] == ["Demolition"]
    after = _demolition(office)
    if kind == "milestone_removed":
        assert after is None
    elif keep == "field":
        assert after == ("completed", date(2026, 3, 2))
    elif kind == "completed_differently":
        assert after == ("completed", date(2026, 3, 10))


def test_a_milestone_the_office_removed_keeps_the_field_completion_and_refuses_the_field_version(
    tmp_path: Path, cli: Any
) -> None:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    _removed(cli, str(lap), str(office))
    out = json.loads(cli("sync", str(lap), "--json").out)
    assert out["pushed"] == 1
    [c] = out["conflicts"]
    assert c["kind"] == "milestone_removed" and c["record"] == "P-001 / Demolition"
    assert c["office"] == {"status": "removed", "change_order": 1}
    assert c["field"]["completed_date"] == "2026-03-02" and c["field"]["seen"]["status"] == "planned"
    listed = json.loads(cli("conflicts", str(office), "--json").out)
    r = cli("settle", str(office), str(listed[0]["id"]), "--keep", "field")
    assert r.code == 2 and "removed at the office" in r.err
    with Books.open(lap, create=False, readonly=True) as b:  # the laptop pulled the office schedule
        assert _demolition(lap) is None
        assert [x[1] for x in certificates(b)] == ["Demolition"]  # and its signed certificate stays
        assert field_sync.pending(b) == 0
        assert check_books(b) == []
    assert json.loads(cli("sync", str(lap), "--json").out)["pushed"] == 0  # nothing twice
