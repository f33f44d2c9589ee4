"""The construction models and the 0003 migration agree; an 0001 file upgrades without losing rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from milestone_desk.persistence import schema
from milestone_desk.persistence.all_models import Base
from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import exchange


def test_models_and_migrations_agree(db_path: Path) -> None:
    books = Books.open(db_path)
    try:
        with books.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
            )
        assert diff == []
        with books.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.HEAD
    finally:
        books.close()


def test_an_0001_file_upgrades_keeping_its_rows(db_path: Path, kitchen_data: dict[str, Any]) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{db_path}")
    config = Config()
    config.set_main_option("script_location", str(Path(schema.__file__).parent / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.exec_driver_sql(
            "INSERT INTO clients (code, name, email, address, phone, uuid, created_at, updated_at) "
            "VALUES ('OLD', 'Old client', '', '', '', 'u-1', '2026-01-01', '2026-01-01')"
        )
    engine.dispose()
    books = Books.open(db_path)  # upgrades to 0003
    exchange.import_data(books, kitchen_data)
    books.close()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (schema.HEAD,)
        assert raw.execute("SELECT count(*) FROM milestones").fetchone() == (5,)
        assert raw.execute("SELECT name FROM clients WHERE code='OLD'").fetchone() == ("Old client",)
        assert raw.execute("SELECT retainage_step_at FROM projects").fetchone() == (None,)
