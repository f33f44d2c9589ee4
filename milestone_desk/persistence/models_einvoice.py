"""E-invoice tables: the trade details a party needs in EN 16931, and the frozen e-invoice files.

``TradeDetails`` has one row for the company (``company_id``) or per client (``client_id``); the
old one-field ``address`` stays where it was and keeps working (parts left blank are read from it).
``EInvoiceFile`` holds each e-invoice as first generated, with its SHA-256: a resend is identical.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from milestone_desk.persistence.models import Base, Tracked, utcnow


class TradeDetails(Tracked, Base):
    __tablename__ = "trade_details"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="RESTRICT"), unique=True, nullable=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="RESTRICT"), unique=True, nullable=True
    )
    vat_id: Mapped[str] = mapped_column(String(40), default="")
    legal_form: Mapped[str] = mapped_column(String(200), default="")
    registration: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    routing_number: Mapped[str] = mapped_column(String(9), default="")
    account_number: Mapped[str] = mapped_column(String(34), default="")
    buyer_reference: Mapped[str] = mapped_column(String(100), default="")
    tax_category: Mapped[str] = mapped_column(String(2), default="")
    exemption_reason: Mapped[str] = mapped_column(Text, default="")
    einvoice_format: Mapped[str] = mapped_column(String(12), default="")
    pay_url: Mapped[str] = mapped_column(String(500), default="")


class EInvoiceFile(Base):
    __tablename__ = "einvoice_files"
    __table_args__ = (
        UniqueConstraint("invoice_id", "format"),
        UniqueConstraint("credit_note_id", "format"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    credit_note_id: Mapped[int | None] = mapped_column(
        ForeignKey("credit_notes.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    format: Mapped[str] = mapped_column(String(12))
    filename: Mapped[str] = mapped_column(String(200))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    xml: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
