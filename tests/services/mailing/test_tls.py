"""STARTTLS and SSL against a real aiosmtpd server whose certificate is not trusted: a clear refusal."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from milestone_desk.services.billing import invoicing
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.mailing import outbox
from milestone_desk.services.mailing.mail_settings import SmtpConfig, save_smtp
from tests.services.mailing.test_smtp import Handler, free_port, sent_at


@pytest.fixture
def server_context(tmp_path: Path) -> ssl.SSLContext:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


@pytest.fixture(params=["starttls", "ssl"])
def tls_server(request: Any, server_context: ssl.SSLContext) -> Iterator[tuple[str, Controller, Handler]]:
    handler = Handler()
    if request.param == "ssl":
        ctrl = Controller(handler, hostname="127.0.0.1", port=free_port(), ssl_context=server_context)
    else:
        ctrl = Controller(
            handler, hostname="127.0.0.1", port=free_port(), tls_context=server_context, require_starttls=True
        )
    ctrl.start()
    try:
        yield request.param, ctrl, handler
    finally:
        ctrl.stop()


def test_untrusted_certificate_is_refused_with_a_sentence(
    books: Books, tls_server: tuple[str, Controller, Handler], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MILESTONE_DESK_SMTP_PASSWORD", "irrelevant")
    security, ctrl, handler = tls_server
    milestones.complete_milestone(books, "P-001", "Deposit", date(2026, 1, 15))
    number = invoicing.issue_invoice(books, "P-001", "Deposit", date(2026, 1, 15))
    save_smtp(books, SmtpConfig("127.0.0.1", ctrl.port, security, "", "billing@hartwell.example", 5))
    mid = outbox.queue_invoice(books, number, "maria@example.com")
    [(_, result)] = outbox.send_pending(books)
    assert not result.accepted
    view = outbox.message(books, mid)
    assert view.state == "failed"
    assert "secure connection" in view.reason and "CERTIFICATE_VERIFY_FAILED" in view.reason
    assert handler.envelopes == []
    assert sent_at(books, number) is None
