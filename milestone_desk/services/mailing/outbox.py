"""The outbox: messages wait here while offline; an invoice counts as sent only once the server accepted it.

States: ``queued`` (waiting, perhaps with the reason of the last failed try), ``sending`` (claimed
by one sender, so two windows never send it twice), ``sent`` (time and the server's reply),
``failed`` (a refusal that needs fixing: wrong password, bad address).
Network work happens outside any database transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import formataddr
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from milestone_desk.documents.formats import long_date, money
from milestone_desk.domain.errors import BadInput, NotFound
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import Invoice, Receipt, utcnow
from milestone_desk.persistence.models_documents import OutboxMessage
from milestone_desk.services.billing import documents
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.mailing.mail import Delivery, address_of, build_message, deliver, recipients
from milestone_desk.services.mailing.mail_settings import SmtpConfig, find_password, get_smtp

log = logging.getLogger(__name__)

#: A message left "sending" longer than this was interrupted (the app stopped mid-send).
STALE_SENDING = timedelta(minutes=15)


@dataclass(frozen=True)
class OutboxView:
    id: int
    state: str
    recipient: str
    subject: str
    attachment_name: str
    document: str
    attempts: int
    created_at: datetime
    last_attempt_at: datetime | None
    sent_at: datetime | None
    server_reply: str
    reason: str


@dataclass(frozen=True)
class EmailDraft:
    """What the Email… dialog starts from: filled in from the invoice and the client."""

    to: str
    subject: str
    body: str
    attachment_name: str


def check_addresses(to: str) -> str:
    found = recipients(clean_text(to, "recipient address"))
    bare = [(r, address_of(r)) for r in found]
    bad = [r for r, a in bare if "@" not in a or " " in a or a.startswith("@") or a.endswith("@")]
    if not found or bad:
        raise BadInput(f"{(bad or [to])[0]!r} is not an email address.")
    return ", ".join(found)


def sender_of(books: Books, from_address: str) -> tuple[str, str]:
    """From as ``Company <address>`` and Reply-To the company's own address when it differs."""
    if not from_address:
        return "", ""
    with books.read() as s:
        company = lookup.company(s)
        name, own = company.name, (company.email or "").strip()
    reply = own if own and own.lower() != address_of(from_address).lower() else ""
    if "<" in from_address or not name:
        return from_address, reply
    return formataddr((name, from_address)), reply


def invoice_email(books: Books, number: str) -> EmailDraft:
    """The default recipient, subject and text for emailing an invoice."""
    with books.read() as s:
        documents.refuse_void(s, number)
        inv = lookup.invoice(s, number)
        company = lookup.company(s)
        client = inv.project.client
        due = long_date(inv.due_date) if inv.due_date else "on receipt"
        amount = money(inv.amount_due_cents, company.currency, symbol=True)
        body = (
            f"Dear {client.name},\n\nPlease find attached invoice {number} for {inv.project.name}"
            f" ({inv.description}): {amount}, due {due}.\n\nThank you for your business.\n\n{company.name}\n"
        )
        if company.phone or company.email:
            body += "\n".join(x for x in (company.phone, company.email) if x) + "\n"
        return EmailDraft(
            client.email,
            f"Invoice {number} from {company.name}",
            body,
            f"{documents.safe_name(number)}.pdf",
        )


def wants_einvoice(books: Books, number: str) -> bool:
    """True when the invoice's client receives Factur-X or ZUGFeRD e-invoices (the email's default)."""
    from milestone_desk.services.firm import trade

    with books.read() as s:
        inv = lookup.invoice(s, number)
        return trade.client_trade_in(s, inv.project.client).einvoice_format in ("factur-x", "zugferd")


def queue_invoice(
    books: Books,
    number: str,
    to: str,
    subject: str | None = None,
    body: str | None = None,
    *,
    einvoice: bool = False,
) -> int:
    """Put the invoice's PDF in the outbox for ``to``; returns the message id.

    With ``einvoice`` the attachment is the client's Factur-X/ZUGFeRD PDF (the same pages with the
    EN 16931 XML embedded; built, checked and frozen on first use).
    """
    draft = invoice_email(books, number)
    address = check_addresses(to)
    with books.write() as s:
        documents.refuse_void(s, number)
        inv = lookup.invoice(s, number)
        attachment, name = documents.invoice_pdf_in(s, number), draft.attachment_name
        if inv.kind == "progress":
            attachment, name = (
                _progress_bundle(s, inv, attachment),
                f"{documents.safe_name(number)}-G702-G703-waiver.pdf",
            )
        if einvoice:
            from milestone_desk.services.firm import trade
            from milestone_desk.services.interchange import einvoices

            fmt = trade.client_trade_in(s, inv.project.client).einvoice_format or "factur-x"
            if fmt not in einvoices.PDF_FORMATS:
                raise BadInput(
                    f"The client receives {fmt} e-invoices, an XML file the mail attaches no PDF for; "
                    "save it with Invoice → Save e-invoice… and send it through the client's e-invoice channel."
                )
            attachment, name = einvoices.make_in(s, fmt, invoice=number).data, draft.attachment_name
        msg = OutboxMessage(
            state="queued",
            recipient=address,
            subject=clean_text(subject if subject is not None else draft.subject, "subject", limit=500),
            body=body if body is not None else draft.body,
            attachment_name=name,
            attachment=attachment,
            invoice_id=inv.id,
        )
        s.add(msg)
        s.flush()
        return msg.id


def _progress_bundle(s: Session, inv: Invoice, invoice_pdf: bytes) -> bytes:
    """A progress invoice travels with its pay application (G702/G703) and its conditional progress
    waiver (issued now if it has none), as one PDF: the owner's lender wants all three together."""
    import io
    from datetime import date

    from pypdf import PdfReader, PdfWriter

    from milestone_desk.persistence.models_construction import LienWaiver, PayApplication
    from milestone_desk.services.construction import waivers

    parts = [invoice_pdf]
    app = s.scalars(select(PayApplication).where(PayApplication.invoice_id == inv.id)).first()
    if app is not None and app.pdf:
        parts.append(bytes(app.pdf))
    waiver = s.scalars(
        select(LienWaiver)
        .where(LienWaiver.invoice_id == inv.id, LienWaiver.kind == "conditional_progress")
        .order_by(LienWaiver.id.desc())
        .limit(1)
    ).first()
    if waiver is None:
        waiver = waivers.issue_waiver_in(s, "conditional_progress", inv, date.today())
    if waiver.pdf:
        parts.append(bytes(waiver.pdf))
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def queue_receipt(books: Books, number: str, to: str) -> int:
    address = check_addresses(to)
    with books.write() as s:
        rec = lookup.receipt(s, number)
        company = lookup.company(s)
        msg = OutboxMessage(
            state="queued",
            recipient=address,
            subject=f"Receipt {number} from {company.name}",
            body=f"Thank you for your payment. Please find receipt {number} attached.\n\n{company.name}\n",
            attachment_name=f"{documents.safe_name(number)}.pdf",
            attachment=documents.receipt_pdf_in(s, number),
            receipt_id=rec.id,
        )
        s.add(msg)
        s.flush()
        return msg.id


def _view(m: OutboxMessage, doc: str) -> OutboxView:
    return OutboxView(
        m.id,
        m.state,
        m.recipient,
        m.subject,
        m.attachment_name,
        doc,
        m.attempts,
        m.created_at,
        m.last_attempt_at,
        m.sent_at,
        m.server_reply,
        m.reason,
    )


def list_outbox(books: Books) -> list[OutboxView]:
    """Every message, newest first."""
    with books.read() as s:
        rows = s.execute(
            select(OutboxMessage, Invoice.number, Receipt.number)
            .outerjoin(Invoice, OutboxMessage.invoice_id == Invoice.id)
            .outerjoin(Receipt, OutboxMessage.receipt_id == Receipt.id)
            .order_by(OutboxMessage.id.desc())
        ).all()
        return [_view(m, inv or rec or "") for m, inv, rec in rows]


def message(books: Books, message_id: int) -> OutboxView:
    for view in list_outbox(books):
        if view.id == message_id:
            return view
    raise NotFound(f"There is no outbox message {message_id}.")


def _record(books: Books, message_id: int, result: Delivery) -> None:
    with books.write() as s:
        m = s.get(OutboxMessage, message_id)
        if m is None:
            return
        m.attempts += 1
        m.last_attempt_at = utcnow()
        if result.accepted:
            m.state = "sent"
            m.sent_at = m.last_attempt_at
            m.server_reply = result.reply
            m.reason = ""
            if m.invoice_id is not None:
                inv = s.get(Invoice, m.invoice_id)
                if inv is not None and inv.sent_at is None:
                    inv.sent_at = m.sent_at
        else:
            m.state = "queued" if result.transient else "failed"
            m.reason = result.reason


def _claim(books: Books, message_id: int) -> bool:
    """Mark one queued message as being sent, so two senders never deliver it twice."""
    with books.write() as s:
        claimed = s.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.state == "queued")
            .values(state="sending", last_attempt_at=utcnow())
        )
        return bool(getattr(claimed, "rowcount", 0))


def _release_stale(books: Books) -> None:
    """A send interrupted mid-way (the app was killed) goes back to the queue after a while."""
    cutoff = utcnow() - STALE_SENDING
    with books.write() as s:
        s.execute(
            update(OutboxMessage)
            .where(OutboxMessage.state == "sending", OutboxMessage.last_attempt_at < cutoff)
            .values(
                state="queued",
                reason="The last try was interrupted; the client may already have this message.",
            )
        )


def send_pending(books: Books, ids: list[int] | None = None) -> list[tuple[int, Delivery]]:
    """Try every queued message (or those named); returns what happened to each."""
    _release_stale(books)
    with books.read() as s:
        q = select(OutboxMessage).where(OutboxMessage.state == "queued").order_by(OutboxMessage.id)
        if ids is not None:
            q = q.where(OutboxMessage.id.in_(ids))
        pending = [
            (m.id, m.recipient, m.subject, m.body, m.attachment_name, m.attachment) for m in s.scalars(q)
        ]
    if not pending:
        return []
    config = get_smtp(books)
    results: list[tuple[int, Delivery]] = []
    if not config.configured:
        reason = (
            "No mail server is set up yet; enter it in the mail settings. The message waits in the outbox."
        )
        for mid, *_ in pending:
            _note(books, mid, reason)
            results.append((mid, Delivery(False, reason=reason, transient=True)))
        return results
    password: str | None = None
    if config.username:
        password, source = find_password(config)
        if password is None:
            for mid, *_ in pending:
                _note(books, mid, source)
                results.append((mid, Delivery(False, reason=source, transient=True)))
            return results
    sender, reply_to = sender_of(books, config.from_address)
    for mid, to, subject, body, name, data in pending:
        if not _claim(books, mid):
            continue  # another window or command is sending this one right now
        msg = build_message(sender, to, subject, body, name, data, reply_to=reply_to)
        result = deliver(config, password, msg)
        if not result.accepted:
            log.info("Outbox message %s not sent: %s", mid, result.reason)
        _record(books, mid, result)
        results.append((mid, result))
    return results


def _note(books: Books, message_id: int, reason: str) -> None:
    with books.write() as s:
        m = s.get(OutboxMessage, message_id)
        if m is not None:
            m.reason = reason


def requeue(books: Books, message_id: int) -> None:
    """Put a failed message back in the queue (after the settings or password were fixed)."""
    with books.write() as s:
        m = s.get(OutboxMessage, message_id)
        if m is None:
            raise NotFound(f"There is no outbox message {message_id}.")
        if m.state == "sent":
            raise BadInput(f"Outbox message {message_id} was already sent.")
        if m.state == "sending":
            raise BadInput(f"Outbox message {message_id} is being sent right now.")
        m.state = "queued"


def retry(books: Books, message_id: int) -> Delivery:
    """Put a failed message back in the queue and try it now."""
    requeue(books, message_id)
    results = send_pending(books, [message_id])
    return results[0][1]


def write_eml(
    books: Books,
    number: str,
    path: Path,
    to: str = "",
    subject: str | None = None,
    body: str | None = None,
    config: SmtpConfig | None = None,
) -> Path:
    """A draft ``.eml`` (``X-Unsent: 1``) with the invoice attached, for the user's mail program."""
    draft = invoice_email(books, number)
    sender, reply_to = sender_of(books, (config or get_smtp(books)).from_address)
    msg = build_message(
        sender,
        to or draft.to,
        subject if subject is not None else draft.subject,
        body if body is not None else draft.body,
        draft.attachment_name,
        documents.invoice_pdf(books, number),
        draft=True,
        reply_to=reply_to,
    )
    from milestone_desk.persistence.outputs import write_output

    # The save dialog asked before replacing; books, backups, devices and links are refused still.
    return write_output(path, msg.as_bytes(), force=True)
