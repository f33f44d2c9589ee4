"""Pay application and lien waiver PDFs: every figure reads back, user text is escaped, bytes repeat."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from milestone_desk.documents.formats import money as pdf_money
from milestone_desk.documents.payapp_pdf import render_pay_application
from milestone_desk.domain.errors import BadInput
from milestone_desk.services.construction import payapps, waivers
from milestone_desk.services.core.books import Books
from tests.cli.test_construction import PROGRESS, write


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def worked(tmp_path: Path, cli: Any) -> str:
    db = str(tmp_path / "w.mdesk")
    assert cli("import", db, str(write(tmp_path, PROGRESS))).code == 0
    assert (
        cli("change-order", db, "W-1", "5000", "--description", "Dock door & <i>ramp</i>", "--approve").code
        == 0
    )
    args = ("--work", "Sitework=20000", "Framing=10000", "--stored", "Framing=5000")
    assert cli("payapp", db, "W-1", "--to", "2026-03-31", *args).code == 0
    assert cli("payapp", db, "W-1", "--to", "2026-04-30", "--work", "Framing=40000").code == 0
    return db


def test_pay_application_pdf_shows_every_figure(worked: str, tmp_path: Path) -> None:
    with Books.open(worked) as books:
        pdf = payapps.pay_application_pdf(books, "APP-2026-0002")
        view = payapps.pay_application_view(books, "APP-2026-0002")
    summary, sheet = text_of(pdf)
    for key, value in view.summary.as_dict().items():
        assert pdf_money(value, "USD") in summary, key
    assert "Current payment due" in summary and "Harbor & <b>Sons</b> LLC" in summary
    assert "31,500.00" in summary and "42,000.00" in summary and "7,000.00" in summary
    for line in view.lines:
        for figure in (
            line.scheduled,
            line.from_previous,
            line.this_period,
            line.stored,
            line.completed_and_stored,
            line.balance_to_finish,
            line.retainage,
        ):
            assert pdf_money(figure, "USD") in sheet
        assert f"{line.percent:.2f}" in sheet
    assert "Dock door & <i>ramp</i>" in sheet
    assert render_pay_application(view) == pdf  # reprinting gives the same bytes
    (tmp_path / "app.pdf").write_bytes(pdf)


def test_waivers_progress_and_final(worked: str, cli: Any) -> None:
    ledger = json.loads(cli("export", worked).out)["projects"][0]["invoices"]
    first, second = ledger[0]["number"], ledger[1]["number"]
    with Books.open(worked) as books:
        cond = waivers.issue_waiver(books, "conditional_progress", first)
        assert cond.amount_cents == 3_150_000
        pdf = waivers.waiver_pdf(books, cond.id)
        page = text_of(pdf)[0]
        assert "Conditional Waiver and Release on Progress Payment" in page
        assert "31,500.00 USD" in page and "APP-2026-0001" in page and "statutory" in page
        with pytest.raises(BadInput, match="cleared"):
            waivers.issue_waiver(books, "unconditional_progress", first)
        with pytest.raises(BadInput, match="final waiver goes with"):
            waivers.issue_waiver(books, "conditional_final", first)
    receipt = cli("pay", worked, first, "31500.00", "--date", "2026-04-10").out.strip()
    with Books.open(worked) as books:
        made = waivers.mark_cleared(books, receipt, None)
        assert [(w.kind, w.amount_cents) for w in made] == [("unconditional_progress", 3_150_000)]
        assert "Unconditional Waiver" in text_of(waivers.waiver_pdf(books, made[0].id))[0]
    assert (
        cli(
            "payapp",
            worked,
            "W-1",
            "--to",
            "2026-05-31",
            "--work",
            "Framing=0",
            "Finishes=30000",
            "Dock door & <i>ramp</i>=5000",
        ).code
        == 0
    )
    release = cli("release", worked, "W-1", "--date", "2026-06-15").out.strip()
    with Books.open(worked) as books:
        waivers.set_template(
            books, "conditional_final", "Statutory form for <b>$customer</b>: $amount & more."
        )
        final = waivers.issue_waiver(books, "conditional_final", release)
        page = text_of(waivers.waiver_pdf(books, final.id))[0]
        assert "Statutory form for <b>Harbor & <b>Sons</b> LLC</b>: 10,500.00 USD & more." in page
        kinds = [w.kind for w in waivers.list_waivers(books, "W-1")]
        assert kinds.count("conditional_final") == 2  # one issued with the release, one on request
        waivers.set_template(books, "conditional_final", "")
        assert (
            waivers.get_template(books, "conditional_final") == waivers.DEFAULT_TEMPLATES["conditional_final"]
        )
        assert second


def test_each_pay_application_comes_with_a_conditional_waiver(worked: str) -> None:
    with Books.open(worked) as books:
        made = waivers.list_waivers(books, "W-1")
        assert [(w.kind, w.amount_cents, w.through_date.isoformat()) for w in made] == [
            ("conditional_progress", 3_150_000, "2026-03-31"),
            ("conditional_progress", 3_150_000, "2026-04-30"),
        ]
        assert made[1].document_number.startswith("APP-2026-0002 / INV-")


def test_change_order_log(worked: str, cli: Any) -> None:
    assert (
        cli(
            "change-order", worked, "W-1", "750", "--description", "Paint touch-up", "--date", "2026-05-02"
        ).code
        == 0
    )
    from milestone_desk.services.construction.change_orders import change_order_log, reject_change_order

    with Books.open(worked) as books:
        reject_change_order(books, "W-1", 2)
        log = change_order_log(books, "W-1")
        with pytest.raises(BadInput, match="already rejected"):
            reject_change_order(books, "W-1", 2)
    assert (log.original_cents, log.net_change_cents, log.contract_to_date_cents) == (
        10_000_000,
        500_000,
        10_500_000,
    )
    assert [(e.number, e.status, e.billing, e.amount_cents) for e in log.entries] == [
        (1, "approved", "milestone", 500_000),
        (2, "rejected", "milestone", 75_000),
    ]


def test_unconditional_final_waiver_once_the_release_payment_clears(worked: str, cli: Any) -> None:
    assert (
        cli(
            "payapp",
            worked,
            "W-1",
            "--to",
            "2026-05-31",
            "--work",
            "Finishes=30000",
            "Dock door & <i>ramp</i>=5000",
        ).code
        == 0
    )
    release = cli("release", worked, "W-1", "--date", "2026-06-15").out.strip()
    part = cli("pay", worked, release, "5000.00", "--date", "2026-06-20").out.strip()
    rest = cli("pay", worked, release, "5500.00", "--date", "2026-06-21").out.strip()
    with Books.open(worked) as books:
        assert waivers.mark_cleared(books, part) == []  # not paid in full by cleared money yet
        final = waivers.mark_cleared(books, rest)
        assert [(w.kind, w.amount_cents) for w in final] == [("unconditional_final", 1_050_000)]
        page = text_of(waivers.waiver_pdf(books, final[0].id))[0]
        assert "Unconditional Waiver and Release on Final Payment" in page and "10,500.00 USD" in page
        with pytest.raises(BadInput, match="already marked cleared"):
            waivers.mark_cleared(books, rest)
