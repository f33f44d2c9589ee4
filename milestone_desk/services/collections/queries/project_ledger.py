"""One project's ledger for the ledger view and PDF: the figures of `ledger --json` plus every
invoice, payment and credit in date order with the running outstanding balance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import defer

from milestone_desk.domain.money import format_money
from milestone_desk.domain.reports import LedgerEntry, ProjectLedger
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
        raw: list[tuple[date, int, int, str, str, int, int, int, int, int]] = []
        for inv in s.scalars(
            select(Invoice)
            .options(defer(Invoice.pdf))  # figures only, never the frozen PDF bytes
            .where(Invoice.project_id == project.id, Invoice.status.in_(LIVE))
            .order_by(Invoice.issue_date, Invoice.id)
        ):
            assert inv.issue_date is not None
            raw.append(
                (
                    inv.issue_date,
                    0,
                    inv.id,
                    inv.number or "",
                    inv.description or inv.kind,
                    inv.gross_cents,
                    inv.tax_cents,
                    inv.retainage_cents if inv.kind != "release" else -inv.gross_cents,
                    inv.amount_due_cents,
                    0,
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
            raw.append((pay.date, 1, app_id, receipt or "", text, 0, 0, 0, 0, int(cents)))
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
                raw.append((note.issue_date, 2, note.id, note.number, text, 0, 0, 0, 0, 0))
            else:
                text = f"Credit note on {number}: {note.reason}"
                raw.append((note.issue_date, 2, note.id, note.number, text, 0, 0, 0, 0, note.amount_cents))
        raw.sort(key=lambda r: (r[0], r[1], r[2]))
        entries: list[LedgerEntry] = []
        running = 0
        for on, order, _id, ref, text, gross, tax, ret, charge, received in raw:
            running += charge - received
            kind = ("invoice", "payment", "credit")[order]
            entries.append(LedgerEntry(on, kind, ref, text, gross, tax, ret, charge, received, running))
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
