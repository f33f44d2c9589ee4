"""Bring a company file to the current schema; Alembic is imported only when a migration is due."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, text

from milestone_desk.domain.errors import BooksError
from milestone_desk.persistence import engines

#: The newest revision this build knows; a test keeps it equal to the migrations' head.
HEAD = "1501"
#: Every revision this build can upgrade from, in the order they apply (ids are not sequential:
#: features were built side by side and chained when merged).
KNOWN = ("0001", "0004", "0002", "0003", "0005", "0007", "1901", "1401", "1501")


def current_revision(conn: Connection) -> str | None:
    """The file's schema revision, None for a brand-new empty file; raises for a foreign file."""
    tables = engines.table_names(conn)
    if "alembic_version" not in tables:
        if tables - {"sqlite_sequence"}:
            raise BooksError("This database holds tables of another program, not Milestone Desk books.")
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
    migrate(engine, "head")


def migrate(engine: Engine, target: str, *, down: bool = False) -> None:
    """Move the schema to ``target`` in one transaction, foreign keys checked at the end.

    SQLite rebuilds a table to drop or alter a column; with foreign keys enforced that DROP TABLE
    fails, and with ON DELETE CASCADE it would delete child rows. So enforcement is off while the
    revisions run (the pragma only works outside a transaction) and ``foreign_key_check`` must be
    empty before the transaction commits.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":  # a server alters tables in place, its keys checked on every write
            with conn.begin():
                engines.start_write(conn)
                config.attributes["connection"] = conn
                (command.downgrade if down else command.upgrade)(config, target)
            return
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                (command.downgrade if down else command.upgrade)(config, target)
                faults = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if faults:
                    raise BooksError(
                        f"Upgrading the company file would leave {len(faults)} broken links between "
                        "records; nothing was changed."
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
