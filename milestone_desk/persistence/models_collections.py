"""Tables of the collections feature: which reminders went out, and which late fees were charged."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from milestone_desk.persistence.models import Base, Tracked, utcnow


class ReminderLog(Tracked, Base):
    """One reminder step handled for one invoice; the unique pair means it is never due twice."""

    __tablename__ = "reminder_log"
    __table_args__ = (UniqueConstraint("invoice_id", "step_days"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    step_days: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    sent_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    channel: Mapped[str] = mapped_column(String(20), default="outbox")
    reference: Mapped[str] = mapped_column(String(200), default="")


class LateFeeCharge(Tracked, Base):
    """A late fee charged on an overdue invoice for one period (once per period, never twice)."""

    __tablename__ = "late_fee_charges"
    __table_args__ = (UniqueConstraint("invoice_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    period: Mapped[int] = mapped_column(Integer)
    fee_invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), unique=True, index=True
    )
    charged_on: Mapped[date] = mapped_column(Date)
