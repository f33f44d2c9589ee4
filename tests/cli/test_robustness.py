"""CLI robustness (findings 13, 18): date range, OS refusals, missing output folders, wording."""

from __future__ import annotations

import copy
import errno
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import KITCHEN


def _db(tmp_path: Path, cli: Any) -> str:
    src = tmp_path / "k.json"
    src.write_text(json.dumps(KITCHEN))
    db = str(tmp_path / "k.mdesk")
    assert cli("import", db, str(src)).code == 0
    return db


@pytest.mark.parametrize("day", ["9999-12-31", "1899-12-31", "2201-01-01"])
def test_dates_outside_1900_2200_are_bad_input(tmp_path: Path, cli: Any, day: str) -> None:
    db = _db(tmp_path, cli)
    assert cli("complete", db, "P-001", "Demolition").code == 0
    res = cli("issue", db, "P-001", "Demolition", "--date", day)
    assert res.code == 2 and "between 1900 and 2200" in res.err


def test_json_dates_outside_the_range_and_non_string_dates_are_refused(tmp_path: Path, cli: Any) -> None:
    for due, words in (("9999-12-31", "out of range"), (20260101, "date string")):
        data = copy.deepcopy(KITCHEN)
        data["projects"][0]["milestones"][0]["due"] = due
        src = tmp_path / "d.json"
        src.write_text(json.dumps(data))
        res = cli("import", str(tmp_path / f"x{words[0]}.mdesk"), str(src))
        assert res.code == 2 and words in res.err, res.err
        assert res.err.startswith("projects[0].milestones[0].due"), res.err


def test_error_sentences_name_the_place_once(tmp_path: Path, cli: Any) -> None:
    data = copy.deepcopy(KITCHEN)
    data["projects"][0]["contract_sum"] = "12,50"
    src = tmp_path / "d.json"
    src.write_text(json.dumps(data))
    res = cli("import", str(tmp_path / "x.mdesk"), str(src))
    assert res.code == 2
    assert res.err.startswith("projects[0].contract_sum: the value '12,50'"), res.err
    assert "The The" not in res.err and "The file." not in res.err


def test_an_os_refusal_is_a_sentence_naming_the_path(
    tmp_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _db(tmp_path, cli)
    from milestone_desk.services.interchange import exchange

    def refuse(*_: Any) -> str:
        raise OSError(errno.EROFS, "Read-only file system", "/media/stick/k.mdesk")

    monkeypatch.setattr(exchange, "export_to", refuse)  # what `export` streams through
    res = cli("export", db)
    assert res.code == 1
    assert "unexpected" not in res.err
    assert "/media/stick/k.mdesk" in res.err and "read-only file system" in res.err
    assert len(res.err.strip().splitlines()) == 1


def test_a_missing_output_folder_is_bad_input_for_every_writer(tmp_path: Path, cli: Any) -> None:
    db = _db(tmp_path, cli)
    assert cli("complete", db, "P-001", "Demolition", "--date", "2026-02-01").code == 0
    inv = cli("issue", db, "P-001", "Demolition", "--date", "2026-02-01").out.strip()
    gone = tmp_path / "no" / "such"
    commands = [
        ("pdf", db, "--invoice", inv, "-o", str(gone / "a.pdf")),
        ("statement", db, "C-001", "-o", str(gone / "s.pdf")),
        ("csv", db, "invoices", "-o", str(gone / "i.csv")),
        ("ledger-pdf", db, "P-001", "-o", str(gone / "l.pdf")),
        ("aging-pdf", db, "-o", str(gone / "a.pdf")),
        ("backup", db, "-o", str(gone)),
    ]
    for args in commands:
        res = cli(*args)
        assert res.code == 2, (args, res.err)
        assert "does not exist" in res.err, (args, res.err)


def test_restoring_from_a_file_that_is_no_company_file_is_bad_input(tmp_path: Path, cli: Any) -> None:
    db = _db(tmp_path, cli)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    for source in (text, other):
        res = cli("restore", str(source), db)
        assert res.code == 2, res.err
        assert "cannot be restored" in res.err


def test_check_gives_money_as_decimal_amounts(tmp_path: Path, cli: Any) -> None:
    db = _db(tmp_path, cli)
    con = sqlite3.connect(db)
    con.execute("update milestones set amount_cents = amount_cents + 1 where name = 'Final'")
    con.commit()
    con.close()
    res = cli("check", db)
    assert res.code == 1
    assert "cents" not in res.out + res.err
    assert "48500.01" in res.out + res.err
