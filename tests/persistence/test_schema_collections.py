"""Models and migrations agree (revision 0005), and a 0001 file with data upgrades keeping its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from milestone_desk.persistence import schema
from milestone_desk.persistence.all_models import Base
from milestone_desk.services.core.books import Books


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    path = tmp_path / "fresh.mdesk"
    Books.open(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()
    assert diff == []
    assert version == schema.HEAD
    assert "0005" in schema.KNOWN


def test_upgrade_from_the_previous_revision_keeps_rows(tmp_path: Path, books: Books, db_path: Path) -> None:
    schema.migrate(books.engine, schema.KNOWN[schema.KNOWN.index("0005") - 1], down=True)
    books.close()
    with sqlite3.connect(db_path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "reminder_log" not in tables and "late_fee_charges" not in tables
        before = conn.execute("SELECT count(*) FROM milestones").fetchone()[0]
    Books.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.HEAD
        assert conn.execute("SELECT count(*) FROM milestones").fetchone()[0] == before == 5
        assert conn.execute("SELECT count(*) FROM reminder_log").fetchone()[0] == 0
