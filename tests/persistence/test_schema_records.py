"""Revision 0004: models and migrations agree; upgrading a 0001 file keeps every row and
registers the numbers already issued, so `check` passes right after the upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from milestone_desk.persistence import schema, sqlite_guards
from milestone_desk.persistence.all_models import Base
from milestone_desk.services.billing import credits, payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.queries.check import check_books
from tests.trust_helpers import DAY, export_of, issue


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    with Books.open(tmp_path / "fresh.mdesk") as books:
        with books.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
            assert diff == []
            assert schema.current_revision(conn) == schema.HEAD
            assert sqlite_guards.missing(conn) == []
    assert "0004" in schema.KNOWN


def _downgrade_to_0001(path: Path) -> None:
    """Make the file as revision 0001 wrote it, through the revisions' own downgrades."""
    with Books.open(path) as books:
        schema.migrate(books.engine, "0001", down=True)
    conn2 = sqlite3.connect(path)
    assert conn2.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert conn2.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)
    conn2.close()


def test_upgrade_from_0001_registers_issued_numbers(books: Books, db_path: Path, cli: Any) -> None:
    a = issue(books, "Deposit")
    b = issue(books, "Demolition")
    payments.record_payment(books, a, 4850_00, DAY)
    payments.record_payment(books, b, 1000_00, DAY)
    books.close()
    _downgrade_to_0001(db_path)
    before = export_of_0001(db_path)
    with Books.open(db_path) as upgraded:
        assert check_books(upgraded) == []
        assert credits.issue_credit_note(upgraded, b, 5_00, "Goodwill", DAY) == "CN-2026-0001"
        assert issue(upgraded, "Rough-in") == "INV-2026-0003"
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT series, period, seq, number FROM document_numbers ORDER BY id").fetchall()
    conn.close()
    assert rows[:4] == [
        ("invoice", 2026, 1, a),
        ("invoice", 2026, 2, b),
        ("receipt", 2026, 1, "RCT-2026-0001"),
        ("receipt", 2026, 2, "RCT-2026-0002"),
    ]
    after = export_of_0001(db_path)
    assert before == after
    assert '"credit_notes"' in export_of(db_path)
    assert cli("check", str(db_path)).code == 0


def export_of_0001(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    out = {
        "clients": conn.execute("SELECT code, name FROM clients ORDER BY code").fetchall(),
        "payments": conn.execute("SELECT date, amount_cents FROM payments ORDER BY id").fetchall(),
    }
    conn.close()
    return out
