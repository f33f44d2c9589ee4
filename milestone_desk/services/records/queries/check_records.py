"""The records half of `check`: numbering gaps and duplicates, credit notes, guard triggers.

Every number ever taken is in the register (``document_numbers``); for each series and period
numbers 1..n must all be there and each must be carried by a document. A number register row
whose document is gone means a deleted document; a missing sequence means a lost number.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from milestone_desk.domain.states import VOID
from milestone_desk.persistence import engines
from milestone_desk.persistence.all_models import Base
from milestone_desk.persistence.models import (
    AuditEvent,
    Invoice,
    NumberCounter,
    Payment,
    PaymentApplication,
    Receipt,
)
from milestone_desk.persistence.models_construction import LienWaiver
from milestone_desk.persistence.models_records import (
    CREDIT_APPLIED,
    CREDIT_KINDS,
    CREDIT_REFUNDED,
    CreditNote,
    DocumentNumber,
)
from milestone_desk.services.core import field_marker, numbering

#: Documents whose numbers must all come from the register.
REGISTERED: dict[str, Table] = {
    numbering.INVOICE: Invoice.__table__,  # type: ignore[dict-item]
    numbering.RECEIPT: Receipt.__table__,  # type: ignore[dict-item]
    numbering.CREDIT_NOTE: CreditNote.__table__,  # type: ignore[dict-item]
}


#: Tables numbered per project (change order 1, 2, … of each project), not from a document series.
PER_PROJECT = ("change_orders",)


def _numbered_tables() -> list[Table]:
    """Every table with a ``number`` column (later document kinds are found without a change here)."""
    return [
        t
        for t in Base.metadata.sorted_tables
        if "number" in t.c and t.name != "document_numbers" and t.name not in PER_PROJECT
    ]


def per_project_problems(s: Session) -> list[str]:
    """Numbers kept per project must be unique within their project."""
    problems: list[str] = []
    for t in Base.metadata.sorted_tables:
        if t.name not in PER_PROJECT:
            continue
        seen: Counter[tuple[int, str]] = Counter()
        for pid, number in s.execute(select(t.c.project_id, t.c.number).where(t.c.number.is_not(None))):
            seen[(pid, str(number))] += 1
        for (pid, number), count in sorted(seen.items()):
            if count > 1:
                problems.append(
                    f"{_label(t.name)[:-1].capitalize()} {number} appears {count} times in one project "
                    f"(project id {pid}); numbers must be unique within a project."
                )
    return problems


def _label(series: str) -> str:
    return series.replace("_", " ")


def numbering_problems(s: Session) -> list[str]:
    problems: list[str] = []
    elsewhere, _ = field_marker.left_out(s)  # a partial field copy: other projects' documents
    carried: Counter[str] = Counter()
    for table in _numbered_tables():
        for (number,) in s.execute(select(table.c.number).where(table.c.number.is_not(None))):
            carried[str(number)] += 1
    for number, count in sorted(carried.items()):
        if count > 1:
            problems.append(f"The number {number} is carried by {count} documents; numbers must be unique.")
    registered: dict[str, Any] = {}  # number → its register row (columns, not ORM objects: ~50,000 of them)
    seqs: dict[tuple[str, int], set[int]] = defaultdict(set)
    for row in s.execute(
        select(
            DocumentNumber.number, DocumentNumber.series, DocumentNumber.period, DocumentNumber.seq
        ).order_by(DocumentNumber.id)
    ):
        registered[row.number] = row
        if row.seq is not None:
            key = (row.series, row.period)
            if row.seq in seqs[key]:
                problems.append(
                    f"The {_label(row.series)} sequence {row.seq} of {row.period} was used twice."
                )
            seqs[key].add(row.seq)
        if row.number not in carried and row.number not in elsewhere:
            problems.append(
                f"Numbering gap: {_label(row.series)} {row.number} was issued but no document carries it "
                "(a deleted document?)."
            )
    counters = {(c.series, c.period): c.next_value for c in s.scalars(select(NumberCounter))}
    for key in sorted(set(seqs) | set(counters)):
        series, period = key
        taken = seqs.get(key, set())
        top = max(max(taken, default=0), counters.get(key, 1) - 1)
        missing = [n for n in range(1, top + 1) if n not in taken]
        if missing:
            fmt = numbering.format_for(s, series) if series in numbering.DEFAULT_FORMATS else "{seq}"
            shown = ", ".join(numbering.render(fmt, period or 2000, n) for n in missing[:10])
            more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
            when = f" of {period}" if period else ""
            problems.append(f"Numbering gap in the {_label(series)} series{when}: {shown}{more} missing.")
        if counters.get(key, 1) - 1 < max(taken, default=0):
            problems.append(
                f"The {_label(series)} counter{' of ' + str(period) if period else ''} is behind the "
                "numbers already issued."
            )
    for series, table in REGISTERED.items():
        for (number,) in s.execute(select(table.c.number).where(table.c.number.is_not(None))):
            if number not in registered:
                problems.append(f"The {_label(series)} {number} is not in the number register.")
            elif registered[number].series != series and not (
                series == numbering.RECEIPT and field_marker.is_device_series(registered[number].series)
            ):
                problems.append(
                    f"The {_label(series)} {number} was registered in the "
                    f"{_label(registered[number].series)} series."
                )
    return problems


def credit_problems(s: Session) -> list[str]:
    problems: list[str] = []
    paid = dict(
        s.execute(
            select(PaymentApplication.invoice_id, func.sum(PaymentApplication.amount_cents)).group_by(
                PaymentApplication.invoice_id
            )
        ).all()
    )
    by_invoice: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for cn in s.scalars(select(CreditNote)):
        if cn.kind not in CREDIT_KINDS:
            problems.append(f"Credit note {cn.number} has the unknown kind {cn.kind!r}.")
        if cn.amount_cents <= 0:
            problems.append(f"Credit note {cn.number} is not for a positive amount.")
        by_invoice[cn.invoice_id][cn.kind] += cn.amount_cents
    for inv_id, kinds in by_invoice.items():
        inv = s.get(Invoice, inv_id)
        if inv is None:
            continue  # reported by the foreign-key check
        if inv.status == VOID:
            problems.append(f"Invoice {inv.number} is void but has credit notes.")
        if kinds[CREDIT_APPLIED] + kinds[CREDIT_REFUNDED] > inv.amount_due_cents:
            problems.append(f"Invoice {inv.number} is credited for more than its amount due.")
        if kinds[CREDIT_REFUNDED] > int(paid.get(inv_id) or 0):
            problems.append(f"Invoice {inv.number} has refunds above what was paid on it.")
    for inv in s.scalars(select(Invoice).where(Invoice.status == VOID)):
        if paid.get(inv.id):
            problems.append(f"Invoice {inv.number} is void but has payments applied.")
        if not (inv.void_reason or "").strip():
            problems.append(f"Invoice {inv.number} is void without a reason.")
    return problems


#: Audit entities whose records are never deleted: an event naming a missing one shows a deletion.
KEPT = {"invoice": Invoice, "payment": Payment, "credit_note": CreditNote}


def _number_in(after: str) -> str:
    try:
        data = json.loads(after or "{}")
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    return str(data.get("number") or data.get("receipt") or "")


def deleted_record_problems(s: Session) -> list[str]:
    problems: list[str] = []
    _, elsewhere = field_marker.left_out(s)  # a partial field copy: other projects' records
    for entity, model in KEPT.items():
        present = set(s.scalars(select(model.uuid)))  # type: ignore[attr-defined]
        gone: dict[str, str] = {}
        events = s.execute(
            select(AuditEvent.entity_uuid, AuditEvent.after)
            .where(AuditEvent.entity == entity)
            .order_by(AuditEvent.id)
        )
        for uuid, after in events:
            if uuid not in present and uuid not in elsewhere and not gone.get(uuid):
                gone[uuid] = _number_in(after)
        for uuid, number in gone.items():
            what = f"{_label(entity)} {number or uuid}"
            problems.append(f"The audit trail records {what}, but it is no longer in the books.")
    return problems


def unaudited_record_problems(s: Session) -> list[str]:
    """Every issued record must have its events in the audit trail.

    The chain links events only to each other, so removing its newest events leaves a sound chain;
    but the records those events describe cannot be deleted (guard triggers), so a record with no
    event shows that the trail was cut short (review finding 7).
    """
    audited = set(s.scalars(select(AuditEvent.entity_uuid).distinct()))
    problems: list[str] = []
    # An invoice's uuid comes from its UUID index: read from the row, it sits after the frozen PDF,
    # and SQLite would walk ~45 KB of overflow pages per invoice to reach it.
    uuids = dict(s.execute(select(Invoice.id, Invoice.uuid)).all())
    invoices = [
        (uuids[iid], number)
        for iid, number in s.execute(
            select(Invoice.id, Invoice.number).where(
                Invoice.number.is_not(None),
                Invoice.kind != "progress",  # audited as its pay application
            )
        )
    ]
    kept: list[tuple[str, Any]] = [
        ("invoice", lambda: invoices),
        ("payment", lambda: s.execute(select(Payment.uuid, Payment.id))),
        ("credit_note", lambda: s.execute(select(CreditNote.uuid, CreditNote.number))),
        ("lien_waiver", lambda: s.execute(select(LienWaiver.uuid, LienWaiver.id))),
    ]
    for entity, records in kept:
        for uuid, name in records():
            if uuid not in audited:
                problems.append(
                    f"The audit trail has no event for {_label(entity)} {name}: its newest events were removed."
                )
                if len(problems) >= 10:
                    return problems
    return problems


def guard_problems(s: Session) -> list[str]:
    gone = engines.missing_guards(s.connection())
    if not gone:
        return []
    return [f"The protection of issued records is missing from this file ({', '.join(gone[:3])}…)."]


def records_problems(s: Session) -> list[str]:
    return (
        numbering_problems(s)
        + per_project_problems(s)
        + credit_problems(s)
        + deleted_record_problems(s)
        + unaudited_record_problems(s)
        + guard_problems(s)
    )
