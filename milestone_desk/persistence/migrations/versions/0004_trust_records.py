"""trust records: credit notes, the number register, guard triggers

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-26

Adds tables only (no table is rebuilt, so no child row can be lost), registers every number
already issued, and installs the triggers that keep issued documents frozen.
"""

import re
import string

import sqlalchemy as sa
from alembic import op

from milestone_desk.persistence import sqlite_guards

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def _pattern(fmt):
    parts = []
    for literal, field, _spec, _conv in string.Formatter().parse(fmt):
        parts.append(re.escape(literal))
        if field == "seq":
            parts.append(r"(?P<seq>\d+)")
        elif field == "year":
            parts.append(r"(?P<year>\d{4})")
        elif field is not None:
            parts.append(r"\d+")
    return re.compile("".join(parts))


def _backfill(bind):
    company = bind.execute(
        sa.text("SELECT invoice_format, receipt_format FROM company ORDER BY id LIMIT 1")
    ).first()
    if company is None:
        return
    sources = (
        ("invoice", company[0], "SELECT number, issue_date FROM invoices WHERE number IS NOT NULL"),
        ("receipt", company[1], "SELECT number, issue_date FROM receipts"),
    )
    for series, fmt, query in sources:
        pattern = _pattern(fmt)
        yearly = "{year" in fmt or "{yy" in fmt
        for number, issued in bind.execute(sa.text(query)).all():
            match = pattern.fullmatch(number)
            period = int(str(issued)[:4]) if yearly and issued else 0
            seq = int(match.group("seq")) if match else None
            bind.execute(
                sa.text(
                    "INSERT OR IGNORE INTO document_numbers (series, period, seq, number, taken_at) "
                    "VALUES (:series, :period, :seq, :number, CURRENT_TIMESTAMP)"
                ),
                {"series": series, "period": period, "seq": seq, "number": number},
            )


def upgrade() -> None:
    op.create_table(
        "credit_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_credit_notes_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_notes")),
        sa.UniqueConstraint("number", name=op.f("uq_credit_notes_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_credit_notes_uuid")),
    )
    with op.batch_alter_table("credit_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_credit_notes_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "document_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=20), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_numbers")),
        sa.UniqueConstraint("number", name=op.f("uq_document_numbers_number")),
        sa.UniqueConstraint("series", "period", "seq", name=op.f("uq_document_numbers_series")),
    )
    bind = op.get_bind()
    _backfill(bind)
    sqlite_guards.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    sqlite_guards.remove(bind)
    op.drop_table("document_numbers")
    with op.batch_alter_table("credit_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_notes_invoice_id"))
    op.drop_table("credit_notes")
