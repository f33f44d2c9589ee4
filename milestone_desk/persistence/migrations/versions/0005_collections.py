"""collections: reminder log and late fee charges

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "late_fee_charges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("fee_invoice_id", sa.Integer(), nullable=False),
        sa.Column("charged_on", sa.Date(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fee_invoice_id"],
            ["invoices.id"],
            name=op.f("fk_late_fee_charges_fee_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_late_fee_charges_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_late_fee_charges")),
        sa.UniqueConstraint("invoice_id", "period", name=op.f("uq_late_fee_charges_invoice_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_late_fee_charges_uuid")),
    )
    with op.batch_alter_table("late_fee_charges", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_late_fee_charges_fee_invoice_id"), ["fee_invoice_id"], unique=True
        )
        batch_op.create_index(batch_op.f("ix_late_fee_charges_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "reminder_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("step_days", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_reminder_log_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_log")),
        sa.UniqueConstraint("invoice_id", "step_days", name=op.f("uq_reminder_log_invoice_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_reminder_log_uuid")),
    )
    with op.batch_alter_table("reminder_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_log_invoice_id"), ["invoice_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reminder_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_log_invoice_id"))
    op.drop_table("reminder_log")
    with op.batch_alter_table("late_fee_charges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_late_fee_charges_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_late_fee_charges_fee_invoice_id"))
    op.drop_table("late_fee_charges")
