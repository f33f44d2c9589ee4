"""Issued documents are frozen: stored PDF + SHA-256 in the issuing transaction, byte-identical reprints."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import update

from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.domain.money import format_money
from milestone_desk.persistence.models import AuditEvent, Client, Invoice
from milestone_desk.services.billing import documents, invoicing, payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.firm.company import get_company, save_company


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def issue(books: Books, name: str, on: date) -> str:
    milestones.complete_milestone(books, "P-001", name, on)
    return invoicing.issue_invoice(books, "P-001", name, on)


def test_issue_stores_pdf_and_sha_and_reprint_is_identical_after_profile_change(books: Books) -> None:
    number = issue(books, "Deposit", date(2026, 1, 15))
    with books.read() as s:
        row = s.query(Invoice).filter_by(number=number).one()
        stored, digest = row.pdf, row.pdf_sha256
    assert stored is not None and stored.startswith(b"%PDF")
    assert digest == hashlib.sha256(stored).hexdigest()
    with books.read() as s:  # the fingerprint is in the hash-chained audit trail too
        event = s.query(AuditEvent).filter_by(entity="invoice", action="issue").one()
        assert json.loads(event.after)["pdf_sha256"] == digest
    first = documents.invoice_pdf(books, number)
    assert first == stored
    profile = get_company(books)
    save_company(books, replace(profile, name="Renamed & Co", address="1 New Street", page_size="a4"))
    assert documents.invoice_pdf(books, number) == first
    text = text_of(first)
    assert "Hartwell Remodeling" in text and "Renamed" not in text
    preview = text_of(documents.preview_invoice_pdf(books, number))
    assert "Renamed & Co" in preview and "DRAFT" in preview


def test_invoice_from_the_books_has_number_client_and_every_figure(books: Books) -> None:
    issue(books, "Deposit", date(2026, 1, 15))
    deposit = invoicing.list_invoices(books)[0]
    payments.record_payment(books, deposit.number or "", deposit.amount_due_cents, date(2026, 1, 20))
    number = issue(books, "Demolition", date(2026, 2, 10))
    view = invoicing.invoice_view(books, number)
    text = text_of(documents.invoice_pdf(books, number))
    assert number in text and "Maria Delgado" in text
    # Demolition: 15 % of 48,500.00 = 7,275.00, 5 % retainage 363.75, due 6,911.25
    for cents in (4_850_000, 727_500, 36_375, 6_911_25 // 1, 485_000, view.amount_due_cents):
        assert format_money(cents) in text, cents
    billed_to_date = 485_000 + 727_500
    assert format_money(billed_to_date) in text
    assert format_money(36_375) in text  # retainage to date: the deposit carries none
    assert "Net 30 days" in text and "22 Birch St" in text


def test_receipt_frozen_with_credit(books: Books) -> None:
    number = issue(books, "Deposit", date(2026, 1, 15))
    due = invoicing.invoice_view(books, number).amount_due_cents
    result = payments.record_payment(books, number, due + 12_345, date(2026, 1, 20), "ACH", "TX-1")
    pdf = documents.receipt_pdf(books, result.receipt_number)
    assert pdf == documents.receipt_pdf(books, result.receipt_number)
    text = text_of(pdf)
    assert result.receipt_number in text and "Maria Delgado" in text and number in text
    for cents in (due + 12_345, due, 12_345):
        assert format_money(cents) in text
    assert "TX-1" in text


@pytest.mark.parametrize(
    "name",
    ["Żółć Łukasz · Γιώργος · Иван · 王小明 · 김민준 <b>&amp;</b>", "محمد عبد الله", "Studio & Co דוד כהן"],
)
def test_names_in_many_scripts_through_the_books(books: Books, name: str) -> None:
    with books.write() as s:
        s.execute(update(Client).values(name=name))
    number = issue(books, "Deposit", date(2026, 1, 15))
    text = " ".join(text_of(documents.invoice_pdf(books, number)).split())
    assert name in text


def test_tampered_stored_pdf_is_refused(books: Books, db_path: Path) -> None:
    number = issue(books, "Deposit", date(2026, 1, 15))
    with books.write() as s:  # the services and the triggers refuse it ...
        row = s.query(Invoice).filter_by(number=number).one()
        row.pdf = (row.pdf or b"") + b"%tampered"
        with pytest.raises(BadInput, match="cannot be edited"):
            s.flush()
        s.rollback()
    con = sqlite3.connect(db_path)  # ... so tamper as an attacker would: triggers dropped, raw SQL
    for (name,) in con.execute("select name from sqlite_master where type = 'trigger'").fetchall():
        con.execute(f'drop trigger "{name}"')
    (stored,) = con.execute("select pdf from invoices where number = ?", (number,)).fetchone()
    con.execute("update invoices set pdf = ? where number = ?", (stored + b"%tampered", number))
    con.commit()
    con.close()
    with pytest.raises(BooksError, match="fingerprint"):
        documents.invoice_pdf(books, number)


def test_issue_is_all_or_nothing_when_rendering_fails(books: Books, monkeypatch: pytest.MonkeyPatch) -> None:
    milestones.complete_milestone(books, "P-001", "Deposit", date(2026, 1, 15))

    def boom(*_a: object) -> bytes:
        raise RuntimeError("renderer broke")

    monkeypatch.setattr(documents, "render_invoice", boom)
    with pytest.raises(RuntimeError):
        invoicing.issue_invoice(books, "P-001", "Deposit", date(2026, 1, 15))
    assert invoicing.list_invoices(books) == []
    monkeypatch.undo()
    assert issue_again(books) == "INV-2026-0001"  # no number was burnt


def issue_again(books: Books) -> str:
    return invoicing.issue_invoice(books, "P-001", "Deposit", date(2026, 1, 15))


def test_stored_rows_are_the_frozen_bytes(books: Books, db_path: Path) -> None:
    number = issue(books, "Deposit", date(2026, 1, 15))
    books.close()
    con = sqlite3.connect(db_path)
    pdf, digest = con.execute("select pdf, pdf_sha256 from invoices where number=?", (number,)).fetchone()
    con.close()
    assert hashlib.sha256(pdf).hexdigest() == digest


def test_draft_preview_before_issue_writes_nothing(books: Books, db_path: Path) -> None:
    pdf = invoicing.draft_invoice_pdf(books, "P-001", "Demolition", date(2026, 2, 1))
    text = text_of(pdf)
    assert "DRAFT" in text and "Maria Delgado" in text
    for cents in (727_500, 36_375, 691_125):  # 15 % of 48,500.00, 5 % retainage, due
        assert format_money(cents) in text
    assert "March 3, 2026" in text  # net 30 from February 1
    assert invoicing.list_invoices(books) == []
    number = issue(books, "Demolition", date(2026, 2, 1))
    with pytest.raises(BadInput, match="already invoiced"):
        invoicing.draft_invoice_pdf(books, "P-001", "Demolition")
    assert number == "INV-2026-0001"
