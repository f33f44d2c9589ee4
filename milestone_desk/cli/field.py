"""Job-site laptops: take a field copy, sync it, certificates, the job-site packet, drafts, conflicts.

``field-copy URL LAPTOP.mdesk --device CODE [--projects P-001,P-002]``, ``sync LAPTOP [--json]``,
``certificate FILE P M -o OUT.pdf``, ``packet FILE PROJECT -o OUT.pdf``,
``draft FILE PROJECT (--note TEXT | --change-order AMOUNT --description TEXT)``,
``conflicts FILE [--json]`` and ``settle FILE ID --keep office|field``.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from milestone_desk.cli.common import add_file, open_reading, open_writing, output_file
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.field import field_sync, field_work
from milestone_desk.services.field.queries import site_documents


def _field_copy(args: argparse.Namespace) -> int:
    projects = [p for p in (args.projects or "").split(",") if p.strip()]
    marker = field_sync.take_field_copy(args.office, args.copy, args.device, projects)
    print(f"Field copy of {marker.office} for device {marker.device} written to {args.copy}.")
    return 0


def _sync(args: argparse.Namespace) -> int:
    result = field_sync.sync(args.file, args.office)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, default=str))
    else:
        print(f"Pushed {result.pushed}, pulled {result.pulled} change(s) from the office.")
        for c in result.conflicts:
            print(f"Conflict ({c['kind']}) on {c['record']}: {c['resolution']}.")
    return 0


def _certificate(args: argparse.Namespace) -> int:
    out = output_file(args.output)
    with open_reading(args.file) as books:
        pdf = site_documents.certificate_pdf(books, args.project, args.milestone)
    out.write_bytes(pdf)
    return 0


def _packet(args: argparse.Namespace) -> int:
    out = output_file(args.output)
    with open_reading(args.file) as books:
        pdf = site_documents.packet_pdf(books, args.project)
    out.write_bytes(pdf)
    return 0


def _draft(args: argparse.Namespace) -> int:
    if (args.note is None) == (args.change_order is None):
        raise BadInput("Give either --note TEXT or --change-order AMOUNT --description TEXT.")
    with open_writing(args.file) as books:
        if args.note is not None:
            field_work.add_draft(books, args.project, "note", args.note)
        else:
            if not args.description:
                raise BadInput("A change-order request needs --description TEXT.")
            with books.read() as s:
                currency = lookup.company(s).currency
            cents = Money.parse(args.change_order, currency).minor
            field_work.add_draft(books, args.project, "change_order", args.description, cents)
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    with open_reading(args.file) as books:
        rows = field_sync.conflicts(books)
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, default=str))
        return 0
    for r in rows:
        state = f"settled: {r.settlement}" if r.settled else "open"
        print(f"{r.id:>4} {r.kind:<26} {r.record:<40} {r.device:<10} {state}")
    return 0


def _settle(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        print(field_sync.settle(books, args.id, args.keep))
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("field-copy", help="make a field copy of the office books for a job-site laptop")
    p.add_argument("office", metavar="URL", help="the office books (server address or company file)")
    p.add_argument("copy", metavar="LAPTOP.mdesk")
    p.add_argument("--device", required=True, metavar="CODE", help="the laptop's code, e.g. TRUCK1")
    p.add_argument("--projects", metavar="P-001,P-002", help="the projects this laptop works on")
    p.set_defaults(handler=_field_copy)

    p = sub.add_parser("sync", help="push a field copy's work to the office and pull the office's")
    add_file(p)
    p.add_argument("--office", metavar="URL", help="the office address (default: the one the copy came from)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_sync)

    p = sub.add_parser("certificate", help="PDF of a milestone's completion certificate")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("milestone", metavar="MILESTONE")
    p.add_argument("-o", dest="output", required=True, metavar="OUT.pdf")
    p.set_defaults(handler=_certificate)

    p = sub.add_parser("packet", help="the job-site packet of a project as one PDF")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("-o", dest="output", required=True, metavar="OUT.pdf")
    p.set_defaults(handler=_packet)

    p = sub.add_parser("draft", help="a change-order request or a note for the office")
    add_file(p)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--change-order", metavar="AMOUNT")
    p.add_argument("--description", metavar="TEXT")
    p.set_defaults(handler=_draft)

    p = sub.add_parser("conflicts", help="sync conflicts at the office, both versions")
    add_file(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_conflicts)

    p = sub.add_parser("settle", help="settle a sync conflict")
    add_file(p)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--keep", required=True, choices=("office", "field"))
    p.set_defaults(handler=_settle)
