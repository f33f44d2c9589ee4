"""Import every model module so ``Base.metadata`` knows every table (Alembic, tests).

A feature that adds tables puts them in its own ``models_<area>.py`` and lists it here.
"""

from milestone_desk.persistence import (
    models,
    models_collections,
    models_construction,
    models_documents,
    models_einvoice,
    models_field,
    models_records,
)
from milestone_desk.persistence.models import Base

MODULES = (
    models,
    models_records,
    models_documents,
    models_construction,
    models_collections,
    models_einvoice,
    models_field,
)

__all__ = ["MODULES", "Base"]
