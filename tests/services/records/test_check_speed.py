"""`check` on a file opened read-only proves the stored PDFs on a thread of their own (issue 18):
a damaged PDF is still found, named, and reported in its place among the findings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.generate import generate
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.queries import check


def _damage_pdf(path: Path, table: str, row_id: int) -> str:
    con = sqlite3.connect(path)
    number, pdf = con.execute(f"SELECT number, pdf FROM {table} WHERE id=?", (row_id,)).fetchone()
    changed = bytearray(pdf)
    changed[len(changed) // 2] ^= 0x01
    guard = f"guard_{table}_frozen"
    (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name=?", (guard,)).fetchone()
    con.execute(f"DROP TRIGGER {guard}")
    con.execute(f"UPDATE {table} SET pdf=? WHERE id=?", (bytes(changed), row_id))
    con.execute(sql)
    con.commit()
    con.close()
    return str(number)


def test_a_damaged_pdf_is_found_by_the_proof_aside_and_by_the_proof_in_turn(tmp_path: Path) -> None:
    firm = tmp_path / "firm.mdesk"
    generate(firm, seed=3, projects=8, clients=3, frozen=True)
    with Books.open(firm, readonly=True) as books:
        assert check.check_report(books).findings == []
    invoice = _damage_pdf(firm, "invoices", 2)
    receipt = _damage_pdf(firm, "receipts", 3)
    with Books.open(firm, readonly=True) as books:
        running = check._pdfs_aside(books)  # the path under test
        assert running is not None
        proved, digests = running.result()
        assert len(proved) == 2 and len(digests["invoices"]) >= 8 and len(digests["receipts"]) >= 8
        aside = check.check_report(books).findings
    with Books.open(firm) as books:
        assert check._pdfs_aside(books) is None  # a writer's read takes the write lock
        in_turn = check.check_report(books).findings
    assert aside == in_turn
    texts = [f.text for f in aside if f.kind == "pdf-damaged"]
    assert len(texts) == 2
    assert any(f"invoice {invoice} is damaged" in t for t in texts)
    assert any(f"receipt {receipt} is damaged" in t for t in texts)
