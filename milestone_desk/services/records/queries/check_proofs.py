"""The proofs of `check`: stored PDFs against their SHA-256, issued records against their audit
events, the guard triggers' exact text, and the seal of the audit trail.

Each finding carries a ``kind`` so ``check --json`` can list them for scripts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from milestone_desk.persistence import engines
from milestone_desk.persistence.all_models import Base
from milestone_desk.persistence.models import AuditEvent, Invoice, Payment, Receipt, Setting
from milestone_desk.persistence.models_construction import LienWaiver, PayApplication
from milestone_desk.persistence.models_records import CreditNote
from milestone_desk.services.core import audit, audit_seal, field_marker


@dataclass(frozen=True)
class Finding:
    """One problem `check` found: a kind for scripts and a sentence for people."""

    kind: str
    text: str


def _pdf_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if "pdf" in t.c and "pdf_sha256" in t.c]


#: Stored PDFs read per query: ~45 KB each, so a batch holds a few MB, never a ten-year firm's ~1 GB.
PDF_BATCH = 200


def _damaged(rows: Sequence[Any]) -> list[Any]:
    """The names of the rows (id, name, pdf, digest) whose stored PDF does not match its SHA-256 (run
    on a worker thread: hashlib lets go of the GIL, so hashing one batch overlaps reading the next)."""
    out = []
    for _id, name, pdf, digest in rows:
        if pdf is None and digest is None:
            continue
        if pdf is None or digest is None or hashlib.sha256(pdf).hexdigest() != digest:
            out.append(name)
    return out


#: table name → row id → the stored SHA-256, as read by the stored-PDF proof (see ``record_findings``).
Digests = dict[str, dict[int, str | None]]


def pdf_findings(s: Session, digests: Digests | None = None) -> list[Finding]:
    """Every stored PDF against its SHA-256, PDF_BATCH documents per query; each batch is hashed
    while the next one is read (a ten-year firm stores ~2 GB of them). ``digests`` gets each
    table's stored SHA-256 by row id once the whole table is read."""
    from concurrent.futures import Future, ThreadPoolExecutor

    found: list[Finding] = []

    def report(label: str, names: list[Any]) -> None:
        for name in names:
            found.append(
                Finding(
                    "pdf-damaged",
                    f"The stored PDF of {label} {name} is damaged: it does not match its SHA-256 "
                    "fingerprint. Restore the file from a backup.",
                )
            )

    with ThreadPoolExecutor(1, thread_name_prefix="check-pdf") as hasher:
        for table in _pdf_tables():
            label = table.name.rstrip("s").replace("_", " ")
            name_col = table.c.number if "number" in table.c else table.c.id
            ids = [row[0] for row in s.execute(select(table.c.id).order_by(table.c.id))]
            pending: Future[list[Any]] | None = None
            stored: dict[int, str | None] = {}
            for at in range(0, len(ids), PDF_BATCH):
                batch = ids[at : at + PDF_BATCH]
                rows = s.execute(
                    select(table.c.id, name_col, table.c.pdf, table.c.pdf_sha256)
                    .where(table.c.id.in_(batch))
                    .order_by(table.c.id)
                ).all()
                stored.update((row[0], row[3]) for row in rows)
                if pending is not None:
                    report(label, pending.result())
                pending = hasher.submit(_damaged, rows)
            if pending is not None:
                report(label, pending.result())
            if digests is not None:
                digests[table.name] = stored
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


def _uuids(s: Session, table: Any) -> dict[int, str]:
    """id → uuid of a table, from its UUID index alone: the uuid column sits after the PDF, and
    reading it from the row walks the PDF's overflow pages (~45 KB a document)."""
    return dict(s.execute(select(table.id, table.uuid)).all())


def _known(shas: dict[int, str | None] | None, ids: list[int]) -> bool:
    """Whether the proof read a stored SHA-256 for every one of these rows."""
    return shas is not None and all(shas.get(i) is not None for i in ids)


def record_findings(s: Session, digests: Digests | None = None) -> list[Finding]:
    """Every issued record against the event that issued it: amounts, numbers, fingerprints.

    With ``digests`` from the stored-PDF proof (the whole invoice and receipt tables), the stored
    SHA-256s are taken from there, so the ~2 GB of PDFs is not walked once more to reach the column
    after them."""
    found: list[Finding] = []
    digests = digests or {}
    inv_shas, rec_shas = digests.get("invoices"), digests.get("receipts")
    inv_events = _events(s, "invoice")
    figures = s.execute(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.gross_cents,
            Invoice.tax_cents,
            Invoice.retainage_cents,
            Invoice.deposit_applied_cents,
            Invoice.amount_due_cents,
        ).where(Invoice.number.is_not(None))
    ).all()
    invoices: Iterable[tuple[Any, ...]]
    if _known(inv_shas, [row[0] for row in figures]):
        assert inv_shas is not None
        uuids = _uuids(s, Invoice)
        invoices = ((uuids[iid], *rest, inv_shas[iid]) for iid, *rest in figures)
    else:  # no proof's digests, or a document without a frozen PDF, or one issued since it read them
        invoices = s.execute(
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
        )
    for inv in invoices:
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
    paid = s.execute(
        select(Payment.uuid, Payment.amount_cents, Receipt.number, Receipt.id).outerjoin(
            Receipt, Receipt.payment_id == Payment.id
        )
    ).all()
    payments: Iterable[tuple[Any, ...]]
    if _known(rec_shas, [row[3] for row in paid if row[3] is not None]):
        assert rec_shas is not None
        payments = (
            (uuid, amount, number, None if rid is None else rec_shas[rid])
            for uuid, amount, number, rid in paid
        )
    else:
        payments = s.execute(
            select(Payment.uuid, Payment.amount_cents, Receipt.number, Receipt.pdf_sha256).outerjoin(
                Receipt, Receipt.payment_id == Payment.id
            )
        )
    for uuid, amount, number, sha in payments:
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
    found += fingerprint_findings(s)
    pa_events = _events(s, "pay_application")
    for uuid, number, sha in s.execute(
        select(PayApplication.uuid, PayApplication.number, PayApplication.pdf_sha256)
    ):
        ev = _first(pa_events.get(uuid), "number")
        found += _compare(f"pay application {number}", ev, [("number", number), ("pdf_sha256", sha)])
    return found


def fingerprint_findings(s: Session) -> list[Finding]:
    """Every column of an issued record (and its lines, receipt, applications) against the
    fingerprint its newest event carries (``audit.FINGERPRINTED``; files older than the rule have none)."""
    found: list[Finding] = []
    _, elsewhere = field_marker.left_out(s)  # a partial field copy: records left at the office
    for entity in audit.FINGERPRINTED:
        expected: dict[str, str] = {}
        for uuid, events in _events(s, entity).items():
            for data in events:
                if data.get("__damaged__"):
                    expected.pop(uuid, None)  # reported by record_findings
                elif isinstance(data.get(audit.ROW_KEY), str):
                    expected[uuid] = data[audit.ROW_KEY]
        now = audit.row_fingerprints(s, entity, sorted(expected))
        for uuid, digest in sorted(expected.items()):
            if uuid not in now and uuid in elsewhere:
                continue  # not in this copy, named as left out (a missing record not named is reported)
            if now.get(uuid) != digest:
                found.append(
                    Finding(
                        "record-vs-audit",
                        f"The {entity.replace('_', ' ')} {uuid} differs from its audit event (a column of "
                        "it or of its lines was changed after it was recorded): the record was altered.",
                    )
                )
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
