"""office server: who made each audited change, a change counter, and the guards on PostgreSQL

Revision ID: 1401
Revises: 1901
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from milestone_desk.persistence import postgres_guards, sqlite_guards

revision = "1401"
down_revision = "1901"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("actor", sa.String(length=100), nullable=False, server_default=""))
    op.add_column("audit_events", sa.Column("machine", sa.String(length=100), nullable=False, server_default=""))
    op.create_table(
        "book_changes",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_book_changes")),
    )
    bind = op.get_bind()
    sqlite_guards.install(bind)
    postgres_guards.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    postgres_guards.remove(bind)
    op.drop_table("book_changes")
    if bind.dialect.name == "sqlite":
        # Rebuilding audit_events trips the triggers that name it; take them off and put them back.
        sqlite_guards.remove(bind)
        with op.batch_alter_table("audit_events") as batch:
            batch.drop_column("machine")
            batch.drop_column("actor")
        sqlite_guards.install(bind)
    else:
        op.drop_column("audit_events", "machine")
        op.drop_column("audit_events", "actor")
