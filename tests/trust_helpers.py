"""Helpers shared by the tests of issue 6 (records half)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from milestone_desk.services.billing import invoicing
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.interchange import exchange

DAY = date(2026, 3, 2)


def issue(books: Books, name: str, on: date = DAY, project: str = "P-001") -> str:
    """Complete a milestone and issue its invoice; returns the invoice number."""
    milestones.complete_milestone(books, project, name, on)
    return invoicing.issue_invoice(books, project, name, on)


def export_of(path: Path) -> str:
    """The file's export, read through a fresh read-only opening (what a user would see)."""
    with Books.open(path, create=False, readonly=True) as b:
        return exchange.export_text(b)


def many_milestones(count: int, amount: str = "1000.00") -> dict[str, Any]:
    """A company with one project of ``count`` equal milestones (for numbering tests)."""
    total = int(amount.split(".")[0]) * count
    return {
        "format": "milestone-desk/1",
        "company": {"name": "Numbering Test Co", "currency": "USD"},
        "clients": [{"code": "C-1", "name": "Client One"}],
        "projects": [
            {
                "code": "P-1",
                "client": "C-1",
                "name": "Many milestones",
                "contract_sum": f"{total}.00",
                "milestones": [{"name": f"M{i:03d}", "amount": amount} for i in range(count)],
            }
        ],
    }


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
