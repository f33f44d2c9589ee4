"""Append-only audit trail: each event is hashed together with the previous event's hash."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milestone_desk.persistence import engines
from milestone_desk.persistence.models import AuditEvent, Setting, utcnow
from milestone_desk.services.core.books import who


def event_hash(
    prev_hash: str, at: str, entity: str, entity_uuid: str, action: str, before: str, after: str
) -> str:
    payload = "\x1f".join([prev_hash, at, entity, entity_uuid, action, before, after])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _dump(data: dict[str, Any] | None) -> str:
    return "" if data is None else json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)


def record(
    session: Session,
    entity: str,
    entity_uuid: str,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Write one audit event inside the caller's transaction."""
    last = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev = last or ""
    at = utcnow().replace(microsecond=0)
    b, a = _dump(before), _dump(after)
    digest = event_hash(prev, at.isoformat(), entity, entity_uuid, action, b, a)
    session.add(
        AuditEvent(
            at=at,
            entity=entity,
            entity_uuid=entity_uuid,
            action=action,
            before=b,
            after=a,
            prev_hash=prev,
            hash=digest,
            actor=who(session),
            machine=engines.machine(),
        )
    )
    _move_head(session, digest)


#: The chain's newest event (``count:hash``) kept outside the trail, so cutting its tail shows.
HEAD_KEY = "audit.head"


def _move_head(session: Session, digest: str) -> None:
    """Count the new event on the head's own count: one row read, not a count over the whole trail.

    A file written before the head existed (or with a head that is not ``count:hash``) counts its
    trail once, here, and from then on the head carries the count.
    """
    row = session.get(Setting, HEAD_KEY)
    count_text = "" if row is None else row.value.partition(":")[0]
    if count_text.isdigit():
        count = int(count_text) + 1
    else:
        session.flush()
        count = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    value = f"{count}:{digest}"
    if row is None:
        session.add(Setting(key=HEAD_KEY, value=value))
    else:
        row.value = value
    from milestone_desk.services.core import audit_seal  # after the head: the seal covers it

    audit_seal.reseal(session, value)


def verify_head(session: Session) -> list[str]:
    """The newest event named by the stored head must still be in the trail (review finding 7)."""
    row = session.get(Setting, HEAD_KEY)
    if row is None:
        return []
    count_text, _, digest = row.value.partition(":")
    count = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    found = session.scalars(select(AuditEvent.id).where(AuditEvent.hash == digest).limit(1)).first()
    if found is None or not count_text.isdigit() or count < int(count_text):
        return [
            f"The audit trail ends before its last recorded event (event {count_text} of the chain is "
            "missing): its newest events were removed."
        ]
    return []


def verify_chain(session: Session) -> list[str]:
    """Problems found in the chain (empty when every hash matches)."""
    problems: list[str] = []
    prev = ""
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        expected = event_hash(
            prev, ev.at.isoformat(), ev.entity, ev.entity_uuid, ev.action, ev.before, ev.after
        )
        if ev.prev_hash != prev or ev.hash != expected:
            problems.append(f"Audit event {ev.id} does not match the chain; the trail was altered.")
        prev = ev.hash
    return problems
