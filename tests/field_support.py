"""Helpers for the field-copy tests: the office books, pictures, and reading the office rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from milestone_desk.persistence.models import Payment, Receipt
from milestone_desk.persistence.models_field import CompletionCertificate
from milestone_desk.services.billing import invoicing
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.interchange import exchange

MILESTONES = [
    {"name": "Deposit", "percent": "10", "deposit": True},
    {"name": "Demolition", "percent": "15", "due": "2026-03-01"},
    {"name": "Rough-in", "percent": "25", "due": "2026-04-01"},
    {"name": "Cabinets", "percent": "20", "due": "2026-05-01"},
    {"name": "Final", "remainder": True, "due": "2026-06-01"},
]


def firm() -> dict[str, Any]:
    return {
        "format": "milestone-desk/1",
        "company": {"name": "Hartwell Remodeling", "address": "418 Cedar Lane", "currency": "USD"},
        "clients": [
            {"code": f"C-00{i}", "name": name, "address": f"{i} Birch St"}
            for i, name in ((1, "Maria Delgado"), (2, "Søren Østergaard"), (3, "Ann Lee"))
        ],
        "projects": [
            {
                "code": f"P-00{i}",
                "client": f"C-00{i}",
                "name": f"Job {i}",
                "site_address": f"{i} Harbor View Rd",
                "contract_sum": "48500.00",
                "tax_percent": "0",
                "retainage_percent": "5",
                "milestones": json.loads(json.dumps(MILESTONES)),
            }
            for i in (1, 2, 3)
        ],
    }


def office_with_deposits(where: str) -> None:
    """The firm at ``where`` with the three deposits invoiced (INV-2026-0001..0003, 4,850.00 each)."""
    with Books.open(where) as books:
        exchange.import_data(books, firm())
        for code in ("P-001", "P-002", "P-003"):
            milestones.complete_milestone(books, code, "Deposit", _d("2026-01-15"))
            invoicing.issue_invoice(books, code, "Deposit", _d("2026-01-15"))


def _d(text: str) -> Any:
    from datetime import date

    return date.fromisoformat(text)


def pictures(folder: Path) -> tuple[Path, list[Path]]:
    """A signature PNG and two JPEG photos drawn with Qt."""
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    sig = QImage(300, 90, QImage.Format.Format_RGB32)
    sig.fill(QColor("white"))
    p = QPainter(sig)
    p.setPen(QPen(QColor("navy"), 4))
    p.drawLine(10, 70, 120, 15)
    p.drawLine(120, 15, 280, 70)
    p.end()
    sig_path = folder / "sig.png"
    assert sig.save(str(sig_path))
    photos = []
    for i, colour in enumerate(("#a0522d", "#4682b4")):
        im = QImage(320, 240, QImage.Format.Format_RGB32)
        im.fill(QColor(colour))
        path = folder / f"photo{i}.jpg"
        assert im.save(str(path), "JPG")
        photos.append(path)
    return sig_path, photos


def receipts_by_series(books: Books) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with books.read() as s:
        for (number,) in s.execute(select(Receipt.number).order_by(Receipt.number)):
            out.setdefault(number.rsplit("-", 1)[0], []).append(number)
    return out


def payment_uuids(books: Books) -> list[str]:
    with books.read() as s:
        return list(s.scalars(select(Payment.uuid)))


def certificates(books: Books) -> list[tuple[str, str, str]]:
    with books.read() as s:
        return [
            (c.project_code, c.milestone_name, c.uuid)
            for c in s.scalars(select(CompletionCertificate).order_by(CompletionCertificate.id))
        ]
