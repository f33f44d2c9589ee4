"""The documents revision (0002): models and migrations agree, from a fresh file and from 0001."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from milestone_desk.persistence import schema
from milestone_desk.persistence.all_models import Base
from milestone_desk.persistence.sqlite import make_engine
from milestone_desk.services.core.books import Books


def diff(books: Books) -> list[object]:
    with books.engine.connect() as conn:
        return list(
            compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        )


def test_fresh_file_matches_models(db_path: Path) -> None:
    with Books.open(db_path) as books:
        assert diff(books) == []
        with books.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.HEAD


def test_upgrade_from_0001_matches_models(db_path: Path) -> None:
    db_path.touch(mode=0o600)
    engine = make_engine(db_path, readonly=False)
    config = Config()
    config.set_main_option("script_location", str(Path(schema.__file__).parent / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    with Books.open(db_path) as books:
        assert diff(books) == []
