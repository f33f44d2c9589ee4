"""Bring a company file to the current schema; Alembic is imported only when a migration is due."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, text

from milestone_desk.domain.errors import BooksError

#: The newest revision this build knows; a test keeps it equal to the migrations' head.
HEAD = "0005"
#: Every revision this build can upgrade from, oldest first.
KNOWN = ("0001", "0005")


def current_revision(conn: Connection) -> str | None:
    """The file's schema revision, None for a brand-new empty file; raises for a foreign file."""
    tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    if "alembic_version" not in tables:
        if tables - {"sqlite_sequence"}:
            raise BooksError("This file is an SQLite database, but not a Milestone Desk company file.")
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def needs_upgrade(revision: str | None) -> bool:
    if revision is None:
        return True
    if revision == HEAD:
        return False
    if revision in KNOWN:
        return True
    raise BooksError(
        "This company file was written by a newer version of Milestone Desk; "
        "install the newer version to open it."
    )


def upgrade(engine: Engine) -> None:
    """Run the shipped Alembic revisions up to HEAD on this engine, in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
