"""Records that make the books trustworthy: credit notes and the register of every number taken.

Credit notes correct an issued invoice without touching it (DESIGN §4); the number register
holds one row per document number ever taken, so ``check`` can prove the series has no gaps.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from milestone_desk.persistence.models import Base, Invoice, Tracked, utcnow

#: Kinds of credit note: lowers what the client still owes, or money paid back to the client.
CREDIT_APPLIED = "applied"
CREDIT_REFUNDED = "refunded"
CREDIT_KINDS = (CREDIT_APPLIED, CREDIT_REFUNDED)


class CreditNote(Tracked, Base):
    """A numbered correction of an issued invoice (full or partial); never edited or deleted."""

    __tablename__ = "credit_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    issue_date: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10), default=CREDIT_APPLIED)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    invoice: Mapped[Invoice] = relationship()


class DocumentNumber(Base):
    """One number taken from a series: written in the same transaction as its document."""

    __tablename__ = "document_numbers"
    __table_args__ = (UniqueConstraint("series", "period", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(20))
    period: Mapped[int] = mapped_column(Integer)
    #: The sequence number inside the period; None for an imported number in a foreign format.
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
