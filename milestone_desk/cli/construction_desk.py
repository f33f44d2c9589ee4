"""More construction commands: deposit, change-order approval and log, waivers, cleared, payapp-pdf."""

from __future__ import annotations

import argparse
import json
from typing import Any

from milestone_desk.cli.common import add_file, iso_date, open_reading, open_writing, output_file
from milestone_desk.cli.documents import _write
from milestone_desk.domain.money import format_money, to_decimal_string
from milestone_desk.services.construction import change_orders, payapps, retainage, waivers


def _deposit(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        print(retainage.issue_deposit_invoice(books, args.project, args.date))
    return 0


def _approve(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        change_orders.approve_change_order(books, args.project, args.number)
    print(f"Change order {args.number} of {args.project} is approved.")
    return 0


def _reject(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        change_orders.reject_change_order(books, args.project, args.number)
    print(f"Change order {args.number} of {args.project} is rejected.")
    return 0


def _log(args: argparse.Namespace) -> int:
    with open_reading(args.file) as books:
        log = change_orders.change_order_log(books, args.project)
    cur = log.currency
    if args.json:
        data = {
            "project": log.project_code,
            "original_contract_sum": to_decimal_string(log.original_cents, cur),
            "net_change": to_decimal_string(log.net_change_cents, cur),
            "contract_to_date": to_decimal_string(log.contract_to_date_cents, cur),
            "change_orders": [
                {
                    "number": e.number,
                    "date": e.date.isoformat(),
                    "description": e.description,
                    "amount": to_decimal_string(e.amount_cents, cur),
                    "status": e.status,
                    "billing": e.billing,
                    "milestone": e.milestone_name,
                }
                for e in log.entries
            ],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"Change orders of {log.project_code}")
    for e in log.entries:
        amount = format_money(e.amount_cents, cur)
        print(f"{e.number:>4}  {e.date.isoformat()}  {e.status:<9} {amount:>16}  {e.description}")
    print(f"Original contract sum {format_money(log.original_cents, cur):>16}")
    print(f"Net change            {format_money(log.net_change_cents, cur):>16}")
    print(f"Contract to date      {format_money(log.contract_to_date_cents, cur):>16}")
    return 0


def _waiver(args: argparse.Namespace) -> int:
    out = output_file(args.output, "waiver.pdf", force=args.force)
    with open_writing(args.file) as books:
        _, pdf, _ = waivers.waiver_document(books, args.kind, args.invoice, args.date)
    _write(out, pdf, args.force)
    print(out)
    return 0


def _cleared(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        views = waivers.mark_cleared(books, args.receipt, args.date)
    for v in views:
        print(f"{v.kind} waiver for {v.document_number}")
    return 0


def _payapp_pdf(args: argparse.Namespace) -> int:
    out = output_file(args.output, "payapp.pdf", force=args.force)
    with open_reading(args.file) as books:
        data = payapps.pay_application_pdf(books, args.number)
    _write(out, data, args.force)
    print(out)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("deposit", help="issue the applied-deposit invoice of a project; prints its number")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--date", type=iso_date, default=None, metavar="D")
    p.set_defaults(handler=_deposit)

    for name, handler, verb in (
        ("change-order-approve", _approve, "approve"),
        ("change-order-reject", _reject, "reject"),
    ):
        p = sub.add_parser(name, help=f"{verb} a draft change order")
        add_file(p)
        p.add_argument("project", metavar="PROJECT")
        p.add_argument("number", metavar="NUMBER", type=int)
        p.set_defaults(handler=handler)

    p = sub.add_parser("change-orders", help="the change-order log of a project")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_log)

    p = sub.add_parser("waiver", help="write an invoice's lien waiver PDF (issued first if there is none)")
    add_file(p)
    p.add_argument("--invoice", required=True, metavar="NO")
    p.add_argument(
        "--kind", required=True, choices=waivers.KINDS, metavar="KIND", help=", ".join(waivers.KINDS)
    )
    p.add_argument("--date", type=iso_date, default=None, metavar="D", help="issue date of a new waiver")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.set_defaults(handler=_waiver)

    p = sub.add_parser("cleared", help="mark a payment cleared; issues its unconditional waivers")
    add_file(p)
    p.add_argument("receipt", metavar="RECEIPT")
    p.add_argument("--date", type=iso_date, default=None, metavar="D")
    p.set_defaults(handler=_cleared)

    p = sub.add_parser("payapp-pdf", help="write a pay application's PDF (G702/G703)")
    add_file(p)
    p.add_argument("number", metavar="APP-NO")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.set_defaults(handler=_payapp_pdf)
