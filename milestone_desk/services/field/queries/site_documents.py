"""The site documents: a milestone's completion certificate and a project's job-site packet."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from milestone_desk.documents.certificate_pdf import render_certificate, render_packet
from milestone_desk.documents.field_model import CertificateDocument, PacketDocument
from milestone_desk.domain.states import InvoiceStatus
from milestone_desk.persistence.models import Invoice
from milestone_desk.persistence.models_construction import ChangeOrder, LienWaiver
from milestone_desk.services.billing import balances
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.doc_company import company_info
from milestone_desk.services.field import field_work


def certificate_pdf(books: Books, project_code: str, milestone_name: str) -> bytes:
    with books.read() as s:
        c = field_work.certificate_in(s, project_code, milestone_name)
        doc = CertificateDocument(
            company=company_info(lookup.company(s)),
            project_code=c.project_code,
            project_name=c.project_name,
            client_name=c.client_name,
            milestone_name=c.milestone_name,
            completed_on=c.completed_on,
            signed_by=c.signed_by,
            site_address=c.site_address,
            note=c.note,
            device=c.device,
            signature_png=c.signature_png,
            photos=c.photos,
        )
    return render_certificate(doc)


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def packet_pdf(books: Books, project_code: str, as_of: date | None = None) -> bytes:
    with books.read() as s:
        company = lookup.company(s)
        p = lookup.project(s, project_code)
        schedule = [(m.name, _iso(m.planned_date), m.status, m.amount_cents) for m in p.milestones]
        open_invoices = []
        for inv in s.scalars(select(Invoice).where(Invoice.project_id == p.id, Invoice.number.is_not(None))):
            if inv.status in (InvoiceStatus.VOID.value, InvoiceStatus.DRAFT.value):
                continue
            left = balances.balance_of(s, inv).open
            if left > 0:
                open_invoices.append(
                    (inv.number or "", _iso(inv.issue_date), _iso(inv.due_date), inv.amount_due_cents, left)
                )
        certs = [
            (c.milestone_name, c.completed_on.isoformat(), c.signed_by)
            for c in field_work.certificates_of(s, p.code)
        ]
        orders = [
            (str(co.number), co.description, co.amount_cents, co.status)
            for co in s.scalars(
                select(ChangeOrder).where(ChangeOrder.project_id == p.id).order_by(ChangeOrder.number)
            )
        ]
        waivers = [
            (w.kind, w.invoice.number or "" if w.invoice else "", w.through_date.isoformat(), w.amount_cents)
            for w in s.scalars(
                select(LienWaiver).where(LienWaiver.project_id == p.id).order_by(LienWaiver.id)
            )
        ]
        doc = PacketDocument(
            company=company_info(company),
            currency=company.currency,
            project_code=p.code,
            project_name=p.name,
            client_name=p.client.name,
            site_address=p.site_address,
            as_of=as_of or date.today(),
            schedule=schedule,
            open_invoices=open_invoices,
            certificates=certs,
            change_orders=orders,
            waivers=waivers,
        )
    return render_packet(doc)
