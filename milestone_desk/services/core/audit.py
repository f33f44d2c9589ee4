"""Append-only audit trail: each event is hashed together with the previous event's hash."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, func, select
from sqlalchemy.orm import Session

from milestone_desk.persistence import engines
from milestone_desk.persistence.all_models import Base
from milestone_desk.persistence.models import (
    AuditEvent,
    Invoice,
    Payment,
    PaymentApplication,
    Setting,
    utcnow,
)
from milestone_desk.persistence.models_construction import LienWaiver
from milestone_desk.persistence.models_records import CreditNote
from milestone_desk.services.core.books import who


def event_hash(
    prev_hash: str, at: str, entity: str, entity_uuid: str, action: str, before: str, after: str
) -> str:
    payload = "\x1f".join([prev_hash, at, entity, entity_uuid, action, before, after])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


#: Who and where, copied into the event's ``after`` (which the chain hashes), so the ``actor`` and
#: ``machine`` columns are proved too. Files written before this rule have no copy.
WHO_KEYS = ("_actor", "_machine")


# -- row fingerprints: every persisted column of an issued record is proved ------------------------
#
# The event that issues (or later changes) a guarded record carries ``row_sha256``: a SHA-256 of
# every column of its row and of its dependent rows, as stored. `check` recomputes it from the
# newest event that has one, so a changed stamp, date, line text or reference shows, not only the
# amounts. Left out are only stored PDFs (proved by their own SHA-256). A transaction that changes
# an audited record without an event of its own (an invoice marked sent, a client credit applied
# from an older payment) gets an "update" event carrying the new fingerprint when it commits.

#: entity → (table, columns left out, [(child table, its key to the parent, columns left out)])
FINGERPRINTED: dict[str, tuple[str, frozenset[str], list[tuple[str, str, frozenset[str]]]]] = {
    "invoice": (
        "invoices",
        frozenset({"pdf"}),
        [("invoice_lines", "invoice_id", frozenset())],
    ),
    "payment": (
        "payments",
        frozenset(),
        [
            ("receipts", "payment_id", frozenset({"pdf"})),
            ("payment_applications", "payment_id", frozenset()),
        ],
    ),
    "credit_note": ("credit_notes", frozenset({"pdf"}), []),
    "lien_waiver": ("lien_waivers", frozenset({"pdf"}), []),
}
ROW_KEY = "row_sha256"


def _canon(value: Any) -> Any:
    """One engine-independent spelling of a stored value."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date | Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    return value


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(
    session: Session, name: str, skip: frozenset[str], key: str, values: list[Any]
) -> dict[Any, list[Any]]:
    """Rows of ``name`` whose ``key`` is in ``values``, grouped by it, columns in table order."""
    table = _table(name)
    cols = [c for c in table.c if c.name not in skip]
    out: dict[Any, list[Any]] = {}
    for at in range(0, len(values), 500):
        chunk = values[at : at + 500]
        for row in session.execute(select(*cols).where(table.c[key].in_(chunk)).order_by(table.c.id)):
            data = dict(zip((c.name for c in cols), row, strict=True))
            out.setdefault(data[key], []).append([_canon(v) for v in row])
    return out


def row_fingerprints(session: Session, entity: str, uuids: list[str]) -> dict[str, str]:
    """uuid → fingerprint of the record and its dependent rows (records not found are left out)."""
    name, skip, children = FINGERPRINTED[entity]
    mains = _rows(session, name, skip, "uuid", uuids)
    at_id = [c.name for c in _table(name).c if c.name not in skip].index("id")
    ids = {uuid: rows[0][at_id] for uuid, rows in mains.items()}
    kids = [(child, _rows(session, child, cskip, fk, list(ids.values()))) for child, fk, cskip in children]
    out: dict[str, str] = {}
    for uuid, rows in mains.items():
        parts: list[Any] = [name, rows]
        for child, found in kids:
            parts += [child, found.get(ids[uuid], [])]
        text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
        out[uuid] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out


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
    actor, machine = who(session), engines.machine()
    after = {**(after or {}), WHO_KEYS[0]: actor, WHO_KEYS[1]: machine}
    if entity in FINGERPRINTED:
        found = row_fingerprints(session, entity, [entity_uuid]).get(entity_uuid)
        if found is not None:
            after[ROW_KEY] = found
    b, a = _dump(before), _dump(after)
    digest = event_hash(prev, at.isoformat(), entity, entity_uuid, action, b, a)
    event = AuditEvent(
        at=at,
        entity=entity,
        entity_uuid=entity_uuid,
        action=action,
        before=b,
        after=a,
        prev_hash=prev,
        hash=digest,
        actor=actor,
        machine=machine,
    )
    session.add(event)
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


def _who_matches(actor: str | None, machine: str | None, after: str) -> bool:
    """The ``actor``/``machine`` columns against the copy in ``after`` (as ``_dump`` spells it).

    An empty column is accepted: a file taken below revision 1401 and up again lost them (one
    damaged byte cannot empty a column and leave the row readable)."""
    for key, value in zip(WHO_KEYS, (actor, machine), strict=True):
        label = f'"{key}": '
        if value and label in after and f"{label}{json.dumps(value, ensure_ascii=False)}" not in after:
            return False
    return True


def verify_chain(session: Session) -> list[str]:
    """Problems found in the chain (empty when every hash matches)."""
    problems: list[str] = []
    prev = ""
    columns = (
        AuditEvent.id,
        AuditEvent.at,
        AuditEvent.entity,
        AuditEvent.entity_uuid,
        AuditEvent.action,
        AuditEvent.before,
        AuditEvent.after,
        AuditEvent.prev_hash,
        AuditEvent.hash,
        AuditEvent.actor,
        AuditEvent.machine,
    )
    # plain rows: a ten-year trail is ~50,000 events, and ORM objects cost ten times as much
    for ev in session.execute(select(*columns).order_by(AuditEvent.id)):
        expected = event_hash(
            prev, ev.at.isoformat(), ev.entity, ev.entity_uuid, ev.action, ev.before, ev.after
        )
        if not _who_matches(ev.actor, ev.machine, ev.after):
            problems.append(f"Audit event {ev.id} does not name who recorded it as its sealed copy does.")
        if ev.prev_hash != prev or ev.hash != expected:
            problems.append(f"Audit event {ev.id} does not match the chain; the trail was altered.")
        prev = ev.hash
    return problems


# -- keeping fingerprints current: an audited record changed without its own event gets one ------

_TOUCHED = "audit.touched"


def _after_flush(session: Session, _context: Any) -> None:
    """Note which audited records this flush changed (the lists still hold the pre-flush state)."""
    touched: set[tuple[str, str]] = session.info.setdefault(_TOUCHED, set())
    for obj in list(session.dirty) + list(session.new):
        if isinstance(obj, Invoice):
            if obj.number is not None and session.is_modified(obj):
                touched.add(("invoice", obj.uuid))
        elif isinstance(obj, Payment | CreditNote | LienWaiver):
            if obj in session.new or session.is_modified(obj):
                touched.add((_ENTITY_OF[type(obj)], obj.uuid))
        elif isinstance(obj, PaymentApplication) and obj in session.new:
            uuid = session.scalar(select(Payment.uuid).where(Payment.id == obj.payment_id))
            if uuid is not None:
                touched.add(("payment", uuid))


_ENTITY_OF: dict[type, str] = {Payment: "payment", CreditNote: "credit_note", LienWaiver: "lien_waiver"}


def _newest_fingerprint(session: Session, uuid: str) -> tuple[bool, str | None]:
    """(has any event, the fingerprint of the newest event that carries one)."""
    seen = False
    for (after,) in session.execute(
        select(AuditEvent.after).where(AuditEvent.entity_uuid == uuid).order_by(AuditEvent.id.desc())
    ):
        seen = True
        if ROW_KEY in (after or ""):
            try:
                value = json.loads(after).get(ROW_KEY)
            except (ValueError, AttributeError):
                return True, None
            return True, value if isinstance(value, str) else None
    return seen, None


def _before_commit(session: Session) -> None:
    touched: set[tuple[str, str]] = session.info.pop(_TOUCHED, set())
    if not touched:
        return
    session.flush()
    touched |= session.info.pop(_TOUCHED, set())
    for entity, uuid in sorted(touched):
        audited, recorded = _newest_fingerprint(session, uuid)
        if not audited:  # never audited (a draft): nothing to keep current
            continue
        if row_fingerprints(session, entity, [uuid]).get(uuid) != recorded:
            record(session, entity, uuid, "update", None, {})
    session.info.pop(_TOUCHED, None)


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_TOUCHED, None)


event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "before_commit", _before_commit)
event.listen(Session, "after_rollback", _forget)
