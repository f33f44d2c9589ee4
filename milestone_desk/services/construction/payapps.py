"""Progress billing: the schedule of values and numbered pay applications (G702/G703, DESIGN §5).

Each application is billed through one progress invoice: gross = work completed and stored this
period (L4 − previous L4), retainage = L5 − previous L5, amount due = L8 (current payment due).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.documents.model import PayAppDocument
from milestone_desk.domain.errors import BadInput, NotFound
from milestone_desk.domain.money import to_decimal_string
from milestone_desk.domain.progress import (
    LineFigures,
    LineInput,
    PayApplicationMath,
    Summary,
    pay_application,
)
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import Invoice, InvoiceLine, Project
from milestone_desk.persistence.models_construction import (
    PayApplication,
    PayApplicationLine,
    ScheduleOfValuesLine,
)
from milestone_desk.services.construction.change_orders import last_application, sov
from milestone_desk.services.construction.retainage import policy_of
from milestone_desk.services.construction.waivers import issue_waiver_in
from milestone_desk.services.core import audit, numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.doc_company import company_info

PAYAPP_FORMAT = "APP-{year}-{seq:04d}"


PayAppView = PayAppDocument


def set_schedule_of_values(session: Session, project: Project, lines: Sequence[tuple[str, int]]) -> None:
    """Write a progress project's schedule of values; the values must sum to the contract sum."""
    if project.billing_mode != "progress":
        raise BadInput(f"Project {project.code} bills by milestones; it has no schedule of values.")
    if not lines:
        raise BadInput(f"Progress project {project.code} needs a schedule of values.")
    names = [clean_text(name, "schedule-of-values line name") for name, _ in lines]
    if len(set(names)) != len(names):
        raise BadInput("Two schedule-of-values lines have the same name; give each its own.")
    if any(value <= 0 for _, value in lines):
        raise BadInput("Every schedule-of-values line needs a value above zero.")
    total = sum(value for _, value in lines)
    if total != project.contract_cents:
        cur = lookup.company(session).currency
        raise BadInput(
            f"The schedule of values sums to {to_decimal_string(total, cur)} but the contract sum is "
            f"{to_decimal_string(project.contract_cents, cur)}."
        )
    for position, (name, (_, value)) in enumerate(zip(names, lines)):
        session.add(
            ScheduleOfValuesLine(
                project_id=project.id, position=position, name=name, original_cents=value, value_cents=value
            )
        )
    session.flush()


def _certified(app: PayApplication) -> int:
    """L6 of an application: work completed and stored less retainage."""
    return app.completed_stored_cents - app.retainage_work_cents - app.retainage_stored_cents


def _inputs(
    session: Session, project: Project, work: Mapping[str, int], stored: Mapping[str, int]
) -> tuple[list[ScheduleOfValuesLine], list[LineInput]]:
    lines = sov(session, project.id)
    names = {ln.name for ln in lines}
    for name in [*work, *stored]:
        if name not in names:
            raise NotFound(f"Project {project.code} has no schedule-of-values line named {name!r}.")
    last = last_application(session, project.id)
    done: dict[int, int] = {}
    if last is not None:
        done = {ln.sov_line_id: ln.from_previous_cents + ln.this_period_cents for ln in last.lines}
    inputs = [
        LineInput(ln.name, ln.value_cents, done.get(ln.id, 0), work.get(ln.name, 0), stored.get(ln.name, 0))
        for ln in lines
    ]
    return lines, inputs


def issue_pay_application(
    books: Books,
    project_code: str,
    period_to: date,
    work: Mapping[str, int] | None = None,
    stored: Mapping[str, int] | None = None,
) -> PayAppView:
    """Issue the next pay application of a progress project, with its progress invoice."""
    with books.write() as s:
        project = lookup.project(s, project_code)
        if project.billing_mode != "progress":
            raise BadInput(
                f"Project {project.code} bills by milestones; pay applications need progress billing."
            )
        company = lookup.company(s)
        last = last_application(s, project.id)
        if last is not None and period_to <= last.period_to:
            raise BadInput(
                f"The period must end after the previous application's period ({last.period_to.isoformat()})."
            )
        rows, inputs = _inputs(s, project, work or {}, stored or {})
        previous = 0 if last is None else _certified(last)
        math = pay_application(
            inputs,
            project.contract_cents,
            previous,
            policy_of(project),
            already_stepped=last is not None and last.stepped_down,
            currency=company.currency,
        )
        su = math.summary
        if su.L8 < 0:
            raise BadInput(
                "This application would certify less than the previous one; check the stored materials."
            )
        if last is not None and su.L4 == last.completed_stored_cents and su.L8 == 0:
            raise BadInput("This application bills nothing: enter work completed or materials stored.")
        gross = su.L4 - (0 if last is None else last.completed_stored_cents)
        held = su.L5 - (0 if last is None else last.retainage_work_cents + last.retainage_stored_cents)
        seq = 1 if last is None else last.seq + 1
        number = numbering.take_number(s, "payapp", PAYAPP_FORMAT, period_to)
        inv_no = numbering.take_number(s, "invoice", company.invoice_format, period_to)
        text = f"Pay application {number} (period to {period_to.isoformat()})"
        invoice = Invoice(
            project=project,
            kind="progress",
            series="invoice",
            number=inv_no,
            status="issued",
            issue_date=period_to,
            due_date=period_to + timedelta(days=company.payment_terms_days),
            description=text,
            gross_cents=gross,
            tax_cents=0,
            retainage_cents=held,
            deposit_applied_cents=0,
            amount_due_cents=su.L8,
        )
        invoice.lines.append(InvoiceLine(position=0, kind="progress", description=text, amount_cents=gross))
        s.add(invoice)
        s.flush()
        app = PayApplication(
            project_id=project.id,
            number=number,
            seq=seq,
            period_to=period_to,
            invoice_id=invoice.id,
            retainage_percent=math.retainage_percent,
            stepped_down=math.stepped_down,
            original_cents=su.L1,
            contract_cents=su.L3,
            completed_stored_cents=su.L4,
            retainage_work_cents=su.L5a,
            retainage_stored_cents=su.L5b,
            previous_cents=su.L7,
        )
        s.add(app)
        for position, (row, f) in enumerate(zip(rows, math.lines)):
            app.lines.append(
                PayApplicationLine(
                    sov_line_id=row.id,
                    position=position,
                    name=f.name,
                    scheduled_cents=f.scheduled,
                    from_previous_cents=f.from_previous,
                    this_period_cents=f.this_period,
                    stored_cents=f.stored,
                    retainage_work_cents=f.retainage_work,
                    retainage_stored_cents=f.retainage_stored,
                )
            )
        s.flush()
        from milestone_desk.services.billing.documents import freeze_invoice

        freeze_invoice(s, invoice)  # the progress invoice names its application (APP-…)
        view = _view(s, app, math)
        from milestone_desk.documents.payapp_pdf import render_pay_application

        app.pdf = render_pay_application(view)
        app.pdf_sha256 = hashlib.sha256(app.pdf).hexdigest()
        issue_waiver_in(s, "conditional_progress", invoice, period_to)
        audit.record(
            s,
            "pay_application",
            app.uuid,
            "issue",
            None,
            {"number": number, "invoice": inv_no, **su.as_dict(), "pdf_sha256": app.pdf_sha256},
        )
        return view


def _view(session: Session, app: PayApplication, math: PayApplicationMath | None = None) -> PayAppView:
    company = lookup.company(session)
    project = app.project
    if math is None:
        lines = [
            LineFigures(
                ln.name,
                ln.scheduled_cents,
                ln.from_previous_cents,
                ln.this_period_cents,
                ln.stored_cents,
                ln.retainage_work_cents,
                ln.retainage_stored_cents,
            )
            for ln in app.lines
        ]
        summary = Summary(
            L1=app.original_cents,
            L2=app.contract_cents - app.original_cents,
            L3=app.contract_cents,
            L4=app.completed_stored_cents,
            L5a=app.retainage_work_cents,
            L5b=app.retainage_stored_cents,
            L7=app.previous_cents,
        )
    else:
        lines, summary = math.lines, math.summary
    return PayAppView(
        number=app.number,
        invoice_number=app.invoice.number if app.invoice and app.invoice.number else "",
        seq=app.seq,
        period_to=app.period_to,
        company_name=company.name,
        company_address=company.address,
        client_name=project.client.name,
        client_address=project.client.address,
        project_code=project.code,
        project_name=project.name,
        site_address=project.site_address,
        retainage_percent=app.retainage_percent,
        stepped_down=app.stepped_down,
        lines=lines,
        summary=summary,
        currency=company.currency,
        company=company_info(company),
    )


def pay_application_view(books: Books, number: str) -> PayAppView:
    with books.read() as s:
        app = s.scalars(select(PayApplication).where(PayApplication.number == number)).first()
        if app is None:
            raise NotFound(f"There is no pay application numbered {number!r}.")
        return _view(s, app)


def pay_application_pdf(books: Books, number: str) -> bytes:
    """The PDF frozen when the application was issued."""
    with books.read() as s:
        app = s.scalars(select(PayApplication).where(PayApplication.number == number)).first()
        if app is None or app.pdf is None:
            raise NotFound(f"There is no pay application numbered {number!r}.")
        return app.pdf


def list_pay_applications(books: Books, project_code: str) -> list[PayAppView]:
    with books.read() as s:
        project = lookup.project(s, project_code)
        apps = s.scalars(
            select(PayApplication).where(PayApplication.project_id == project.id).order_by(PayApplication.seq)
        )
        return [_view(s, a) for a in apps]


def as_json(view: PayAppView) -> dict[str, Any]:
    """The public `payapp --json` object: money as decimal strings, percent with two places."""

    def money(v: int) -> str:
        return to_decimal_string(v, view.currency)

    return {
        "application": view.number,
        "lines": [
            {
                "name": f.name,
                "scheduled_value": money(f.scheduled),
                "from_previous": money(f.from_previous),
                "this_period": money(f.this_period),
                "stored": money(f.stored),
                "completed_and_stored": money(f.completed_and_stored),
                "percent": f"{f.percent:.2f}",
                "balance_to_finish": money(f.balance_to_finish),
                "retainage": money(f.retainage),
            }
            for f in view.lines
        ],
        "summary": {key: money(value) for key, value in view.summary.as_dict().items()},
    }
