"""A record's history from the audit trail, as plain entries for the window and reports."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from milestone_desk.persistence.models import AuditEvent
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import AuditEntry
from milestone_desk.services.core.queries import lookup


def _load(text: str) -> dict[str, Any]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {"value": text}
    if not isinstance(data, dict):
        return {"value": data}
    for key in ("row_sha256", "_actor", "_machine"):  # proofs for check (services/core/audit.py), not people
        data.pop(key, None)
    return data


def entry_of(ev: AuditEvent) -> AuditEntry:
    return AuditEntry(ev.id, ev.at, ev.entity, ev.entity_uuid, ev.action, _load(ev.before), _load(ev.after))


def record_history(books: Books, entity_uuid: str) -> list[AuditEntry]:
    """Every audit event of one record (invoice, payment, credit note, milestone …), oldest first."""
    with books.read() as s:
        q = select(AuditEvent).where(AuditEvent.entity_uuid == entity_uuid).order_by(AuditEvent.id)
        return [entry_of(ev) for ev in s.scalars(q)]


def invoice_history(books: Books, number: str) -> list[AuditEntry]:
    """The history of an issued invoice found by its number."""
    with books.read() as s:
        uuid = lookup.invoice(s, number).uuid
    return record_history(books, uuid)
