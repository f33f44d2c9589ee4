"""A writer process for the numbering concurrency test: ``python -m tests.trust_worker FILE GO FIRST COUNT``.

Waits until the file GO exists (so all writers start together), then for each of its milestones
M{FIRST}..M{FIRST+COUNT-1} opens the company file afresh (as a script would), completes the
milestone, issues its invoice and records a payment; prints "INVOICE RECEIPT" per line.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from milestone_desk.services.billing import invoicing, payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones


def main(argv: list[str]) -> int:
    path, go, first, count = Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    while not go.exists():
        time.sleep(0.01)
    on = date(2026, 3, 2)
    for i in range(first, first + count):
        name = f"M{i:03d}"
        with Books.open(path, create=False) as books:
            milestones.complete_milestone(books, "P-1", name, on)
        with Books.open(path, create=False) as books:
            number = invoicing.issue_invoice(books, "P-1", name, on)
        with Books.open(path, create=False) as books:
            receipt = payments.record_payment(books, number, 1000_00, on).receipt_number
        print(number, receipt, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
