"""Small helpers shared by the command modules: argument types and opening books."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money
from milestone_desk.services.books import Books


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from exc


def amount(text: str, currency: str) -> int:
    """A positive money amount from a decimal string, in minor units."""
    value = Money.parse(text, currency)
    if value.minor <= 0:
        raise BadInput("The amount must be more than zero.")
    return value.minor


def open_reading(path: str) -> Books:
    """Books for a reading command: never created, never migrated, never written."""
    return Books.open(Path(path), create=False, readonly=True)


def open_writing(path: str, *, create: bool = False) -> Books:
    return Books.open(Path(path), create=create)


def add_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the company file")
