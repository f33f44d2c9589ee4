"""Credit notes as documents: a PDF frozen at issue (bytes + SHA-256), printed by `pdf --credit`
and `pdf --all`, and shown on the client's statement (applied credits and refunds)."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from milestone_desk.documents.statement_pdf import render_statement
from milestone_desk.services.billing import credit_documents, credits
from milestone_desk.services.collections.queries import statements
from milestone_desk.services.core.books import Books
from tests.collections_helpers import issue, pay

D0 = date(2026, 3, 2)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def stored(db: Path, number: str) -> tuple[bytes, str]:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT pdf, pdf_sha256 FROM credit_notes WHERE number = ?", (number,)).fetchone()
    finally:
        conn.close()
    return bytes(row[0]), str(row[1])


def test_applied_credit_note_pdf_is_frozen_at_issue(books: Books, db_path: Path) -> None:
    inv = issue(books, "P-001", "Demolition", D0)
    pay(books, inv, 200_000, D0)
    cn = credits.issue_credit_note(books, inv, 50_000, "Cabinet hinge & <b>trim</b> not fitted", D0)
    pdf = credit_documents.credit_note_pdf(books, cn)
    data, digest = stored(db_path, cn)
    assert data == pdf and digest == hashlib.sha256(pdf).hexdigest()
    text = text_of(pdf)
    for expected in (
        "CREDIT NOTE",
        cn,
        "March 2, 2026",
        f"ORIGINAL INVOICE {inv}",
        "Cabinet hinge & <b>trim</b> not fitted",
        "APPLIED TO YOUR ACCOUNT",
        f"Invoice {inv} total 6,911.25",  # 7,275.00 less 5 % retainage
        "Balance before this credit note 4,911.25",
        "Credited by this note −500.00",
        "RESULTING BALANCE",
        "$4,411.25",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "Refunded to you" not in text


def test_refund_credit_note_says_refunded_and_balance_is_unchanged(books: Books) -> None:
    inv = issue(books, "P-001", "Deposit", D0)
    pay(books, inv, 485_000, D0)
    cn = credits.issue_credit_note(books, inv, 10_000, "Overcharge", D0, refund=True)
    text = text_of(credit_documents.credit_note_pdf(books, cn))
    assert "REFUNDED" in text and "Refunded to you 100.00" in text
    assert "Balance before this credit note 0.00" in text and "$0.00" in text


def test_stored_credit_note_pdf_cannot_be_changed(books: Books, db_path: Path) -> None:
    inv = issue(books, "P-001", "Demolition", D0)
    cn = credits.issue_credit_note(books, inv, 10_000, "Goodwill", D0)
    books.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("UPDATE credit_notes SET pdf = x'00' WHERE number = ?", (cn,))
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("UPDATE credit_notes SET pdf_sha256 = 'x' WHERE number = ?", (cn,))
    finally:
        conn.close()


def test_cli_pdf_credit_and_all(books: Books, db_path: Path, tmp_path: Path, cli: Any) -> None:
    inv = issue(books, "P-001", "Demolition", D0)
    cn = credits.issue_credit_note(books, inv, 10_000, "Goodwill", D0)
    frozen = credit_documents.credit_note_pdf(books, cn)
    books.close()
    out = tmp_path / "cn.pdf"
    res = cli("pdf", str(db_path), "--credit", cn, "-o", str(out))
    assert res.code == 0 and out.read_bytes() == frozen
    res = cli("pdf", str(db_path), "--credit", "CN-9999", "-o", str(tmp_path / "none.pdf"))
    assert res.code != 0 and "CN-9999" in res.err and not (tmp_path / "none.pdf").exists()
    folder = tmp_path / "all"
    assert cli("pdf", str(db_path), "--all", "-o", str(folder)).code == 0
    assert (folder / f"{cn}.pdf").read_bytes() == frozen
    assert (folder / f"{inv}.pdf").exists()


def test_statement_shows_credit_notes_and_refunds(books: Books) -> None:
    inv = issue(books, "P-001", "Deposit", D0)
    pay(books, inv, 485_000, D0)
    refund = credits.issue_credit_note(books, inv, 10_000, "Overcharge", D0, refund=True)
    demo = issue(books, "P-001", "Demolition", D0)
    applied = credits.issue_credit_note(books, demo, 50_000, "Hinges", D0)
    stmt = statements.statement(books, "C-001", None, D0)
    assert stmt.credits == 60_000 and stmt.refunds == 10_000
    assert stmt.payments == 485_000 - 10_000
    assert stmt.closing == 691_125 - 50_000 == stmt.open_items_total - stmt.unapplied_credit
    text = text_of(render_statement(stmt))
    assert f"Credit note {applied}" in text and f"Refund {refund}" in text
    assert "Paid back to you for credit note" in text
    assert "Closing balance 6,411.25 USD" in text


def test_project_ledger_lists_credit_notes_and_balances(books: Books) -> None:
    from milestone_desk.documents.ledger_pdf import render_ledger
    from milestone_desk.services.collections.queries.project_ledger import project_ledger

    dep = issue(books, "P-001", "Deposit", D0)
    pay(books, dep, 485_000, D0)
    refund = credits.issue_credit_note(books, dep, 10_000, "Overcharge", D0, refund=True)
    demo = issue(books, "P-001", "Demolition", D0)
    applied = credits.issue_credit_note(books, demo, 50_000, "Hinges", D0)
    led = project_ledger(books, "P-001")
    assert [e.kind for e in led.entries] == ["invoice", "invoice", "payment", "credit", "credit"]
    assert led.entries[-1].balance == led.totals.outstanding == 691_125 - 50_000
    text = text_of(render_ledger(led))
    assert applied in text and refund in text and "100.00 refunded" in text
