"""Commands that correct issued records without editing them: void and credit (issue 6).

``milestone-desk void FILE INVOICE --reason TEXT`` and
``milestone-desk credit FILE INVOICE AMOUNT --reason TEXT [--refund] [--date D]`` (prints the
credit note number). Refusals are one sentence on stderr, exit 2, and the file is unchanged.
"""

from __future__ import annotations

import argparse
from typing import Any

from milestone_desk.cli.common import add_file, amount, iso_date, open_writing
from milestone_desk.services.billing import credits, voiding
from milestone_desk.services.core.queries import lookup


def _void(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        voiding.void_invoice(books, args.invoice, args.reason)
    print(f"Invoice {args.invoice} is void.")
    return 0


def _credit(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        with books.read() as s:
            currency = lookup.company(s).currency
        number = credits.issue_credit_note(
            books, args.invoice, amount(args.amount, currency), args.reason, args.date, args.refund
        )
    print(number)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("void", help="void an issued invoice (it keeps its number); needs a reason")
    add_file(p)
    p.add_argument("invoice", metavar="INVOICE")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why the invoice is void")
    p.set_defaults(handler=_void)

    p = sub.add_parser("credit", help="issue a credit note against an invoice; prints its number")
    add_file(p)
    p.add_argument("invoice", metavar="INVOICE")
    p.add_argument("amount", metavar="AMOUNT")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why the credit is given")
    p.add_argument(
        "--refund",
        action="store_true",
        help="the money is paid back to the client (default: lowers the balance)",
    )
    p.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD")
    p.set_defaults(handler=_credit)
