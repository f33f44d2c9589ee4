"""What the window shows, for scripts and tests: the invoice a milestone would get, the schedule."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from milestone_desk.cli.common import add_file, iso_date, open_reading
from milestone_desk.domain.money import to_decimal_string
from milestone_desk.services.billing import invoicing
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.firm.queries.schedule import project_schedule


def _preview(args: argparse.Namespace) -> int:
    with open_reading(args.file) as books:
        math = invoicing.preview_invoice(books, args.project, args.milestone, args.date or date.today())
        with books.read() as s:
            currency = lookup.company(s).currency
    figures = {
        "gross": math.gross,
        "tax": math.tax,
        "retainage": math.retainage,
        "deposit_applied": math.deposit_applied,
        "amount_due": math.amount_due,
    }
    if args.json:
        print(json.dumps({k: to_decimal_string(v, currency) for k, v in figures.items()}, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key.replace('_', ' '):<16} {to_decimal_string(value, currency):>16}")
    return 0


def _schedule(args: argparse.Namespace) -> int:
    with open_reading(args.file) as books:
        sched = project_schedule(books, args.project)
    cur = sched.currency
    rows: list[dict[str, Any]] = [
        {"name": e.name, "amount": to_decimal_string(e.amount, cur), "status": e.status}
        for e in sched.entries
    ]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r['name'][:40]:<40} {r['amount']:>16}  {r['status']}")
        mark = "ok" if sched.sums.ok else sched.sums.problem
        print(
            f"{'sums to':<40} {to_decimal_string(sched.sums.total, cur):>16}  of "
            f"{to_decimal_string(sched.sums.contract, cur)} ({mark})"
        )
    return 0 if sched.sums.ok else 1


def register(sub: Any) -> None:
    p = sub.add_parser(
        "preview", help="the figures issuing a milestone's invoice would write now (writes nothing)"
    )
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("milestone", metavar="MILESTONE")
    p.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_preview)

    p = sub.add_parser("schedule", help="a project's payment schedule as the window shows it")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_schedule)
