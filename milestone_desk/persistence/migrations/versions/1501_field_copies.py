"""field copies: offline commands, completion certificates and photos, drafts, sync records

Revision ID: 1501
Revises: 1401
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "1501"
down_revision = "1401"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "field_commands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("pushed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_commands")),
        sa.UniqueConstraint("uuid", name=op.f("uq_field_commands_uuid")),
    )
    op.create_table(
        "completion_certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_code", sa.String(length=40), nullable=False),
        sa.Column("milestone_name", sa.String(length=200), nullable=False),
        sa.Column("milestone_uuid", sa.String(length=36), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("site_address", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("device", sa.String(length=20), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_completion_certificates")),
        sa.UniqueConstraint("uuid", name=op.f("uq_completion_certificates_uuid")),
    )
    op.create_index(
        op.f("ix_completion_certificates_project_code"), "completion_certificates", ["project_code"]
    )
    op.create_index(
        op.f("ix_completion_certificates_milestone_uuid"), "completion_certificates", ["milestone_uuid"]
    )
    op.create_table(
        "certificate_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("certificate_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["completion_certificates.id"],
            name=op.f("fk_certificate_photos_certificate_id_completion_certificates"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_photos")),
    )
    op.create_index(op.f("ix_certificate_photos_certificate_id"), "certificate_photos", ["certificate_id"])
    op.create_table(
        "field_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("project_code", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=True),
        sa.Column("device", sa.String(length=20), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_drafts")),
        sa.UniqueConstraint("uuid", name=op.f("uq_field_drafts_uuid")),
    )
    op.create_index(op.f("ix_field_drafts_project_code"), "field_drafts", ["project_code"])
    op.create_table(
        "sync_applied",
        sa.Column("command_uuid", sa.String(length=36), nullable=False),
        sa.Column("device", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("command_uuid", name=op.f("pk_sync_applied")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("command_uuid", sa.String(length=36), nullable=False),
        sa.Column("device", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record", sa.String(length=300), nullable=False),
        sa.Column("office", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.Column("settled_by", sa.String(length=100), nullable=False),
        sa.Column("settlement", sa.Text(), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sync_conflicts_uuid")),
    )
    op.create_index(op.f("ix_sync_conflicts_command_uuid"), "sync_conflicts", ["command_uuid"])


def downgrade() -> None:
    for table in (
        "sync_conflicts",
        "sync_applied",
        "field_drafts",
        "certificate_photos",
        "completion_certificates",
        "field_commands",
    ):
        op.drop_table(table)
