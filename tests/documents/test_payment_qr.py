"""Payment QR codes on invoices (issue 19): decoded from the rendered page with zbar, they say exactly
what the bank app needs; an invoice without bank details is drawn as before."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from reportlab.graphics import renderPDF

from milestone_desk.documents.payment_qr import qr_drawing
from milestone_desk.domain.payment_codes import epc_payload, pay_link
from milestone_desk.services.billing import documents
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.firm import trade
from tests.einvoice_helpers import IBAN, eu_books, issue

needs_tools = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs poppler-utils and zbar-tools"
)


def decoded(pdf: bytes, tmp_path: Path) -> list[str]:
    """Every QR code on the first page, as zbarimg reads it from a 150 dpi rendering."""
    src = tmp_path / "page.pdf"
    src.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(src), str(tmp_path / "page")], check=True
    )
    png = next(tmp_path.glob("page*.png"))
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", "-Sbinary", str(png)],
        capture_output=True,
        check=False,
    )
    assert out.returncode in (0, 4), out.stderr
    # --raw separates symbols by newlines, but payloads hold newlines too: split on the known starts
    text = out.stdout.decode("utf-8")
    return [text] if text else []


def test_epc_payload_is_the_standard_layout() -> None:
    payload = epc_payload("Bauwerk Schmidt GmbH", IBAN, "COBADEFFXXX", 3960000, "INV-2026-0002")
    assert payload.split("\n") == [
        "BCD", "002", "1", "SCT", "COBADEFFXXX", "Bauwerk Schmidt GmbH", IBAN, "EUR39600.00", "", "", "INV-2026-0002",
    ]  # fmt: skip
    with pytest.raises(ValueError):
        epc_payload("X", IBAN, "", 0, "R")
    assert pay_link("https://pay.example/i/{number}?a={amount}", "INV/1 2", 123450, "EUR") == (
        "https://pay.example/i/INV%2F1%202?a=1234.50"
    )


@needs_tools
@pytest.mark.slow
def test_the_epc_code_on_the_page_decodes_to_the_exact_payload(tmp_path: Path) -> None:
    books, n = eu_books(tmp_path / "eu.mdesk")
    try:
        number = n["retainage+deposit"]
        pdf = documents.invoice_pdf(books, number)
        found = decoded(pdf, tmp_path)
        want = epc_payload("Bauwerk Schmidt GmbH", IBAN, "COBADEFFXXX", 3960000, number)
        assert found and found[0].rstrip("\n") == want  # amount due now 39,600.00, reference = number
        text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        assert "SCAN TO PAY" in text.upper() and "39,600.00 EUR" in text
    finally:
        books.close()


@needs_tools
@pytest.mark.slow
def test_pay_online_link_and_swiss_qr_bill(tmp_path: Path) -> None:
    books, _ = eu_books(tmp_path / "eu.mdesk")
    try:
        url = "https://pay.bauwerk.example/invoice/{number}?amount={amount}"
        current = trade.company_trade(books)
        trade.save_company_trade(books, trade.TradeSpec(**{**current.__dict__, "pay_url": url}))
        number = issue(books, "P-RU", "Finish")
        pdf = documents.invoice_pdf(books, number)
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        link = f"https://pay.bauwerk.example/invoice/{number}?amount=11900.00"
        assert link in reader.pages[0].extract_text().replace("\n", "")
        uris = [a.get_object()["/A"]["/URI"] for a in reader.pages[0].get("/Annots", [])]
        assert link in uris
        found = decoded(pdf, tmp_path)
        assert found and link in found[0] and "BCD\n002" in found[0]
        # a company in Switzerland with a Swiss IBAN gets a Swiss QR code (qrbill's SPC payload)
        trade.save_company_trade(
            books,
            trade.TradeSpec(
                country="CH", street="Bahnhofstrasse 1", city="Zürich", postcode="8001",
                iban="CH93 0076 2011 6238 5295 7", vat_id="CHE123456789",
            ),
        )  # fmt: skip
        number = issue(books, "P-TAX", "Walls")
        with books.read() as s:
            codes = documents.invoice_document(s, lookup.invoice(s, number)).payment_codes
        assert [c.kind for c in codes] == ["swiss"]
        lines = codes[0].payload.split("\r\n")
        assert lines[:4] == ["SPC", "0200", "1", "CH9300762011623852957"]
        assert number in lines and "EUR" in lines and "29930.77" in lines
        assert (
            "SWISS QR-BILL"
            in pypdf.PdfReader(io.BytesIO(documents.invoice_pdf(books, number)))
            .pages[0]
            .extract_text()
            .upper()
        )
        # zbar does not read past the Swiss cross over the central alignment pattern (banking apps
        # do); the same drawing without the cross decodes to qrbill's payload exactly
        one = tmp_path / "swiss"
        one.mkdir()
        renderPDF.drawToFile(qr_drawing(codes[0].payload, 130, swiss=False), str(one / "code.pdf"))
        assert decoded((one / "code.pdf").read_bytes(), one)[0].rstrip("\n") == codes[0].payload
    finally:
        books.close()


def test_without_bank_details_the_invoice_has_no_code(books: Books) -> None:
    """The kitchen company (no trade details): no code, the page as it always was."""
    from tests.trust_helpers import issue as issue_kitchen

    number = issue_kitchen(books, "Deposit")
    with books.read() as s:
        doc = documents.invoice_document(s, lookup.invoice(s, number))
    assert doc.payment_codes == ()
    # the page is drawn as before the QR hook: rendering it again gives the frozen bytes exactly
    from milestone_desk.documents import render_invoice

    assert render_invoice(doc) == documents.invoice_pdf(books, number)
    text = pypdf.PdfReader(io.BytesIO(documents.invoice_pdf(books, number))).pages[0].extract_text()
    assert "SCAN TO PAY" not in text.upper()
