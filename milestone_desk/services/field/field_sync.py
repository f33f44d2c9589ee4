"""Field copies: take one from the office books, and sync it (push its commands, pull the office).

Push: every command not yet pushed is applied at the office through the same services, each in its
own office transaction that also writes its UUID to ``sync_applied``; a UUID already there is not
applied again, so a sync stopped half way (network drop, laptop killed) is finished by the next one
with nothing doubled. Pull: the copy is rebuilt from the office books in a new file beside it (its
command log and marker carried over) and put in place with one atomic rename, so a copy is always
either the old one or the new one. The books' rules decide conflicts, never the last writer.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput, BooksError, MilestoneDeskError
from milestone_desk.domain.states import InvoiceStatus, MilestoneStatus
from milestone_desk.persistence import engines, transfer
from milestone_desk.persistence.engines import Location
from milestone_desk.persistence.models import (
    AuditEvent,
    BookChange,
    Invoice,
    Milestone,
    NumberCounter,
    Setting,
    utcnow,
)
from milestone_desk.persistence.models_field import (
    CompletionCertificate,
    FieldCommand,
    FieldDraft,
    SyncApplied,
    SyncConflict,
)
from milestone_desk.services.billing import balances, payments
from milestone_desk.services.core import audit, field_marker
from milestone_desk.services.core.books import Books, who
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.field import field_work
from milestone_desk.services.firm import milestones
from milestone_desk.services.records import office


class OfficeUnreachable(BadInput):
    """The office books cannot be reached; the laptop keeps working."""


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts}


def _change_counter(s: Session) -> int:
    row = s.get(BookChange, 1)
    return 0 if row is None else int(row.counter)


def _change_point(s: Session) -> tuple[int, str]:
    """The office's change counter and the time and writer of its last change (every ``Books.write``
    moves them; a restored backup brings back exactly the point it was taken at)."""
    row = s.get(BookChange, 1)
    if row is None:
        return 0, ""
    return int(row.counter), f"{row.changed_at.isoformat() if row.changed_at else ''}|{row.changed_by}"


def _open_office(address: str) -> Books:
    shown = engines.locate(address).shown
    try:
        return Books.open(address, create=False)
    except MilestoneDeskError as exc:
        raise OfficeUnreachable(
            f"The office books at {shown} cannot be reached ({str(exc).rstrip('.')}); "
            "your work stays on this laptop and goes at the next sync."
        ) from exc


def take_field_copy(
    office_address: str | Location,
    copy_path: str | os.PathLike[str],
    device: str,
    projects: list[str] | None = None,
) -> field_marker.Marker:
    """Make a new field copy of the office books for one device."""
    code = field_marker.clean_device(device)
    dest = Path(copy_path)
    if dest.exists():
        raise BadInput(f"{dest} already exists; give the name of a new field copy.")
    with Books.open(office_address, create=False, readonly=True) as source, source.read() as s:
        if field_marker.device_of(s) is not None:
            raise BadInput("These books are a field copy themselves; take a field copy of the office books.")
        counter, point = _change_point(s)
        wanted = [p.strip() for p in projects or [] if p.strip()]
        for code_ in wanted:
            lookup.project(s, code_)
        shown = source.shown
    subset = _copy(office_address, dest, wanted)
    with Books.open(dest, create=False) as copy, copy.write() as s:
        if subset is not None:
            field_marker.put_left_out(s, subset.numbers, subset.uuids)
        field_marker.put(s, field_marker.OFFICE, shown)
        field_marker.put(s, field_marker.DEVICE, code)
        field_marker.put(s, field_marker.SYNCED_AT, field_marker.stamp(utcnow()))
        field_marker.put(s, field_marker.PULLED, str(counter))
        field_marker.put(s, field_marker.PULLED_POINT, point)
        field_marker.put(s, field_marker.PROJECTS, ",".join(wanted))
        marker = field_marker.marker_of(s)
    assert marker is not None
    return marker


def _copy(
    office_address: str | Location, dest: Path, projects: list[str] | tuple[str, ...]
) -> transfer.ProjectSubset | None:
    """Copy the office books to ``dest``: whole, or only ``projects`` (the subset says what it left)."""
    if not projects:
        office.copy_books(office_address, dest)
        return None
    made: list[transfer.ProjectSubset] = []

    def keep(conn: Connection) -> transfer.ProjectSubset:
        made.append(transfer.ProjectSubset(conn, projects))
        return made[-1]

    office.copy_books(office_address, dest, keep=keep)
    return made[-1]


def marker(books: Books) -> field_marker.Marker | None:
    with books.read() as s:
        return field_marker.marker_of(s)


def pending(books: Books) -> int:
    with books.read() as s:
        return len(list(s.scalars(select(FieldCommand.id).where(FieldCommand.pushed_at.is_(None)))))


# ---------------------------------------------------------------- applying commands at the office


def _conflict(
    s: Session,
    command: FieldCommand,
    device: str,
    kind: str,
    record: str,
    office_v: Any,
    field_v: Any,
    how: str,
) -> dict[str, Any]:
    row = SyncConflict(
        command_uuid=command.uuid,
        device=device,
        kind=kind,
        record=record[:300],
        office=json.dumps(office_v, sort_keys=True, default=str),
        field=json.dumps(field_v, sort_keys=True, default=str),
        resolution=how,
        settled_by="",
        settlement="",
    )
    s.add(row)
    s.flush()
    audit.record(
        s, "sync_conflict", row.uuid, "record", None, {"kind": kind, "record": record, "device": device}
    )
    return {"kind": kind, "record": record, "office": office_v, "field": field_v, "resolution": how}


def _apply_pay(s: Session, command: FieldCommand, p: dict[str, Any]) -> list[dict[str, Any]]:
    invoice = s.scalars(select(Invoice).where(Invoice.number == p["invoice"])).first()
    on = date.fromisoformat(p["date"])
    args = (s, p["invoice"], p["amount"], on, p["method"], p["reference"])
    extra = {"device": p["device"], "receipt_number": p["receipt"], "payment_uuid": p["payment_uuid"]}
    if invoice is None:
        raise BooksError(f"Invoice {p['invoice']} is not in the office books; the sync stopped.")
    open_balance = balances.balance_of(s, invoice).open
    if invoice.status == InvoiceStatus.VOID.value or open_balance <= 0:
        kind = (
            "payment_on_void_invoice"
            if invoice.status == InvoiceStatus.VOID.value
            else "payment_on_paid_invoice"
        )
        payments.record_payment_in(*args, **extra, as_credit=True)
        office_v = {"invoice": invoice.number, "status": invoice.status, "balance": open_balance}
        return [
            _conflict(
                s,
                command,
                p["device"],
                kind,
                f"receipt {p['receipt']}",
                office_v,
                p,
                "kept as client credit; refund it or apply it to another invoice",
            )
        ]
    payments.record_payment_in(*args, **extra, credit_ok=True)  # the laptop asked already
    return []


def _office_state(m: Milestone) -> dict[str, Any]:
    return milestones.seen_state(m)


def _apply_complete(s: Session, command: FieldCommand, p: dict[str, Any]) -> list[dict[str, Any]]:
    on = date.fromisoformat(p["date"])
    cert = p.get("certificate")
    if (
        cert is not None
        and s.scalars(
            select(CompletionCertificate.id).where(CompletionCertificate.uuid == cert["uuid"])
        ).first()
        is None
    ):
        field_work.store_certificate(s, cert)
    m = s.scalars(select(Milestone).where(Milestone.uuid == p["milestone_uuid"])).first()
    record = f"{p['project']} / {p['milestone']}"
    field_v = {"status": "completed", "completed_date": p["date"], "seen": p["seen"]}
    if m is None:
        return [
            _conflict(
                s,
                command,
                p["device"],
                "milestone_removed",
                record,
                _removal_of(s, p["milestone_uuid"]),
                field_v,
                "kept the field completion and its certificate; the office schedule wins until settled",
            )
        ]
    now = _office_state(m)
    seen = p["seen"]
    open_states = (MilestoneStatus.PLANNED.value, MilestoneStatus.IN_PROGRESS.value)
    if (
        m.status in open_states
        and now["planned_date"] == seen["planned_date"]
        and now["amount_cents"] == seen["amount_cents"]
    ):
        milestones.complete_in(s, m, on, p.get("note", ""))
        return []
    if m.status not in open_states and now["completed_date"] == p["date"]:
        return []  # completed at the office the same day: the same fact twice
    if m.status not in open_states:
        kind = "completed_differently"
    elif now["amount_cents"] != seen["amount_cents"]:
        kind = "changed_by_change_order"
    else:
        kind = "rescheduled"
    return [
        _conflict(
            s,
            command,
            p["device"],
            kind,
            record,
            now,
            field_v,
            "both versions kept; the office version stands until a person settles it",
        )
    ]


def _removal_of(s: Session, milestone_uuid: str) -> dict[str, Any] | None:
    """The office version of a milestone that is gone: what its removal's audit event says."""
    event = s.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_uuid == milestone_uuid, AuditEvent.action == "remove")
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    if event is None:
        return None
    after = json.loads(event.after or "{}")
    return {"status": "removed", "change_order": after.get("removed_by_change_order")}


def _apply_draft(s: Session, command: FieldCommand, p: dict[str, Any]) -> list[dict[str, Any]]:
    if s.scalars(select(FieldDraft.id).where(FieldDraft.uuid == p["uuid"])).first() is None:
        field_work.store_draft(s, p)
    return []


APPLY = {"pay": _apply_pay, "complete": _apply_complete, "draft": _apply_draft}


def apply_command(office_books: Books, command: FieldCommand) -> tuple[bool, list[dict[str, Any]]]:
    """Apply one command at the office in its own transaction; (applied now, conflicts)."""
    payload = json.loads(command.payload)
    with office_books.write() as s:
        if s.get(SyncApplied, command.uuid, with_for_update=True) is not None:
            return False, []
        conflicts = APPLY[command.kind](s, command, payload)
        s.add(
            SyncApplied(
                command_uuid=command.uuid,
                device=payload.get("device", ""),
                kind=command.kind,
                outcome="conflict" if conflicts else "applied",
            )
        )
        return True, conflicts


# ---------------------------------------------------------------- sync


def _pull(copy_path: Path, office_address: str, mark: field_marker.Marker, counter: int, point: str) -> None:
    """Rebuild the copy from the office books beside it, then rename it into place."""
    fresh = copy_path.with_name(copy_path.name + ".pulling")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{fresh}{suffix}").unlink(missing_ok=True)
    subset = _copy(office_address, fresh, mark.projects)
    with Books.open(copy_path, create=False) as old, old.read() as olds:
        commands = [
            {c.name: getattr(row, c.name) for c in FieldCommand.__table__.columns}
            for row in olds.scalars(select(FieldCommand).order_by(FieldCommand.id))
        ]
        counters = {
            (c.series, c.period): c.next_value
            for c in olds.scalars(
                select(NumberCounter).where(NumberCounter.series == field_marker.receipt_series(mark.device))
            )
        }
    with Books.open(fresh, create=False) as new, new.write() as s:
        if commands:
            s.execute(insert(FieldCommand), commands)
        for (series, period), value in counters.items():
            row = s.get(NumberCounter, (series, period))
            if row is None:
                s.add(NumberCounter(series=series, period=period, next_value=value))
            elif row.next_value < value:
                row.next_value = value
        for key in field_marker.KEYS:
            setting = s.get(Setting, key)
            if setting is not None:
                s.delete(setting)
        s.flush()
        field_marker.put(s, field_marker.OFFICE, mark.office)
        field_marker.put(s, field_marker.DEVICE, mark.device)
        field_marker.put(s, field_marker.SYNCED_AT, field_marker.stamp(utcnow()))
        field_marker.put(s, field_marker.PULLED, str(counter))
        field_marker.put(s, field_marker.PULLED_POINT, point)
        field_marker.put(s, field_marker.PROJECTS, ",".join(mark.projects))
        if subset is not None:
            field_marker.put_left_out(s, subset.numbers, subset.uuids)
    _drop_empty_journal(fresh)
    _drop_empty_journal(copy_path)
    os.replace(fresh, copy_path)


def _drop_empty_journal(path: Path) -> None:
    """Remove a closed file's empty WAL and its index, so nothing stale sits beside the renamed copy."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size == 0:
        wal.unlink()
        Path(f"{path}-shm").unlink(missing_ok=True)


class SyncStopped(BadInput):
    """The person stopped the sync; what went to the office is recorded there, the rest goes next time."""


def _stop_if(cancelled: Callable[[], bool] | None, pushed: int) -> None:
    if cancelled is not None and cancelled():
        raise SyncStopped(
            f"Sync stopped: {pushed} change(s) went to the office; the rest and the office's news "
            "come with the next sync."
        )


def sync(
    copy_path: str | os.PathLike[str],
    office_address: str | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """Push the copy's commands to the office, then pull the office books into the copy.

    ``cancelled`` (a Cancel button) is asked before each command and before the pull; a stop
    between them leaves nothing half done: the next sync goes on from there.
    """
    path = Path(copy_path)
    result = SyncResult()
    with Books.open(path, create=False) as copy:
        mark = marker(copy)
        if mark is None:
            raise BadInput(f"{path.name} is not a field copy; take one with 'milestone-desk field-copy'.")
        address = office_address or mark.office
        with copy.read() as s:
            todo = list(
                s.scalars(
                    select(FieldCommand).where(FieldCommand.pushed_at.is_(None)).order_by(FieldCommand.id)
                )
            )
        with _open_office(address) as office_books:
            with office_books.read() as s:
                before = _change_counter(s)
            for command in todo:
                _stop_if(cancelled, result.pushed)
                applied, conflicts = apply_command(office_books, command)
                result.pushed += int(applied)
                result.conflicts.extend(conflicts)
                with copy.write() as s:
                    row = s.get(FieldCommand, command.id)
                    assert row is not None
                    row.pushed_at = utcnow()
            result.pulled = max(0, before - mark.pulled_change)
            with office_books.read() as s:
                counter, point = _change_point(s)
        _stop_if(cancelled, result.pushed)
        if result.pushed == 0 and (counter, point) == (mark.pulled_change, mark.pulled_point) and point:
            # Nothing went to the office and nothing changed there since the last pull: the copy
            # already holds the office books as they are, so it is not copied again.
            with copy.write() as s:
                field_marker.put(s, field_marker.SYNCED_AT, field_marker.stamp(utcnow()))
            return result
    _pull(path, address, mark, counter, point)
    return result


# ---------------------------------------------------------------- conflicts at the office


@dataclass(frozen=True)
class ConflictView:
    id: int
    device: str
    kind: str
    record: str
    office: Any
    field: Any
    resolution: str
    settled: bool
    settlement: str


def conflicts(books: Books, *, open_only: bool = False) -> list[ConflictView]:
    with books.read() as s:
        q = select(SyncConflict).order_by(SyncConflict.id)
        if open_only:
            q = q.where(SyncConflict.settled_at.is_(None))
        return [
            ConflictView(
                c.id,
                c.device,
                c.kind,
                c.record,
                json.loads(c.office),
                json.loads(c.field),
                c.resolution,
                c.settled_at is not None,
                c.settlement,
            )
            for c in s.scalars(q)
        ]


def settle(books: Books, conflict_id: int, keep: str) -> str:
    """Settle one conflict: keep the office version, or take the field version where the rules allow."""
    if keep not in ("office", "field"):
        raise BadInput("Settle a conflict by keeping the office version or the field version.")
    with books.write() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None:
            raise BadInput(f"There is no sync conflict {conflict_id}.")
        if c.settled_at is not None:
            raise BadInput(f"Conflict {conflict_id} is already settled ({c.settlement}).")
        field_v = json.loads(c.field)
        text = "kept the office version"
        if keep == "field":
            if c.kind.startswith("payment_on_"):
                raise BadInput(
                    "Payments are never moved onto a void or paid invoice; the money stays as client credit."
                )
            m = _milestone_of(s, c)
            on = date.fromisoformat(field_v["completed_date"])
            if m.status in (MilestoneStatus.PLANNED.value, MilestoneStatus.IN_PROGRESS.value):
                milestones.complete_in(s, m, on)
            elif m.status == MilestoneStatus.COMPLETED.value:
                before = {"completed_date": m.completed_date}
                m.completed_date = on
                audit.record(s, "milestone", m.uuid, "completed_date", before, {"completed_date": on})
            else:
                raise BadInput(
                    f"Milestone {m.name!r} is already {m.status}; issued documents never change, "
                    "so only the office version can be kept."
                )
            text = f"took the field version (completed {on.isoformat()})"
        c.settled_at = utcnow()
        c.settled_by = who(s)
        c.settlement = text
        audit.record(s, "sync_conflict", c.uuid, "settle", None, {"keep": keep, "settlement": text})
        return text


def _milestone_of(s: Session, c: SyncConflict) -> Milestone:
    project_code, _, name = c.record.partition(" / ")
    if c.kind == "milestone_removed":
        raise BadInput("The milestone was removed at the office; only the office version can be kept.")
    return lookup.milestone(s, lookup.project(s, project_code), name)
