"""Job-site laptops: field copies, their offline commands, completion certificates, sync records.

On a field copy (a SQLite file taken from the office books) every offline action is also written
as a ``FieldCommand`` (UUID, kind, JSON payload). ``sync`` replays them at the office through the
same services, each in its own transaction that also writes a ``SyncApplied`` row: a command whose
UUID is there was applied once and is never applied again. What the books' rules will not settle by
themselves is written as a ``SyncConflict`` holding both versions, for a person to settle.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from milestone_desk.persistence.models import Base, Tracked, new_uuid, utcnow


class FieldCommand(Base):
    """One action taken on a field copy, waiting to be (or already) pushed to the office."""

    __tablename__ = "field_commands"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    pushed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CompletionCertificate(Tracked, Base):
    """Who accepted a milestone's work on site, when and where, with the photos and the signature."""

    __tablename__ = "completion_certificates"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_code: Mapped[str] = mapped_column(String(40), index=True)
    milestone_name: Mapped[str] = mapped_column(String(200))
    milestone_uuid: Mapped[str] = mapped_column(String(36), index=True)
    completed_on: Mapped[date] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(200))
    site_address: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    device: Mapped[str] = mapped_column(String(20), default="")
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    photos: Mapped[list[CertificatePhoto]] = relationship(
        back_populates="certificate", order_by="CertificatePhoto.position"
    )


class CertificatePhoto(Base):
    __tablename__ = "certificate_photos"
    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(
        ForeignKey("completion_certificates.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200), default="")
    image: Mapped[bytes] = mapped_column(LargeBinary)
    certificate: Mapped[CompletionCertificate] = relationship(back_populates="photos")


class FieldDraft(Tracked, Base):
    """A change-order request or a note written on site; the office decides what becomes of it."""

    __tablename__ = "field_drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    project_code: Mapped[str] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)
    amount_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    device: Mapped[str] = mapped_column(String(20), default="")


class SyncApplied(Base):
    """At the office: a field command applied once (its UUID); re-sending it is a no-op."""

    __tablename__ = "sync_applied"
    command_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    device: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(20))
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncConflict(Tracked, Base):
    """At the office: a field action the office's books contradict; both versions kept until settled."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    command_uuid: Mapped[str] = mapped_column(String(36), index=True)
    device: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(40))
    record: Mapped[str] = mapped_column(String(300))
    office: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(Text)
    resolution: Mapped[str] = mapped_column(Text)
    settled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    settled_by: Mapped[str] = mapped_column(String(100), default="")
    settlement: Mapped[str] = mapped_column(Text, default="")
