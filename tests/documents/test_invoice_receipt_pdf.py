"""Invoice and receipt PDFs, read back with pypdf: numbers, names in many scripts, every money figure."""

from __future__ import annotations

import builtins
import io
import urllib.request
from dataclasses import replace
from datetime import date
from typing import Any

import pypdf
import pytest

from milestone_desk.documents import render_invoice, render_receipt
from milestone_desk.documents.formats import money
from milestone_desk.documents.model import (
    AppliedInvoice,
    CompanyInfo,
    DocumentLine,
    InvoiceDocument,
    InvoiceSummary,
    PartyInfo,
    ReceiptDocument,
    SiteInfo,
)
from milestone_desk.domain.money import format_money

NAMES = {
    "latin-extended": "Żółć Łukasz",
    "greek": "Γιώργος Παπαδόπουλος",
    "cyrillic": "Иван Петрович Сидоров",
    "cjk": "王小明 株式会社 やまだ",
    "hangul": "김민준",
    "arabic": "محمد عبد الله",
    "arabic-lam-alef": "فاطمة الزهراء لاعب",
    "hebrew": "דוד כהן",
    "markup": 'Anna & <b>Bob</b> "O\'Neil" <img src="/etc/passwd"/>',
    "entities": 'Tom &amp; Jerry &lt;tag&gt; &#60; <a href="http://example.com">x</a>',
    "brackets": "<<>> & ' \" <para> </para> <br/>",
}


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Whitespace folded (lines may wrap); no other normalisation: the text must come back as typed."""
    return " ".join(text.split())


def invoice_doc(client: str = "Maria Delgado", **kw: Any) -> InvoiceDocument:
    base = InvoiceDocument(
        company=CompanyInfo("Hartwell Remodeling", "418 Cedar Lane\nPortland, OR 97205", "93-1234567"),
        client=PartyInfo(client, "22 Birch St", "maria@example.com"),
        site=SiteInfo("P-001", "Kitchen remodel", "22 Birch St"),
        number="INV-2026-0007",
        issue_date=date(2026, 3, 5),
        due_date=date(2026, 4, 4),
        terms="Net 30 days",
        milestone="Demolition",
        milestone_description="Remove the old cabinets",
        lines=[DocumentLine("Demolition", 727_500, "15% of the contract sum")],
        gross=727_500,
        tax=61_838,
        tax_label="Tax (8.5%)",
        retainage=36_375,
        retainage_label="Less retainage withheld (5%)",
        deposit_applied=10_001,
        total_due=742_962,
        summary=InvoiceSummary(4_850_000, 1_212_500, 36_375, 60_625, 485_000, 61_838, 742_962),
        payment_instructions="Checks payable to Hartwell Remodeling.",
        notes="Thanks!",
    )
    return replace(base, **kw)


@pytest.mark.parametrize("script", list(NAMES))
def test_invoice_names_come_back_exactly(script: str) -> None:
    name = NAMES[script]
    doc = invoice_doc(name, milestone=name, notes=name, site=SiteInfo("P-1", name, name))
    text = flat(text_of(render_invoice(doc)))
    assert flat(name) in text
    assert text.count(flat(name)) >= 3


@pytest.mark.parametrize("script", list(NAMES))
def test_receipt_names_come_back_exactly(script: str) -> None:
    name = NAMES[script]
    doc = ReceiptDocument(
        CompanyInfo("Co"),
        PartyInfo(name),
        "RCT-9",
        date(2026, 1, 2),
        1000,
        "check",
        name,
        [AppliedInvoice("INV-1", name, 1000, 0)],
    )
    text = flat(text_of(render_receipt(doc)))
    assert flat(name) in text  # the payer, on a wide line
    # narrow table cells may wrap long tokens: compare without the line breaks
    assert text.replace(" ", "").count(flat(name).replace(" ", "")) >= 3


def test_every_money_figure_and_the_number_are_in_the_invoice() -> None:
    doc = invoice_doc()
    text = text_of(render_invoice(doc))
    assert "INV-2026-0007" in text
    assert "Maria Delgado" in text
    s = doc.summary
    for cents in (doc.gross, doc.tax, doc.retainage, doc.deposit_applied, doc.total_due, *vars(s).values()):
        assert format_money(cents, "USD") in text, cents
    assert money(s.amount_due_now, "USD", symbol=True) in text
    assert "AMOUNT DUE NOW" in text
    assert "Page 1 of 1" in text
    assert "April 4, 2026" in text and "March 5, 2026" in text


def test_same_input_same_bytes() -> None:
    doc = invoice_doc(NAMES["cjk"])
    assert render_invoice(doc) == render_invoice(doc)
    assert render_invoice(doc) != render_invoice(replace(doc, number="INV-2026-0008"))


def test_user_text_never_opens_a_file_or_url(monkeypatch: pytest.MonkeyPatch) -> None:
    render_invoice(invoice_doc(NAMES["cjk"]))  # fonts registered and cached before the trap is set
    opened: list[object] = []

    def trap(*args: object, **kwargs: object) -> Any:
        opened.append(args[0] if args else kwargs)
        raise AssertionError(f"tried to open {args!r}")

    import reportlab.lib.utils as rl_utils
    import reportlab.platypus.paraparser  # noqa: F401

    monkeypatch.setattr(builtins, "open", trap)
    monkeypatch.setattr(rl_utils, "open_for_read", trap)
    monkeypatch.setattr(urllib.request, "urlopen", trap)
    hostile = (
        '<img src="/etc/passwd"/> <img src="http://example.com/x.png"/> <a href="file:///etc/passwd">x</a>'
    )
    pdf = render_invoice(invoice_doc(hostile, milestone=hostile, notes=hostile, payment_instructions=hostile))
    assert opened == []
    assert flat(hostile) in flat(text_of(pdf))


def test_long_invoice_splits_with_repeated_headers_and_page_count() -> None:
    lines = [DocumentLine(f"Change order line {i}: extra work", 10_000 + i) for i in range(120)]
    pdf = render_invoice(invoice_doc(lines=lines))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages >= 3
    for i, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Page {i} of {pages}" in text
        if i < pages:
            assert "DESCRIPTION" in text
    body = text_of(pdf)
    for line in lines:
        assert format_money(line.amount, "USD") in body


def test_page_size_follows_the_company() -> None:
    a4 = pypdf.PdfReader(io.BytesIO(render_invoice(invoice_doc(company=CompanyInfo("Co", page_size="a4")))))
    letter = pypdf.PdfReader(io.BytesIO(render_invoice(invoice_doc())))
    assert round(float(a4.pages[0].mediabox.width)) == 595
    assert round(float(letter.pages[0].mediabox.width)) == 612


def test_logo_is_drawn_and_a_broken_logo_is_skipped() -> None:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 80), (31, 58, 95)).save(buf, format="PNG")
    with_logo = render_invoice(invoice_doc(company=CompanyInfo("Co", logo_png=buf.getvalue())))
    page = pypdf.PdfReader(io.BytesIO(with_logo)).pages[0]
    assert len(page.images) == 1
    broken = render_invoice(invoice_doc(company=CompanyInfo("Co", logo_png=b"not a png")))
    assert "INV-2026-0007" in text_of(broken)


def test_receipt_shows_payment_applications_balance_and_credit() -> None:
    doc = ReceiptDocument(
        company=CompanyInfo("Hartwell Remodeling"),
        client=PartyInfo("Søren Østergaard", "7 Harbor View Rd"),
        number="RCT-2026-0003",
        date=date(2026, 3, 17),
        amount=800_000,
        method="ACH",
        reference="TX-99812",
        applied=[
            AppliedInvoice("INV-2026-0003", "Deck — Framing", 758_275, 0),
            AppliedInvoice("INV-2026-0004", "Deck — Completion", 11_725, 746_550),
        ],
        remaining_balance=746_550,
        client_credit=30_000,
    )
    text = text_of(render_receipt(doc))
    for expected in (
        "RCT-2026-0003",
        "Søren Østergaard",
        "TX-99812",
        "INV-2026-0003",
        "INV-2026-0004",
        "March 17, 2026",
    ):
        assert expected in text
    for cents in (800_000, 758_275, 11_725, 746_550, 30_000):
        assert format_money(cents, "USD") in text
    assert "Bank transfer (ACH)" in text
    assert "Client credit on account" in text
