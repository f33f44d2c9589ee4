"""Construction billing tables: change orders, schedule of values, pay applications, lien waivers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from milestone_desk.persistence.models import Base, Invoice, Milestone, Payment, Project, Tracked


class ChangeOrder(Tracked, Base):
    """An addition to (or deduction from) the contract; approved ones change the contract to date."""

    __tablename__ = "change_orders"
    __table_args__ = (UniqueConstraint("project_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    amount_cents: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    date: Mapped[date] = mapped_column(Date)
    billing: Mapped[str] = mapped_column(String(10), default="milestone")
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestones.id", ondelete="RESTRICT"), nullable=True
    )
    project: Mapped[Project] = relationship()
    milestone: Mapped[Milestone | None] = relationship()


class ScheduleOfValuesLine(Tracked, Base):
    """One line of a progress project's schedule of values (G703 column C is ``value_cents``)."""

    __tablename__ = "sov_lines"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    original_cents: Mapped[int] = mapped_column(Integer)
    value_cents: Mapped[int] = mapped_column(Integer)
    change_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_orders.id", ondelete="RESTRICT"), nullable=True
    )


class PayApplication(Tracked, Base):
    """A progress pay application (G702 summary); its money is billed through one progress invoice."""

    __tablename__ = "pay_applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    seq: Mapped[int] = mapped_column(Integer)
    period_to: Mapped[date] = mapped_column(Date)
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), nullable=True, unique=True
    )
    retainage_percent: Mapped[Decimal] = mapped_column()
    stepped_down: Mapped[bool] = mapped_column(Boolean, default=False)
    original_cents: Mapped[int] = mapped_column(Integer)
    contract_cents: Mapped[int] = mapped_column(Integer)
    completed_stored_cents: Mapped[int] = mapped_column(Integer)
    retainage_work_cents: Mapped[int] = mapped_column(Integer)
    retainage_stored_cents: Mapped[int] = mapped_column(Integer)
    previous_cents: Mapped[int] = mapped_column(Integer)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    project: Mapped[Project] = relationship()
    invoice: Mapped[Invoice | None] = relationship()
    lines: Mapped[list[PayApplicationLine]] = relationship(
        back_populates="application", order_by="PayApplicationLine.position"
    )


class PayApplicationLine(Base):
    """One G703 row of an application: C, D, E, F and the retainage on work and on stored material."""

    __tablename__ = "pay_application_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    pay_application_id: Mapped[int] = mapped_column(
        ForeignKey("pay_applications.id", ondelete="RESTRICT"), index=True
    )
    sov_line_id: Mapped[int] = mapped_column(ForeignKey("sov_lines.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    scheduled_cents: Mapped[int] = mapped_column(Integer)
    from_previous_cents: Mapped[int] = mapped_column(Integer)
    this_period_cents: Mapped[int] = mapped_column(Integer)
    stored_cents: Mapped[int] = mapped_column(Integer)
    retainage_work_cents: Mapped[int] = mapped_column(Integer)
    retainage_stored_cents: Mapped[int] = mapped_column(Integer)
    application: Mapped[PayApplication] = relationship(back_populates="lines")


class LienWaiver(Tracked, Base):
    """A lien waiver and release: conditional or unconditional, progress or final."""

    __tablename__ = "lien_waivers"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("payments.id", ondelete="RESTRICT"), nullable=True
    )
    amount_cents: Mapped[int] = mapped_column(Integer)
    through_date: Mapped[date] = mapped_column(Date)
    issue_date: Mapped[date] = mapped_column(Date)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    project: Mapped[Project] = relationship()
    invoice: Mapped[Invoice | None] = relationship()
    payment: Mapped[Payment | None] = relationship()
