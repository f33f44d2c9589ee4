"""E-invoice commands: einvoice (Factur-X, ZUGFeRD, XRechnung, Peppol UBL) and trade (the fields they need)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, fields, replace

from milestone_desk.cli.common import add_file, open_reading, open_writing, output_file
from milestone_desk.cli.documents import _write
from milestone_desk.domain.einvoice import FORMATS


def _einvoice(args: argparse.Namespace) -> int:
    from milestone_desk.services.interchange import einvoices

    out = output_file(args.output, "invoice.xml")
    with open_writing(args.file) as books:
        fmt = (
            args.format
            or (einvoices.preferred_format(books, args.invoice) if args.invoice else "")
            or "factur-x"
        )
        made = einvoices.make(books, fmt, invoice=args.invoice, credit_note=args.credit_note)
    _write(out, made.data)
    how = "stored copy, unchanged" if made.reused else f"checked (schema + EN 16931) in {made.seconds:.2f} s"
    print(f"{out}  {fmt}  sha256 {made.sha256}  ({how})", file=sys.stderr)
    print(out)
    return 0


def _trade(args: argparse.Namespace) -> int:
    from milestone_desk.services.firm import trade

    changes = {
        f.name: getattr(args, f.name) for f in fields(trade.TradeSpec) if getattr(args, f.name) is not None
    }
    if not changes:
        with open_reading(args.file) as books:
            spec = trade.client_trade(books, args.client) if args.client else trade.company_trade(books)
    else:
        with open_writing(args.file) as books:
            current = trade.client_trade(books, args.client) if args.client else trade.company_trade(books)
            new = replace(current, **changes)
            if args.client:
                spec = trade.save_client_trade(books, args.client, new)
            else:
                spec = trade.save_company_trade(books, new)
    for key, value in asdict(spec).items():
        print(f"{key}: {value}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "einvoice",
        help="write the e-invoice of an issued invoice or credit note (validated, frozen on first use)",
    )
    add_file(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--invoice", metavar="NO", help="invoice number")
    which.add_argument("--credit-note", metavar="NO", help="credit note number")
    p.add_argument(
        "--format",
        choices=FORMATS,
        help="factur-x or zugferd (PDF/A-3 with the XML inside), xrechnung (CII XML) or ubl (Peppol BIS 3.0); "
        "default: the client's chosen format, else factur-x",
    )
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="output file")
    p.set_defaults(handler=_einvoice)

    p = sub.add_parser(
        "trade",
        help="show or set the company's (or a client's) tax ids, address parts, bank and e-invoice format",
    )
    add_file(p)
    p.add_argument("--client", metavar="CODE", help="a client's details instead of the company's")
    for f in fields_of():
        p.add_argument(f"--{f.replace('_', '-')}", dest=f, metavar="TEXT")
    p.set_defaults(handler=_trade)


def fields_of() -> list[str]:
    from milestone_desk.services.firm.trade import KEYS

    return list(KEYS)
