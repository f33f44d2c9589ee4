"""The collections commands beyond the contract trio: PDFs, reminders, late fees, forecast; and that
reading commands leave the company file exactly as it was."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from milestone_desk.services.collections import late_fees
from milestone_desk.services.core.books import Books
from tests.collections_helpers import issue, pay

D0 = date(2026, 1, 10)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_commands_leave_the_file_unchanged(
    books: Books, db_path: Path, tmp_path: Path, cli: Any
) -> None:
    dep = issue(books, "P-001", "Deposit", D0)
    pay(books, dep, 100_000, D0 + timedelta(days=2))
    books.close()
    before = _digest(db_path)
    commands = [
        ("aging", str(db_path), "--json"),
        ("aging", str(db_path), "--csv"),
        ("csv", str(db_path), "payments", "-o", str(tmp_path / "p.csv")),
        ("statement", str(db_path), "C-001", "-o", str(tmp_path / "s.pdf")),
        ("ledger-pdf", str(db_path), "P-001", "-o", str(tmp_path / "l.pdf")),
        ("aging-pdf", str(db_path), "--as-of", "2026-03-01", "-o", str(tmp_path / "a.pdf")),
        ("reminders", str(db_path), "--today", "2026-02-20", "--json"),
        ("late-fees", str(db_path), "--today", "2026-04-01"),
        ("forecast", str(db_path), "--today", "2026-02-01", "--json"),
    ]
    for args in commands:
        res = cli(*args)
        assert res.code == 0, (args, res.err)
    assert _digest(db_path) == before
    ledger_text = PdfReader(io.BytesIO((tmp_path / "l.pdf").read_bytes())).pages[0].extract_text()
    assert "Project ledger" in ledger_text and dep in ledger_text
    aging_text = PdfReader(io.BytesIO((tmp_path / "a.pdf").read_bytes())).pages[0].extract_text()
    assert "3,850.00" in aging_text  # 4,850.00 less 1,000.00 paid, 20 days late


def test_reminders_json(books: Books, db_path: Path, cli: Any) -> None:
    dep = issue(books, "P-001", "Deposit", D0)
    books.close()
    res = cli("reminders", str(db_path), "--today", "2026-02-16", "--json")
    [row] = json.loads(res.out)
    assert row["invoice"] == dep and row["step"] == 7 and row["days_overdue"] == 7
    assert row["amount"] == "4850.00" and row["email"] == "maria@example.com"


def test_late_fees_charge(books: Books, db_path: Path, cli: Any) -> None:
    issue(books, "P-001", "Deposit", D0)
    late_fees.save_settings(books, late_fees.LateFeeSettings(mode="flat", flat_cents=2_500))
    books.close()
    listed = cli("late-fees", str(db_path), "--today", "2026-03-01")
    assert listed.code == 0 and "fee 25.00" in listed.out
    charged = cli("late-fees", str(db_path), "--today", "2026-03-01", "--charge")
    assert charged.code == 0 and charged.out.split() == ["INV-2026-0002"]
    again = cli("late-fees", str(db_path), "--today", "2026-03-02", "--charge")
    assert again.code == 0 and again.out == ""
    data = json.loads(cli("aging", str(db_path), "--as-of", "2026-03-01", "--json").out)
    assert data["total"]["total"] == "4875.00"
    assert cli("check", str(db_path)).code == 0


def test_forecast_json(books: Books, db_path: Path, cli: Any) -> None:
    issue(books, "P-001", "Deposit", D0)
    books.close()
    res = cli("forecast", str(db_path), "--today", "2026-01-20", "--by", "month", "--json")
    data = json.loads(res.out)
    assert data["by"] == "month" and len(data["periods"]) == 10
    feb = next(p for p in data["periods"] if p["start"] == "2026-02-01")
    assert feb["expected"] == "4850.00"


def test_unwritable_output_is_a_sentence(books: Books, db_path: Path, tmp_path: Path, cli: Any) -> None:
    books.close()
    res = cli("csv", str(db_path), "invoices", "-o", str(tmp_path / "no" / "such" / "dir.csv"))
    # A missing folder is bad input (exit 2), as for `pdf` and every other writer (review finding 18).
    assert res.code == 2 and "does not exist" in res.err and "Traceback" not in res.err
    assert not list(tmp_path.glob("no"))
    folder = cli("statement", str(db_path), "C-001", "-o", str(tmp_path))
    assert folder.code == 2 and "folder" in folder.err
