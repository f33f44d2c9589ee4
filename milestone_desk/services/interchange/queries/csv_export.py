"""CSV files for the accountant: invoices, payments and aging.

UTF-8 with a byte-order mark so Excel reads accents right, and every text cell that a spreadsheet
could take for a formula (starting with ``= + - @``, a tab or a carriage return) is prefixed with a
single quote so it stays inert text. Plain numbers we wrote ourselves are left as numbers.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import to_decimal_string
from milestone_desk.domain.reports import BUCKETS
from milestone_desk.services.collections.queries import aging as aging_service
from milestone_desk.services.collections.queries import receivables
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup

KINDS = ("invoices", "payments", "aging")
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def neutralise(cell: object) -> str:
    """A cell as inert text: a leading quote when a spreadsheet could read it as a formula."""
    text = "" if cell is None else str(cell)
    if text.startswith(_DANGEROUS) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def to_csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(c) for c in row])
    return buf.getvalue()


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def invoices_csv(books: Books) -> str:
    with books.read() as s:
        cur = lookup.company(s).currency

        def m(v: int) -> str:
            return to_decimal_string(v, cur)

        items = receivables.invoices_as_of(s, None)
        rows = [
            (
                i.number,
                i.client_code,
                i.client_name,
                i.project_code,
                i.project_name,
                i.kind,
                i.description,
                _d(i.issue_date),
                _d(i.due_date),
                m(i.amount_due),
                m(i.retainage),
                m(i.paid),
                m(i.outstanding),
            )
            for i in items
        ]
    header = (
        "number",
        "client",
        "client_name",
        "project",
        "project_name",
        "kind",
        "description",
        "issue_date",
        "due_date",
        "amount_due",
        "retainage_held",
        "paid",
        "balance",
    )
    return to_csv_text(header, rows)


def payments_csv(books: Books) -> str:
    with books.read() as s:
        cur = lookup.company(s).currency
        refs = receivables.clients(s)
        rows = [
            (
                _d(p.date),
                refs[p.client_id].code,
                refs[p.client_id].name,
                to_decimal_string(p.amount, cur),
                p.method,
                p.reference,
                p.receipt,
                " ".join(f"{n}:{to_decimal_string(a, cur)}" for n, a in p.applied),
                to_decimal_string(p.unapplied, cur),
            )
            for p in receivables.payments(s)
        ]
    header = (
        "date",
        "client",
        "client_name",
        "amount",
        "method",
        "reference",
        "receipt",
        "applied_to",
        "unapplied",
    )
    return to_csv_text(header, rows)


def aging_csv(books: Books, as_of: date | None = None) -> str:
    report = aging_service.aging(books, as_of)
    data = aging_service.aging_json(report)
    keys = (*BUCKETS, "total", "credit")
    rows = [[c["client"], c["name"], *(c[k] for k in keys)] for c in data["clients"]]
    rows.append(["TOTAL", "", *(data["total"][k] for k in keys)])
    return to_csv_text(("client", "client_name", *keys), rows)


def export_csv(books: Books, kind: str, out: Path, as_of: date | None = None, *, force: bool = False) -> int:
    """Write one CSV file (UTF-8 with BOM); returns the number of data rows."""
    if kind == "invoices":
        text = invoices_csv(books)
    elif kind == "payments":
        text = payments_csv(books)
    elif kind == "aging":
        text = aging_csv(books, as_of)
    else:
        raise BadInput(f"Unknown export {kind!r}; choose one of {', '.join(KINDS)}.")
    write_text(out, text, encoding="utf-8-sig", force=force)
    return len(list(csv.reader(io.StringIO(text)))) - 1


def write_text(out: Path, text: str, *, encoding: str, errors: str = "strict", force: bool = False) -> None:
    write_bytes(out, text.encode(encoding, errors), force=force)


def write_bytes(out: Path, data: bytes, *, force: bool = False) -> None:
    """Write a file whole (through a temporary name) under the output rule (``filesafety.write_output``)."""
    from milestone_desk.persistence.outputs import write_output

    write_output(out, data, force=force)
