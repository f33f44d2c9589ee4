"""Recording payments against invoices, with a numbered receipt; excess becomes client credit."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.payments import OpenItem, apply_payment
from milestone_desk.domain.states import InvoiceStatus, PaymentMethod
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import Invoice, Payment, PaymentApplication, Receipt
from milestone_desk.services import audit, balances, documents, lookup, numbering
from milestone_desk.services.books import Books
from milestone_desk.services.dto import PaymentResult


def applied_to(session: Session, invoice_id: int) -> int:
    """Payments applied to an invoice (credit notes not included)."""
    return balances.paid_on(session, invoice_id)


def settle(session: Session, invoice: Invoice) -> None:
    """Bring an invoice's status (and its milestone's) in line with the money and credits applied."""
    balances.settle(session, invoice)


def record_payment(
    books: Books,
    invoice_number: str,
    amount_cents: int,
    on: date | None = None,
    method: str = "check",
    reference: str = "",
) -> PaymentResult:
    """Apply a payment to one invoice up to its balance; the rest stays with the client as credit."""
    if amount_cents <= 0:
        raise BadInput("A payment must be more than zero.")
    pay_method = PaymentMethod.parse(method)
    ref = clean_text(reference, "reference", required=False)
    with books.write() as s:
        invoice = lookup.invoice(s, invoice_number)
        if invoice.status == InvoiceStatus.VOID.value:
            raise BadInput(f"Invoice {invoice_number} is void; it cannot take a payment.")
        if invoice.status == InvoiceStatus.DRAFT.value:
            raise BadInput(f"Invoice {invoice_number} is not issued yet.")
        on = on or date.today()
        balance = balances.balance_of(s, invoice).open
        if balance <= 0:
            raise BadInput(
                f"Invoice {invoice_number} is already paid; nothing is owed on it. Record the money "
                "against another invoice of the client instead."
            )
        before = {"status": invoice.status, "balance": balance}
        payment = Payment(
            client_id=invoice.project.client_id,
            date=on,
            amount_cents=amount_cents,
            method=pay_method.value,
            reference=ref,
        )
        s.add(payment)
        s.flush()
        applications, credit = apply_payment(amount_cents, [OpenItem(invoice.id, balance)])
        for app in applications:
            s.add(PaymentApplication(payment=payment, invoice_id=app.key, amount_cents=app.amount))
        s.flush()
        settle(s, invoice)
        company = lookup.company(s)
        number = numbering.take_number(s, numbering.RECEIPT, company.receipt_format, on)
        receipt = Receipt(payment=payment, number=number, issue_date=on)
        s.add(receipt)
        s.flush()
        documents.freeze_receipt(s, receipt)
        audit.record(
            s,
            "payment",
            payment.uuid,
            "record",
            None,
            {
                "invoice": invoice_number,
                "amount": amount_cents,
                "method": pay_method.value,
                "reference": ref,
                "receipt": number,
                "credit": credit,
                "receipt_pdf_sha256": receipt.pdf_sha256,
            },
        )
        audit.record(
            s,
            "invoice",
            invoice.uuid,
            "payment",
            before,
            {
                "status": invoice.status,
                "balance": balances.balance_of(s, invoice).open,
                "receipt": number,
                "applied": amount_cents - credit,
            },
        )
        return PaymentResult(number, amount_cents - credit, credit, invoice.status)
