"""One project's ledger for the ledger view and PDF: the figures of `ledger --json` plus every
invoice, payment and credit in date order with the running outstanding balance."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import defer

from milestone_desk.domain.money import format_money
from milestone_desk.domain.reports import LedgerPosting, ProjectLedger, ledger_lines
from milestone_desk.domain.states import LIVE
from milestone_desk.persistence.models import Invoice, Payment, PaymentApplication, Receipt
from milestone_desk.persistence.models_records import CREDIT_REFUNDED, CreditNote
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.doc_company import company_info
from milestone_desk.services.firm.projects import summaries


def project_ledger(books: Books, project_code: str) -> ProjectLedger:
    with books.read() as s:
        company = lookup.company(s)
        project = lookup.project(s, project_code)
        summary = summaries(s, [project.id])[0]
        postings: list[LedgerPosting] = []
        for inv in s.scalars(
            select(Invoice)
            .options(defer(Invoice.pdf))  # figures only, never the frozen PDF bytes
            .where(Invoice.project_id == project.id, Invoice.status.in_(LIVE))
            .order_by(Invoice.issue_date, Invoice.id)
        ):
            assert inv.issue_date is not None
            postings.append(
                LedgerPosting(
                    inv.issue_date,
                    "invoice",
                    inv.id,
                    inv.number or "",
                    inv.description or inv.kind,
                    gross=inv.gross_cents,
                    tax=inv.tax_cents,
                    retainage=inv.retainage_cents if inv.kind != "release" else -inv.gross_cents,
                    charge=inv.amount_due_cents,
                )
            )
        q = (
            select(
                Payment,
                Receipt.number,
                Invoice.number,
                PaymentApplication.amount_cents,
                PaymentApplication.id,
            )
            .join(PaymentApplication, PaymentApplication.payment_id == Payment.id)
            .join(Invoice, PaymentApplication.invoice_id == Invoice.id)
            .outerjoin(Receipt, Receipt.payment_id == Payment.id)
            .where(Invoice.project_id == project.id, Invoice.status.in_(LIVE))
        )
        for pay, receipt, number, cents, app_id in s.execute(q):
            text = f"{pay.method} {pay.reference}".strip() + f" — on {number}"
            postings.append(LedgerPosting(pay.date, "payment", app_id, receipt or "", text, received=int(cents)))
        cur = company.currency
        notes = s.execute(
            select(CreditNote, Invoice.number)
            .join(Invoice, CreditNote.invoice_id == Invoice.id)
            .where(Invoice.project_id == project.id, Invoice.status.in_(LIVE))
        )
        for note, number in notes:
            if note.kind == CREDIT_REFUNDED:  # lowers what was owed and pays it back: balance unchanged
                text = (
                    f"Credit note on {number}, {format_money(note.amount_cents, cur)} refunded: {note.reason}"
                )
                postings.append(LedgerPosting(note.issue_date, "credit", note.id, note.number, text))
            else:
                text = f"Credit note on {number}: {note.reason}"
                postings.append(
                    LedgerPosting(note.issue_date, "credit", note.id, note.number, text, received=note.amount_cents)
                )
        entries = ledger_lines(postings)
        return ProjectLedger(
            company.name,
            company.currency,
            project.code,
            project.name,
            summary.client_code,
            summary.client_name,
            project.site_address,
            project.status,
            summary.totals,
            entries,
            company_info(company),
        )
