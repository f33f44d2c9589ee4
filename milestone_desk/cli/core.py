"""The foundation commands: demo, import, export, complete, issue, pay, ledger, check."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from milestone_desk.cli.common import add_file, amount, iso_date, open_reading, open_writing
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import format_money
from milestone_desk.services.billing import invoicing, payments
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.firm import milestones
from milestone_desk.services.records.filesafety import pid_alive
from milestone_desk.services.records.office import is_server_address

# exchange (import/export), check, demo, ledger and field work are imported by their own
# commands: `issue` and `pay` start without them.


def _demo(args: argparse.Namespace) -> int:
    from milestone_desk.services.setup.demo import write_demo

    write_demo(args.file if is_server_address(args.file) else Path(args.file))
    print(f"Wrote the sample company to {args.file}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from milestone_desk.services.interchange import exchange

    if is_server_address(args.file):  # an empty server database is set up by the migrations
        data = exchange.load_json(Path(args.data))
        with open_writing(args.file, create=True) as books:
            counts = exchange.import_data(books, data)
        print(f"Imported {counts['clients']} clients and {counts['projects']} projects.")
        return 0
    path = Path(args.file)
    data = exchange.load_json(Path(args.data))
    if path.exists() or path.is_symlink():
        with open_writing(args.file) as books:
            counts = exchange.import_data(books, data)
    else:
        counts = _import_new(path, data)
    print(f"Imported {counts['clients']} clients and {counts['projects']} projects.")
    return 0


def _import_new(path: Path, data: Any) -> dict[str, int]:
    """Import into a new company file built under a hidden name and put in place only when whole:
    a killed import leaves no file that looks like books (and nothing that blocks the next try)."""
    from milestone_desk.services.interchange import exchange

    if not path.parent.is_dir():
        raise BadInput(f"The folder {path.parent} does not exist.")
    for old in path.parent.glob(f".{path.name}.*.importing*"):
        pid = old.name.split(".")[-2] if old.name.endswith(".importing") else ""
        if not (pid.isdigit() and pid_alive(int(pid))):
            old.unlink(missing_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.importing")
    try:
        with open_writing(str(tmp), create=True) as books:
            counts = exchange.import_data(books, data)
        try:
            os.link(tmp, path)  # never replaces a file that appeared meanwhile
        except FileExistsError:
            raise BadInput(f"{path} appeared while importing; nothing was written over it.") from None
        except OSError:
            if path.exists():
                raise BadInput(f"{path} appeared while importing; nothing was written over it.") from None
            os.replace(tmp, path)
        return counts
    finally:
        for suffix in ("", "-wal", "-shm", "-journal", ".swap"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def _export(args: argparse.Namespace) -> int:
    # Streamed through a temporary file: little memory on a big firm, and nothing on stdout
    # unless the whole export was read (a damaged file prints only its sentence).
    from milestone_desk.services.interchange import exchange

    with (
        open_reading(args.file) as books,
        tempfile.SpooledTemporaryFile(max_size=4 << 20, mode="w+", encoding="utf-8") as spool,
    ):
        exchange.export_to(books, spool.write)
        spool.seek(0)
        shutil.copyfileobj(spool, sys.stdout, 1 << 20)
    return 0


def _complete(args: argparse.Namespace) -> int:
    signing = args.signature is not None or args.photo or args.note is not None
    if signing and not args.signed_by:
        raise BadInput("A signature, photos or a note go with a sign-off: give --signed-by NAME too.")
    if not args.signed_by:
        with open_writing(args.file) as books:
            milestones.complete_milestone(
                books, args.project, args.milestone, args.date, confirmed=getattr(args, "before_start", False)
            )
        return 0
    signature = Path(args.signature).read_bytes() if args.signature else None
    photos = [(Path(p).name, Path(p).read_bytes()) for p in args.photo or []]
    from milestone_desk.services.field import field_work

    with open_writing(args.file) as books:
        field_work.sign_off(
            books,
            args.project,
            args.milestone,
            args.date or date.today(),
            args.signed_by,
            signature=signature,
            photos=photos,
            note=args.note or "",
            confirmed=getattr(args, "before_start", False),
        )
    return 0


def _issue(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        extras = {"po": getattr(args, "po", None), "note": getattr(args, "note", None)}
        print(invoicing.issue_invoice(books, args.project, args.milestone, args.date, **extras))
    return 0


def _pay(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        with books.read() as s:
            currency = lookup.company(s).currency
        result = payments.record_payment(
            books,
            args.invoice,
            amount(args.amount, currency),
            args.date,
            args.method,
            args.reference,
            credit_ok=args.credit,
        )
        print(result.receipt_number)
        if result.credit_cents:
            print(
                f"{format_money(result.credit_cents, currency)} {currency} more than the balance was "
                "kept as client credit.",
                file=sys.stderr,
            )
    return 0


def _print_ledger(rows: list[dict[str, Any]]) -> None:
    keys = ("contract_to_date", "billed", "retainage_held", "paid", "outstanding", "balance_to_finish")
    header = f"{'project':<10} {'name':<32}" + "".join(f"{k.replace('_', ' '):>19}" for k in keys)
    print(header)
    for row in rows:
        print(f"{row['project']:<10} {row['name'][:32]:<32}" + "".join(f"{row[k]:>19}" for k in keys))


def _ledger(args: argparse.Namespace) -> int:
    from milestone_desk.services.collections.queries import ledger

    with open_reading(args.file) as books:
        rows = ledger.ledger(books, args.project)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        _print_ledger(rows)
    return 0


def _check(args: argparse.Namespace) -> int:
    from milestone_desk.services.records.queries.check import check_report

    with open_reading(args.file) as books:
        report = check_report(books)
    problems = report.findings
    if args.json:
        data = {
            "sound": not problems,
            "findings": [{"kind": f.kind, "text": f.text} for f in problems],
            "notes": report.notes,
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 1 if problems else 0
    for f in problems:
        print(f.text)
    for note in report.notes:
        print(f"Note: {note}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print("The books are sound." if is_server_address(args.file) else "The company file is sound.")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="write a realistic sample company to a new file")
    add_file(p)
    p.set_defaults(handler=_demo)

    p = sub.add_parser("import", help="add a JSON file's clients and projects (all or nothing)")
    add_file(p)
    p.add_argument("data", metavar="DATA.json")
    p.set_defaults(handler=_import)

    p = sub.add_parser("export", help="print the whole company as JSON")
    add_file(p)
    p.set_defaults(handler=_export)

    for name, handler, text in (
        ("complete", _complete, "mark a milestone completed"),
        ("issue", _issue, "issue the invoice of a completed milestone"),
    ):
        p = sub.add_parser(name, help=text)
        add_file(p)
        p.add_argument("project", metavar="PROJECT")
        p.add_argument("milestone", metavar="MILESTONE")
        p.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD")
        if name == "issue":
            p.add_argument(
                "--po", metavar="X", help="the client's purchase-order number, printed on the invoice"
            )
            p.add_argument("--note", metavar="TEXT", help="a note printed on the invoice")
        if name == "complete":
            p.add_argument("--signed-by", metavar="NAME", help="sign-off on site: who accepted the work")
            p.add_argument("--signature", metavar="SIG.png", help="the signature as a picture")
            p.add_argument("--photo", action="append", metavar="IMG", help="a photo of the work (repeatable)")
            p.add_argument("--note", metavar="TEXT")
        if name == "complete":  # (with the sign-off flags above)
            p.add_argument(
                "--before-start",
                dest="before_start",
                action="store_true",
                help="accept a completion dated before the project's start",
            )
        p.set_defaults(handler=handler)

    p = sub.add_parser("pay", help="record a payment against an invoice; prints the receipt number")
    add_file(p)
    p.add_argument("invoice", metavar="INVOICE")
    p.add_argument("amount", metavar="AMOUNT")
    p.add_argument("--date", type=iso_date, default=None, metavar="D")
    p.add_argument("--method", default="check", metavar="M", help="cash, check, ACH, card or other")
    p.add_argument("--reference", default="", metavar="R", help="check number or transfer reference")
    p.add_argument(
        "--credit",
        action="store_true",
        help="accept a payment far beyond the balance (the rest is client credit)",
    )
    p.set_defaults(handler=_pay)

    p = sub.add_parser("ledger", help="contract, billed, retainage, paid and outstanding per project")
    add_file(p)
    p.add_argument("--project", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_ledger)

    p = sub.add_parser("check", help="integrity and consistency check; exit 0 when sound")
    add_file(p)
    p.add_argument("--json", action="store_true", help="list the findings, each with a kind, as JSON")
    p.set_defaults(handler=_check)
