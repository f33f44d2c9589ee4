"""Never overwrite a newer edit silently: a draft edited elsewhere since it was loaded is refused.

A record's version is the id of its newest audit event (every edit of a schedule or a change order
is audited). A window keeps the version it loaded and hands it back with the edit; when someone
else saved in between, the edit is refused with who and when, and the window reloads.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence.models import AuditEvent


def version(session: Session, entity_uuid: str) -> int:
    """The id of the record's newest audit event, 0 when it has none."""
    found = session.scalar(select(func.max(AuditEvent.id)).where(AuditEvent.entity_uuid == entity_uuid))
    return int(found or 0)


def require_fresh(session: Session, entity_uuid: str, seen: int | None, what: str) -> None:
    """Refuse an edit made on a copy older than the record's newest saved change."""
    if seen is None:
        return
    newest = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_uuid == entity_uuid, AuditEvent.id > seen)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    if newest is None:
        return
    name = newest.actor or "someone"
    if newest.machine:
        name = f"{name} on {newest.machine}"
    raise BadInput(
        f"{what} was changed by {name} at {newest.at:%Y-%m-%d %H:%M} UTC — reload it and try again; "
        "nothing was saved."
    )
