"""Building email messages and handing them to an SMTP server, with failures as plain sentences.

No database here: ``services.mailing.outbox`` decides what to send and records what happened.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid, parseaddr

from milestone_desk.services.mailing.mail_settings import SmtpConfig

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Delivery:
    """What happened to one attempt: accepted (with the server's reply), or why not."""

    accepted: bool
    reply: str = ""
    reason: str = ""
    #: True when trying again later may work (offline, refused, timeout); False for a refusal to fix.
    transient: bool = False


def _pieces(to: str) -> list[str]:
    """Split a recipient list on commas and semicolons outside quotes and angle brackets."""
    out, cur, quoted, angle = [], "", False, False
    for ch in to:
        if ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            angle = True
        elif ch == ">" and not quoted:
            angle = False
        if ch in ",;" and not quoted and not angle:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [p.strip() for p in out if p.strip()]


def recipients(to: str) -> list[str]:
    """Each recipient as written: ``a@b.example`` or ``Name <a@b.example>``."""
    return _pieces(to)


def address_of(recipient: str) -> str:
    """The bare address of one recipient (``Name <a@b>`` → ``a@b``; a bare address as it is)."""
    if "<" in recipient:
        return parseaddr(recipient)[1] or recipient
    return recipient.strip()


def build_message(
    sender: str,
    to: str,
    subject: str,
    body: str,
    attachment_name: str = "",
    attachment: bytes | None = None,
    *,
    draft: bool = False,
    reply_to: str = "",
) -> EmailMessage:
    """An email with the PDF attached; a draft carries ``X-Unsent: 1`` so mail programs open it to edit."""
    msg = EmailMessage()
    if sender:
        msg["From"] = sender
    if to:
        msg["To"] = ", ".join(recipients(to))
    msg["Subject"] = subject
    if reply_to:
        msg["Reply-To"] = reply_to
    if draft:
        msg["X-Unsent"] = "1"
    else:
        msg["Date"] = formatdate(localtime=True)
        domain = address_of(sender).rpartition("@")[2] or None
        msg["Message-ID"] = make_msgid(domain=domain)
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="pdf", filename=attachment_name)
    return msg


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _scrub(text: str, password: str | None) -> str:
    text = " ".join(text.split())
    return text.replace(password, "***") if password else text


def deliver(config: SmtpConfig, password: str | None, msg: EmailMessage) -> Delivery:
    """Send one message; never raises for network or server trouble, and never logs the password."""
    where = f"{config.host}:{config.port}"
    later = " The message stays in the outbox and will be sent when the server can be reached."
    try:
        reply = _send(config, password, msg)
    except smtplib.SMTPAuthenticationError as exc:
        said = f"{exc.smtp_code} {_text(exc.smtp_error)}"
        reason = f"The mail server {where} refused the user name or password ({said})."
        return Delivery(False, reason=_scrub(reason, password))
    except smtplib.SMTPRecipientsRefused as exc:
        first = next(iter(exc.recipients.items()), ("", (0, b"")))
        reason = f"The mail server refused the recipient {first[0]} ({first[1][0]} {_text(first[1][1])})."
        return Delivery(False, reason=_scrub(reason, password))
    except smtplib.SMTPSenderRefused as exc:
        reason = f"The mail server refused the sender {exc.sender} ({exc.smtp_code} {_text(exc.smtp_error)})."
        return Delivery(False, reason=_scrub(reason, password))
    except smtplib.SMTPNotSupportedError as exc:
        return Delivery(
            False, reason=f"The mail server {where} does not support what the settings ask for ({exc})."
        )
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, TimeoutError):  # smtplib turns a read timeout into a disconnect
            return _timed_out(config, later)
        return Delivery(
            False,
            reason=f"The mail server {where} closed the connection unexpectedly." + later,
            transient=True,
        )
    except smtplib.SMTPResponseException as exc:
        reason = f"The mail server {where} refused the message ({exc.smtp_code} {_text(exc.smtp_error)})."
        return Delivery(False, reason=_scrub(reason, password), transient=400 <= exc.smtp_code < 500)
    except smtplib.SMTPException as exc:
        return Delivery(False, reason=_scrub(f"Sending through {where} failed ({exc}).", password))
    except ssl.SSLError as exc:
        return Delivery(False, reason=f"The secure connection to {where} failed ({exc.reason or exc}).")
    except TimeoutError:
        return _timed_out(config, later)
    except ConnectionRefusedError:
        return Delivery(
            False, reason=f"The mail server {where} refused the connection." + later, transient=True
        )
    except socket.gaierror:
        return Delivery(
            False,
            reason=f"The mail server name {config.host} could not be found (offline?)." + later,
            transient=True,
        )
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        return Delivery(
            False, reason=f"The mail server {where} could not be reached ({why})." + later, transient=True
        )
    log.info("Mail server %s accepted a message: %s", where, reply)
    return Delivery(True, reply=_scrub(reply, password))


def _timed_out(config: SmtpConfig, later: str) -> Delivery:
    where = f"{config.host}:{config.port}"
    return Delivery(
        False,
        reason=f"The mail server {where} did not answer within {config.timeout_seconds} seconds." + later,
        transient=True,
    )


def _send(config: SmtpConfig, password: str | None, msg: EmailMessage) -> str:
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if config.security == "ssl":
        smtp = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout_seconds, context=context)
    else:
        smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout_seconds)
    with smtp:
        smtp.ehlo()
        if config.security == "starttls":
            smtp.starttls(context=context)
            smtp.ehlo()
        if config.username:
            smtp.login(config.username, password or "")
        code, resp = smtp.mail(config.from_address)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, resp, config.from_address)
        refused: dict[str, tuple[int, bytes]] = {}
        to = [address_of(r) for r in recipients(str(msg["To"] or ""))]
        for address in to:
            code, resp = smtp.rcpt(address)
            if code not in (250, 251):
                refused[address] = (code, resp)
        if refused:
            smtp.rset()
            raise smtplib.SMTPRecipientsRefused(refused)
        code, resp = smtp.data(msg.as_bytes(policy=SMTP))
        return f"{code} {_text(resp)}"
