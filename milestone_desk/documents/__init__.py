"""PDF documents (reportlab): invoices and receipts from plain dataclasses; no database here."""

from milestone_desk.documents.invoice import render_invoice
from milestone_desk.documents.receipt import render_receipt

__all__ = ["render_invoice", "render_receipt"]
