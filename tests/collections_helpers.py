"""Building real histories for the collections tests through the same services a user drives."""

from __future__ import annotations

from datetime import date

from milestone_desk.services.billing import invoicing, payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones

KITCHEN_MILESTONES = ("Deposit", "Demolition", "Rough-in", "Cabinets", "Final")


def issue(books: Books, project: str, name: str, on: date) -> str:
    milestones.complete_milestone(books, project, name, on)
    return invoicing.issue_invoice(books, project, name, on)


def pay(books: Books, number: str, cents: int, on: date) -> int:
    """Record a payment; returns the part applied to the invoice (the rest is credit, knowingly kept)."""
    return payments.record_payment(books, number, cents, on, credit_ok=True).applied_cents


def amount_due(books: Books, number: str) -> int:
    return invoicing.invoice_view(books, number).amount_due_cents
