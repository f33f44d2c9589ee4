"""The company file's tables, as typed SQLAlchemy 2.x models.

Money columns hold integer minor units (``*_cents``); rates are exact decimals stored as text.
Every record has a stable UUID beside its integer key and UTC created/updated times (DESIGN §4).
"""

from __future__ import annotations

import datetime as dt
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator[Decimal]):
    """An exact Decimal stored as its text, so no float ever touches a rate."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: object) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: object) -> Decimal | None:
        return None if value is None else Decimal(value)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {Decimal: DecimalText()}


class Tracked:
    """Stable identity and UTC times, for a later office/laptop sync."""

    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Company(Tracked, Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    tax_id: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    invoice_format: Mapped[str] = mapped_column(String(100), default="INV-{year}-{seq:04d}")
    receipt_format: Mapped[str] = mapped_column(String(100), default="RCT-{year}-{seq:04d}")
    page_size: Mapped[str] = mapped_column(String(10), default="letter")
    payment_instructions: Mapped[str] = mapped_column(Text, default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Client(Tracked, Base):
    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    projects: Mapped[list[Project]] = relationship(back_populates="client")


class Project(Tracked, Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    site_address: Mapped[str] = mapped_column(Text, default="")
    contract_cents: Mapped[int] = mapped_column(Integer)
    tax_percent: Mapped[Decimal] = mapped_column(default=Decimal(0))
    retainage_percent: Mapped[Decimal] = mapped_column(default=Decimal(0))
    retainage_basis: Mapped[str] = mapped_column(String(10), default="pre_tax")
    billing_mode: Mapped[str] = mapped_column(String(10), default="milestone")
    deposit_policy: Mapped[str] = mapped_column(String(12), default="installment")
    deposit_applied: Mapped[str] = mapped_column(String(10), default="pro_rata")
    deposit_cents: Mapped[int] = mapped_column(Integer, default=0)
    retainage_step_at: Mapped[Decimal | None] = mapped_column(nullable=True)
    retainage_step_to: Mapped[Decimal | None] = mapped_column(nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="active")
    client: Mapped[Client] = relationship(back_populates="projects")
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="project", order_by="Milestone.position"
    )
    invoices: Mapped[list[Invoice]] = relationship(back_populates="project", order_by="Invoice.id")


class Milestone(Tracked, Base):
    __tablename__ = "milestones"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    share_kind: Mapped[str] = mapped_column(String(10))
    share_percent: Mapped[Decimal | None] = mapped_column(nullable=True)
    share_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    is_deposit: Mapped[bool] = mapped_column(Boolean, default=False)
    planned_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    completed_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    project: Mapped[Project] = relationship(back_populates="milestones")


class Invoice(Tracked, Base):
    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"), index=True)
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestones.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(10), default="milestone")
    series: Mapped[str] = mapped_column(String(10), default="invoice")
    number: Mapped[str | None] = mapped_column(String(60), unique=True, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    issue_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    gross_cents: Mapped[int] = mapped_column(Integer, default=0)
    tax_cents: Mapped[int] = mapped_column(Integer, default=0)
    retainage_cents: Mapped[int] = mapped_column(Integer, default=0)
    deposit_applied_cents: Mapped[int] = mapped_column(Integer, default=0)
    amount_due_cents: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    void_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    project: Mapped[Project] = relationship(back_populates="invoices")
    milestone: Mapped[Milestone | None] = relationship()
    lines: Mapped[list[InvoiceLine]] = relationship(back_populates="invoice", order_by="InvoiceLine.position")
    applications: Mapped[list[PaymentApplication]] = relationship(back_populates="invoice")


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="work")
    description: Mapped[str] = mapped_column(Text)
    amount_cents: Mapped[int] = mapped_column(Integer)
    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class Payment(Tracked, Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="RESTRICT"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(10), default="check")
    reference: Mapped[str] = mapped_column(String(200), default="")
    cleared: Mapped[bool] = mapped_column(Boolean, default=False)
    cleared_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    client: Mapped[Client] = relationship()
    applications: Mapped[list[PaymentApplication]] = relationship(back_populates="payment")
    receipt: Mapped[Receipt | None] = relationship(back_populates="payment")


class PaymentApplication(Base):
    __tablename__ = "payment_applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id", ondelete="RESTRICT"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    payment: Mapped[Payment] = relationship(back_populates="applications")
    invoice: Mapped[Invoice] = relationship(back_populates="applications")


class Receipt(Tracked, Base):
    __tablename__ = "receipts"
    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id", ondelete="RESTRICT"), unique=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    issue_date: Mapped[date] = mapped_column(Date)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    payment: Mapped[Payment] = relationship(back_populates="receipt")


class NumberCounter(Base):
    """The next sequence number of one document series in one period (year, or 0)."""

    __tablename__ = "number_counters"
    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    period: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, default=1)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Append-only record of a change to money-bearing data; each hash chains to the previous."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))
    #: Who made the change: the server role (or the operating-system login on a file) and the machine.
    actor: Mapped[str] = mapped_column(String(100), default="", server_default="")
    machine: Mapped[str] = mapped_column(String(100), default="", server_default="")


class BookChange(Base):
    """One row counting every saved change, so other windows notice work done elsewhere cheaply."""

    __tablename__ = "book_changes"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    counter: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(100), default="")
