"""Getting paid: `aging`, `csv` and `statement` (public contract, see issue 7)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from milestone_desk.cli.common import add_file, iso_date, open_reading, open_writing, output_file
from milestone_desk.domain.money import to_decimal_string
from milestone_desk.domain.reports import BUCKET_LABELS, BUCKETS
from milestone_desk.services.collections.queries import aging as aging_service
from milestone_desk.services.collections.queries import report_pdfs
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.interchange.queries import csv_export


def _print_aging_table(data: dict[str, Any]) -> None:
    keys = (*BUCKETS, "total", "credit")
    labels = [BUCKET_LABELS.get(k, k.title()) for k in keys]
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
    out = output_file(args.output, "invoices.csv", force=args.force)
    with open_reading(args.file) as books:
        count = csv_export.export_csv(books, args.kind, out, args.as_of, force=args.force)
    print(f"Wrote {count} row(s) to {out}")
    return 0


def _statement(args: argparse.Namespace) -> int:
    if args.email is not None:
        from milestone_desk.services.mailing.collections_mail import queue_statement

        with open_writing(args.file) as books:
            mid = queue_statement(books, args.client, args.email, args.date_from, args.date_to)
        print(mid)
        print(
            f"Queued the statement of {args.client} for {args.email} as outbox message {mid}; "
            "send it with `milestone-desk outbox FILE --send`.",
            file=sys.stderr,
        )
        return 0
    out = output_file(args.output, "statement.pdf", force=args.force)
    with open_reading(args.file) as books:
        stmt, pdf = report_pdfs.statement_report_pdf(
            books, args.client, args.date_from, args.date_to, args.style
        )
    csv_export.write_bytes(out, pdf, force=args.force)
    print(f"Wrote the statement of {stmt.client_code} to {out}")
    return 0


def _pdf_out(text: str, force: bool) -> Path:
    return output_file(text, "report.pdf", force=force)


def _ledger_pdf(args: argparse.Namespace) -> int:
    out = _pdf_out(args.output, args.force)
    with open_reading(args.file) as books:
        led, pdf = report_pdfs.ledger_report_pdf(books, args.project)
    csv_export.write_bytes(out, pdf, force=args.force)
    print(f"Wrote the ledger of {led.project_code} to {out}")
    return 0


def _aging_pdf(args: argparse.Namespace) -> int:
    out = _pdf_out(args.output, args.force)
    with open_reading(args.file) as books:
        report, pdf = report_pdfs.aging_report_pdf(books, args.as_of)
    csv_export.write_bytes(out, pdf, force=args.force)
    print(f"Wrote the aging as of {report.as_of.isoformat()} to {out}")
    return 0


def _reminders(args: argparse.Namespace) -> int:
    from milestone_desk.services.collections import reminders

    if args.queue:
        from milestone_desk.services.mailing.collections_mail import queue_reminders

        with open_writing(args.file) as books:
            done = queue_reminders(books, args.today or date.today())
        for mid, number in zip(done.ids, done.invoices, strict=True):
            print(f"{mid}\t{number}")
        for number, reason in done.skipped:
            print(f"Invoice {number}: not queued, {reason}.", file=sys.stderr)
        print(
            f"Queued {len(done.ids)} reminder(s); send them with `milestone-desk outbox FILE --send`.",
            file=sys.stderr,
        )
        return 0
    with open_reading(args.file) as books:
        due = reminders.due_reminders(books, args.today or date.today())
    if args.json:
        rows = [
            {
                "invoice": r.invoice_number,
                "client": r.client_code,
                "email": r.client_email,
                "step": r.step_days,
                "due_date": r.due_date.isoformat(),
                "days_overdue": r.days_overdue,
                "amount": to_decimal_string(r.outstanding_cents, r.currency),
                "subject": r.subject,
                "body": r.body,
            }
            for r in due
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for r in due:
        print(f"{r.invoice_number:<16} {r.client_code:<10} step {r.step_days:+4d}  {r.subject}")
    print(f"{len(due)} reminder(s) due.", file=sys.stderr)
    return 0


def _late_fees(args: argparse.Namespace) -> int:
    from milestone_desk.services.collections import late_fees

    today = args.today or date.today()
    if args.charge:
        with open_writing(args.file) as books:
            numbers = late_fees.charge_late_fees(books, today)
        for number in numbers:
            print(number)
        print(f"Issued {len(numbers)} late fee invoice(s).", file=sys.stderr)
        return 0
    with open_reading(args.file) as books:
        fees = late_fees.due_late_fees(books, today)
        with books.read() as s:
            currency = lookup.company(s).currency
    for f in fees:
        print(
            f"{f.invoice_number:<16} {f.client_code:<10} {f.days_overdue:>4} days  period {f.period}  "
            f"fee {to_decimal_string(f.fee_cents, currency)}"
        )
    print(f"{len(fees)} late fee(s) would be charged; add --charge to issue them.", file=sys.stderr)
    return 0


def _forecast(args: argparse.Namespace) -> int:
    from milestone_desk.services.collections.queries import forecast

    with open_reading(args.file) as books:
        f = forecast.forecast(books, args.today, args.by)

    def m(v: int) -> str:
        return to_decimal_string(v, f.currency)

    rows = [
        {
            "start": p.start.isoformat(),
            "end": p.end.isoformat(),
            "expected": m(p.expected),
            "actual": m(p.actual),
        }
        for p in f.periods
    ]
    if args.json:
        print(json.dumps({"by": f.granularity, "today": f.today.isoformat(), "periods": rows}, indent=2))
        return 0
    print(f"{'period':<12} {'expected':>14} {'received':>14}")
    for p, row in zip(f.periods, rows):
        print(f"{p.label:<12} {row['expected']:>14} {row['actual']:>14}")
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
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="OUT.pdf")
    where.add_argument("--email", metavar="ADDRESS", help="queue it in the outbox for ADDRESS instead")
    p.set_defaults(handler=_statement)

    p = sub.add_parser("ledger-pdf", help="a project's ledger as PDF")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.set_defaults(handler=_ledger_pdf)

    p = sub.add_parser("aging-pdf", help="the receivables aging as PDF")
    add_file(p)
    p.add_argument("--as-of", dest="as_of", type=iso_date, default=None, metavar="D")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.set_defaults(handler=_aging_pdf)

    p = sub.add_parser(
        "reminders",
        help="payment reminders due today on the firm's schedule (--queue puts them in the outbox)",
    )
    add_file(p)
    p.add_argument("--today", "--as-of", dest="today", type=iso_date, default=None, metavar="D")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--json", action="store_true")
    how.add_argument(
        "--queue", action="store_true", help="queue the due reminders (invoice attached) in the outbox"
    )
    p.set_defaults(handler=_reminders)

    p = sub.add_parser("late-fees", help="list (or with --charge, issue) the late fees due")
    add_file(p)
    p.add_argument("--today", type=iso_date, default=None, metavar="D")
    p.add_argument("--charge", action="store_true", help="issue them as numbered invoices")
    p.set_defaults(handler=_late_fees)

    p = sub.add_parser("forecast", help="expected and received money per week or month")
    add_file(p)
    p.add_argument("--today", type=iso_date, default=None, metavar="D")
    p.add_argument("--by", choices=("month", "week"), default="month")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_forecast)
