"""Use cases: each opens and commits one transaction and returns plain data, never live ORM rows."""
