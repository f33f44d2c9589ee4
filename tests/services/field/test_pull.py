"""A sync with nothing to push and nothing new at the office does not copy the office books again."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from milestone_desk.persistence.models import Milestone
from milestone_desk.services.core import field_marker
from milestone_desk.services.core.books import Books
from milestone_desk.services.field import field_sync
from milestone_desk.services.records.queries.check import check_books
from tests.field_support import office_with_deposits


def _marker(lap: Path) -> field_marker.Marker:
    with Books.open(lap, create=False, readonly=True) as b:
        mark = field_sync.marker(b)
    assert mark is not None
    return mark


def _status(lap: Path, name: str) -> str:
    with Books.open(lap, create=False, readonly=True) as b, b.read() as s:
        query = select(Milestone.status).where(Milestone.name == name, Milestone.project_id == 1)
        return str(s.scalars(query).one())


def test_an_unchanged_office_is_not_copied_again_and_any_change_is(tmp_path: Path, cli: Any) -> None:
    office = tmp_path / "office.mdesk"
    office_with_deposits(str(office))
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(str(office), lap, "TRUCK1")
    first = _marker(lap)
    assert first.pulled_point  # the office's change point at the copy
    inode = os.stat(lap).st_ino
    time.sleep(1.1)  # synced_at has whole seconds
    out = json.loads(cli("sync", str(lap), "--json").out)
    assert out == {"pushed": 0, "pulled": 0, "conflicts": []}
    assert os.stat(lap).st_ino == inode  # not copied again
    second = _marker(lap)
    assert second.synced_at > first.synced_at and second.pulled_point == first.pulled_point
    # The office changes something: the next sync pulls it.
    assert cli("complete", str(office), "P-001", "Rough-in", "--date", "2026-04-01").code == 0
    out = json.loads(cli("sync", str(lap), "--json").out)
    assert out["pushed"] == 0 and out["pulled"] == 1
    assert os.stat(lap).st_ino != inode and _status(lap, "Rough-in") == "completed"
    assert _marker(lap).pulled_point != first.pulled_point
    # Work pushed from the laptop changes the office too: pulled again.
    inode = os.stat(lap).st_ino
    assert (
        cli("complete", str(lap), "P-001", "Cabinets", "--date", "2026-05-01", "--signed-by", "Ann").code == 0
    )
    assert json.loads(cli("sync", str(lap), "--json").out)["pushed"] == 1
    assert os.stat(lap).st_ino != inode
    inode = os.stat(lap).st_ino
    assert json.loads(cli("sync", str(lap), "--json").out)["pushed"] == 0
    assert os.stat(lap).st_ino == inode
    with Books.open(lap, create=False, readonly=True) as b:
        assert check_books(b) == []
