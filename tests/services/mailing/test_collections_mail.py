"""Reminders and statements through the outbox, delivered by a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import email
import email.policy
import io
import socket
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from pypdf import PdfReader

from milestone_desk.services.billing import documents, invoicing
from milestone_desk.services.collections import reminders
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import ClientSpec
from milestone_desk.services.firm import projects
from milestone_desk.services.mailing.collections_mail import queue_due_reminders, queue_statement
from milestone_desk.services.mailing.mail_settings import SmtpConfig, save_smtp
from tests.collections_helpers import issue

D0 = date(2026, 3, 2)


class Handler:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp(books: Books) -> Iterator[Handler]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    handler = Handler()
    ctrl = Controller(handler, hostname="127.0.0.1", port=port)
    ctrl.start()
    save_smtp(books, SmtpConfig("127.0.0.1", port, "none", "", "billing@hartwell.example", timeout_seconds=5))
    try:
        yield handler
    finally:
        ctrl.stop()


def parsed(envelope: Any) -> email.message.EmailMessage:
    msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def attachment(msg: email.message.EmailMessage) -> tuple[str, bytes]:
    [part] = list(msg.iter_attachments())
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    return str(part.get_filename()), data


def test_queued_reminder_is_delivered_by_outbox_send(
    books: Books, db_path: Path, smtp: Handler, cli: Any
) -> None:
    number = issue(books, "P-001", "Demolition", D0)
    due = invoicing.invoice_view(books, number).due_date
    assert due is not None
    today = due + timedelta(days=8)  # the 7-days-late step has come
    invoice_pdf = documents.invoice_pdf(books, number)
    books.close()

    res = cli("reminders", str(db_path), "--queue", "--as-of", today.isoformat())
    assert res.code == 0, res.err
    [line] = res.out.splitlines()
    mid, queued = line.split("\t")
    assert queued == number and "Queued 1 reminder" in res.err
    again = cli("reminders", str(db_path), "--queue", "--as-of", today.isoformat())
    assert again.code == 0 and again.out == "" and "Queued 0 reminder" in again.err  # never twice
    assert smtp.envelopes == []  # queued, not sent

    listing = cli("outbox", str(db_path))
    assert f"{mid}\tqueued\tmaria@example.com\t{number}" in listing.out
    res = cli("outbox", str(db_path), "--send")
    assert res.code == 0 and res.out.startswith(f"{mid}\tsent")
    [envelope] = smtp.envelopes
    assert envelope.rcpt_tos == ["maria@example.com"]
    msg = parsed(envelope)
    assert number in str(msg["Subject"])
    body = msg.get_body(("plain",))
    assert body is not None and number in body.get_content() and "Maria Delgado" in body.get_content()
    name, data = attachment(msg)
    assert name == f"{number}.pdf" and data == invoice_pdf  # the frozen invoice, byte for byte

    with Books.open(db_path) as b:
        assert reminders.due_reminders(b, today) == []
        assert queue_due_reminders(b, today) == []
        # the next step (14 days late) comes a week later, once
        later = due + timedelta(days=15)
        assert len(queue_due_reminders(b, later)) == 1
        assert queue_due_reminders(b, later) == []


def test_a_reminder_that_cannot_be_queued_is_not_marked_sent(books: Books) -> None:
    number = issue(books, "P-001", "Demolition", D0)
    due = invoicing.invoice_view(books, number).due_date
    assert due is not None
    projects.update_client(books, "C-001", ClientSpec("C-001", "Maria Delgado", email=""))
    today = due + timedelta(days=1)
    assert queue_due_reminders(books, today) == []
    [still] = reminders.due_reminders(books, today)  # still due: nothing was recorded
    assert still.invoice_number == number
    projects.update_client(books, "C-001", ClientSpec("C-001", "Maria Delgado", email="m@example.com"))
    assert len(queue_due_reminders(books, today)) == 1
    assert reminders.due_reminders(books, today) == []


def test_statement_email_is_queued_and_delivered(
    books: Books, db_path: Path, smtp: Handler, cli: Any
) -> None:
    issue(books, "P-001", "Deposit", D0)
    books.close()
    res = cli("statement", str(db_path), "C-001", "--to", "2026-03-31", "--email", "ap@example.com")
    assert res.code == 0, res.err
    mid = int(res.out.strip())
    assert cli("statement", str(db_path), "C-001", "--email", "not-an-address").code == 2
    assert cli("statement", str(db_path), "C-001").code == 2  # -o or --email is required
    assert cli("outbox", str(db_path), "--send").out.startswith(f"{mid}\tsent")
    [envelope] = smtp.envelopes
    assert envelope.rcpt_tos == ["ap@example.com"]
    name, data = attachment(parsed(envelope))
    assert name == "statement-C-001-2026-03-31.pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert "closing balance 4,850.00 USD" in text and "Maria Delgado" in text


def test_queue_statement_service(books: Books) -> None:
    issue(books, "P-001", "Deposit", D0)
    mid = queue_statement(books, "C-001", "ap@example.com", None, date(2026, 3, 31))
    assert mid > 0
