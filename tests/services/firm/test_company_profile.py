"""Issue 16: the company profile after set-up (logo, locale, default tax) and export/import of it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.domain.errors import BadInput
from milestone_desk.services.core import doc_locale
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import company_extras
from milestone_desk.services.interchange import exchange


def _png(tmp_path: Path, name: str = "logo.jpg") -> Path:
    from PySide6.QtGui import QColor, QImage

    img = QImage(300, 120, QImage.Format.Format_RGB32)
    img.fill(QColor("#1F3A5F"))
    path = tmp_path / name
    assert img.save(str(path))
    return path


def test_the_company_dialog_sets_the_logo_locale_and_default_tax(qtbot: Any, books: Books, tmp_path: Path) -> None:
    from milestone_desk.services.firm import company
    from milestone_desk.ui.dialogs.company import CompanyDialog

    dialog = CompanyDialog(
        None,
        company.get_company(books),
        lambda p: company.save_company(books, p),
        extras=company_extras.get_extras(books),
        save_extras=lambda x: company_extras.save_extras(books, x),
    )
    qtbot.addWidget(dialog)
    dialog.ask_logo_path = lambda: str(_png(tmp_path))  # a JPEG: converted to PNG
    dialog.choose_logo()
    dialog.locale_edit.setText("fr_FR")
    dialog.default_tax.setText("20")
    dialog.grab().save(str(tmp_path / "company-dialog.png"))
    dialog.accept()
    got = company_extras.get_extras(books)
    assert got.logo_png is not None and got.logo_png.startswith(b"\x89PNG")
    assert got.locale == "fr_FR" and got.default_tax_percent == "20"
    with pytest.raises(BadInput, match="locale"):
        company_extras.save_extras(books, company_extras.CompanyExtras(None, "zz_QQ_1", "0"))
    with pytest.raises(BadInput, match="PNG"):
        company_extras.save_extras(books, company_extras.CompanyExtras(b"GIF89a", "en_US", "0"))


def test_export_then_import_keeps_the_logo_locale_and_client_tax_id(books: Books, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    company_extras.save_extras(books, company_extras.CompanyExtras(png, "es_ES", "21"))
    with books.write() as s:
        from milestone_desk.services.core.queries import lookup

        client = lookup.client(s, "C-001")
        doc_locale.set_client_tax_id_in(s, client, "ESB12345678")
        doc_locale.set_client_locale_in(s, client, "fr_FR")
    from milestone_desk.services.interchange.queries.exchange_export import export_data

    data = export_data(books)
    assert data["company"]["logo_png_base64"] and data["company"]["locale"] == "es_ES"
    assert data["clients"][0]["tax_id"] == "ESB12345678" and data["clients"][0]["locale"] == "fr_FR"
    target = Books.open(tmp_path / "copy.mdesk")
    try:
        exchange.import_data(target, json.loads(json.dumps(data)))
        got = company_extras.get_extras(target)
        assert got.logo_png == png and got.locale == "es_ES" and got.default_tax_percent == "21"
        with target.read() as s:
            from milestone_desk.services.core.queries import lookup

            c = lookup.client(s, "C-001")
            assert doc_locale.client_tax_id(s, c) == "ESB12345678"
            assert doc_locale.document_locale(s, c) == "fr_FR"
    finally:
        target.close()
    bad = json.loads(json.dumps(data))
    bad["company"]["logo_png_base64"] = "not base64!!"
    other = Books.open(tmp_path / "bad.mdesk")
    try:
        with pytest.raises(BadInput, match="base64"):
            exchange.import_data(other, bad)
    finally:
        other.close()


def test_the_client_tax_id_prints_under_the_bill_to(cli: Any, tmp_path: Path, kitchen_data: dict[str, Any]) -> None:
    import pypdf

    kitchen_data["clients"][0]["tax_id"] = "DE811907980"
    (tmp_path / "k.json").write_text(json.dumps(kitchen_data))
    f = tmp_path / "k.mdesk"
    assert cli("import", str(f), str(tmp_path / "k.json")).code == 0
    assert cli("complete", str(f), "P-001", "Deposit").code == 0
    r = cli("issue", str(f), "P-001", "Deposit")
    assert r.code == 0, r.err
    assert cli("pdf", str(f), "--invoice", r.out.split()[-1], "-o", str(tmp_path / "i.pdf")).code == 0
    assert "Tax ID DE811907980" in pypdf.PdfReader(tmp_path / "i.pdf").pages[0].extract_text()
