"""Issue 13, point 1: output paths never replace books, backups or devices; existing files need --force."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.services.core.books import Books
from milestone_desk.services.records import filesafety
from tests.trust_helpers import issue


@pytest.fixture
def firm(books: Books, db_path: Path) -> tuple[Path, str]:
    number = issue(books, "Deposit")
    books.close()
    return db_path, number


def _commands(db: Path, number: str, out: Path) -> list[list[str]]:
    return [
        ["pdf", str(db), "--invoice", number, "-o", str(out)],
        ["csv", str(db), "invoices", "-o", str(out)],
        ["statement", str(db), "C-001", "-o", str(out)],
        ["aging-pdf", str(db), "-o", str(out)],
        ["ledger-pdf", str(db), "P-001", "-o", str(out)],
    ]


def test_company_file_is_never_overwritten_even_with_force(firm: tuple[Path, str], cli: Any) -> None:
    db, number = firm
    before = db.read_bytes()
    for cmd in _commands(db, number, db):
        for extra in ([], ["--force"]):
            r = cli(*cmd, *extra)
            assert r.code == 2, (cmd, extra, r)
            assert "company file" in r.err or "database" in r.err
    assert db.read_bytes() == before


def test_a_database_under_another_name_and_a_backup_are_never_overwritten(
    firm: tuple[Path, str], cli: Any, tmp_path: Path
) -> None:
    db, number = firm
    disguised = tmp_path / "report.pdf"
    disguised.write_bytes(db.read_bytes())
    r = cli("pdf", str(db), "--invoice", number, "-o", str(disguised), "--force")
    assert r.code == 2 and "database" in r.err
    backup = filesafety.make_backup(db)
    r = cli("pdf", str(db), "--invoice", number, "-o", str(backup), "--force")
    assert r.code == 2 and "backup" in r.err


def test_existing_file_needs_force_and_outputs_are_private(
    firm: tuple[Path, str], cli: Any, tmp_path: Path
) -> None:
    db, number = firm
    for i, cmd in enumerate(_commands(db, number, tmp_path / "x")):
        out = tmp_path / f"out{i}.bin"
        cmd[cmd.index("-o") + 1] = str(out)
        out.write_bytes(b"keep me")
        r = cli(*cmd)
        assert r.code == 2 and "--force" in r.err, (cmd, r)
        assert out.read_bytes() == b"keep me"
        r = cli(*cmd, "--force")
        assert r.code == 0, (cmd, r)
        assert out.read_bytes() != b"keep me"
        fresh = tmp_path / f"fresh{i}.bin"
        cmd[cmd.index("-o") + 1] = str(fresh)
        assert cli(*cmd).code == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_devices_links_and_folders_are_refused(firm: tuple[Path, str], cli: Any, tmp_path: Path) -> None:
    db, number = firm
    target = tmp_path / "victim.txt"
    target.write_text("secret")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    for out in (Path("/dev/null"), link, tmp_path):
        r = cli("pdf", str(db), "--invoice", number, "-o", str(out), "--force")
        assert r.code == 2, (out, r)
    assert target.read_text() == "secret"
    assert filesafety.output_refusal(Path("/dev/null"), force=True) is not None
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    assert "not a regular file" in (filesafety.output_refusal(fifo, force=True) or "")


def test_the_rule_is_shared_by_the_window_dialogs(firm: tuple[Path, str]) -> None:
    db, _ = firm
    from milestone_desk.ui.construction.common import write_pdf

    class Env:
        def ask_save_path(self, parent: Any, suggested: str) -> str:
            return str(db.with_suffix(".pdf").with_name("company.mdesk.pdf"))

    before = db.read_bytes()
    clone = db.with_name("clone.pdf")
    clone.write_bytes(before)

    class Env2:
        def ask_save_path(self, parent: Any, suggested: str) -> str:
            return str(clone)

    path, sentence = write_pdf(None, Env2(), b"%PDF-1.4 x", "x.pdf")  # type: ignore[arg-type]
    assert path is None and "database" in sentence
    assert clone.read_bytes() == before
