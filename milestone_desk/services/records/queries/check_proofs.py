"""The proofs of `check`: stored PDFs against their SHA-256, issued records against their audit
events, the guard triggers' exact text, and the seal of the audit trail.

Each finding carries a ``kind`` so ``check --json`` can list them for scripts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from milestone_desk.persistence import engines
from milestone_desk.persistence.all_models import Base
from milestone_desk.persistence.models import AuditEvent, Invoice, Payment, Receipt, Setting
from milestone_desk.persistence.models_construction import LienWaiver, PayApplication
from milestone_desk.persistence.models_records import CreditNote
from milestone_desk.services.core import audit_seal


@dataclass(frozen=True)
class Finding:
    """One problem `check` found: a kind for scripts and a sentence for people."""

    kind: str
    text: str


def _pdf_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if "pdf" in t.c and "pdf_sha256" in t.c]


#: Stored PDFs read per query: ~45 KB each, so a batch holds a few MB, never a ten-year firm's ~1 GB.
PDF_BATCH = 200


def pdf_findings(s: Session) -> list[Finding]:
    """Every stored PDF against its SHA-256, PDF_BATCH documents per query."""
    found: list[Finding] = []
    for table in _pdf_tables():
        label = table.name.rstrip("s").replace("_", " ")
        name_col = table.c.number if "number" in table.c else table.c.id
        ids = [row[0] for row in s.execute(select(table.c.id).order_by(table.c.id))]
        for at in range(0, len(ids), PDF_BATCH):
            batch = ids[at : at + PDF_BATCH]
            rows = s.execute(
                select(name_col, table.c.pdf, table.c.pdf_sha256)
                .where(table.c.id.in_(batch))
                .order_by(table.c.id)
            ).all()
            for name, pdf, digest in rows:
                if pdf is None and digest is None:
                    continue
                if pdf is None or digest is None or hashlib.sha256(bytes(pdf)).hexdigest() != digest:
                    found.append(
                        Finding(
                            "pdf-damaged",
                            f"The stored PDF of {label} {name} is damaged: it does not match its SHA-256 "
                            "fingerprint. Restore the file from a backup.",
                        )
                    )
    return found


def _events(s: Session, entity: str) -> dict[str, list[dict[str, Any]]]:
    """The ``after`` of every event of one entity, oldest first, keyed by the record's UUID."""
    out: dict[str, list[dict[str, Any]]] = {}
    for uuid, after in s.execute(
        select(AuditEvent.entity_uuid, AuditEvent.after)
        .where(AuditEvent.entity == entity)
        .order_by(AuditEvent.id)
    ):
        try:
            data = json.loads(after or "{}")
        except ValueError:
            data = {"__damaged__": True}
        if isinstance(data, dict):
            out.setdefault(uuid, []).append(data)
    return out


def _compare(
    what: str,
    event: dict[str, Any] | None,
    pairs: Iterable[tuple[str, Any]],
) -> list[Finding]:
    if event is None:
        return []
    if event.get("__damaged__"):
        return [Finding("audit-damaged", f"The audit event of {what} is damaged (it cannot be read).")]
    wrong = [key for key, value in pairs if key in event and event[key] is not None and event[key] != value]
    if not wrong:
        return []
    return [
        Finding(
            "record-vs-audit",
            f"{what[:1].upper()}{what[1:]} differs from its audit event ({', '.join(wrong)}): "
            "the record was changed after it was issued.",
        )
    ]


def _first(events: list[dict[str, Any]] | None, key: str) -> dict[str, Any] | None:
    for data in events or []:
        if data.get(key) is not None or data.get("__damaged__"):
            return data
    return None


def record_findings(s: Session) -> list[Finding]:
    """Every issued record against the event that issued it: amounts, numbers, fingerprints."""
    found: list[Finding] = []
    inv_events = _events(s, "invoice")
    for inv in s.execute(
        select(
            Invoice.uuid,
            Invoice.number,
            Invoice.gross_cents,
            Invoice.tax_cents,
            Invoice.retainage_cents,
            Invoice.deposit_applied_cents,
            Invoice.amount_due_cents,
            Invoice.pdf_sha256,
        ).where(Invoice.number.is_not(None))
    ):
        uuid, number, gross, tax, ret, dep, due, sha = inv
        ev = _first(inv_events.get(uuid), "number")
        pairs = [
            ("number", number),
            ("gross", gross),
            ("tax", tax),
            ("retainage", ret),
            ("deposit_applied", dep),
            ("amount_due", due),
            ("pdf_sha256", sha),
        ]
        found += _compare(f"invoice {number}", ev, pairs)
    pay_events = _events(s, "payment")
    for uuid, amount, number, sha in s.execute(
        select(Payment.uuid, Payment.amount_cents, Receipt.number, Receipt.pdf_sha256).outerjoin(
            Receipt, Receipt.payment_id == Payment.id
        )
    ):
        ev = _first(pay_events.get(uuid), "amount")
        found += _compare(
            f"the payment of receipt {number}",
            ev,
            [("amount", amount), ("receipt", number), ("receipt_pdf_sha256", sha)],
        )
    cn_events = _events(s, "credit_note")
    for uuid, number, amount, kind, sha in s.execute(
        select(
            CreditNote.uuid,
            CreditNote.number,
            CreditNote.amount_cents,
            CreditNote.kind,
            CreditNote.pdf_sha256,
        )
    ):
        ev = _first(cn_events.get(uuid), "number")
        found += _compare(
            f"credit note {number}",
            ev,
            [("number", number), ("amount", amount), ("kind", kind), ("pdf_sha256", sha)],
        )
    lw_events = _events(s, "lien_waiver")
    for uuid, wid, amount, kind, sha in s.execute(
        select(
            LienWaiver.uuid, LienWaiver.id, LienWaiver.amount_cents, LienWaiver.kind, LienWaiver.pdf_sha256
        )
    ):
        ev = _first(lw_events.get(uuid), "amount")
        found += _compare(f"lien waiver {wid}", ev, [("amount", amount), ("kind", kind), ("pdf_sha256", sha)])
    pa_events = _events(s, "pay_application")
    for uuid, number, sha in s.execute(
        select(PayApplication.uuid, PayApplication.number, PayApplication.pdf_sha256)
    ):
        ev = _first(pa_events.get(uuid), "number")
        found += _compare(f"pay application {number}", ev, [("number", number), ("pdf_sha256", sha)])
    return found


def guard_findings(s: Session) -> list[Finding]:
    conn = s.connection()
    found = [
        Finding(
            "guard-altered",
            f"The protection {name} is not the one Milestone Desk installs: it was replaced "
            "(issued records could be changed through it).",
        )
        for name in engines.altered_guards(conn)
    ]
    found += [
        Finding("guard-foreign", f"The file holds a trigger Milestone Desk did not install ({name}).")
        for name in engines.foreign_guards(conn)
    ]
    return found


def seal_findings(s: Session) -> tuple[list[Finding], list[str]]:
    head = s.get(Setting, "audit.head")
    problems, note = audit_seal.verify(s, None if head is None else head.value)
    return [Finding("audit-seal", p) for p in problems], [note] if note else []


def guarded(kind: str, step: Callable[[], list[Finding]]) -> list[Finding]:
    """Run one part of the check; a value the file cannot even give back is reported as damaged."""
    try:
        return step()
    except Exception as exc:
        reason = str(getattr(exc, "orig", exc)).splitlines()[0][:120] if str(exc) else type(exc).__name__
        return [
            Finding(
                "damaged",
                f"The company file is damaged: the {kind} could not be read ({reason}). "
                "Restore it from a backup.",
            )
        ]
