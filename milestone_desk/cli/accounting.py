"""The accountant's side: `journal` (entries or a trial balance) and `export-accounting` (issue 20)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from milestone_desk.cli.common import add_file, iso_date, open_reading, open_writing, output_file
from milestone_desk.domain.errors import BadInput
from milestone_desk.services.interchange.queries import csv_export
from milestone_desk.services.records import journal as journal_service


def _emit(args: argparse.Namespace, header: tuple[str, ...], body: list[list[str]], data: Any) -> None:
    if args.json:
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    elif args.csv or args.output:
        text = csv_export.to_csv_text(header, body)
    else:
        widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]
        lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
        text = "\n".join(lines) + "\n"
    if args.output:
        out = output_file(args.output, "journal.csv")
        csv_export.write_text(out, text, encoding="utf-8-sig" if not args.json else "utf-8")
        print(f"Wrote {len(body)} row(s) to {out}")
    else:
        sys.stdout.write(text)


def _journal(args: argparse.Namespace) -> int:
    with open_reading(args.file) as books:
        if args.trial_balance:
            if args.date_from is not None:
                raise BadInput("A trial balance is as of one date; use --as-of (or --to), not --from.")
            tb = journal_service.trial_balance(books, args.as_of or args.date_to)
            _emit(
                args,
                journal_service.TRIAL_HEADER,
                journal_service.trial_table(tb),
                journal_service.trial_json(tb),
            )
            return 0
        if args.as_of is not None:
            raise BadInput("--as-of goes with --trial-balance; a journal takes --from and --to.")
        report = journal_service.journal(books, args.date_from, args.date_to)
        account = None
        if args.account:
            chart = report.chart
            found = [
                k
                for k, a in chart.items()
                if args.account in (k, a.code) or args.account.casefold() == a.name.casefold()
            ]
            if not found:
                raise BadInput(f"There is no account {args.account!r}; give its code or name.")
            account = found[0]
        body = journal_service.journal_table(report, account)
        _emit(args, journal_service.JOURNAL_HEADER, body, journal_service.journal_json(report))
    return 0


def _export(args: argparse.Namespace) -> int:
    from milestone_desk.services.interchange import accounting_export

    formats = [v for v in args.to if v in accounting_export.FORMATS]
    dates = [v for v in args.to if v not in accounting_export.FORMATS]
    if len(formats) != 1:
        raise BadInput(
            f"Say which program the file is for once: --to {' | '.join(accounting_export.FORMATS)}."
        )
    if len(dates) > 1:
        raise BadInput("Give the end of the period once (--to YYYY-MM-DD).")
    end: date | None = None
    if dates:
        try:
            end = iso_date(dates[0])
        except argparse.ArgumentTypeError as exc:
            raise BadInput(
                f"{exc}; --to takes a format ({', '.join(accounting_export.FORMATS)}) or the period's end date."
            ) from exc
    example = "books.iif" if formats[0] == "quickbooks-iif" else "invoices.csv"
    out = output_file(args.output, example)
    opener = open_writing if args.since_last else open_reading
    with opener(args.file) as books:
        result = accounting_export.export_accounting(
            books, formats[0], out, args.date_from, end, since_last=args.since_last
        )
    names = ", ".join(str(p) for p in result.files)
    print(f"Wrote {result.invoices} invoice(s) and {result.payments} payment(s) to {names}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("journal", help="the books as balanced journal entries, or a trial balance")
    add_file(p)
    p.add_argument("--from", dest="date_from", type=iso_date, default=None, metavar="D")
    p.add_argument("--to", dest="date_to", type=iso_date, default=None, metavar="D")
    p.add_argument("--account", default=None, metavar="CODE", help="only the lines of one account")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true")
    fmt.add_argument("--json", action="store_true")
    p.add_argument("--trial-balance", dest="trial_balance", action="store_true")
    p.add_argument(
        "--as-of", dest="as_of", type=iso_date, default=None, metavar="D", help="for --trial-balance"
    )
    p.add_argument("-o", "--output", default=None, metavar="OUT")
    p.set_defaults(handler=_journal)

    p = sub.add_parser(
        "export-accounting", help="invoices and payments for QuickBooks (IIF or Online) or Xero"
    )
    add_file(p)
    p.add_argument(
        "--to",
        dest="to",
        action="append",
        required=True,
        metavar="FORMAT|D",
        help="quickbooks-iif, quickbooks-online or xero; given a second time with a date, the period's end",
    )
    p.add_argument("--from", dest="date_from", type=iso_date, default=None, metavar="D")
    p.add_argument(
        "--since-last", dest="since_last", action="store_true", help="only what was not exported before"
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.set_defaults(handler=_export)
