"""Project ledger and aging PDFs: every figure reads back with pypdf, entries in date order."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader

from milestone_desk.documents.aging_pdf import render_aging
from milestone_desk.documents.formats import money as pdf_money
from milestone_desk.documents.ledger_pdf import figures, render_ledger
from milestone_desk.services.collections.queries import aging
from milestone_desk.services.collections.queries.project_ledger import project_ledger
from milestone_desk.services.core.books import Books
from tests.collections_helpers import amount_due, issue, pay

D0 = date(2026, 1, 10)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_ledger_entries_and_figures(books: Books) -> None:
    dep = issue(books, "P-001", "Deposit", D0)
    demo = issue(books, "P-001", "Demolition", D0 + timedelta(days=20))
    pay(books, dep, 485_000, D0 + timedelta(days=10))
    pay(books, demo, 100_000, D0 + timedelta(days=30))
    led = project_ledger(books, "P-001")
    assert [e.kind for e in led.entries] == ["invoice", "payment", "invoice", "payment"]
    assert [e.on for e in led.entries] == sorted(e.on for e in led.entries)
    assert led.entries[-1].balance == led.totals.outstanding == amount_due(books, demo) - 100_000
    t = led.totals
    assert t.retainage_held == 36_375 and t.billed == 485_000 + 727_500
    assert t.balance_to_finish == t.contract_to_date - t.billed + t.retainage_held

    text = pdf_text(render_ledger(led))
    for label, value in figures(led):
        assert label in text
        assert pdf_money(value, "USD") in text
    positions = [text.index(e.reference) for e in led.entries]
    assert positions == sorted(positions)
    assert render_ledger(led) == render_ledger(led)


def test_aging_pdf_reads_back(books: Books) -> None:
    dep = issue(books, "P-001", "Deposit", D0)
    issue(books, "P-001", "Demolition", D0 + timedelta(days=40))
    pay(books, dep, 100_000, D0 + timedelta(days=50))
    report = aging.aging(books, D0 + timedelta(days=75))
    text = pdf_text(render_aging(report))
    assert "Receivables aging" in text and "As of 2026-03-26" in text
    for value in (*report.total.buckets.values(), report.total.total):
        assert pdf_money(value, "USD") in text
    for item in report.items:
        assert item.number in text
    assert "Maria Delgado" in text


def test_hostile_text_stays_text_in_ledger_and_aging(books: Books) -> None:
    from milestone_desk.services.core.dto import ClientSpec
    from milestone_desk.services.firm import projects

    hostile = 'A&B <font size="40">Big</font> <img src="x.png"/>'
    projects.update_client(books, "C-001", ClientSpec("C-001", hostile))
    dep = issue(books, "P-001", "Deposit", D0)
    pay(books, dep, 1_000, D0 + timedelta(days=1))
    ledger_text = pdf_text(render_ledger(project_ledger(books, "P-001")))
    aging_text = pdf_text(render_aging(aging.aging(books, D0 + timedelta(days=40))))
    for text in (ledger_text, aging_text):
        flat = " ".join(text.split())  # a long name wraps inside its cell
        assert 'A&B <font size="40">Big</font> <img src="x.png"/>' in flat


def test_tooltip_escapes_names(books: Books, qtbot: object) -> None:
    from milestone_desk.services.collections.queries import forecast
    from milestone_desk.services.core.dto import ClientSpec
    from milestone_desk.services.firm import projects
    from milestone_desk.ui.forecast_chart import ForecastChart

    projects.update_client(books, "C-001", ClientSpec("C-001", "<b>Bold</b> & Co"))
    issue(books, "P-001", "Deposit", D0)
    chart = ForecastChart()
    chart.resize(600, 300)
    chart.set_forecast(forecast.forecast(books, D0, "month", past=0, ahead=2))
    [bar] = chart.bars()
    tip = chart.tooltip_for(bar)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in tip and "<b>Bold</b>" not in tip
    chart.deleteLater()
