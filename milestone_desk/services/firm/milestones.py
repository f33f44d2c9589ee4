"""Moving milestones through their life: complete, reopen, reschedule."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput, NeedsConfirmation
from milestone_desk.domain.schedule import completed_too_early, project_start
from milestone_desk.domain.states import MilestoneStatus, check_can_complete, check_can_reopen
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import Milestone
from milestone_desk.services.core import audit, field_marker
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup


def complete_milestone(
    books: Books,
    project_code: str,
    name: str,
    on: date | None = None,
    note: str = "",
    *,
    confirmed: bool = False,
) -> None:
    """Mark a milestone completed; a date before the project's start needs ``confirmed``."""
    with books.write() as s:
        m = lookup.milestone(s, lookup.project(s, project_code), name)
        device = field_marker.device_of(s)
        seen = seen_state(m)
        complete_in(s, m, on or date.today(), note, confirmed=confirmed)
        if device is not None:  # a field copy: recorded for the office too
            add_completion_command(s, device, m, seen, on or date.today(), note, None)


def seen_state(m: Milestone) -> dict[str, Any]:
    """What a milestone looked like when work on it started here (to spot office changes at sync)."""
    return {
        "status": m.status,
        "planned_date": m.planned_date.isoformat() if m.planned_date else None,
        "completed_date": m.completed_date.isoformat() if m.completed_date else None,
        "amount_cents": m.amount_cents,
    }


def add_completion_command(
    s: Session,
    device: str,
    m: Milestone,
    seen: dict[str, Any],
    on: date,
    note: str,
    certificate: dict[str, Any] | None,
) -> None:
    field_marker.add_command(
        s,
        "complete",
        {
            "device": device,
            "project": m.project.code,
            "milestone": m.name,
            "milestone_uuid": m.uuid,
            "seen": seen,
            "date": on.isoformat(),
            "note": note,
            "certificate": certificate,
        },
    )


def complete_in(s: Session, m: Milestone, on: date, note: str = "", *, confirmed: bool = False) -> None:
    """Mark a milestone completed inside the caller's write transaction; a date long before the
    project's start needs ``confirmed`` (a wrong year is the likelier story)."""
    check_can_complete(m.name, MilestoneStatus(m.status))
    project = m.project
    start = project_start(x.planned_date for x in project.milestones)
    if completed_too_early(on, start) and not confirmed:
        raise NeedsConfirmation(
            f"{on.isoformat()} is long before project {project.code} starts ({start}); "
            "check the date, or add --before-start if it is right.",
            f"{on.isoformat()} is long before project {project.code} starts ({start}). "
            "Mark the milestone completed on that date anyway?",
        )
    before = {"status": m.status}
    m.status = MilestoneStatus.COMPLETED.value
    m.completed_date = on
    if note:
        m.note = clean_text(note, "note", required=False, limit=2000)
    audit.record(
        s,
        "milestone",
        m.uuid,
        "complete",
        before,
        {"status": m.status, "completed_date": m.completed_date},
    )


def start_milestone(books: Books, project_code: str, name: str) -> None:
    with books.write() as s:
        field_marker.refuse_on_copy(s, "Starting a milestone")
        m = lookup.milestone(s, lookup.project(s, project_code), name)
        if m.status != MilestoneStatus.PLANNED.value:
            raise BadInput(f"Milestone {m.name!r} is not planned, so it cannot be started.")
        m.status = MilestoneStatus.IN_PROGRESS.value
        audit.record(s, "milestone", m.uuid, "start", {"status": "planned"}, {"status": m.status})


def reopen_milestone(books: Books, project_code: str, name: str) -> None:
    with books.write() as s:
        field_marker.refuse_on_copy(s, "Reopening a milestone")
        m = lookup.milestone(s, lookup.project(s, project_code), name)
        check_can_reopen(m.name, MilestoneStatus(m.status))
        audit.record(s, "milestone", m.uuid, "reopen", {"status": m.status}, {"status": "in_progress"})
        m.status = MilestoneStatus.IN_PROGRESS.value
        m.completed_date = None


def reschedule_milestone(books: Books, project_code: str, name: str, planned: date | None) -> None:
    """Move a milestone's planned date; only while it is not yet completed."""
    with books.write() as s:
        field_marker.refuse_on_copy(s, "Moving a milestone's planned date")
        m = lookup.milestone(s, lookup.project(s, project_code), name)
        if m.status not in (MilestoneStatus.PLANNED.value, MilestoneStatus.IN_PROGRESS.value):
            raise BadInput(
                f"Milestone {m.name!r} is {m.status.replace('_', ' ')}; "
                "only a planned milestone can be moved."
            )
        audit.record(
            s, "milestone", m.uuid, "reschedule", {"planned_date": m.planned_date}, {"planned_date": planned}
        )
        m.planned_date = planned
