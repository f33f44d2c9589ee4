"""Storage: SQLAlchemy models, the SQLite engine, migrations and backups."""
