"""Selecting another project runs the same few statements whether the file holds 3 or 2,003 projects."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from milestone_desk.domain.schedule import Share
from milestone_desk.persistence.models import Milestone, Project
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import MilestoneSpec, ProjectSpec, ProjectSummary
from milestone_desk.services.firm import projects
from tests.ui_support import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def bulk_projects(books: Books, count: int) -> None:
    """Add ``count`` projects of five milestones each with two executemany inserts (no ORM objects)."""
    with books.read() as s:
        client_id = s.scalar(Project.__table__.select().with_only_columns(Project.client_id).limit(1))
    with books.engine.begin() as conn:
        conn.execute(
            Project.__table__.insert(),
            [
                {
                    "code": f"B-{i:05d}",
                    "client_id": client_id,
                    "name": f"Bulk job {i}",
                    "contract_cents": 1_000_000,
                }
                for i in range(count)
            ],
        )
        ids = [row[0] for row in conn.execute(Project.__table__.select().with_only_columns(Project.id)
                                              .where(Project.code.like("B-%")))]  # fmt: skip
        conn.execute(
            Milestone.__table__.insert(),
            [
                {
                    "project_id": pid,
                    "position": n,
                    "name": f"Stage {n}",
                    "share_kind": "percent",
                    "share_percent": "20",
                    "amount_cents": 200_000,
                }
                for pid in ids
                for n in range(5)
            ],
        )


def count_statements_on_switch(qtbot: Any, path: Path, tmp_path: Path) -> tuple[int, float, int]:
    window, _ = open_window(qtbot, path, tmp_path)
    pane = window.projects_pane
    assert pane.select_code("P-001")
    statements: list[str] = []

    def listen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    engine = window.books.engine
    event.listen(engine, "before_cursor_execute", listen)
    try:
        start = time.perf_counter()
        assert pane.select_code("P-002")
        elapsed = time.perf_counter() - start
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    current = pane.current()
    assert isinstance(current, ProjectSummary) and current.code == "P-002"
    assert window.milestone_pane.detail is not None
    assert window.milestone_pane.detail.summary.code == "P-002"
    rows = pane.model.rowCount()
    window.close()
    window.books.close()
    return len(statements), elapsed, rows


def test_switching_projects_costs_the_same_on_a_big_file(qtbot: Any, tmp_path: Path, books: Books) -> None:
    projects.create_project(
        books, ProjectSpec("P-002", "C-001", "Garage", 500_000, [MilestoneSpec("All", Share.remainder())])
    )
    books.close()
    big_path = tmp_path / "big.mdesk"
    shutil.copy(books.path, big_path)
    with Books.open(big_path) as big:
        bulk_projects(big, 2000)
    (tmp_path / "small").mkdir()
    (tmp_path / "big").mkdir()

    small_count, _, small_rows = count_statements_on_switch(qtbot, books.path, tmp_path / "small")
    big_count, big_time, big_rows = count_statements_on_switch(qtbot, big_path, tmp_path / "big")

    assert (small_rows, big_rows) == (2, 2002)
    assert big_count == small_count, (small_count, big_count)
    assert 0 < big_count <= 30
    assert big_time < 1.0
