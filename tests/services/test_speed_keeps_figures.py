"""Speed work that must not change what the books say (issue 18): the audit head's count, the
streamed export, check without a query per project, the open of a big file, font registration."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from bench.generate import generate
from milestone_desk.persistence import probe
from milestone_desk.persistence.models import AuditEvent, Setting
from milestone_desk.services.core import audit
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records.queries.check import check_books


@contextmanager
def counted(books: Books) -> Iterator[list[str]]:
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(books.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(books.engine, "before_cursor_execute", before)


def test_the_audit_head_counts_every_event_without_counting_the_trail(books: Books) -> None:
    with books.write() as s:
        for n in range(3):
            audit.record(s, "thing", f"u{n}", "make", None, {"n": n})
    with books.write() as s, counted(books) as statements:
        audit.record(s, "thing", "u9", "make", None, {"n": 9})
        s.flush()
    assert not any("count(" in q.lower() for q in statements), statements
    with books.read() as s:
        total = s.scalar(select(func.count()).select_from(AuditEvent))
        head = s.get(Setting, audit.HEAD_KEY)
        assert head is not None and head.value.split(":")[0] == str(total)
        assert audit.verify_head(s) == [] and audit.verify_chain(s) == []


def test_a_file_without_a_head_counts_its_trail_once(books: Books) -> None:
    with books.write() as s:
        audit.record(s, "thing", "u1", "make")
    con = sqlite3.connect(books.path)
    con.execute("DROP TRIGGER IF EXISTS guard_audit_head_no_delete")
    con.execute("DELETE FROM settings WHERE key = 'audit.head'")
    con.commit()
    con.close()
    with books.write() as s:
        audit.record(s, "thing", "u2", "make")
    with books.read() as s:
        total = s.scalar(select(func.count()).select_from(AuditEvent))
        head = s.get(Setting, audit.HEAD_KEY)
        assert head is not None and head.value.split(":")[0] == str(total)


@pytest.fixture(scope="module")
def firms(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("firms")
    out = {}
    for projects in (12, 48):
        path = folder / f"firm{projects}.mdesk"
        generate(path, seed=3, projects=projects, clients=6)
        out[projects] = path
    return out


def test_the_streamed_export_is_the_export_byte_for_byte(firms: dict[int, Path]) -> None:
    with Books.open(firms[12], readonly=True) as books:
        parts: list[str] = []
        exchange.export_to(books, parts.append)
        whole = json.dumps(exchange.export_data(books), indent=2, ensure_ascii=False) + "\n"
        assert len(parts) > 20  # written piece by piece, not built whole
        assert "".join(parts) == whole == exchange.export_text(books)


def _queries(path: Path, work: Any) -> int:
    with Books.open(path, readonly=True) as books, counted(books) as statements:
        work(books)
        return len(statements)


@pytest.mark.parametrize(
    "work",
    [check_books, lambda books: exchange.export_to(books, lambda _text: None)],
    ids=["check", "export"],
)
def test_check_and_export_do_not_query_per_project(firms: dict[int, Path], work: Any) -> None:
    small, big = _queries(firms[12], work), _queries(firms[48], work)
    # export_fields still reads each project's change orders (one small query per project)
    # check reads the stored PDFs PDF_BATCH (200) at a time: a few more batches on the bigger firm
    allowance = 48 - 12 if work is not check_books else 8
    assert big <= small + allowance, (small, big)


def test_a_big_file_is_checked_at_open_without_its_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.mdesk"
    generate(path, seed=5, projects=6, clients=3)
    checked: list[str] = []
    real = probe._quick_check

    def spy(conn: sqlite3.Connection, where: Path) -> bool:
        conn.set_trace_callback(checked.append)
        try:
            return real(conn, where)
        finally:
            conn.set_trace_callback(None)

    monkeypatch.setattr(probe, "FULL_CHECK_MAX_BYTES", 0)
    monkeypatch.setattr(probe, "_quick_check", spy)
    assert probe.probe_file(path) is not None
    assert any('quick_check("projects")' in q for q in checked), checked
    assert not any('quick_check("invoices")' in q for q in checked)  # frozen PDFs live there
    assert "PRAGMA quick_check" not in checked

    # damage inside a table of the books (the projects' pages) is still found at open
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'projects'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page] = 0x42  # an impossible b-tree page type
    path.write_bytes(bytes(data))
    with pytest.raises(probe.OpenProblem) as caught:
        probe.probe_file(path)
    assert caught.value.kind == "damaged"


def test_registering_the_fonts_never_searches_reportlabs_afm_files() -> None:
    code = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "def boom(*a, **k): raise SystemExit('searched the AFM files')\n"
        "pdfmetrics.bruteForceSearchForAFM = boom\n"
        "from milestone_desk.documents import fonts\n"
        "fonts.register_fonts(); fonts._fallback()\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_the_pool_keeps_a_connection_and_numbers_stay_in_order(books: Books) -> None:
    from milestone_desk.services.billing import invoicing

    numbers = []
    for name in ("Deposit", "Demolition"):
        milestones.complete_milestone(books, "P-001", name, date(2026, 3, 1))
        numbers.append(invoicing.issue_invoice(books, "P-001", name, date(2026, 3, 1)))
    assert numbers == ["INV-2026-0001", "INV-2026-0002"]
    assert books.engine.pool.checkedin() >= 1  # kept for the next transaction, not closed


def test_pdf_all_with_the_pool_writes_what_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from milestone_desk.services.billing import pdf_pool

    path = tmp_path / "firm.mdesk"
    generate(path, seed=11, projects=4, clients=2)
    with Books.open(path, readonly=True) as books:
        monkeypatch.setattr(pdf_pool, "POOL_FROM", 10**9)
        alone = [p.name for p in pdf_pool.write_all(books, tmp_path / "alone")]
        monkeypatch.setattr(pdf_pool, "POOL_FROM", 1)
        monkeypatch.setattr(pdf_pool, "CHUNK", 5)
        monkeypatch.setattr(pdf_pool, "workers", lambda: 2)
        pooled = [p.name for p in pdf_pool.write_all(books, tmp_path / "pooled")]
    assert pooled == alone and len(alone) > 10
    for name in alone:
        a = PdfReader(tmp_path / "alone" / name).pages[0].extract_text()
        b = PdfReader(tmp_path / "pooled" / name).pages[0].extract_text()
        assert a == b and name.removesuffix(".pdf") in a
