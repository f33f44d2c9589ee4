"""`pdf --all` on both cores: documents without frozen bytes are drawn by a pool of processes.

A frozen document (every document the app issued) is copied out in a fraction of a millisecond;
one drawn afresh (imported or bulk history) costs ~10 ms of reportlab, which holds the GIL. When
enough documents must be drawn, they go in chunks to WORKERS processes, each with its own read-only
connection; files are written by the workers and the paths yielded in the usual order.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.persistence.outputs import write_output
from milestone_desk.services.core.books import Books

WORKERS = 2
#: Fewer documents to draw than this: one process is quicker than starting the pool.
POOL_FROM = 120
CHUNK = 40

#: (kind, number, file) in the order ``write_all`` writes them.
Plan = list[tuple[str, str, Path]]

_books: Books | None = None


def to_draw(books: Books) -> int:
    """How many issued invoices and receipts have no frozen bytes."""
    from milestone_desk.persistence.models import Invoice, Receipt

    with books.read() as s:
        invoices = s.scalar(
            select(func.count())
            .select_from(Invoice)
            .where(Invoice.number.is_not(None), Invoice.pdf.is_(None))
        )
        receipts = s.scalar(select(func.count()).select_from(Receipt).where(Receipt.pdf.is_(None)))
    return int(invoices or 0) + int(receipts or 0)


def workers() -> int:
    """Processes for drawing; one in a PyInstaller bundle, whose executable is the app itself (a
    spawned worker would start the app again unless the bundle's entry point handles it)."""
    if getattr(sys, "frozen", False):
        return 1
    return max(1, min(WORKERS, os.cpu_count() or 1))


def _getter(kind: str) -> Callable[[Session, str], bytes]:
    from milestone_desk.services.billing import credit_documents, documents

    return {
        "invoice": documents.invoice_pdf_in,
        "receipt": documents.receipt_pdf_in,
        "credit": credit_documents.credit_note_pdf_in,
    }[kind]


def _write_chunk(path: str, chunk: Plan, force: bool = False) -> list[Path]:
    """In a worker: write each document of the chunk (its own read-only connection, kept)."""
    global _books
    if _books is None or str(_books.path) != path:
        _books = Books.open(path, readonly=True)
    with _books.read() as s:
        for kind, number, out in chunk:
            write_output(out, _getter(kind)(s, number), force=force)
    return [out for _, _, out in chunk]


def write_pooled(books: Books, plan: Plan, *, force: bool = False) -> Iterator[Path]:
    """Write the plan with a pool of processes, yielding each path in plan order."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # no fork of a process with threads or Qt
    pool = ProcessPoolExecutor(workers(), mp_context=context)
    try:
        futures: list[Future[list[Path]]] = [
            pool.submit(_write_chunk, str(books.path), plan[at : at + CHUNK], force)
            for at in range(0, len(plan), CHUNK)
        ]
        for future in futures:
            yield from future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def write_all(books: Books, folder: Path, *, force: bool = False) -> Iterator[Path]:
    """Write every issued invoice, receipt and credit note into a folder, yielding each path as it is written."""
    folder.mkdir(parents=True, exist_ok=True)
    from milestone_desk.services.billing import credit_documents as cn
    from milestone_desk.services.billing import documents

    invoices, receipts = documents.issued_numbers(books)
    with books.read() as s:
        credits = cn.credit_numbers(s)

    def plan() -> Iterator[tuple[str, str, Path]]:
        used: set[str] = set()
        for kind, numbers in (("invoice", invoices), ("receipt", receipts), ("credit", credits)):
            for number in numbers:
                name = documents.safe_name(number)
                if name.lower() in used:  # two formats that give the same file name
                    name = f"{kind}-{name}"
                used.add(name.lower())
                yield kind, number, folder / f"{name}.pdf"

    if workers() > 1 and to_draw(books) >= POOL_FROM:
        yield from write_pooled(books, list(plan()), force=force)
        return
    getters = {
        "invoice": documents.invoice_pdf_in,
        "receipt": documents.receipt_pdf_in,
        "credit": cn.credit_note_pdf_in,
    }
    with books.read() as s:
        for kind, number, path in plan():
            write_output(path, getters[kind](s, number), force=force)
            yield path
