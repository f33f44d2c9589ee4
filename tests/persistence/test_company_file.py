"""The company file: schema from migrations equals the models, pragmas, privacy, read-only opens."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.persistence import schema
from milestone_desk.services.core.books import Books


def test_migrations_build_exactly_the_models(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from milestone_desk.persistence.all_models import Base

    with Books.open(db_path) as books, books.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    config = Config()
    config.set_main_option("script_location", str(Path(schema.__file__).parent / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == schema.HEAD
    assert schema.KNOWN[-1] == schema.HEAD


def test_pragmas_of_the_company_file(books: Books) -> None:
    with books.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL: WAL synced at checkpoints


def test_a_numbered_document_is_flushed_to_the_disk_before_issuing_returns(
    books: Books, monkeypatch: pytest.MonkeyPatch
) -> None:
    """synchronous=NORMAL for routine writes; a transaction that takes a number fsyncs the WAL."""
    from datetime import date

    from milestone_desk.persistence import sqlite as sqlite_mod
    from milestone_desk.services.core import numbering

    synced: list[Path] = []
    monkeypatch.setattr(sqlite_mod, "sync_wal", lambda path: synced.append(path))
    with books.write() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('plain', 'x')"))
    assert synced == []
    with books.write() as s:
        numbering.take(s, "invoice", date(2026, 5, 1))
    assert synced == [books.path]
    sqlite_mod.sync_wal(books.path)  # the real one finds the WAL (or none) without failing


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_company_file_is_private(books: Books) -> None:
    assert os.stat(books.path).st_mode & 0o077 == 0


def test_opening_for_reading_never_writes(books: Books) -> None:
    books.close()
    before = hashlib.sha256(books.path.read_bytes()).hexdigest()
    with Books.open(books.path, readonly=True) as reader:
        with pytest.raises(BooksError):
            with reader.write():
                pass
        with pytest.raises(BooksError), reader.read() as s:
            s.execute(text("DELETE FROM clients"))
    assert hashlib.sha256(books.path.read_bytes()).hexdigest() == before


def test_alembic_is_not_imported_when_no_migration_is_due(books: Books) -> None:
    books.close()
    code = (
        "import sys; from milestone_desk.services.core.books import Books; "
        f"Books.open({str(books.path)!r}).close(); print('alembic' in sys.modules)"
    )
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_missing_foreign_and_newer_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="no company file"):
        Books.open(tmp_path / "nope.mdesk", create=False)
    foreign = tmp_path / "other.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(BooksError, match="not a Milestone Desk company file"):
        Books.open(foreign)
    text_file = tmp_path / "notes.mdesk"
    text_file.write_text("hello")
    with pytest.raises(BooksError, match="not a Milestone Desk"):
        Books.open(text_file)
    newer = tmp_path / "newer.mdesk"
    Books.open(newer).close()
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    with pytest.raises(BooksError, match="newer version"):
        Books.open(newer)


def test_version_and_window_start_do_not_import_the_command_modules() -> None:
    import subprocess

    code = (
        "import sys; from milestone_desk.cli import build_parser, names_a_command; "
        "assert not names_a_command(['--db', 'x.mdesk', '--size', '800x600']); "
        "assert names_a_command(['--db', 'x.mdesk', 'ledger', 'x.mdesk']) and names_a_command(['-h']); "
        "build_parser(with_commands=False).parse_args(['--db', 'demo']); "
        "print(sorted(m for m in ('sqlalchemy', 'reportlab', 'alembic', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
