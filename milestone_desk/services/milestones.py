"""Moving milestones through their life: complete, reopen, reschedule."""

from __future__ import annotations

from datetime import date

from milestone_desk.domain.errors import BadInput, NeedsConfirmation
from milestone_desk.domain.schedule import completed_too_early, project_start
from milestone_desk.domain.states import MilestoneStatus, check_can_complete, check_can_reopen
from milestone_desk.services import audit, lookup
from milestone_desk.services.books import Books
from milestone_desk.services.projects import clean_text


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
        project = lookup.project(s, project_code)
        m = lookup.milestone(s, project, name)
        check_can_complete(m.name, MilestoneStatus(m.status))
        start = project_start(x.planned_date for x in project.milestones)
        day = on or date.today()
        if completed_too_early(day, start) and not confirmed:
            raise NeedsConfirmation(
                f"{day.isoformat()} is long before project {project.code} starts ({start}); "
                "check the date, or add --before-start if it is right.",
                f"{day.isoformat()} is long before project {project.code} starts ({start}). "
                "Mark the milestone completed on that date anyway?",
            )
        before = {"status": m.status}
        m.status = MilestoneStatus.COMPLETED.value
        m.completed_date = day
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
        m = lookup.milestone(s, lookup.project(s, project_code), name)
        if m.status != MilestoneStatus.PLANNED.value:
            raise BadInput(f"Milestone {m.name!r} is not planned, so it cannot be started.")
        m.status = MilestoneStatus.IN_PROGRESS.value
        audit.record(s, "milestone", m.uuid, "start", {"status": "planned"}, {"status": m.status})


def reopen_milestone(books: Books, project_code: str, name: str) -> None:
    with books.write() as s:
        m = lookup.milestone(s, lookup.project(s, project_code), name)
        check_can_reopen(m.name, MilestoneStatus(m.status))
        audit.record(s, "milestone", m.uuid, "reopen", {"status": m.status}, {"status": "in_progress"})
        m.status = MilestoneStatus.IN_PROGRESS.value
        m.completed_date = None


def reschedule_milestone(books: Books, project_code: str, name: str, planned: date | None) -> None:
    """Move a milestone's planned date; only while it is not yet completed."""
    with books.write() as s:
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
