"""On a field copy, work that would not sync is refused in one sentence instead of being undone later."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence.models import Milestone
from milestone_desk.services.core.books import Books
from milestone_desk.services.field import field_sync
from milestone_desk.services.firm import milestones
from tests.field_support import office_with_deposits
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _milestone(path: Path, name: str) -> tuple[str, date | None, date | None]:
    with Books.open(path, create=False, readonly=True) as b, b.read() as s:
        m = s.scalars(select(Milestone).where(Milestone.name == name, Milestone.project_id == 1)).one()
        return m.status, m.completed_date, m.planned_date


def test_reopen_start_and_moving_a_date_are_the_offices(tmp_path: Path, qtbot: Any, cli: Any) -> None:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    r = cli("complete", str(lap), "P-001", "Demolition", "--date", "2026-03-02", "--signed-by", "Maria")
    assert r.code == 0, r.err
    before = {n: _milestone(lap, n) for n in ("Demolition", "Rough-in")}
    with Books.open(lap, create=False) as b:
        with pytest.raises(BadInput, match="Starting a milestone happens at the office"):
            milestones.start_milestone(b, "P-001", "Rough-in")
    window, script = open_window(qtbot, lap, tmp_path)
    model = window.projects_pane.model
    window.projects_pane.select_row(model.row_of(lambda p: p.code == "P-001"))
    window.controller.wait_loaded()
    window.controller.reopen_milestone("Demolition")  # the pane's Reopen button and the timeline's menu
    window.controller.reschedule_milestone("Rough-in", date(2026, 4, 20))  # a drag on the timeline
    window.close()
    assert len(script.errors) == 2
    assert script.errors[0].startswith("Reopening a milestone happens at the office")
    assert script.errors[1].startswith("Moving a milestone's planned date happens at the office")
    assert {n: _milestone(lap, n) for n in ("Demolition", "Rough-in")} == before
    with Books.open(lap, create=False, readonly=True) as b:
        assert field_sync.pending(b) == 1  # only the sign-off waits for the office
    # At the office the same work is allowed.
    with Books.open(office, create=False) as b:
        milestones.reschedule_milestone(b, "P-001", "Rough-in", date(2026, 4, 20))
    assert _milestone(office, "Rough-in")[2] == date(2026, 4, 20)


def test_change_orders_are_made_at_the_office_and_requested_from_the_site(tmp_path: Path, cli: Any) -> None:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    assert cli("change-order", str(office), "P-001", "300.00", "--description", "Outlet").code == 0  # a draft
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    r = cli("change-order", str(lap), "P-001", "500.00", "--description", "Extra outlet", "--approve")
    assert r.code == 2 and "A change order happens at the office" in r.err and "(draft) instead" in r.err
    r = cli("change-order-approve", str(lap), "P-001", "1")
    assert r.code == 2 and "Approving or rejecting a change order happens at the office" in r.err
    log = cli("change-orders", str(lap), "P-001", "--json")
    assert log.code == 0 and [c["status"] for c in json.loads(log.out)["change_orders"]] == ["draft"]
    assert (
        cli("draft", str(lap), "P-001", "--change-order", "500.00", "--description", "Extra outlet").code == 0
    )
