"""Numbering: series per document type, configurable formats, numbers taken only at issue,
unique and gapless with several processes writing one file (issue 6)."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence.models import Invoice, Receipt
from milestone_desk.persistence.models_records import DocumentNumber
from milestone_desk.services.billing import credits, invoicing, payments
from milestone_desk.services.core import numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm.company import get_company, save_company
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records.queries.check import check_books
from tests.paths import REPO
from tests.trust_helpers import DAY, issue, many_milestones, write_json

ROOT = REPO


def test_render_parse_and_validate() -> None:
    assert numbering.render("CN-{year}-{seq:04d}", 2026, 7) == "CN-2026-0007"
    assert numbering.parse_seq("CN-{year}-{seq:04d}", "CN-2026-0007") == 7
    assert numbering.parse_seq("CN-{year}-{seq:04d}", "CN-2026-12345") == 12345
    assert numbering.parse_seq("CN-{year}-{seq:04d}", "INV-2026-0007") is None
    assert numbering.parse_seq("R.{yy}/{seq}", "R.26/15") == 15
    assert numbering.parse_seq("A+{seq:03d}", "A+001") == 1
    for bad in ("INV-{year}", "INV-{nope}-{seq}", "INV-{seq:q}", "X" * 60 + "{seq}"):
        with pytest.raises(BadInput):
            numbering.validate_format(bad)


def test_series_have_their_own_counters_and_formats(books: Books) -> None:
    with books.write() as s:
        assert numbering.format_for(s, numbering.CREDIT_NOTE) == "CN-{year}-{seq:04d}"
        numbering.set_format(s, numbering.CREDIT_NOTE, "CRN/{yy}/{seq:03d}")
        with pytest.raises(BadInput, match="must contain"):
            numbering.set_format(s, numbering.CREDIT_NOTE, "CRN")
    a = issue(books, "Deposit")
    b = issue(books, "Demolition", date(2027, 1, 4))
    assert (a, b) == ("INV-2026-0001", "INV-2027-0001")
    assert payments.record_payment(books, a, 100_00, DAY).receipt_number == "RCT-2026-0001"
    assert credits.issue_credit_note(books, a, 50_00, "Goodwill", DAY) == "CRN/26/001"
    assert credits.issue_credit_note(books, b, 50_00, "Goodwill", date(2027, 1, 5)) == "CRN/27/001"
    assert credits.issue_credit_note(books, a, 50_00, "Goodwill", DAY) == "CRN/26/002"
    profile = get_company(books)
    from dataclasses import replace

    save_company(books, replace(profile, invoice_format="K{seq:05d}"))
    assert issue(books, "Rough-in", date(2027, 2, 1)) == "K00001"
    assert issue(books, "Cabinets", date(2028, 2, 1)) == "K00002"  # no year: one counter for all time
    assert check_books(books) == []
    exported = exchange.export_data(books)
    assert exported["company"]["credit_note_format"] == "CRN/{yy}/{seq:03d}"


def test_format_clash_between_series_is_refused_and_writes_nothing(books: Books) -> None:
    from dataclasses import replace

    save_company(books, replace(get_company(books), receipt_format="INV-{year}-{seq:04d}"))
    number = issue(books, "Deposit")
    with pytest.raises(BadInput, match="already used in the invoice series"):
        payments.record_payment(books, number, 100_00, DAY)
    assert invoicing.invoice_view(books, number).paid_cents == 0
    with books.read() as s:
        assert s.query(Receipt).count() == 0
    assert check_books(books) == []


def test_a_rolled_back_issue_leaves_no_gap(books: Books) -> None:
    issue(books, "Deposit")
    with pytest.raises(RuntimeError), books.write() as s:
        assert numbering.take_number(s, "invoice", "INV-{year}-{seq:04d}", DAY) == "INV-2026-0002"
        raise RuntimeError("crash after taking a number")
    assert issue(books, "Demolition") == "INV-2026-0002"
    with books.read() as s:
        assert [r.number for r in s.query(DocumentNumber).order_by(DocumentNumber.id)] == [
            "INV-2026-0001",
            "INV-2026-0002",
        ]
    assert check_books(books) == []


def test_nothing_is_numbered_before_issue(books: Books) -> None:
    """Previewing, completing and refused issues take no number."""
    from milestone_desk.services.firm import milestones

    milestones.complete_milestone(books, "P-001", "Deposit", DAY)
    invoicing.preview_invoice(books, "P-001", "Deposit")
    with pytest.raises(BadInput):
        invoicing.issue_invoice(books, "P-001", "Demolition", DAY)  # not completed
    with books.read() as s:
        assert s.query(DocumentNumber).count() == 0
    assert invoicing.issue_invoice(books, "P-001", "Deposit", DAY) == "INV-2026-0001"


def _all_numbers(path: Path) -> tuple[list[str], list[str]]:
    with Books.open(path, create=False, readonly=True) as b, b.read() as s:
        invoices = [n for (n,) in s.query(Invoice.number).order_by(Invoice.id)]
        receipts = [n for (n,) in s.query(Receipt.number).order_by(Receipt.id)]
    return [str(n) for n in invoices], [str(n) for n in receipts]


@pytest.mark.slow
def test_four_processes_and_the_cli_number_without_duplicates_or_gaps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workers, per_worker, cli_count = 4, 12, 3
    total = workers * per_worker + cli_count
    db = tmp_path / "shared.mdesk"
    with Books.open(db) as b:
        exchange.import_data(b, many_milestones(total))
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.trust_worker",
                str(db),
                str(go),
                str(w * per_worker),
                str(per_worker),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(workers)
    ]
    cli_script = "; ".join(
        f"{sys.executable} -m milestone_desk {cmd} {db} P-1 M{i:03d} --date 2026-03-02"
        for i in range(workers * per_worker, total)
        for cmd in ("complete", "issue")
    )
    cli_proc = subprocess.Popen(
        ["bash", "-c", f"while [ ! -e {go} ]; do sleep 0.01; done; set -e; {cli_script}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    start = time.monotonic()
    go.touch()
    outputs = [p.communicate(timeout=600) for p in procs]
    cli_out, cli_err = cli_proc.communicate(timeout=600)
    elapsed = time.monotonic() - start
    for p, (_out, err) in zip(procs, outputs):
        assert p.returncode == 0, err
    assert cli_proc.returncode == 0, cli_err
    printed = [line.split() for out, _ in outputs for line in out.splitlines()]
    printed_invoices = [p[0] for p in printed] + cli_out.split()
    invoices, receipts = _all_numbers(db)
    expected_inv = [f"INV-2026-{n:04d}" for n in range(1, total + 1)]
    expected_rct = [f"RCT-2026-{n:04d}" for n in range(1, workers * per_worker + 1)]
    assert sorted(invoices) == expected_inv  # zero duplicates, zero gaps
    assert sorted(receipts) == expected_rct
    assert sorted(printed_invoices) == expected_inv
    assert not [n for n, c in Counter(printed_invoices).items() if c > 1]
    owner = {p[0]: i // per_worker for i, p in enumerate(printed)}
    owner.update({n: workers for n in cli_out.split()})
    by_number = [owner[n] for n in expected_inv]
    switches = sum(1 for a, b in itertools.pairwise(by_number) if a != b)
    assert switches >= workers  # the writers really ran at the same time
    with Books.open(db, create=False, readonly=True) as b:
        assert check_books(b) == []
    with capsys.disabled():
        print(
            f"\n[numbering] {workers} worker processes + 1 CLI process: {len(invoices)} invoices, "
            f"{len(receipts)} receipts in {elapsed:.1f} s; duplicates 0, gaps 0; "
            f"writer changed {switches} times along the number sequence"
        )


def test_imported_numbers_move_the_counters(tmp_path: Path, kitchen_data: dict[str, Any]) -> None:
    with Books.open(tmp_path / "a.mdesk") as a:
        exchange.import_data(a, kitchen_data)
        for name in ("Deposit", "Demolition"):
            issue(a, name)
        data = exchange.export_data(a)
    path = write_json(tmp_path / "a.json", data)
    with Books.open(tmp_path / "b.mdesk") as b:
        exchange.import_file(b, path)
        assert issue(b, "Rough-in") == "INV-2026-0003"
        assert check_books(b) == []


def test_series_formats_through_books(books: Books) -> None:
    assert numbering.series_formats(books) == {
        "invoice": "INV-{year}-{seq:04d}",
        "receipt": "RCT-{year}-{seq:04d}",
        "credit_note": "CN-{year}-{seq:04d}",
    }
    numbering.set_series_format(books, "credit_note", "GS-{seq:06d}")
    numbering.set_series_format(books, "receipt", "R{yy}-{seq}")
    with pytest.raises(BadInput, match="no document series"):
        numbering.set_series_format(books, "quote", "Q-{seq}")
    assert numbering.series_formats(books)["credit_note"] == "GS-{seq:06d}"
    number = issue(books, "Deposit")
    assert payments.record_payment(books, number, 1_00, DAY).receipt_number == "R26-1"
    assert credits.issue_credit_note(books, number, 1_00, "x", DAY) == "GS-000001"
    assert check_books(books) == []
