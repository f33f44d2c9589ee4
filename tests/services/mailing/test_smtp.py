"""Email through a real SMTP server (aiosmtpd on 127.0.0.1), the outbox, and the password's safety."""

from __future__ import annotations

import email
import email.policy
import logging
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.persistence.models import Invoice
from milestone_desk.services.billing import documents, invoicing
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.mailing import outbox
from milestone_desk.services.mailing.mail_settings import SmtpConfig, find_password, save_smtp, store_password

PASSWORD = "pw-Sekr3t-7731-xyzzy"
USER = "office@hartwell.example"

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


class Handler:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server() -> Iterator[tuple[Controller, Handler]]:
    handler = Handler()
    ctrl = Controller(
        handler, hostname="127.0.0.1", port=free_port(), authenticator=authenticator, auth_require_tls=False
    )
    ctrl.start()
    try:
        yield ctrl, handler
    finally:
        ctrl.stop()


@pytest.fixture
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, str], str]:
    """The OS keyring, faked (CI machines have none)."""
    store: dict[tuple[str, str], str] = {}
    monkeypatch.delenv("MILESTONE_DESK_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr(keyring, "get_password", lambda service, user: store.get((service, user)))
    monkeypatch.setattr(
        keyring, "set_password", lambda service, user, pw: store.__setitem__((service, user), pw)
    )
    return store


@pytest.fixture
def issued(books: Books) -> str:
    milestones.complete_milestone(books, "P-001", "Deposit", date(2026, 1, 15))
    return invoicing.issue_invoice(books, "P-001", "Deposit", date(2026, 1, 15))


def configure(books: Books, port: int, *, user: str = USER, timeout: int = 5) -> SmtpConfig:
    return save_smtp(
        books,
        SmtpConfig("127.0.0.1", port, "none", user, "billing@hartwell.example", timeout_seconds=timeout),
    )


def sent_at(books: Books, number: str) -> object:
    with books.read() as s:
        return s.query(Invoice).filter_by(number=number).one().sent_at


def assert_password_nowhere(books: Books, db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert PASSWORD not in caplog.text
    for record in caplog.records:
        assert PASSWORD not in record.getMessage()
    for view in outbox.list_outbox(books):
        assert PASSWORD not in repr(view)
    books.close()
    for suffix in ("", "-wal", "-journal"):
        f = Path(f"{db_path}{suffix}")
        if f.exists():
            assert PASSWORD.encode() not in f.read_bytes()


def test_server_receives_the_invoice_pdf_byte_identical(
    books: Books,
    issued: str,
    smtp_server: tuple[Controller, Handler],
    fake_keyring: Any,
    caplog: pytest.LogCaptureFixture,
    db_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    ctrl, handler = smtp_server
    config = configure(books, ctrl.port)
    store_password(config, PASSWORD)
    assert sent_at(books, issued) is None
    mid = outbox.queue_invoice(books, issued, "maria@example.com")
    [(got_id, result)] = outbox.send_pending(books)
    assert got_id == mid and result.accepted, result.reason
    assert "250" in result.reply
    [envelope] = handler.envelopes
    assert envelope.rcpt_tos == ["maria@example.com"]
    msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert msg["Subject"] == f"Invoice {issued} from Hartwell Remodeling"
    [part] = list(msg.iter_attachments())
    assert part.get_filename() == f"{issued}.pdf"
    assert part.get_content() == documents.invoice_pdf(books, issued)
    assert "Maria Delgado" in msg.get_body(("plain",)).get_content()
    view = outbox.message(books, mid)
    assert view.state == "sent" and view.sent_at is not None and "250" in view.server_reply
    assert sent_at(books, issued) is not None
    assert outbox.send_pending(books) == []
    assert_password_nowhere(books, db_path, caplog)


def test_refused_connection_keeps_the_message_queued(
    books: Books, issued: str, fake_keyring: Any, caplog: pytest.LogCaptureFixture, db_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    config = configure(books, free_port())
    store_password(config, PASSWORD)
    mid = outbox.queue_invoice(books, issued, "maria@example.com")
    [(_, result)] = outbox.send_pending(books)
    assert not result.accepted and result.transient
    view = outbox.message(books, mid)
    assert view.state == "queued" and view.attempts == 1
    assert "refused the connection" in view.reason and "stays in the outbox" in view.reason
    assert sent_at(books, issued) is None
    assert_password_nowhere(books, db_path, caplog)


def test_failed_login_fails_with_a_reason_and_no_password_anywhere(
    books: Books,
    issued: str,
    smtp_server: tuple[Controller, Handler],
    fake_keyring: Any,
    caplog: pytest.LogCaptureFixture,
    db_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    ctrl, handler = smtp_server
    config = configure(books, ctrl.port)
    store_password(config, "wrong-" + PASSWORD)
    mid = outbox.queue_invoice(books, issued, "maria@example.com")
    [(_, result)] = outbox.send_pending(books)
    assert not result.accepted and not result.transient
    view = outbox.message(books, mid)
    assert view.state == "failed"
    assert "refused the user name or password" in view.reason and "535" in view.reason
    assert handler.envelopes == []
    assert sent_at(books, issued) is None
    # fix the password and retry: it goes
    store_password(config, PASSWORD)
    assert outbox.retry(books, mid).accepted
    assert outbox.message(books, mid).state == "sent" and len(handler.envelopes) == 1
    assert sent_at(books, issued) is not None
    assert_password_nowhere(books, db_path, caplog)


def test_silent_server_times_out_and_the_message_waits(
    books: Books, issued: str, fake_keyring: Any, caplog: pytest.LogCaptureFixture, db_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never greets
        config = configure(books, silent.getsockname()[1], timeout=1)
        store_password(config, PASSWORD)
        mid = outbox.queue_invoice(books, issued, "maria@example.com")
        [(_, result)] = outbox.send_pending(books)
    assert not result.accepted and result.transient
    view = outbox.message(books, mid)
    assert view.state == "queued"
    assert "did not answer within 1 seconds" in view.reason
    assert sent_at(books, issued) is None
    assert_password_nowhere(books, db_path, caplog)


def test_no_keyring_gives_a_sentence_and_keeps_the_message(
    books: Books, issued: str, monkeypatch: pytest.MonkeyPatch, smtp_server: tuple[Controller, Handler]
) -> None:
    def no_keyring(*_a: object) -> None:
        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    monkeypatch.delenv("MILESTONE_DESK_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr(keyring, "get_password", no_keyring)
    monkeypatch.setattr(keyring, "set_password", no_keyring)
    ctrl, _handler = smtp_server
    config = configure(books, ctrl.port)
    with pytest.raises(BooksError, match="no password keyring"):
        store_password(config, PASSWORD)
    mid = outbox.queue_invoice(books, issued, "maria@example.com")
    [(_, result)] = outbox.send_pending(books)
    assert not result.accepted
    assert outbox.message(books, mid).state == "queued"
    assert "MILESTONE_DESK_SMTP_PASSWORD" in outbox.message(books, mid).reason
    # the environment variable is the way out
    monkeypatch.setenv("MILESTONE_DESK_SMTP_PASSWORD", PASSWORD)
    assert find_password(config) == (PASSWORD, "environment")
    assert outbox.send_pending(books)[0][1].accepted


def test_unconfigured_server_queues(books: Books, issued: str) -> None:
    mid = outbox.queue_invoice(books, issued, "maria@example.com")
    [(_, result)] = outbox.send_pending(books)
    assert not result.accepted
    view = outbox.message(books, mid)
    assert view.state == "queued" and "No mail server" in view.reason


@pytest.mark.parametrize("bad", ["", "not-an-address", "a@", "two words@x.example"])
def test_bad_recipient_is_refused_before_queueing(books: Books, issued: str, bad: str) -> None:
    with pytest.raises(BadInput):
        outbox.queue_invoice(books, issued, bad)
    assert outbox.list_outbox(books) == []


def test_eml_draft_has_the_pdf_and_x_unsent(books: Books, issued: str, tmp_path: Path) -> None:
    path = outbox.write_eml(books, issued, tmp_path / "draft.eml")
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["To"] == "maria@example.com"
    [part] = list(msg.iter_attachments())
    assert part.get_content() == documents.invoice_pdf(books, issued)


def test_two_senders_at_once_deliver_each_message_once(
    books: Books, issued: str, smtp_server: tuple[Controller, Handler], fake_keyring: Any
) -> None:
    import threading

    ctrl, handler = smtp_server
    store_password(configure(books, ctrl.port), PASSWORD)
    for _ in range(3):
        outbox.queue_invoice(books, issued, "maria@example.com")
    results: list[list[Any]] = []
    threads = [threading.Thread(target=lambda: results.append(outbox.send_pending(books))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(handler.envelopes) == 3
    assert sorted(mid for r in results for mid, d in r if d.accepted) == [1, 2, 3]
    assert {v.state for v in outbox.list_outbox(books)} == {"sent"}


def test_an_interrupted_send_goes_back_to_the_queue(
    books: Books, issued: str, smtp_server: tuple[Controller, Handler], fake_keyring: Any
) -> None:
    from datetime import timedelta

    from milestone_desk.persistence.models import utcnow
    from milestone_desk.persistence.models_documents import OutboxMessage

    ctrl, handler = smtp_server
    store_password(configure(books, ctrl.port), PASSWORD)
    mid = outbox.queue_invoice(books, issued, "maria@example.com")
    with books.write() as s:
        row = s.get(OutboxMessage, mid)
        assert row is not None
        row.state = "sending"
        row.last_attempt_at = utcnow() - timedelta(minutes=2)
    assert outbox.send_pending(books) == []  # someone else may still be sending it
    with pytest.raises(BadInput, match="being sent"):
        outbox.requeue(books, mid)
    with books.write() as s:
        row = s.get(OutboxMessage, mid)
        assert row is not None
        row.last_attempt_at = utcnow() - timedelta(hours=1)
    [(got, result)] = outbox.send_pending(books)
    assert got == mid and result.accepted and len(handler.envelopes) == 1
