"""Alembic revisions shipped inside the package and applied when a file is opened."""
