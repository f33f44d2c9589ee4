"""What the Construction menu and its dialogs need to know, as plain data (no ORM rows leave here).

``construction_state`` says which construction actions fit a project now and, when one does not,
why (a sentence); ``pay_application_draft`` hands the UI the inputs of the next pay application so
it can run the same domain math (``domain.progress.pay_application``) live as the user types.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.progress import LineInput
from milestone_desk.domain.retainage import RetainagePolicy
from milestone_desk.persistence.models import Invoice, Payment, PaymentApplication, Receipt
from milestone_desk.persistence.models_construction import LienWaiver, PayApplication
from milestone_desk.services.construction.change_orders import contract_to_date, last_application, sov
from milestone_desk.services.construction.retainage import (
    live_invoices,
    policy_of,
    retainage_held,
    substantially_complete,
)
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup


@dataclass(frozen=True)
class ConstructionState:
    code: str
    name: str
    currency: str
    billing_mode: str  # milestone | progress
    deposit_policy: str  # installment | applied
    deposit_cents: int
    deposit_invoice: str  # number of the applied-deposit invoice, "" while not invoiced
    deposit_blocker: str  # why the deposit cannot be invoiced now ("" when it can)
    original_cents: int
    contract_to_date_cents: int
    retainage_percent: str
    retainage_held_cents: int
    substantially_complete: bool
    release_blocker: str  # why retainage cannot be released now ("" when it can)


def construction_state(books: Books, code: str) -> ConstructionState:
    with books.read() as s:
        project = lookup.project(s, code)
        currency = lookup.company(s).currency
        deposits = live_invoices(s, project, "deposit")
        unbilled = [
            m for m in project.milestones if m.status not in ("invoiced", "paid") and not m.is_deposit
        ]
        deposit_blocker = ""
        if project.deposit_policy != "applied" or project.deposit_cents <= 0:
            deposit_blocker = f"Project {project.code} has no applied deposit."
        elif deposits:
            deposit_blocker = f"The deposit is already invoiced ({deposits[0].number})."
        elif not unbilled:
            deposit_blocker = "Every milestone is invoiced; no invoice is left to deduct a deposit from."
        held = retainage_held(s, project)
        complete = substantially_complete(s, project)
        release_blocker = ""
        if not complete:
            release_blocker = f"Project {project.code} is not substantially complete: " + (
                "work completed is less than the contract to date."
                if project.billing_mode == "progress"
                else "not every milestone is invoiced."
            )
        elif held <= 0:
            release_blocker = f"Project {project.code} holds no retainage to release."
        return ConstructionState(
            code=project.code,
            name=project.name,
            currency=currency,
            billing_mode=project.billing_mode,
            deposit_policy=project.deposit_policy,
            deposit_cents=project.deposit_cents,
            deposit_invoice=str(deposits[0].number or "") if deposits else "",
            deposit_blocker=deposit_blocker,
            original_cents=project.contract_cents,
            contract_to_date_cents=contract_to_date(s, project),
            retainage_percent=_percent_text(project.retainage_percent),
            retainage_held_cents=held,
            substantially_complete=complete,
            release_blocker=release_blocker,
        )


def _percent_text(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class PayAppDraft:
    """Inputs of the next pay application: the lines as the period starts and the certificate so far."""

    code: str
    name: str
    currency: str
    seq: int
    last_period_to: date | None
    original_cents: int
    previous_certificate_cents: int
    previous_completed_stored_cents: int
    policy: RetainagePolicy
    already_stepped: bool
    lines: list[LineInput]


def pay_application_draft(books: Books, code: str) -> PayAppDraft:
    with books.read() as s:
        project = lookup.project(s, code)
        if project.billing_mode != "progress":
            raise BadInput(
                f"Project {project.code} bills by milestones; pay applications need progress billing."
            )
        last = last_application(s, project.id)
        done: dict[int, int] = {}
        previous = previous_g = 0
        if last is not None:
            done = {ln.sov_line_id: ln.from_previous_cents + ln.this_period_cents for ln in last.lines}
            previous = last.completed_stored_cents - last.retainage_work_cents - last.retainage_stored_cents
            previous_g = last.completed_stored_cents
        return PayAppDraft(
            code=project.code,
            name=project.name,
            currency=lookup.company(s).currency,
            seq=1 if last is None else last.seq + 1,
            last_period_to=None if last is None else last.period_to,
            original_cents=project.contract_cents,
            previous_certificate_cents=previous,
            previous_completed_stored_cents=previous_g,
            policy=policy_of(project),
            already_stepped=last is not None and last.stepped_down,
            lines=[LineInput(ln.name, ln.value_cents, done.get(ln.id, 0)) for ln in sov(s, project.id)],
        )


@dataclass(frozen=True)
class WaiverRow:
    id: int
    kind: str
    issue_date: date
    through_date: date
    document: str  # invoice number, or "APP-… / INV-…"
    amount_cents: int
    status: str  # conditional: waiting | cleared (an unconditional one followed); unconditional: final


@dataclass(frozen=True)
class OpenReceipt:
    """A received payment on one of the project's invoices that is not marked cleared yet."""

    number: str
    date: date
    amount_cents: int
    invoices: str


def waiver_rows(books: Books, code: str) -> list[WaiverRow]:
    with books.read() as s:
        project = lookup.project(s, code)
        rows = list(
            s.scalars(select(LienWaiver).where(LienWaiver.project_id == project.id).order_by(LienWaiver.id))
        )
        unconditional = {w.invoice_id for w in rows if w.kind.startswith("unconditional")}
        out = []
        for w in rows:
            number = ""
            if w.invoice is not None:
                number = str(w.invoice.number or "")
                app = _application_number(s, w.invoice)
                if app:
                    number = f"{app} / {number}"
            if w.kind.startswith("unconditional"):
                status = "unconditional"
            else:
                status = "cleared" if w.invoice_id in unconditional else "waiting"
            out.append(WaiverRow(w.id, w.kind, w.issue_date, w.through_date, number, w.amount_cents, status))
        return out


def _application_number(session: Session, invoice: Invoice) -> str:
    app = session.scalars(select(PayApplication).where(PayApplication.invoice_id == invoice.id)).first()
    return "" if app is None else str(app.number)


def open_receipts(books: Books, code: str) -> list[OpenReceipt]:
    """Receipts of payments applied to the project's invoices and not yet marked cleared."""
    with books.read() as s:
        project = lookup.project(s, code)
        payments = s.scalars(
            select(Payment)
            .join(PaymentApplication, PaymentApplication.payment_id == Payment.id)
            .join(Invoice, PaymentApplication.invoice_id == Invoice.id)
            .where(Invoice.project_id == project.id, Payment.cleared.is_(False))
            .order_by(Payment.date, Payment.id)
            .distinct()
        )
        out = []
        for p in payments:
            receipt = s.scalars(select(Receipt).where(Receipt.payment_id == p.id)).first()
            if receipt is None:
                continue
            numbers = ", ".join(str(a.invoice.number) for a in p.applications)
            out.append(OpenReceipt(receipt.number, p.date, p.amount_cents, numbers))
        return out
