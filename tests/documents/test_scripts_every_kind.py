"""Every PDF kind draws any script: names typed in six scripts and full of markup read back exactly
from a statement, a pay application and a lien waiver (pypdf), and no PDF uses Helvetica."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from milestone_desk.documents.statement_pdf import render_statement
from milestone_desk.services.collections.queries import statements
from milestone_desk.services.construction import payapps, waivers
from milestone_desk.services.core.books import Books
from tests.cli.test_construction import PROGRESS, write

NAMES = {
    "latin-extended": "Łukasz Żółć",
    "greek": "Σοφία",
    "cyrillic": "Дмитрий",
    "cjk": "王小明",
    "arabic": "محمد",
    "markup": "Oak & <b>Anchor</b>",
}


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def fonts_of(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


@pytest.fixture
def progress_db(tmp_path: Path, cli: Any, request: pytest.FixtureRequest) -> str:
    name = NAMES[request.param]
    data = json.loads(json.dumps(PROGRESS))
    data["clients"][0]["name"] = name
    data["clients"][0]["address"] = f"{name}\n12 Long Road"
    data["projects"][0]["name"] = f"Warehouse for {name}"
    db = str(tmp_path / "s.mdesk")
    assert cli("import", db, str(write(tmp_path, data))).code == 0
    assert cli("payapp", db, "W-1", "--to", "2026-03-31", "--work", "Sitework=20000").code == 0
    return db


@pytest.mark.parametrize("progress_db", list(NAMES), indirect=True)
def test_names_read_back_on_statement_payapp_and_waiver(progress_db: str) -> None:
    with Books.open(progress_db) as books:
        with books.read() as s:
            from milestone_desk.services.core.queries import lookup

            name = lookup.client(s, "C-9").name
        app = payapps.pay_application_pdf(books, "APP-2026-0001")
        invoice = payapps.pay_application_view(books, "APP-2026-0001").invoice_number
        waiver = waivers.issue_waiver(books, "conditional_progress", invoice)
        waiver_pdf = waivers.waiver_pdf(books, waiver.id)
        data = statements.statement(books, "C-9", None, date(2026, 4, 30))
        stmt = render_statement(data)
        assert render_statement(data) == stmt  # invariant=1: same data, same bytes
        assert render_statement(data, page_size="a4") != stmt
    for what, pdf in (("statement", stmt), ("pay application", app), ("waiver", waiver_pdf)):
        text = flat(text_of(pdf))
        assert flat(name) in text, what
        assert "Page 1 of" in text, what
        assert not any("Helvetica" in f for f in fonts_of(pdf)), (what, fonts_of(pdf))
