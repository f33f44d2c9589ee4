"""Recording payments against invoices, with a numbered receipt; excess becomes client credit."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput, NeedsConfirmation
from milestone_desk.domain.money import exponent, format_money
from milestone_desk.domain.payments import OpenItem, apply_payment
from milestone_desk.domain.states import InvoiceStatus, PaymentMethod
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import Invoice, Payment, PaymentApplication, Receipt
from milestone_desk.services.billing import balances, documents
from milestone_desk.services.core import audit, field_marker, numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import PaymentResult
from milestone_desk.services.core.queries import lookup


def credit_limit(balance: int, currency: str) -> int:
    """How much beyond the balance a payment may leave as credit without the user confirming it:
    the balance again, or 1,000 in major units when that is more (a sane margin for rounding up)."""
    floor: int = 1000 * 10 ** exponent(currency)
    return max(balance, floor)


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
    *,
    credit_ok: bool = False,
) -> PaymentResult:
    """Apply a payment to one invoice up to its balance; the rest stays with the client as credit.

    On a field copy the receipt comes from the device's own series and the payment is also written
    to the command log, to be recorded at the office on the next sync.

    A payment may not be dated before the invoice was issued. One that leaves more credit than
    ``credit_limit`` allows needs ``credit_ok`` (the CLI's ``--credit``, the window asks first).
    """
    if amount_cents <= 0:
        raise BadInput("A payment must be more than zero.")
    pay_method = PaymentMethod.parse(method)
    ref = clean_text(reference, "reference", required=False)
    with books.write() as s:
        device = field_marker.device_of(s)
        on = on or date.today()
        result, payment_uuid = record_payment_in(
            s, invoice_number, amount_cents, on, pay_method.value, ref, device=device, credit_ok=credit_ok
        )
        if device is not None:
            field_marker.add_command(
                s,
                "pay",
                {
                    "device": device,
                    "invoice": invoice_number,
                    "amount": amount_cents,
                    "date": on.isoformat(),
                    "method": pay_method.value,
                    "reference": ref,
                    "receipt": result.receipt_number,
                    "payment_uuid": payment_uuid,
                },
            )
        return result


def record_payment_in(
    s: Session,
    invoice_number: str,
    amount_cents: int,
    on: date,
    method: str,
    ref: str,
    *,
    device: str | None = None,
    receipt_number: str | None = None,
    payment_uuid: str | None = None,
    as_credit: bool = False,
    credit_ok: bool = False,
) -> tuple[PaymentResult, str]:
    """Record one payment inside the caller's write transaction; returns the result and its UUID.

    ``device`` takes the receipt from that device's series; with ``receipt_number`` too (a sync at
    the office) that number, taken on the device, is registered instead. ``as_credit`` keeps the
    whole payment as client credit (the invoice was voided or paid at the office meanwhile).
    """
    invoice = lookup.invoice(s, invoice_number)
    if not as_credit:
        if invoice.status == InvoiceStatus.VOID.value:
            raise BadInput(f"Invoice {invoice_number} is void; it cannot take a payment.")
        if invoice.status == InvoiceStatus.DRAFT.value:
            raise BadInput(f"Invoice {invoice_number} is not issued yet.")
    on = on or date.today()
    if not as_credit and invoice.issue_date is not None and on < invoice.issue_date:
        raise BadInput(
            f"The payment date {on.isoformat()} is before invoice {invoice_number} was issued "
            f"({invoice.issue_date.isoformat()}); check the date."
        )
    balance = 0 if as_credit else balances.balance_of(s, invoice).open
    if balance <= 0 and not as_credit:
        raise BadInput(
            f"Invoice {invoice_number} is already paid; nothing is owed on it. Record the money "
            "against another invoice of the client instead."
        )
    currency = lookup.company(s).currency
    if not as_credit and amount_cents - balance > credit_limit(balance, currency) and not credit_ok:
        owed = format_money(balance, currency)
        paid = format_money(amount_cents, currency)
        raise NeedsConfirmation(
            f"The payment of {paid} is far beyond the {owed} owed on invoice {invoice_number}; "
            "check the amount, or add --credit to keep the rest as client credit.",
            f"The payment of {paid} is far beyond the {owed} owed on invoice {invoice_number}. "
            "Keep the rest as client credit?",
        )
    before = {"status": invoice.status, "balance": balances.balance_of(s, invoice).open}
    payment = Payment(
        client_id=invoice.project.client_id,
        date=on,
        amount_cents=amount_cents,
        method=method,
        reference=ref,
    )
    if payment_uuid is not None:
        payment.uuid = payment_uuid
    s.add(payment)
    s.flush()
    items = [] if as_credit else [OpenItem(invoice.id, balance)]
    applications, credit = apply_payment(amount_cents, items)
    for app in applications:
        s.add(PaymentApplication(payment=payment, invoice_id=app.key, amount_cents=app.amount))
    s.flush()
    if applications:
        settle(s, invoice)
    if device is None:
        number = numbering.take_number(s, numbering.RECEIPT, lookup.company(s).receipt_format, on)
    elif receipt_number is None:
        series, fmt = field_marker.receipt_series(device), field_marker.receipt_format(device)
        number = numbering.take_number(s, series, fmt, on)
    else:
        series, fmt = field_marker.receipt_series(device), field_marker.receipt_format(device)
        numbering.note_used(s, series, fmt, on, receipt_number)
        number = receipt_number
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
            "method": method,
            "reference": ref,
            "receipt": number,
            "credit": credit,
            "receipt_pdf_sha256": receipt.pdf_sha256,
        },
    )
    if applications:
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
    return PaymentResult(number, amount_cents - credit, credit, invoice.status), payment.uuid
