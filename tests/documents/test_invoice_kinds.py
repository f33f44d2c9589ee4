"""Invoice PDFs after construction billing: each kind of invoice says what it is and shows the
project account from the books (change orders, deposit applied, retainage, previous payments)."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from milestone_desk.domain.money import format_money
from milestone_desk.persistence.models import Invoice
from milestone_desk.services.billing import documents, invoicing
from milestone_desk.services.collections import late_fees
from milestone_desk.services.construction import payapps, retainage
from milestone_desk.services.core.books import Books
from tests.cli.test_construction import PROGRESS, write
from tests.collections_helpers import issue, pay
from tests.services.construction.test_milestone_mode import APPLIED

D0 = date(2026, 2, 1)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def frozen(books: Books, number: str) -> bytes | None:
    with books.read() as s:
        return s.scalar(select(Invoice.pdf).where(Invoice.number == number))


def test_deposit_milestone_and_release_invoices(tmp_path: Path, cli: Any) -> None:
    data = json.loads(json.dumps(APPLIED))
    data["projects"][0]["change_orders"] = [
        {
            "number": 1,
            "description": "Skylight",
            "amount": "2500.00",
            "status": "approved",
            "date": "2026-01-20",
            "billing": "spread",
        }
    ]
    db = str(tmp_path / "a.mdesk")
    assert cli("import", db, str(write(tmp_path, data))).code == 0
    with Books.open(db) as books:
        deposit = retainage.issue_deposit_invoice(books, "A-1", D0)
        pay(books, deposit, 485_000, D0 + timedelta(days=3))
        found = issue(books, "A-1", "Foundation", D0 + timedelta(days=10))
        view = invoicing.invoice_view(books, found)
        text = text_of(documents.invoice_pdf(books, deposit))
        assert "DEPOSIT INVOICE" in text and "Deposit invoiced (an advance" in text
        assert "MILESTONE BILLED" not in text and "4,850.00" in text
        assert frozen(books, deposit) == documents.invoice_pdf(books, deposit)  # frozen at issue

        text = text_of(documents.invoice_pdf(books, found))
        assert "Original contract sum 48,500.00" in text
        assert "Approved change orders 2,500.00" in text
        assert "Contract to date, with changes 51,000.00" in text
        assert f"Deposit applied, this invoice {format_money(view.deposit_applied_cents)}" in text
        assert f"Retainage withheld, this invoice {format_money(view.retainage_cents)}" in text
        assert "Previous payments received 4,850.00" in text
        assert f"Tax, this invoice {format_money(view.tax_cents)}" in text
        assert f"${format_money(view.amount_due_cents)}" in text and "AMOUNT DUE NOW" in text
        assert "MILESTONE BILLED" in text

        for name in ("Framing", "Finish"):
            issue(books, "A-1", name, D0 + timedelta(days=20))
        release = retainage.issue_release(books, "A-1", D0 + timedelta(days=30))
        held = invoicing.invoice_view(books, release).amount_due_cents
        text = text_of(documents.invoice_pdf(books, release))
        assert "RETAINAGE RELEASE" in text and "Release of retainage" in text
        assert f"Retainage released by this invoice {format_money(held)}" in text
        assert f"Retainage withheld to date {format_money(held)}" in text
        assert "MILESTONE BILLED" not in text
        assert frozen(books, release) is not None


def test_late_fee_invoice_names_the_overdue_invoice(books: Books) -> None:
    demo = issue(books, "P-001", "Demolition", D0)
    due = invoicing.invoice_view(books, demo).due_date
    assert due is not None
    late_fees.save_settings(books, late_fees.LateFeeSettings(mode="flat", flat_cents=2_500))
    [fee] = late_fees.charge_late_fees(books, due + timedelta(days=3))
    text = text_of(documents.invoice_pdf(books, fee))
    assert "LATE FEE" in text and f"CHARGED ON {demo}" in text
    assert "Late fee, this invoice 25.00" in text and "$25.00" in text
    assert "MILESTONE BILLED" not in text and "Retainage withheld" not in text
    assert frozen(books, fee) is not None


def test_progress_invoice_links_its_pay_application(tmp_path: Path, cli: Any) -> None:
    db = str(tmp_path / "w.mdesk")
    assert cli("import", db, str(write(tmp_path, PROGRESS))).code == 0
    assert cli("payapp", db, "W-1", "--to", "2026-03-31", "--work", "Sitework=20000").code == 0
    with Books.open(db) as books:
        number = payapps.pay_application_view(books, "APP-2026-0001").invoice_number
        pdf = documents.invoice_pdf(books, number)
        assert frozen(books, number) == pdf
    text = text_of(pdf)
    assert "PROGRESS BILLING" in text and "Pay application APP-2026-0001" in text
    assert "Work billed this period 20,000.00" in text
    assert "Retainage withheld, this invoice 2,000.00" in text
    assert "$18,000.00" in text
