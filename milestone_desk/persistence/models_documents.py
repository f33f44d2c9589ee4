"""Email: the company's SMTP settings (never the password) and the outbox of messages.

The password lives only in the OS keyring (or the MILESTONE_DESK_SMTP_PASSWORD variable).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from milestone_desk.persistence.models import Base, Tracked


class SmtpSettings(Base):
    """How to reach the company's mail server; one row."""

    __tablename__ = "smtp_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(255), default="")
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(10), default="starttls")
    username: Mapped[str] = mapped_column(String(255), default="")
    from_address: Mapped[str] = mapped_column(String(255), default="")
    timeout_seconds: Mapped[int] = mapped_column(Integer, default=20)


class OutboxMessage(Tracked, Base):
    """One email waiting to go, sent (with the server's reply) or failed (with the reason)."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    state: Mapped[str] = mapped_column(String(10), default="queued", index=True)
    recipient: Mapped[str] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    attachment_name: Mapped[str] = mapped_column(String(255), default="")
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    receipt_id: Mapped[int | None] = mapped_column(
        ForeignKey("receipts.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    server_reply: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
