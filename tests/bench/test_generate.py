"""The benchmark's generated firm is valid books: `check` passes, numbers are registered, and the
bulk history (which has no frozen PDF bytes) still reprints through the ordinary commands."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from bench.generate import generate


def _small_firm(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "firm.mdesk"
    return path, generate(path, seed=7, projects=50, clients=12)


def test_a_small_generated_firm_passes_check(tmp_path: Path, cli: Any) -> None:
    path, counts = _small_firm(tmp_path)
    assert counts["projects"] == 50
    assert counts["milestones"] == 500
    assert 300 <= counts["invoices"] <= 500
    assert counts["payments"] > counts["invoices"] // 2

    result = cli("check", str(path))

    assert result.code == 0, result.out + result.err
    assert "sound" in result.out


def test_every_number_is_in_the_register_and_counters_continue(tmp_path: Path) -> None:
    path, counts = _small_firm(tmp_path)
    con = sqlite3.connect(path)
    try:
        registered = con.execute("SELECT count(*) FROM document_numbers").fetchone()[0]
        receipts = con.execute("SELECT count(*) FROM receipts").fetchone()[0]
        unregistered = con.execute(
            "SELECT count(*) FROM invoices WHERE number NOT IN (SELECT number FROM document_numbers)"
        ).fetchone()[0]
        behind = con.execute(
            "SELECT count(*) FROM number_counters c WHERE c.next_value <= (SELECT max(seq) FROM"
            " document_numbers d WHERE d.series = c.series AND d.period = c.period)"
        ).fetchone()[0]
    finally:
        con.close()
    assert registered == counts["invoices"] + receipts
    assert unregistered == 0
    assert behind == 0


def test_bulk_history_without_frozen_bytes_reprints(tmp_path: Path, cli: Any) -> None:
    path, _ = _small_firm(tmp_path)
    con = sqlite3.connect(path)
    try:
        number, frozen = con.execute("SELECT number, pdf FROM invoices ORDER BY id LIMIT 1").fetchone()
        receipt = con.execute("SELECT number FROM receipts ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        con.close()
    assert frozen is None

    out = tmp_path / "inv.pdf"
    assert cli("pdf", str(path), "--invoice", number, "-o", str(out)).code == 0
    assert number in PdfReader(out).pages[0].extract_text()
    out = tmp_path / "rct.pdf"
    assert cli("pdf", str(path), "--receipt", receipt, "-o", str(out)).code == 0
    assert receipt in PdfReader(out).pages[0].extract_text()
    assert cli("check", str(path)).code == 0  # reprinting wrote nothing
