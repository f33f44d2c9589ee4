"""Reading and writing plain key/value settings (the `settings` table) inside a session."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.persistence.models import Setting


def get_many(session: Session, prefix: str) -> dict[str, str]:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(prefix, autoescape=True)))
    return {row.key: row.value for row in rows}


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
