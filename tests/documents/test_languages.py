"""Issue 16: documents in the company's (or the client's) language, with babel dates and money."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pypdf
import pytest

from milestone_desk.documents.wording import Words
from milestone_desk.domain.errors import BadInput
from milestone_desk.services.billing import documents
from milestone_desk.services.core import doc_locale
from milestone_desk.services.core.books import Books

NBSP = ("\u00a0", "\u202f")


def _plain(text: str) -> str:
    for ch in NBSP:
        text = text.replace(ch, " ")
    return text


def _company(cli: Any, tmp_path: Path, locale: str) -> tuple[Path, str]:
    f = tmp_path / "b.mdesk"
    data = {
        "format": "milestone-desk/1",
        "company": {"name": "Bâtiments Lefèvre", "currency": "EUR", "page_size": "a4"},
        "clients": [{"code": "C-1", "name": "Élodie Marchand", "email": "e@example.fr"}],
        "projects": [
            {
                "code": "P-1",
                "client": "C-1",
                "name": "Cuisine",
                "contract_sum": "1234567.89",
                "tax_percent": "20",
                "milestones": [{"name": "Acompte", "percent": "30"}, {"name": "Fin", "remainder": True}],
            }
        ],
    }
    (tmp_path / "d.json").write_text(json.dumps(data))
    assert cli("import", str(f), str(tmp_path / "d.json")).code == 0
    with Books.open(f, create=False) as b, b.write() as s:
        doc_locale.set_company_locale_in(s, locale)
    assert cli("complete", str(f), "P-1", "Acompte", "--date", "2026-10-01").code == 0
    r = cli("issue", str(f), "P-1", "Acompte", "--date", "2026-12-04", "--po", "BC-7781", "--note", "Porte B")
    assert r.code == 0, r.err
    return f, r.out.split()[-1]


@pytest.mark.parametrize(
    ("locale", "title", "day", "contract", "due"),
    [
        ("fr_FR", "FACTURE", "4 décembre 2026", "1 234 567,89", "444 444,44 €"),
        ("es_ES", "FACTURA", "4 de diciembre de 2026", "1.234.567,89", "444.444,44 €"),
    ],
)
def test_a_company_invoice_in_its_own_language(
    cli: Any, tmp_path: Path, locale: str, title: str, day: str, contract: str, due: str
) -> None:
    f, number = _company(cli, tmp_path, locale)
    out = tmp_path / "inv.pdf"
    assert cli("pdf", str(f), "--invoice", number, "-o", str(out)).code == 0
    text = _plain(pypdf.PdfReader(out).pages[0].extract_text())
    assert title in text and day in text and contract in text and due in text
    assert "BC-7781" in text and "Porte B" in text
    assert "INVOICE" not in text and "December" not in text
    reader = pypdf.PdfReader(out)
    meta = reader.metadata
    assert meta is not None and str(meta["/CreationDate"]).startswith("D:20261204")  # never 2000-01-01
    assert str(meta["/Title"]).endswith(number) and meta["/Author"] == "Bâtiments Lefèvre"
    assert reader.trailer["/Root"]["/Lang"] == locale.replace("_", "-")
    # the frozen bytes are what a reprint gives, byte for byte
    con = sqlite3.connect(f)
    stored = bytes(con.execute("SELECT pdf FROM invoices WHERE number = ?", (number,)).fetchone()[0])
    con.close()
    assert out.read_bytes() == stored
    with Books.open(f, create=False, readonly=True) as b:
        assert documents.invoice_pdf(b, number) == stored
    r = cli("credit", str(f), number, "10.00", "--reason", "Geste commercial")
    assert r.code == 0, r.err
    note = r.out.split()[-1]
    assert cli("pdf", str(f), "--credit", note, "-o", str(tmp_path / "cn.pdf")).code == 0
    cn = _plain(pypdf.PdfReader(tmp_path / "cn.pdf").pages[0].extract_text())
    assert {"fr_FR": "AVOIR", "es_ES": "ABONO"}[locale] in cn and "CREDIT NOTE" not in cn
    assert "10,00" in cn and day in cn


def test_a_client_language_overrides_the_company_and_receipts_follow(cli: Any, tmp_path: Path) -> None:
    f, _number = _company(cli, tmp_path, "fr_FR")
    with Books.open(f, create=False) as b:
        doc_locale.set_client_locale(b, "C-1", "es_ES")
        with pytest.raises(BadInput, match="not a locale"):
            doc_locale.set_client_locale(b, "C-1", "xx_NOPE_!")
    assert cli("complete", str(f), "P-1", "Fin", "--date", "2026-10-02").code == 0
    r = cli("issue", str(f), "P-1", "Fin", "--date", "2026-12-05")
    second = r.out.split()[-1]
    r = cli("pay", str(f), second, "1000.00", "--date", "2026-12-06")
    assert r.code == 0, r.err
    receipt = r.out.split()[-1]
    with Books.open(f, create=False, readonly=True) as b:
        inv = pypdf.PdfReader(io.BytesIO(documents.invoice_pdf(b, second))).pages[0].extract_text()
        rec = pypdf.PdfReader(io.BytesIO(documents.receipt_pdf(b, receipt))).pages[0].extract_text()
    assert "FACTURA" in inv and "5 de diciembre de 2026" in inv
    assert "RECIBO" in rec and "1.000,00 €" in _plain(rec)


def test_english_keeps_the_house_forms() -> None:
    from datetime import date

    w = Words("en_US")
    assert w("INVOICE") == "INVOICE" and w.date(date(2026, 3, 5)) == "March 5, 2026"
    assert w.money(123456789, "USD", symbol=True) == "$1,234,567.89"
    de = Words("de_DE")
    assert de("INVOICE") == "INVOICE" and _plain(de.money(123456789, "EUR", symbol=True)) == "1.234.567,89 €"
