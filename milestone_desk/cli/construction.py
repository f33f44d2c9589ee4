"""Construction billing commands: change-order, release, payapp (a public contract)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from milestone_desk.cli.common import add_file, iso_date, open_writing
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money
from milestone_desk.services.construction import change_orders, payapps, retainage
from milestone_desk.services.core.queries import lookup


def _currency(books: Any) -> str:
    with books.read() as s:
        return str(lookup.company(s).currency)


def _change_order(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        amount = Money.parse(args.amount, _currency(books), what="amount", allow_negative=True).minor
        number = change_orders.add_change_order(
            books,
            args.project,
            amount,
            args.description,
            args.date,
            spread_it=args.spread,
            approve_it=args.approve,
            removes=args.removes,
        )
    print(number)
    return 0


def _release(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        print(retainage.issue_release(books, args.project, args.date))
    return 0


def _pairs(items: list[str] | None, currency: str, what: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items or []:
        name, sep, amount = item.rpartition("=")
        name = name.strip()
        if not sep or not name:
            raise BadInput(f'The {what} {item!r} is not LINE=AMOUNT, e.g. "Framing=12500.00".')
        if name in out:
            raise BadInput(f"The line {name!r} is given twice for {what}.")
        out[name] = Money.parse(amount, currency, what=f"{what} on {name!r}").minor
    return out


def _payapp(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        currency = _currency(books)
        view = payapps.issue_pay_application(
            books,
            args.project,
            args.to,
            _pairs(args.work, currency, "work"),
            _pairs(args.stored, currency, "stored materials"),
        )
    if args.json:
        print(json.dumps(payapps.as_json(view), indent=2, ensure_ascii=False))
    else:
        print(view.number)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("change-order", help="add a change order to a project; prints its number")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("amount", metavar="AMOUNT", help="the change in contract sum, e.g. 2500.00 or -800.00")
    p.add_argument("--description", required=True, metavar="TEXT")
    p.add_argument("--date", type=iso_date, default=None, metavar="D")
    p.add_argument("--spread", action="store_true", help="spread over the unbilled milestones by weight")
    p.add_argument("--approve", action="store_true", help="approve it at once (else it stays a draft)")
    p.add_argument(
        "--removes",
        metavar="MILESTONE",
        help="take this unbilled milestone out of the schedule (AMOUNT is minus its amount; needs --approve)",
    )
    p.set_defaults(handler=_change_order)

    p = sub.add_parser("release", help="issue the retainage release invoice; prints its number")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--date", type=iso_date, default=None, metavar="D")
    p.set_defaults(handler=_release)

    p = sub.add_parser("payapp", help="issue a progress pay application; prints its number")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--to", type=iso_date, required=True, metavar="YYYY-MM-DD", help="end of the period")
    p.add_argument(
        "--work", action="extend", nargs="+", metavar="LINE=AMOUNT", help="work completed this period"
    )
    p.add_argument(
        "--stored", action="extend", nargs="+", metavar="LINE=AMOUNT", help="materials presently stored"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_payapp)
