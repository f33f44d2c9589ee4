"""guards again: issued invoices never return to draft, their lines are frozen, lien waivers guarded

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-26
"""

from alembic import op

from milestone_desk.persistence import sqlite_guards

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None

NEW = (
    "guard_invoices_status",
    "guard_invoice_lines_no_insert",
    "guard_lien_waivers_no_delete",
    "guard_lien_waivers_frozen",
    "guard_audit_head_no_delete",
    "guard_audit_head_no_rewind",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for name in NEW:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    sqlite_guards.install(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in NEW:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
