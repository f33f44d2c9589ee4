"""The small service reads the window uses: an invoice's receipts, record ids, a queued message."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.billing import payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.mailing import outbox
from milestone_desk.services.records import window_reads
from milestone_desk.services.setup import demo
from tests.ui_support import TODAY


def test_receipts_ids_and_queue(tmp_path: Path) -> None:
    path = tmp_path / "s.mdesk"
    demo.write_demo(path, today=TODAY)
    with Books.open(path) as books:
        assert window_reads.receipts_of_invoice(books, "INV-2026-0006") == []
        one = payments.record_payment(books, "INV-2026-0006", 1000, TODAY, "check", "101")
        two = payments.record_payment(
            books, "INV-2026-0006", 2500, TODAY + datetime.timedelta(days=1), "ach", ""
        )
        refs = window_reads.receipts_of_invoice(books, "INV-2026-0006")
        assert [(r.number, r.amount_cents) for r in refs] == [
            (one.receipt_number, 1000),
            (two.receipt_number, 2500),
        ]
        assert len(window_reads.project_uuid(books, "P-001")) == 36
        assert window_reads.milestone_uuid(books, "P-001", "Deposit") != window_reads.project_uuid(
            books, "P-001"
        )
        with pytest.raises(MilestoneDeskError):
            window_reads.milestone_uuid(books, "P-001", "No such milestone")
        with pytest.raises(MilestoneDeskError):
            window_reads.queue_message(books, "not an address", "Hello", "Body")
        ident = window_reads.queue_message(books, "a@example.com", "Hello", "Body", "x.pdf", b"%PDF-1.4")
        view = outbox.message(books, ident)
        assert (view.state, view.recipient, view.attachment_name) == ("queued", "a@example.com", "x.pdf")
