"""Issue 16: VOID and PAID on paper, email refused for a void invoice, queued email exits 0, recipients."""

from __future__ import annotations

import email
import email.policy
import hashlib
import io
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from aiosmtpd.controller import Controller

from milestone_desk.services.billing import documents
from milestone_desk.services.core.books import Books
from milestone_desk.services.mailing import outbox
from milestone_desk.services.setup.demo import write_demo
from tests.services.mailing.test_smtp import Handler, free_port

REASON = "Billed to the wrong client — Ünïcode ok"


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo16") / "demo.mdesk"
    write_demo(path)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.mdesk"
    con = sqlite3.connect(demo_master)
    con.execute("VACUUM INTO ?", (str(target),))
    con.close()
    return target


def _first(path: Path, status: str) -> str:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT number FROM invoices WHERE status = ? ORDER BY id", (status,)).fetchone()
    finally:
        con.close()
    assert row is not None
    return str(row[0])


def _stored(path: Path, number: str) -> tuple[bytes, str]:
    con = sqlite3.connect(path)
    try:
        pdf, digest = con.execute(
            "SELECT pdf, pdf_sha256 FROM invoices WHERE number = ?", (number,)
        ).fetchone()
    finally:
        con.close()
    return bytes(pdf), str(digest)


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_void_invoice_every_output_is_stamped_and_the_books_keep_the_original(
    cli: Any, demo: Path, tmp_path: Path
) -> None:
    number = _first(demo, "issued")
    before, digest = _stored(demo, number)
    r = cli("void", str(demo), number, "--reason", REASON)
    assert r.code == 0, r.err
    out = tmp_path / "void.pdf"
    r = cli("pdf", str(demo), "--invoice", number, "-o", str(out))
    assert r.code == 0, r.err
    data = out.read_bytes()
    text = _text(data)
    assert "VOID" in text and REASON in text and "Voided on" in text
    assert number in text  # the original is still there, under the stamp
    # the stamp is an incremental update: the frozen bytes come first, byte for byte
    assert data.startswith(before) and len(data) > len(before)
    after, digest_after = _stored(demo, number)
    assert after == before and digest_after == digest == hashlib.sha256(after).hexdigest()
    if shutil.which("pdftotext"):
        plain = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True, text=True).stdout
        assert "VOID" in plain and REASON in plain
    with Books.open(demo, create=False, readonly=True) as b:
        assert documents.invoice_pdf(b, number) == data  # window's Print/Save read the same bytes
        assert "VOID" in _text(documents.preview_invoice_pdf(b, number))
    # --all writes the stamped copy too
    r = cli("pdf", str(demo), "--all", "-o", str(tmp_path / "all"))
    assert r.code == 0, r.err
    assert (tmp_path / "all" / f"{number}.pdf").read_bytes() == data
    # check still proves the stored bytes
    r = cli("check", str(demo))
    assert r.code == 0, r.out + r.err


def test_emailing_a_void_invoice_is_refused_with_a_sentence(cli: Any, demo: Path) -> None:
    number = _first(demo, "issued")
    assert cli("void", str(demo), number, "--reason", REASON).code == 0
    r = cli("email", str(demo), "--invoice", number, "--to", "client@example.com")
    assert r.code == 2 and "void" in r.err and "Traceback" not in r.err
    with Books.open(demo, create=False) as b:
        with pytest.raises(Exception, match="void"):
            outbox.queue_invoice(b, number, "client@example.com")
        assert outbox.list_outbox(b) == []


def test_paid_invoice_prints_with_a_paid_stamp_listing_its_receipts(
    cli: Any, demo: Path, tmp_path: Path
) -> None:
    number = _first(demo, "paid")
    before, _ = _stored(demo, number)
    out = tmp_path / "paid.pdf"
    r = cli("pdf", str(demo), "--invoice", number, "--paid-stamp", "-o", str(out))
    assert r.code == 0, r.err
    data = out.read_bytes()
    text = _text(data)
    assert "PAID" in text and "Receipt RCT-" in text and data.startswith(before)
    # without the flag: the frozen bytes exactly
    r = cli("pdf", str(demo), "--invoice", number, "-o", str(tmp_path / "plain.pdf"))
    assert (tmp_path / "plain.pdf").read_bytes() == before
    # an unpaid one refuses the stamp with a sentence
    unpaid = tmp_path / "unpaid.pdf"
    r = cli("pdf", str(demo), "--invoice", _first(demo, "issued"), "--paid-stamp", "-o", str(unpaid))
    assert r.code == 2 and "not paid" in r.err and not unpaid.exists()


@pytest.fixture
def server() -> Iterator[tuple[Controller, Handler]]:
    handler = Handler()
    ctrl = Controller(handler, hostname="127.0.0.1", port=free_port())
    ctrl.start()
    try:
        yield ctrl, handler
    finally:
        ctrl.stop()


def test_email_from_company_reply_to_amount_and_named_recipients(
    cli: Any, demo: Path, server: tuple[Controller, Handler], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MILESTONE_DESK_SMTP_PASSWORD", raising=False)
    ctrl, handler = server
    number = _first(demo, "issued")
    r = cli("email", str(demo), "--invoice", number, "--to", "Ana Núñez <ana@example.com>; b@example.com")
    assert r.code == 0 and "queued" in r.out, r.err
    r = cli(
        "smtp", str(demo), "--host", "127.0.0.1", "--port", str(ctrl.port), "--security", "none",
        "--from", "billing@mailer.example",
    )
    assert r.code == 0
    assert cli("outbox", str(demo), "--send").code == 0
    env = handler.envelopes[-1]
    assert sorted(env.rcpt_tos) == ["ana@example.com", "b@example.com"]
    msg = email.message_from_bytes(env.content, policy=email.policy.default)
    with Books.open(demo, create=False, readonly=True) as b:
        draft = outbox.invoice_email(b, number)
    assert "billing@mailer.example" in str(msg["From"]) and str(msg["From"]).count("<") == 1
    assert "Ana Núñez" in str(msg["To"])
    body = msg.get_body(("plain",))
    assert body is not None
    assert "$" in body.get_content() and "due" in body.get_content()
    assert draft.body == body.get_content().replace("\r\n", "\n")
    assert "$41,940.00" in draft.body or "$" in draft.body
    r = cli("email", str(demo), "--invoice", number, "--to", "Ana <not an address>")
    assert r.code == 2


def test_a_progress_invoice_is_emailed_with_its_g702_g703_and_conditional_waiver(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from milestone_desk.services.construction import payapps
    from tests.cli.test_construction import PROGRESS, write

    monkeypatch.delenv("MILESTONE_DESK_SMTP_PASSWORD", raising=False)
    db = tmp_path / "w.mdesk"
    assert cli("import", str(db), str(write(tmp_path, PROGRESS))).code == 0
    assert cli("payapp", str(db), "W-1", "--to", "2026-03-31", "--work", "Sitework=20000").code == 0
    with Books.open(db, create=False) as b:
        number = payapps.pay_application_view(b, "APP-2026-0001").invoice_number
        invoice = documents.invoice_pdf(b, number)
        mid = outbox.queue_invoice(b, number, "Owner <owner@example.com>")
        with b.read() as s:
            from milestone_desk.persistence.models_documents import OutboxMessage

            msg = s.get(OutboxMessage, mid)
            assert msg is not None and msg.attachment is not None
            name, data = msg.attachment_name, bytes(msg.attachment)
    assert name.endswith("-G702-G703-waiver.pdf")
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    text = "\n".join(p.extract_text() for p in pages)
    assert len(pages) > len(pypdf.PdfReader(io.BytesIO(invoice)).pages) + 1
    assert number in text and "APP-2026-0001" in text
    assert "Conditional Waiver and Release on Progress Payment" in text
