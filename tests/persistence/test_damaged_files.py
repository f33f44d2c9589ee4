"""Damaged, truncated, empty, foreign and newer files: a clear sentence, no traceback, no write.

Byte flips land at random offsets, biased to the header and to b-tree page headers. SQLite has
no page checksums, so some flips (free space, a digit inside a value) leave a file SQLite calls
sound; those are counted apart and must still give no traceback and stay untouched by readers.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.persistence.probe import OpenProblem, probe_file
from milestone_desk.services.core.books import Books
from tests.conftest import run_cli_process
from tests.paths import SAMPLES

SAMPLE = SAMPLES / "0001.mdesk"
PAGE = 4096
WANT_REFUSED = 60
MAX_FLIPS = 500


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A sound company file at head, checkpointed into one file, and an invoice number in it."""
    folder = tmp_path_factory.mktemp("base")
    path = folder / "base.mdesk"
    shutil.copyfile(SAMPLE, path)
    Books.open(path).close()  # bring it to head
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    invoice = conn.execute(
        "SELECT number FROM invoices WHERE status IN ('issued', 'partially_paid') ORDER BY id"
    ).fetchone()[0]
    conn.close()
    return path, str(invoice)


def commands(path: Path, invoice: str) -> list[list[str]]:
    p = str(path)
    return [["check", p], ["ledger", p], ["export", p], ["pay", p, invoice, "10.00"]]


def assert_refused_untouched(cli: Any, path: Path, invoice: str) -> None:
    digest = sha(path)
    for argv in commands(path, invoice):
        result = cli(*argv)
        assert result.code in (1, 2), (argv, result)
        lines = result.err.strip().splitlines()
        assert len(lines) == 1, (argv, result.err)
        assert "Traceback" not in result.err and "unexpected" not in result.err, result.err
        assert result.out == "" or argv[0] == "check", result.out
        assert sha(path) == digest, f"{argv[0]} wrote to {path.name}"
        wal = Path(f"{path}-wal")
        assert not wal.exists() or wal.stat().st_size == 0


def flipped(data: bytes, rng: random.Random) -> tuple[bytes, int]:
    pages = len(data) // PAGE
    r = rng.random()
    if r < 0.25:
        offset = rng.randrange(100)  # the database header
    elif r < 0.5:
        page = rng.randrange(pages)  # a b-tree page header / cell pointer array
        offset = page * PAGE + (100 if page == 0 else 0) + rng.randrange(16)
    else:
        offset = rng.randrange(len(data))
    out = bytearray(data)
    out[offset] ^= rng.randrange(1, 256)
    return bytes(out), offset


def test_byte_flipped_copies(cli: Any, base: tuple[Path, str], tmp_path: Path) -> None:
    path, invoice = base
    data = path.read_bytes()
    rng = random.Random(20261126)
    refused = accepted = silent_value_changes = 0
    kinds: dict[str, int] = {}
    sound_export = cli("export", str(path)).out
    for i in range(MAX_FLIPS):
        if refused >= WANT_REFUSED:
            break
        copy = tmp_path / f"flip{i}.mdesk"
        blob, _offset = flipped(data, rng)
        copy.write_bytes(blob)
        copy.chmod(0o600)
        try:
            probe_file(copy)
        except OpenProblem as exc:
            refused += 1
            kinds[exc.kind] = kinds.get(exc.kind, 0) + 1
            assert_refused_untouched(cli, copy, invoice)
            continue
        # SQLite itself sees a sound file: readers must still not write, nothing may traceback.
        accepted += 1
        digest = sha(copy)
        for argv in commands(copy, invoice)[:3]:
            result = cli(*argv)
            assert result.code in (0, 1, 2), (argv, result)
            assert "Traceback" not in result.err and "unexpected" not in result.err, result.err
            assert sha(copy) == digest
            if result.code:
                assert len(result.err.strip().splitlines()) >= 1
        if cli("export", str(copy)).out != sound_export:
            silent_value_changes += 1
        result = cli(*commands(copy, invoice)[3])
        assert "Traceback" not in result.err and "unexpected" not in result.err, result.err
        copy.unlink()
    assert refused >= 50
    print(
        f"\nbyte flips: {refused + accepted} copies; refused {refused} {kinds}; "
        f"SQLite-sound {accepted} (of which export differed: {silent_value_changes})"
    )


def _newer(src: Path, dest: Path) -> None:
    shutil.copyfile(src, dest)
    conn = sqlite3.connect(dest)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


def _foreign(dest: Path, *, with_alembic: bool) -> None:
    conn = sqlite3.connect(dest)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('shopping list')")
    if with_alembic:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    conn.commit()
    conn.close()


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(64)


@pytest.mark.parametrize(
    "kind",
    [
        "empty",
        "png",
        "text",
        "cut_50",
        "cut_100",
        "cut_page",
        "cut_half",
        "cut_mid_page",
        "cut_last_page",
        "newer",
        "foreign",
        "foreign_alembic",
    ],
)
def test_unusable_files(cli: Any, base: tuple[Path, str], tmp_path: Path, kind: str) -> None:
    src, invoice = base
    data = src.read_bytes()
    path = tmp_path / f"{kind}.mdesk"
    cuts = {
        "cut_50": 50,
        "cut_100": 100,
        "cut_page": PAGE,
        "cut_half": len(data) // 2,
        "cut_mid_page": len(data) // 2 + 1234,
        "cut_last_page": len(data) - PAGE,
    }
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "png":
        path.write_bytes(PNG)
    elif kind == "text":
        path.write_text("Invoices 2026\nMaria Delgado 4850.00\n")
    elif kind in cuts:
        path.write_bytes(data[: cuts[kind]])
    elif kind == "newer":
        _newer(src, path)
    else:
        _foreign(path, with_alembic=kind == "foreign_alembic")
    assert_refused_untouched(cli, path, invoice)
    result = cli("backup", str(path))
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    digest = sha(path)
    with pytest.raises(OpenProblem) as info:
        Books.open(path)  # what the window does (create=True): still never written
    assert sha(path) == digest
    assert info.value.kind in ("empty", "not_sqlite", "damaged", "foreign", "newer")
    if kind == "newer":
        assert "newer version" in str(info.value)
    if kind.startswith("foreign"):
        assert "another program" in str(info.value)


def test_real_processes_give_one_sentence(base: tuple[Path, str], tmp_path: Path) -> None:
    """The console entry point, not only main(): no traceback reaches the terminal."""
    src, invoice = base
    damaged = tmp_path / "damaged.mdesk"
    blob = bytearray(src.read_bytes())
    blob[PAGE * 2 : PAGE * 2 + 8] = b"\xff" * 8  # wreck a b-tree page header
    damaged.write_bytes(bytes(blob))
    newer = tmp_path / "newer.mdesk"
    _newer(src, newer)
    for path in (damaged, newer):
        digest = sha(path)
        for argv in (["check", str(path)], ["pay", str(path), invoice, "5"]):
            proc = run_cli_process(*argv)
            assert proc.returncode == 1, proc
            assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
            assert "Traceback" not in proc.stderr
        assert sha(path) == digest
