"""e-invoices: trade details of the company and clients, frozen e-invoice files

Revision ID: 1901
Revises: 0007
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from milestone_desk.persistence import sqlite_guards

revision = "1901"
down_revision = "0007"
branch_labels = None
depends_on = None

TRIGGERS = ("guard_einvoice_files_no_delete", "guard_einvoice_files_frozen")


def upgrade() -> None:
    text = sa.String
    op.create_table(
        "trade_details",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("vat_id", text(length=40), nullable=False),
        sa.Column("legal_form", text(length=200), nullable=False),
        sa.Column("registration", text(length=100), nullable=False),
        sa.Column("street", text(length=200), nullable=False),
        sa.Column("city", text(length=100), nullable=False),
        sa.Column("postcode", text(length=20), nullable=False),
        sa.Column("country", text(length=2), nullable=False),
        sa.Column("iban", text(length=34), nullable=False),
        sa.Column("bic", text(length=11), nullable=False),
        sa.Column("routing_number", text(length=9), nullable=False),
        sa.Column("account_number", text(length=34), nullable=False),
        sa.Column("buyer_reference", text(length=100), nullable=False),
        sa.Column("tax_category", text(length=2), nullable=False),
        sa.Column("exemption_reason", sa.Text(), nullable=False),
        sa.Column("einvoice_format", text(length=12), nullable=False),
        sa.Column("pay_url", text(length=500), nullable=False),
        sa.Column("uuid", text(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_trade_details_client_id_clients"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_trade_details_company_id_company"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trade_details")),
        sa.UniqueConstraint("client_id", name=op.f("uq_trade_details_client_id")),
        sa.UniqueConstraint("company_id", name=op.f("uq_trade_details_company_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_trade_details_uuid")),
    )
    op.create_table(
        "einvoice_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("credit_note_id", sa.Integer(), nullable=True),
        sa.Column("format", text(length=12), nullable=False),
        sa.Column("filename", text(length=200), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("xml", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", text(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credit_note_id"],
            ["credit_notes.id"],
            name=op.f("fk_einvoice_files_credit_note_id_credit_notes"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_einvoice_files_invoice_id_invoices"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_einvoice_files")),
        sa.UniqueConstraint("credit_note_id", "format", name=op.f("uq_einvoice_files_credit_note_id")),
        sa.UniqueConstraint("invoice_id", "format", name=op.f("uq_einvoice_files_invoice_id")),
    )
    with op.batch_alter_table("einvoice_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_einvoice_files_credit_note_id"), ["credit_note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_einvoice_files_invoice_id"), ["invoice_id"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        sqlite_guards.install(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("einvoice_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_einvoice_files_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_einvoice_files_credit_note_id"))
    op.drop_table("einvoice_files")
    op.drop_table("trade_details")
