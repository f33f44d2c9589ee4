"""The public document commands: pdf, email, outbox (exit codes, outputs, files)."""

from __future__ import annotations

import email
import email.policy
import io
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from aiosmtpd.controller import Controller

from milestone_desk.services.billing import documents
from milestone_desk.services.core.books import Books
from milestone_desk.services.setup.demo import write_demo
from tests.services.mailing.test_smtp import Handler, free_port


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.mdesk"
    write_demo(path)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.mdesk"
    con = sqlite3.connect(demo_master)
    con.execute("VACUUM INTO ?", (str(target),))
    con.close()
    return target


def numbers(path: Path) -> tuple[list[str], list[str]]:
    with Books.open(path, create=False, readonly=True) as b:
        return documents.issued_numbers(b)


def test_pdf_all_writes_every_issued_document(cli: Any, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli("pdf", str(demo), "--all", "-o", str(out))
    assert result.code == 0, result.err
    invoices, receipts = numbers(demo)
    assert len(invoices) >= 15 and len(receipts) >= 10
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(f"{n}.pdf" for n in invoices + receipts)
    match = re.search(r"Wrote (\d+) documents .* \((\d+) documents/second\)", result.err)
    assert match and int(match.group(1)) == len(files) and int(match.group(2)) > 0
    with Books.open(demo, create=False, readonly=True) as b:
        for n in invoices:
            data = (out / f"{n}.pdf").read_bytes()
            assert data == documents.invoice_pdf(b, n)
            assert n in pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_pdf_invoice_and_receipt(cli: Any, demo: Path, tmp_path: Path) -> None:
    invoices, receipts = numbers(demo)
    r = cli("pdf", str(demo), "--invoice", invoices[0], "-o", str(tmp_path / "i.pdf"))
    assert r.code == 0, r.err
    assert invoices[0] in pypdf.PdfReader(tmp_path / "i.pdf").pages[0].extract_text()
    r = cli("pdf", str(demo), "--receipt", receipts[0], "-o", str(tmp_path / "r.pdf"))
    assert r.code == 0, r.err
    text = pypdf.PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert receipts[0] in text and "Maria & Tom Delgado" in text


def test_pdf_errors_are_sentences(cli: Any, demo: Path, tmp_path: Path) -> None:
    r = cli("pdf", str(demo), "--invoice", "NOPE-1", "-o", str(tmp_path / "x.pdf"))
    assert r.code == 2 and "no issued invoice" in r.err and "Traceback" not in r.err
    assert not (tmp_path / "x.pdf").exists()
    r = cli("pdf", str(demo), "--receipt", "RCT-2026-0001", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert r.code == 2 and "does not exist" in r.err
    r = cli("pdf", str(demo), "-o", str(tmp_path / "x.pdf"))
    assert r.code == 2
    r = cli("pdf", str(tmp_path / "nothing.mdesk"), "--all", "-o", str(tmp_path))
    assert r.code == 2 and "no company file" in r.err


@pytest.fixture
def plain_server() -> Iterator[tuple[Controller, Handler]]:
    handler = Handler()
    ctrl = Controller(handler, hostname="127.0.0.1", port=free_port())
    ctrl.start()
    try:
        yield ctrl, handler
    finally:
        ctrl.stop()


def test_email_and_outbox_commands(
    cli: Any, demo: Path, plain_server: tuple[Controller, Handler], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MILESTONE_DESK_SMTP_PASSWORD", raising=False)
    ctrl, handler = plain_server
    invoices, _ = numbers(demo)
    # not set up yet: queued (exit 0, "queued"), and a sentence saying why it waits
    r = cli("email", str(demo), "--invoice", invoices[0], "--to", "client@example.com")
    assert r.code == 0 and "queued" in r.out and "No mail server" in r.err
    r = cli("outbox", str(demo))
    assert r.code == 0 and "\tqueued\tclient@example.com\t" + invoices[0] in r.out
    r = cli(
        "smtp",
        str(demo),
        "--host",
        "127.0.0.1",
        "--port",
        str(ctrl.port),
        "--security",
        "none",
        "--from",
        "billing@hartwell.example",
    )
    assert r.code == 0 and f"port={ctrl.port}" in r.out
    r = cli("outbox", str(demo), "--send")
    assert r.code == 0, r.err
    assert "\tsent\t250" in r.out
    assert len(handler.envelopes) == 1
    r = cli("email", str(demo), "--invoice", invoices[1], "--to", "ap@example.com")
    assert r.code == 0 and "Sent invoice" in r.out
    msg = email.message_from_bytes(handler.envelopes[-1].content, policy=email.policy.default)
    with Books.open(demo, create=False, readonly=True) as b:
        assert next(iter(msg.iter_attachments())).get_content() == documents.invoice_pdf(b, invoices[1])
    r = cli("outbox", str(demo))
    assert r.out.count("\tsent\t") == 2
    r = cli("email", str(demo), "--invoice", invoices[1], "--to", "not an address")
    assert r.code == 2


def test_pdf_all_speed_is_reported(cli: Any, demo: Path, tmp_path: Path) -> None:
    """Fresh renders too (no frozen bytes): the figure for the closing note."""
    import time

    shutil.copy(demo, tmp_path / "copy.mdesk")
    con = sqlite3.connect(tmp_path / "copy.mdesk")
    # A file from before frozen PDFs: the guard triggers (rightly) forbid this on real books.
    for (name,) in con.execute("select name from sqlite_master where type = 'trigger'").fetchall():
        con.execute(f'drop trigger "{name}"')
    con.execute("update invoices set pdf = null, pdf_sha256 = null")
    con.execute("update receipts set pdf = null, pdf_sha256 = null")
    con.commit()
    con.close()
    start = time.perf_counter()
    r = cli("pdf", str(tmp_path / "copy.mdesk"), "--all", "-o", str(tmp_path / "fresh"))
    spent = time.perf_counter() - start
    assert r.code == 0, r.err
    count = len(list((tmp_path / "fresh").iterdir()))
    print(f"fresh render: {count} documents in {spent:.2f} s = {count / spent:.1f}/s; {r.err.strip()}")
