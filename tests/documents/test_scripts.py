"""Issue 16: names in every script a client can have print and read back; what no font draws is refused."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from milestone_desk.documents import render_invoice
from milestone_desk.documents.fonts import SCRIPTS, undrawable
from milestone_desk.documents.model import (
    CompanyInfo,
    DocumentLine,
    InvoiceDocument,
    InvoiceSummary,
    PartyInfo,
    SiteInfo,
)
from milestone_desk.resources_loader import resource_path

NAMES = {
    "Latin": "Zoë Ångström-Łukasiewicz",
    "Greek": "Νίκος Παπαδόπουλος",
    "Cyrillic": "Сергей Иванов",
    "Armenian": "Արամ Խաչատրյան",
    "Georgian": "ნინო ბერიძე",
    "Hebrew": "דוד כהן",
    "Arabic": "محمد العلي",
    "Devanagari": "राम शर्मा",
    "Bengali": "অমিত দাস",
    "Tamil": "முருகன் செல்வம்",
    "Thai": "สมชาย ใจดี",
    "Ethiopic": "አበበ ቢቂላ",
    "Chinese": "王小明",
    "Japanese": "さくら やまだ",
    "Korean": "김민준",
    "Gujarati": "મહેશ પટેલ",
    "Khmer": "សុខ ចាន់",
}


def _doc(names: list[str]) -> InvoiceDocument:
    summary = InvoiceSummary(100000, 100000, 0, 0, 0, 0, 100000)
    return InvoiceDocument(
        company=CompanyInfo("Acme"),
        client=PartyInfo(names[0]),
        site=SiteInfo("P-1", "Job"),
        number="INV-1",
        issue_date=date(2026, 1, 2),
        due_date=date(2026, 2, 1),
        terms="Net 30",
        milestone="M",
        milestone_description="",
        lines=[DocumentLine(n, 1000) for n in names],
        gross=100000,
        tax=0,
        tax_label="Tax",
        retainage=0,
        retainage_label="Retainage",
        deposit_applied=0,
        total_due=100000,
        summary=summary,
    )


def test_every_script_face_ships_with_its_licence() -> None:
    for file, _blocks in SCRIPTS.values():
        assert resource_path("fonts", file).is_file(), file
    assert "SIL Open Font License" in resource_path("fonts", "Noto-LICENSE.txt").read_text()
    total = sum(resource_path("fonts", f).stat().st_size for f, _b in SCRIPTS.values())
    assert total < 3_000_000  # regular faces only: modest


def test_names_in_seventeen_scripts_read_back_exactly(tmp_path: Path) -> None:
    assert len(NAMES) >= 15
    for script, name in NAMES.items():
        assert undrawable(name) == [], script
    pdf = render_invoice(_doc(list(NAMES.values())))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    missing = [s for s, n in NAMES.items() if n not in text]
    assert missing == [], missing
    fonts = {
        str(f["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    for face in ("Devanagari", "Bengali", "Tamil", "Thai", "Ethiopic", "Gujarati", "Khmer", "WenQuanYi", "DejaVuSans"):
        assert any(face in f for f in fonts), (face, fonts)
    assert not any("Helvetica" in f for f in fonts)
    if shutil.which("pdftotext"):
        out = tmp_path / "names.pdf"
        out.write_bytes(pdf)
        plain = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        missing = [s for s, n in NAMES.items() if n not in plain]
        assert missing == [], missing


KITCHEN: dict[str, Any] = {
    "format": "milestone-desk/1",
    "company": {"name": "Hartwell", "currency": "USD"},
    "clients": [{"code": "C-1", "name": "राम शर्मा", "email": "ram@example.com"}],
    "projects": [
        {
            "code": "P-1",
            "client": "C-1",
            "name": "Kitchen",
            "contract_sum": "1000.00",
            "milestones": [{"name": "All", "remainder": True}],
        }
    ],
}


def test_issue_prints_a_devanagari_client_and_refuses_a_character_no_font_draws(
    cli: Any, tmp_path: Path
) -> None:
    f = tmp_path / "b.mdesk"
    (tmp_path / "d.json").write_text(json.dumps(KITCHEN))
    assert cli("import", str(f), str(tmp_path / "d.json")).code == 0
    assert cli("complete", str(f), "P-1", "All").code == 0
    r = cli("issue", str(f), "P-1", "All")
    assert r.code == 0, r.err
    number = r.out.split()[-1]
    assert cli("pdf", str(f), "--invoice", number, "-o", str(tmp_path / "i.pdf")).code == 0
    assert "राम शर्मा" in pypdf.PdfReader(tmp_path / "i.pdf").pages[0].extract_text()

    data = json.loads(json.dumps(KITCHEN))
    data["clients"][0] = {"code": "C-2", "name": "Ahmose 𓀀 Scribe", "email": "a@example.com"}
    data["projects"][0].update(code="P-2", client="C-2")
    (tmp_path / "e.json").write_text(json.dumps(data))
    assert cli("import", str(f), str(tmp_path / "e.json")).code == 0
    assert cli("complete", str(f), "P-2", "All").code == 0
    r = cli("issue", str(f), "P-2", "All")
    assert r.code == 2, r.out + r.err
    assert "U+13000" in r.err and "EGYPTIAN HIEROGLYPH A001" in r.err and "client" in r.err
    con = sqlite3.connect(f)
    try:
        issued = con.execute("SELECT COUNT(*) FROM invoices WHERE number IS NOT NULL").fetchone()[0]
    finally:
        con.close()
    assert issued == 1  # nothing was frozen, no number used
    assert cli("check", str(f)).code == 0


@pytest.mark.parametrize("text", ["plain ASCII", "Zoë", "王小明", "राम"])
def test_drawable_text_is_not_refused(text: str) -> None:
    assert undrawable(text) == []
