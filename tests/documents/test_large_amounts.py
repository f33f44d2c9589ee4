"""Issue 16: amounts up to 999,999,999.99 never break inside a number, on Letter and A4."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pypdf
import pytest

AMOUNT = re.compile(r"^\d{1,3}(,\d{3})*\.\d{2}$")


def layout_text(path: Path) -> str:
    """The page text as laid out (pdftotext -layout when poppler is there, else pypdf's layout mode)."""
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return "\n".join(p.extract_text(extraction_mode="layout") for p in pypdf.PdfReader(path).pages)


def broken_numbers(text: str) -> list[str]:
    """Lines holding a piece of a number ("866,666,66", "1,234,567.") instead of a whole amount."""
    bad = []
    for line in text.splitlines():
        for tok in line.split():
            t = re.sub(r"^(USD|CHF|EUR)", "", tok.strip("$€£()−-:;").rstrip(","))
            if re.fullmatch(r"[\d,.]+", t) and ("," in t or "." in t):
                if not AMOUNT.match(t) and not re.fullmatch(r"\d+(\.\d+)?", t):
                    bad.append(line.strip())
    return bad


@pytest.mark.slow
@pytest.mark.parametrize(("size", "currency"), [("letter", "USD"), ("a4", "CHF"), ("a4", "EUR")])
def test_the_biggest_amounts_stay_on_one_line(cli: Any, tmp_path: Path, size: str, currency: str) -> None:
    f = tmp_path / "big.mdesk"
    data = {
        "format": "milestone-desk/1",
        "company": {"name": "Hartwell", "address": "1 Lane", "currency": currency, "page_size": size},
        "clients": [{"code": "C-1", "name": "Maria Delgado", "email": "m@example.com"}],
        "projects": [
            {
                "code": "P-1",
                "client": "C-1",
                "name": "Tower",
                "site_address": "1 Main",
                "contract_sum": "999999999.99",
                "tax_percent": "7.5",
                "retainage_percent": "10",
                "milestones": [{"name": "Big", "amount": "888888888.88"}, {"name": "Rest", "remainder": True}],
            }
        ],
    }
    (tmp_path / "d.json").write_text(json.dumps(data))
    assert cli("import", str(f), str(tmp_path / "d.json")).code == 0
    numbers = []
    for m in ("Big", "Rest"):
        assert cli("complete", str(f), "P-1", m, "--date", "2026-03-01").code == 0
        r = cli("issue", str(f), "P-1", m, "--date", "2026-03-02")
        assert r.code == 0, r.err
        numbers.append(r.out.split()[-1])
    r = cli("pay", str(f), numbers[0], "777777777.77", "--date", "2026-03-10")
    assert r.code == 0, r.err
    receipt = r.out.split()[-1]
    out = {name: tmp_path / f"{name}.pdf" for name in ("inv", "rec", "stmt", "ledger", "aging")}
    assert cli("pdf", str(f), "--invoice", numbers[0], "-o", str(out["inv"])).code == 0
    assert cli("pdf", str(f), "--receipt", receipt, "-o", str(out["rec"])).code == 0
    assert cli("statement", str(f), "C-1", "-o", str(out["stmt"])).code == 0
    assert cli("ledger-pdf", str(f), "P-1", "-o", str(out["ledger"])).code == 0
    assert cli("aging-pdf", str(f), "--as-of", "2026-06-30", "-o", str(out["aging"])).code == 0
    expect = {
        "inv": ["999,999,999.99", "888,888,888.88", "866,666,666.66"],
        "rec": ["777,777,777.77", "88,888,888.89"],
        "stmt": ["974,999,999.99", "777,777,777.77", "197,222,222.22"],
        "ledger": ["999,999,999.99", "888,888,888.88", "974,999,999.99", "197,222,222.22"],
        "aging": ["197,222,222.22"],
    }
    for name, path in out.items():
        text = layout_text(path)
        assert broken_numbers(text) == [], (name, broken_numbers(text))
        for amount in expect[name]:
            assert amount in text, (name, amount)
        box = pypdf.PdfReader(path).pages[0].mediabox
        short_side = round(min(float(box.width), float(box.height)))
        assert short_side == (612 if size == "letter" else 595)


def test_continuation_pages_carry_the_number_and_client_and_long_tables_start_on_page_one() -> None:
    import io
    from datetime import date

    from reportlab.platypus import Spacer

    from milestone_desk.documents import render_invoice
    from milestone_desk.documents.model import (
        CompanyInfo,
        DocumentLine,
        InvoiceDocument,
        InvoiceSummary,
        PartyInfo,
        SiteInfo,
    )
    from milestone_desk.documents.report_common import HEADING, build, grid, para

    lines = [DocumentLine(f"Line {i:03d}", 100_00) for i in range(90)]
    doc = InvoiceDocument(
        company=CompanyInfo("Acme"),
        client=PartyInfo("Søren Østergaard"),
        site=SiteInfo("P-1", "Job"),
        number="INV-2026-0042",
        issue_date=date(2026, 1, 2),
        due_date=date(2026, 2, 1),
        terms="Net 30",
        milestone="M",
        milestone_description="",
        lines=lines,
        gross=9000_00,
        tax=0,
        tax_label="Tax",
        retainage=0,
        retainage_label="Retainage",
        deposit_applied=0,
        total_due=9000_00,
        summary=InvoiceSummary(9000_00, 9000_00, 0, 0, 0, 0, 9000_00),
    )
    pages = pypdf.PdfReader(io.BytesIO(render_invoice(doc))).pages
    assert len(pages) >= 2
    for page in pages[1:]:
        text = page.extract_text()
        assert "INV-2026-0042" in text and "Søren Østergaard" in text

    rows = [["Reference", "Amount"]] + [[f"R-{i:03d}", "1,000.00"] for i in range(35)]
    story = [para("A report"), Spacer(1, 300), para("Activity", HEADING), grid(rows, [300.0, 200.0], numeric_from=1)]
    report = pypdf.PdfReader(io.BytesIO(build(story, title="t", footer_text="Acme · report"))).pages
    first = report[0].extract_text()
    assert "Activity" in first and "R-000" in first  # the table starts under its heading on page 1
    assert "Acme · report" in report[1].extract_text()
