"""Payment reminders: overdue and soon-due invoices, a schedule the firm sets, editable templates.

The schedule is a list of day offsets from each invoice's due date (−7 = a week before, 0 = on the
day, 14 = two weeks late). ``due_reminders`` gives at most one reminder per invoice — its latest step
that has come and has not been handled — so a file that was closed for a month does not send five
letters at once; ``mark_reminder_sent`` records the step (unique per invoice and step), after which
that step and every earlier one is never due again. The outbox (another module) does the sending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput, NotFound
from milestone_desk.domain.money import format_money
from milestone_desk.persistence.models import Invoice
from milestone_desk.persistence.models_collections import ReminderLog
from milestone_desk.services.collections import templates
from milestone_desk.services.collections.queries import receivables
from milestone_desk.services.core import audit, settings_store
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup

PREFIX = "reminders."
DEFAULT_STEPS = (-7, 0, 7, 14, 30)
OPEN_STATUSES = ("issued", "partially_paid")


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool = True
    steps: tuple[int, ...] = DEFAULT_STEPS
    soon_days: int = 14
    subject: str = templates.DEFAULT_SUBJECT
    body_overdue: str = templates.DEFAULT_BODY
    body_upcoming: str = templates.DEFAULT_UPCOMING_BODY


@dataclass(frozen=True)
class ReminderDTO:
    """A reminder ready for the outbox: who, about what, and the rendered text."""

    invoice_id: int
    invoice_number: str
    client_code: str
    client_name: str
    client_email: str
    step_days: int
    due_date: date
    days_overdue: int
    outstanding_cents: int
    currency: str
    subject: str
    body: str


@dataclass(frozen=True)
class CollectionItem:
    """An open invoice that is overdue or due soon, with its last reminder."""

    invoice_id: int
    invoice_number: str
    client_code: str
    client_name: str
    project_code: str
    due_date: date
    days_overdue: int
    outstanding_cents: int
    currency: str
    last_step: int | None

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def parse_steps(text: str) -> tuple[int, ...]:
    """``"-7, 0, 7, 14, 30"`` → (-7, 0, 7, 14, 30), sorted and without repeats."""
    steps: set[int] = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip().replace("+", "")
        if not part:
            continue
        try:
            value = int(part)
        except ValueError as exc:
            raise BadInput(f"The reminder step {part!r} is not a whole number of days.") from exc
        if not -365 <= value <= 365:
            raise BadInput("A reminder step must be within a year of the due date.")
        steps.add(value)
    if len(steps) > 20:
        raise BadInput("A reminder schedule can have at most 20 steps.")
    return tuple(sorted(steps))


def get_settings(books: Books) -> ReminderSettings:
    with books.read() as s:
        raw = settings_store.get_many(s, PREFIX)
    d = ReminderSettings()
    return ReminderSettings(
        enabled=raw.get(PREFIX + "enabled", "1" if d.enabled else "0") == "1",
        steps=parse_steps(raw[PREFIX + "steps"]) if PREFIX + "steps" in raw else d.steps,
        soon_days=int(raw.get(PREFIX + "soon_days", d.soon_days)),
        subject=raw.get(PREFIX + "subject", d.subject),
        body_overdue=raw.get(PREFIX + "body_overdue", d.body_overdue),
        body_upcoming=raw.get(PREFIX + "body_upcoming", d.body_upcoming),
    )


def save_settings(books: Books, cfg: ReminderSettings) -> ReminderSettings:
    """Validate and store the schedule and templates (all or nothing)."""
    steps = parse_steps(",".join(str(x) for x in cfg.steps))
    if not 0 <= cfg.soon_days <= 90:
        raise BadInput("'Due soon' must be between 0 and 90 days.")
    templates.check_template(cfg.subject, "subject template")
    templates.check_template(cfg.body_overdue, "overdue reminder template")
    templates.check_template(cfg.body_upcoming, "upcoming reminder template")
    with books.write() as s:
        for key, value in (
            ("enabled", "1" if cfg.enabled else "0"),
            ("steps", ",".join(str(x) for x in steps)),
            ("soon_days", str(cfg.soon_days)),
            ("subject", cfg.subject),
            ("body_overdue", cfg.body_overdue),
            ("body_upcoming", cfg.body_upcoming),
        ):
            settings_store.put(s, PREFIX + key, value)
    return get_settings(books)


def _last_steps(session: Session) -> dict[int, int]:
    """The latest step recorded for each invoice that had a reminder."""
    out: dict[int, int] = {}
    for inv_id, step in session.execute(select(ReminderLog.invoice_id, ReminderLog.step_days)):
        out[inv_id] = max(step, out.get(inv_id, step))
    return out


def collection_list(books: Books, today: date, soon_days: int | None = None) -> list[CollectionItem]:
    """Open invoices overdue or due within ``soon_days`` (the firm's setting when None), latest due first."""
    soon = get_settings(books).soon_days if soon_days is None else soon_days
    with books.read() as s:
        currency = lookup.company(s).currency
        last = _last_steps(s)
        items = [
            CollectionItem(
                inv.id,
                inv.number,
                inv.client_code,
                inv.client_name,
                inv.project_code,
                inv.due_date,
                inv.days_past_due(today),
                inv.outstanding,
                currency,
                last.get(inv.id),
            )
            for inv in receivables.invoices_as_of(s, None)
            if inv.outstanding > 0 and (inv.due_date - today).days <= soon
        ]
    items.sort(key=lambda i: (-i.days_overdue, i.invoice_number))
    return items


def due_reminders(books: Books, today: date) -> list[ReminderDTO]:
    """The reminders to queue today: one per open invoice at most, for its latest unhandled step."""
    cfg = get_settings(books)
    if not cfg.enabled or not cfg.steps:
        return []
    with books.read() as s:
        company = lookup.company(s)
        refs = receivables.clients(s)
        last = _last_steps(s)
        out: list[ReminderDTO] = []
        for inv in receivables.invoices_as_of(s, today, open_only=True):
            if inv.outstanding <= 0:
                continue
            days = inv.days_past_due(today)
            reached = [step for step in cfg.steps if step <= days]
            if not reached:
                continue
            step = reached[-1]
            if inv.id in last and last[inv.id] >= step:
                continue
            values = {
                "client": inv.client_name,
                "invoice": inv.number,
                "amount": f"{format_money(inv.outstanding, company.currency)} {company.currency}",
                "due_date": inv.due_date.isoformat(),
                "days_overdue": str(max(days, 0)),
                "company": company.name,
            }
            body = cfg.body_overdue if days > 0 else cfg.body_upcoming
            out.append(
                ReminderDTO(
                    inv.id,
                    inv.number,
                    inv.client_code,
                    inv.client_name,
                    refs[inv.client_id].email,
                    step,
                    inv.due_date,
                    days,
                    inv.outstanding,
                    company.currency,
                    templates.render(cfg.subject, values, single_line=True),
                    templates.render(body, values),
                )
            )
    return out


def record_step(
    session: Session,
    invoice_id: int,
    step_days: int,
    *,
    on: date | None = None,
    channel: str = "outbox",
    reference: str = "",
) -> bool:
    """Record a reminder step inside an open transaction; False when it was already recorded."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None or invoice.number is None:
        raise NotFound(f"There is no issued invoice with id {invoice_id}.")
    exists = session.scalars(
        select(ReminderLog.id).where(ReminderLog.invoice_id == invoice_id, ReminderLog.step_days == step_days)
    ).first()
    if exists is not None:
        return False
    due = invoice.due_date or invoice.issue_date or date.today()
    row = ReminderLog(
        invoice_id=invoice_id,
        step_days=step_days,
        due_on=due,
        channel=channel[:20],
        reference=reference[:200],
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "reminder",
        row.uuid,
        "sent",
        None,
        {"invoice": invoice.number, "step": step_days, "on": (on or date.today()).isoformat()},
    )
    return True


def mark_reminder_sent(
    books: Books,
    invoice_id: int,
    step_days: int,
    *,
    on: date | None = None,
    channel: str = "outbox",
    reference: str = "",
) -> bool:
    """Record that a reminder step went out (or was queued); False when it was already recorded."""
    try:
        with books.write() as s:
            return record_step(s, invoice_id, step_days, on=on, channel=channel, reference=reference)
    except IntegrityError:  # pragma: no cover - a second writer won the race
        return False
