"""The credit-note part of the `milestone-desk/1` JSON format (top-level ``"credit_notes"``).

Each item: ``number``, ``invoice``, ``date``, ``amount`` (decimal string), ``reason`` and ``kind``
(``applied`` or ``refunded``). Import checks the same rules as issuing one, so a file that
round-trips through export → import gives the same balances.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.states import InvoiceStatus
from milestone_desk.persistence.models import Company, Invoice
from milestone_desk.persistence.models_records import CREDIT_APPLIED, CREDIT_KINDS, CreditNote
from milestone_desk.services.billing import balances
from milestone_desk.services.core import audit, numbering
from milestone_desk.services.core.queries import lookup


class Item(Protocol):
    """What exchange's reader offers (its ``_Doc``), named here to avoid an import cycle."""

    where: str

    def text(self, key: str, default: str | None = None) -> str: ...
    def money(
        self, key: str, currency: str, *, default: str | None = None, negative: bool = False
    ) -> int: ...
    def day(self, key: str) -> Any: ...
    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str: ...


def export_credit_notes(s: Session, money: Callable[[int], str]) -> list[dict[str, Any]]:
    q = (
        select(CreditNote, Invoice.number)
        .join(Invoice, CreditNote.invoice_id == Invoice.id)
        .order_by(CreditNote.issue_date, CreditNote.id)
    )
    return [
        {
            "number": cn.number,
            "invoice": inv_no,
            "date": cn.issue_date.isoformat(),
            "amount": money(cn.amount_cents),
            "reason": cn.reason,
            "kind": cn.kind,
        }
        for cn, inv_no in s.execute(q)
    ]


def import_credit_notes(s: Session, company: Company, items: list[Any]) -> None:
    fmt = numbering.format_for(s, numbering.CREDIT_NOTE)
    for c in items:
        item: Item = c
        inv = lookup.invoice(s, item.text("invoice"))
        number = item.text("number")
        if s.scalars(select(CreditNote.id).where(CreditNote.number == number)).first() is not None:
            raise BadInput(f"{item.where}: the credit note number {number!r} is already used.")
        on = item.day("date")
        if on is None:
            raise BadInput(f"{item.where} has no date.")
        amount = item.money("amount", company.currency)
        if amount <= 0:
            raise BadInput(f"{item.where}.amount must be more than zero.")
        reason = item.text("reason").strip()
        if not reason:
            raise BadInput(f"{item.where}.reason is empty; a credit note needs a reason.")
        kind = item.choice("kind", CREDIT_KINDS, CREDIT_APPLIED)
        if inv.status == InvoiceStatus.VOID.value:
            raise BadInput(f"{item.where}: invoice {inv.number} is void and takes no credit note.")
        bal = balances.balance_of(s, inv)
        if bal.credited + bal.refunded + amount > inv.amount_due_cents:
            raise BadInput(f"{item.where}: invoice {inv.number} would be credited above its amount due.")
        if kind == CREDIT_APPLIED and amount > bal.open:
            raise BadInput(f"{item.where}: the credit is more than invoice {inv.number} still owes.")
        if kind != CREDIT_APPLIED and amount > bal.paid - bal.refunded:
            raise BadInput(f"{item.where}: the refund is more than was paid on invoice {inv.number}.")
        note = CreditNote(
            invoice=inv, number=number, issue_date=on, amount_cents=amount, reason=reason, kind=kind
        )
        s.add(note)
        numbering.note_used(s, numbering.CREDIT_NOTE, fmt, on, number)
        s.flush()
        balances.settle(s, inv)
        audit.record(
            s, "credit_note", note.uuid, "import", None, {"number": number, "amount": amount, "kind": kind}
        )
    s.flush()


def import_numbering(s: Session, company_data: dict[str, Any]) -> None:
    """Formats of the series that are not on the company profile (e.g. ``credit_note_format``)."""
    raw = company_data.get("credit_note_format")
    if raw is None:
        return
    if not isinstance(raw, str):
        raise BadInput("company.credit_note_format must be a string.")
    numbering.set_format(s, numbering.CREDIT_NOTE, raw)
