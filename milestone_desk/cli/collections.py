"""Getting paid: `aging`, `csv` and `statement` (public contract, see issue 7)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from milestone_desk.cli.common import add_file, iso_date, open_reading
from milestone_desk.domain.errors import BadInput
from milestone_desk.services import aging as aging_service
from milestone_desk.services import csv_export


def _print_aging_table(data: dict[str, Any]) -> None:
    keys = (*aging_service.BUCKETS, "total", "credit")
    labels = [aging_service.BUCKET_LABELS.get(k, k.title()) for k in keys]
    print(f"Aging as of {data['as_of']}")
    print(f"{'client':<10} {'name':<28}" + "".join(f"{h:>14}" for h in labels))
    for c in data["clients"]:
        print(f"{c['client']:<10} {c['name'][:28]:<28}" + "".join(f"{c[k]:>14}" for k in keys))
    t = data["total"]
    print(f"{'':<10} {'Total':<28}" + "".join(f"{t[k]:>14}" for k in keys))


def _aging(args: argparse.Namespace) -> int:
    with open_reading(args.file) as books:
        report = aging_service.aging(books, args.as_of)
        if args.csv:
            sys.stdout.write(csv_export.aging_csv(books, args.as_of))
            return 0
    data = aging_service.aging_json(report)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_aging_table(data)
    return 0


def _csv(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.is_dir():
        raise BadInput(f"{out} is a folder; give a file name such as invoices.csv.")
    with open_reading(args.file) as books:
        count = csv_export.export_csv(books, args.kind, out, args.as_of)
    print(f"Wrote {count} row(s) to {out}")
    return 0


def _statement(args: argparse.Namespace) -> int:
    from milestone_desk.documents.statement_pdf import render_statement
    from milestone_desk.services import statements

    out = Path(args.output)
    if out.is_dir():
        raise BadInput(f"{out} is a folder; give a file name such as statement.pdf.")
    with open_reading(args.file) as books:
        stmt = statements.statement(books, args.client, args.date_from, args.date_to)
    csv_export.write_bytes(out, render_statement(stmt, style=args.style))
    print(f"Wrote the statement of {stmt.client_code} to {out}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("aging", help="receivables by days past due, per client, as of a date")
    add_file(p)
    p.add_argument("--as-of", dest="as_of", type=iso_date, default=None, metavar="D")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    p.set_defaults(handler=_aging)

    p = sub.add_parser("csv", help="export invoices, payments or aging as CSV for the accountant")
    add_file(p)
    p.add_argument("kind", choices=csv_export.KINDS)
    p.add_argument("-o", "--output", required=True, metavar="OUT.csv")
    p.add_argument("--as-of", dest="as_of", type=iso_date, default=None, metavar="D", help="for aging")
    p.set_defaults(handler=_csv)

    p = sub.add_parser("statement", help="a client's statement of account as PDF")
    add_file(p)
    p.add_argument("client", metavar="CLIENT")
    p.add_argument("--from", dest="date_from", type=iso_date, default=None, metavar="D")
    p.add_argument("--to", dest="date_to", type=iso_date, default=None, metavar="D")
    p.add_argument(
        "--style",
        choices=("both", "balance-forward", "open-item"),
        default="both",
        help="balance-forward activity, open items, or both (default)",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.set_defaults(handler=_statement)
