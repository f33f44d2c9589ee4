"""Alembic environment: runs on the connection the app hands over, never from a config file."""

from alembic import context

from milestone_desk.persistence.all_models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True, compare_type=True
)
with context.begin_transaction():
    context.run_migrations()
