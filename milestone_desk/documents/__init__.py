"""PDF documents (reportlab): invoices and receipts from plain dataclasses; no database here.

reportlab is imported on first use, so commands that never draw a document start fast.
"""

from __future__ import annotations

from milestone_desk.documents.model import CreditNoteDocument, InvoiceDocument, ReceiptDocument


def render_invoice(doc: InvoiceDocument) -> bytes:
    """The invoice as PDF bytes (same document, same bytes)."""
    from milestone_desk.documents.invoice import render_invoice as render

    return render(doc)


def render_receipt(doc: ReceiptDocument) -> bytes:
    """The receipt as PDF bytes (same document, same bytes)."""
    from milestone_desk.documents.receipt import render_receipt as render

    return render(doc)


def render_credit_note(doc: CreditNoteDocument) -> bytes:
    """The credit note as PDF bytes (same document, same bytes)."""
    from milestone_desk.documents.credit_note import render_credit_note as render

    return render(doc)


__all__ = ["render_credit_note", "render_invoice", "render_receipt"]
