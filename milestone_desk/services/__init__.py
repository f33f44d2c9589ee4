"""Use cases: each opens and commits one transaction and returns plain data, never live ORM rows."""

from milestone_desk.services.core import frozen as _frozen  # noqa: F401  (refuses edits of issued documents)
