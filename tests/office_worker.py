"""A writer process for the office-server acceptance test: ``python -m tests.office_worker WHERE GO FIRST COUNT``.

WHERE is a company file or a server address. Like a person at a window, it keeps its books open and,
for milestones M{FIRST}..M{FIRST+COUNT-1}, completes each, issues its invoice and records a payment;
prints "INVOICE RECEIPT" per line. Any failure ends it with the sentence on stderr and exit 1.
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
    where, go, first, count = argv[0], Path(argv[1]), int(argv[2]), int(argv[3])
    on = date(2026, 3, 2)
    with Books.open(where, create=False) as books:
        while not go.exists():
            time.sleep(0.01)
        for i in range(first, first + count):
            name = f"M{i:03d}"
            milestones.complete_milestone(books, "P-1", name, on)
            number = invoicing.issue_invoice(books, "P-1", name, on)
            receipt = payments.record_payment(books, number, 1000_00, on).receipt_number
            print(number, receipt, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
