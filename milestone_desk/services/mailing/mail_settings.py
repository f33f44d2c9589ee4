"""The company's SMTP settings (in the company file) and the password (never in it).

The password is read from ``MILESTONE_DESK_SMTP_PASSWORD`` first, then the OS keyring through
``keyring``. Every keyring failure becomes one sentence; the password is never logged, stored in
the database or put in an exception message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models_documents import SmtpSettings
from milestone_desk.services.core.books import Books

ENV_PASSWORD = "MILESTONE_DESK_SMTP_PASSWORD"
KEYRING_SERVICE = "milestone-desk-smtp"
SECURITY = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class SmtpConfig:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    from_address: str = ""
    timeout_seconds: int = 20

    @property
    def configured(self) -> bool:
        return bool(self.host and self.from_address)

    @property
    def keyring_account(self) -> str:
        return f"{self.username}@{self.host}:{self.port}"


def _validated(c: SmtpConfig) -> SmtpConfig:
    security = c.security.strip().lower()
    if security not in SECURITY:
        raise BadInput("The connection security must be starttls, ssl or none.")
    if not 1 <= c.port <= 65535:
        raise BadInput("The mail server port must be between 1 and 65535.")
    if not 1 <= c.timeout_seconds <= 600:
        raise BadInput("The mail server timeout must be between 1 and 600 seconds.")
    sender = clean_text(c.from_address, "from address", required=False)
    if sender and "@" not in sender:
        raise BadInput(f"The from address {sender!r} is not an email address.")
    return SmtpConfig(
        host=clean_text(c.host, "mail server", required=False),
        port=c.port,
        security=security,
        username=clean_text(c.username, "user name", required=False),
        from_address=sender,
        timeout_seconds=c.timeout_seconds,
    )


def get_smtp(books: Books) -> SmtpConfig:
    with books.read() as s:
        row = s.query(SmtpSettings).order_by(SmtpSettings.id).first()
        if row is None:
            return SmtpConfig()
        return SmtpConfig(
            row.host, row.port, row.security, row.username, row.from_address, row.timeout_seconds
        )


def save_smtp(books: Books, config: SmtpConfig) -> SmtpConfig:
    """Store the settings (not the password: see ``store_password``)."""
    clean = _validated(config)
    with books.write() as s:
        row = s.query(SmtpSettings).order_by(SmtpSettings.id).first()
        if row is None:
            row = SmtpSettings()
            s.add(row)
        row.host = clean.host
        row.port = clean.port
        row.security = clean.security
        row.username = clean.username
        row.from_address = clean.from_address
        row.timeout_seconds = clean.timeout_seconds
    return clean


def _keyring_sentence(exc: Exception) -> str:
    kind = type(exc).__name__
    if kind == "NoKeyringError":
        return (
            "This computer has no password keyring; set the MILESTONE_DESK_SMTP_PASSWORD "
            "environment variable instead."
        )
    return (
        f"The system keyring could not be used ({kind}); set the MILESTONE_DESK_SMTP_PASSWORD "
        "environment variable instead."
    )


def store_password(config: SmtpConfig, password: str) -> None:
    """Put the SMTP password in the OS keyring; raises BooksError with a sentence if it cannot."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, config.keyring_account, password)
    except Exception as exc:  # NoKeyringError, a locked keyring, a D-Bus failure ...
        raise BooksError(_keyring_sentence(exc)) from None


def forget_password(config: SmtpConfig) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, config.keyring_account)
    except Exception:  # nothing stored, or no keyring: either way nothing is left
        return


def find_password(config: SmtpConfig) -> tuple[str | None, str]:
    """The password and where it came from; (None, sentence) when there is none or no keyring."""
    env = os.environ.get(ENV_PASSWORD)
    if env:
        return env, "environment"
    if not config.username:
        return None, "no user name"
    try:
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, config.keyring_account)
    except Exception as exc:
        return None, _keyring_sentence(exc)
    if found is None:
        return None, (
            f"No password is stored for {config.username} on {config.host}; enter it in the mail "
            "settings or set MILESTONE_DESK_SMTP_PASSWORD."
        )
    return found, "keyring"
