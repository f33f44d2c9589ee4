"""Lien waivers in the `milestone-desk/1` JSON (review finding 11): exported and imported.

A waiver is exported with its invoice, kind, amount, dates and (for an unconditional one) the
receipt of the payment it rests on; import re-renders its PDF from those figures.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.states import VOID
from milestone_desk.persistence.models import Invoice, Receipt
from milestone_desk.persistence.models_construction import LienWaiver
from milestone_desk.services.construction.waivers import KINDS, render_for
from milestone_desk.services.core import audit
from milestone_desk.services.core.queries import lookup


def export_waivers(s: Session, money: Callable[[int], str]) -> list[dict[str, Any]]:
    out = []
    for w in s.scalars(select(LienWaiver).order_by(LienWaiver.id)):
        receipt = None
        if w.payment is not None and w.payment.receipt is not None:
            receipt = w.payment.receipt.number
        out.append(
            {
                "invoice": w.invoice.number if w.invoice else None,
                "kind": w.kind,
                "amount": money(w.amount_cents),
                "through_date": w.through_date.isoformat(),
                "issue_date": w.issue_date.isoformat(),
                "receipt": receipt,
                "pdf_sha256": w.pdf_sha256,
            }
        )
    return out


def import_waivers(s: Session, currency: str, items: list[Any]) -> None:
    """Add each waiver of the file (its invoice and payment must be imported already)."""
    for item in items:
        number = item.text("invoice")
        invoice = lookup.invoice(s, number)
        kind = item.choice("kind", KINDS, "conditional_progress")
        amount = item.money("amount", currency)
        through, on = item.day("through_date"), item.day("issue_date")
        if through is None or on is None:
            raise BadInput(f"{item.where} needs through_date and issue_date.")
        payment_id = None
        if item.has("receipt"):
            receipt = s.scalars(select(Receipt).where(Receipt.number == item.text("receipt"))).first()
            if receipt is None:
                raise BadInput(f"{item.where}.receipt is not a receipt of this file.")
            payment_id = receipt.payment_id
        if invoice.status == VOID or not isinstance(invoice, Invoice):
            raise BadInput(f"{item.where}: invoice {number} is void; no waiver can cover it.")
        pdf = render_for(s, kind, invoice, amount, through, on)
        waiver = LienWaiver(
            project_id=invoice.project_id,
            kind=kind,
            invoice_id=invoice.id,
            payment_id=payment_id,
            amount_cents=amount,
            through_date=through,
            issue_date=on,
            pdf=pdf,
            pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        )
        s.add(waiver)
        s.flush()
        audit.record(
            s, "lien_waiver", waiver.uuid, "import", None, {"kind": kind, "invoice": number, "amount": amount}
        )
