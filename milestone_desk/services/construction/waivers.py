"""Lien waivers: conditional progress with an invoice or pay application, unconditional progress once
its payment has cleared, conditional and unconditional final after the retainage release.

The wording is a template kept in settings (``waiver.<kind>``), editable because several US states
prescribe statutory forms; ``$claimant``, ``$customer``, ``$project``, ``$amount``, ``$through_date``
and ``$document`` are filled in (string.Template: nothing else in the text is evaluated).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from string import Template

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.documents.model import TITLES, WaiverDocument
from milestone_desk.domain.errors import BadInput, NotFound
from milestone_desk.domain.money import format_money
from milestone_desk.domain.states import VOID
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import Invoice, Payment, PaymentApplication, Setting
from milestone_desk.persistence.models_construction import LienWaiver, PayApplication
from milestone_desk.services.core import audit
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.doc_company import company_info

KINDS = tuple(TITLES)
PROGRESS_KINDS = ("milestone", "progress", "deposit")

_CONDITION = (
    "This waiver and release is effective only when the claimant has received payment of the amount "
    "above and that payment has cleared the bank on which it was drawn."
)
DEFAULT_TEMPLATES = {
    "conditional_progress": (
        "Upon receipt by $claimant of a payment of $amount, and when that payment has cleared, $claimant "
        "waives and releases any mechanic's lien, stop notice or payment bond right it has for labor, "
        "services, equipment or materials furnished to $customer on the job $project through $through_date "
        "($document).\n\n"
        + _CONDITION
        + "\n\nThis release does not cover retainage, extras or change orders "
        "not yet paid, or work furnished after the through date."
    ),
    "unconditional_progress": (
        "$claimant has been paid and has received a progress payment of $amount for labor, services, "
        "equipment or materials furnished to $customer on the job $project through $through_date "
        "($document), and waives and releases any mechanic's lien, stop notice or payment bond right it "
        "has for that work.\n\nThis release does not cover retainage, extras or change orders not yet "
        "paid, or work furnished after the through date. Sign this form only once payment has cleared."
    ),
    "conditional_final": (
        "Upon receipt by $claimant of a final payment of $amount, and when that payment has cleared, "
        "$claimant waives and releases any mechanic's lien, stop notice or payment bond right it has for "
        "all labor, services, equipment or materials furnished to $customer on the job $project "
        "($document).\n\n" + _CONDITION
    ),
    "unconditional_final": (
        "$claimant has been paid in full, including the final payment of $amount, for all labor, services, "
        "equipment or materials furnished to $customer on the job $project ($document), and waives and "
        "releases any mechanic's lien, stop notice or payment bond right it has for that work.\n\n"
        "Sign this form only once the final payment has cleared."
    ),
}


@dataclass(frozen=True)
class WaiverView:
    id: int
    kind: str
    project_code: str
    document_number: str
    amount_cents: int
    through_date: date
    issue_date: date
    pdf_sha256: str


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise BadInput(f"The waiver kind {kind!r} is not one of {', '.join(KINDS)}.")


def template_text(session: Session, kind: str) -> str:
    _check_kind(kind)
    row = session.get(Setting, f"waiver.{kind}")
    return DEFAULT_TEMPLATES[kind] if row is None else row.value


def get_template(books: Books, kind: str) -> str:
    with books.read() as s:
        return template_text(s, kind)


def set_template(books: Books, kind: str, text: str) -> None:
    """Replace a waiver's wording (e.g. with a state's statutory form); empty text restores the default."""
    _check_kind(kind)
    body = clean_text(text, "waiver text", required=False, limit=20_000)
    with books.write() as s:
        row = s.get(Setting, f"waiver.{kind}")
        before = template_text(s, kind)
        if not body:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(Setting(key=f"waiver.{kind}", value=body))
        else:
            row.value = body
        audit.record(s, "setting", f"waiver.{kind}", "update", {"text": before}, {"text": body})


def _cleared_paid(session: Session, invoice: Invoice) -> tuple[int, Payment | None]:
    rows = session.execute(
        select(PaymentApplication.amount_cents, Payment)
        .join(Payment, PaymentApplication.payment_id == Payment.id)
        .where(PaymentApplication.invoice_id == invoice.id, Payment.cleared.is_(True))
        .order_by(Payment.date, Payment.id)
    ).all()
    return sum(int(a) for a, _ in rows), (rows[-1][1] if rows else None)


def _document_number(session: Session, invoice: Invoice) -> str:
    app = session.scalars(select(PayApplication).where(PayApplication.invoice_id == invoice.id)).first()
    return f"{app.number} / {invoice.number}" if app is not None else str(invoice.number)


def issue_waiver_in(session: Session, kind: str, invoice: Invoice, on: date) -> LienWaiver:
    _check_kind(kind)
    if invoice.status not in ("issued", "partially_paid", "paid"):
        raise BadInput(f"Invoice {invoice.number} is {invoice.status}; no waiver can cover it.")
    final = kind.endswith("final")
    if final != (invoice.kind == "release"):
        raise BadInput(
            "A final waiver goes with the retainage release invoice; a progress waiver with a milestone, "
            "deposit or progress invoice."
        )
    amount, payment = invoice.amount_due_cents, None
    if kind.startswith("unconditional"):
        amount, payment = _cleared_paid(session, invoice)
        if amount <= 0:
            raise BadInput(
                f"No cleared payment is applied to invoice {invoice.number}; an unconditional waiver "
                "waits until the payment has cleared."
            )
        if final and amount < invoice.amount_due_cents:
            raise BadInput(f"The release invoice {invoice.number} is not paid in full by cleared payments.")
    through = invoice.issue_date or on
    pdf = render_for(session, kind, invoice, amount, through, on)
    waiver = LienWaiver(
        project_id=invoice.project.id,
        kind=kind,
        invoice_id=invoice.id,
        payment_id=None if payment is None else payment.id,
        amount_cents=amount,
        through_date=through,
        issue_date=on,
        pdf=pdf,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
    )
    session.add(waiver)
    session.flush()
    audit.record(
        session,
        "lien_waiver",
        waiver.uuid,
        "issue",
        None,
        {"kind": kind, "invoice": invoice.number, "amount": amount, "pdf_sha256": waiver.pdf_sha256},
    )
    return waiver


def render_for(session: Session, kind: str, invoice: Invoice, amount: int, through: date, on: date) -> bytes:
    """The PDF of a waiver of ``kind`` for ``amount`` on ``invoice`` (today's wording)."""
    company = lookup.company(session)
    project = invoice.project
    number = _document_number(session, invoice)
    money = f"{format_money(amount, company.currency)} {company.currency}"
    body = Template(template_text(session, kind)).safe_substitute(
        claimant=company.name,
        customer=project.client.name,
        project=f"{project.code} {project.name}",
        amount=money,
        through_date=through.isoformat(),
        document=number,
    )
    from milestone_desk.documents.waiver_pdf import render_waiver  # reportlab only when drawing

    return render_waiver(
        WaiverDocument(
            kind=kind,
            body=body,
            claimant=company.name,
            claimant_address=company.address,
            customer=project.client.name,
            project=f"{project.code} — {project.name}",
            site_address=project.site_address,
            document_number=number,
            through_date=through,
            amount_cents=amount,
            currency=company.currency,
            issue_date=on,
            company=company_info(company),
        )
    )


def _view(w: LienWaiver, number: str) -> WaiverView:
    return WaiverView(
        w.id, w.kind, w.project.code, number, w.amount_cents, w.through_date, w.issue_date, w.pdf_sha256 or ""
    )


def issue_waiver(books: Books, kind: str, invoice_number: str, on: date | None = None) -> WaiverView:
    """Issue one lien waiver for an invoice (a pay application's waiver names its progress invoice)."""
    with books.write() as s:
        invoice = lookup.invoice(s, invoice_number)
        w = issue_waiver_in(s, kind, invoice, on or date.today())
        return _view(w, _document_number(s, invoice))


def waiver_document(
    books: Books, kind: str, invoice_number: str, on: date | None = None
) -> tuple[WaiverView, bytes, bool]:
    """The stored waiver of this kind for the invoice, issuing it first when there is none.

    Returns the waiver, its frozen PDF bytes and whether it was issued now.
    """
    _check_kind(kind)
    with books.write() as s:
        invoice = lookup.invoice(s, invoice_number)
        found = s.scalars(
            select(LienWaiver)
            .where(LienWaiver.invoice_id == invoice.id, LienWaiver.kind == kind)
            .order_by(LienWaiver.id.desc())
            .limit(1)
        ).first()
        issued = found is None
        w = issue_waiver_in(s, kind, invoice, on or date.today()) if found is None else found
        return _view(w, _document_number(s, invoice)), bytes(w.pdf or b""), issued


def mark_cleared(books: Books, receipt_number: str, on: date | None = None) -> list[WaiverView]:
    """Mark a received payment as cleared and issue the unconditional waivers it now allows."""
    with books.write() as s:
        payment = lookup.receipt(s, receipt_number).payment
        if payment.cleared:
            raise BadInput(f"The payment of receipt {receipt_number} is already marked cleared.")
        payment.cleared = True
        payment.cleared_date = on or date.today()
        audit.record(
            s, "payment", payment.uuid, "clear", {"cleared": False}, {"cleared_date": payment.cleared_date}
        )
        s.flush()
        out = []
        for app in payment.applications:
            invoice = app.invoice
            if invoice.status == VOID:
                continue
            if invoice.kind == "release":
                paid, _ = _cleared_paid(s, invoice)
                if paid < invoice.amount_due_cents:
                    continue
                kind = "unconditional_final"
            else:
                kind = "unconditional_progress"
            w = issue_waiver_in(s, kind, invoice, payment.cleared_date)
            out.append(_view(w, _document_number(s, invoice)))
        return out


def waiver_pdf(books: Books, waiver_id: int) -> bytes:
    with books.read() as s:
        w = s.get(LienWaiver, waiver_id)
        if w is None or w.pdf is None:
            raise NotFound(f"There is no lien waiver {waiver_id}.")
        return w.pdf


def list_waivers(books: Books, project_code: str) -> list[WaiverView]:
    with books.read() as s:
        project = lookup.project(s, project_code)
        rows = s.scalars(
            select(LienWaiver).where(LienWaiver.project_id == project.id).order_by(LienWaiver.id)
        )
        return [_view(w, _document_number(s, w.invoice) if w.invoice else "") for w in rows]
