"""Small helpers shared by the command modules: argument types and opening books."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from milestone_desk.domain.dates import FIRST_YEAR, LAST_YEAR
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money
from milestone_desk.services.core.books import Books


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD, years 1900 to 2200."""
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from exc
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text!r} is out of range; use a date between {FIRST_YEAR} and {LAST_YEAR}"
        )
    return day


def amount(text: str, currency: str) -> int:
    """A positive money amount from a decimal string, in minor units."""
    value = Money.parse(text, currency)
    if value.minor <= 0:
        raise BadInput("The amount must be more than zero.")
    return value.minor


def output_file(text: str, example: str = "out.pdf", *, force: bool | None = None) -> Path:
    """An output file name whose folder exists (bad input, exit 2, otherwise).

    With ``force`` given, the output rule (``filesafety.output_refusal``) is applied up front, so
    nothing is issued or rendered for a path that will be refused.
    """
    out = Path(text)
    if out.is_dir():
        raise BadInput(f"{out} is a folder; give a file name such as {example}.")
    if not out.parent.is_dir():
        raise BadInput(f"The folder {out.parent} does not exist.")
    if force is not None:
        from milestone_desk.services.records.filesafety import output_refusal

        refusal = output_refusal(out, force=force)
        if refusal is not None:
            raise BadInput(refusal)
    return out


def output_folder(text: str) -> Path:
    """An existing output folder (bad input, exit 2, otherwise)."""
    out = Path(text)
    if not out.is_dir():
        if out.exists():
            raise BadInput(f"{out} is a file; give a folder.")
        raise BadInput(f"The folder {out} does not exist.")
    return out


def open_reading(path: str) -> Books:
    """Books for a reading command: never created, never migrated, never written.

    ``path`` is a company file or a server address (``postgresql://user@host/books``).
    """
    return Books.open(path, create=False, readonly=True)


def open_writing(path: str, *, create: bool = False) -> Books:
    return Books.open(path, create=create)


def add_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="the company file, or a server address postgresql://USER@HOST/DBNAME"
    )
