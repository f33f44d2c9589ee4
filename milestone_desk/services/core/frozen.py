"""Issued documents are frozen: the service layer refuses to edit or delete them (DESIGN §6).

A ``before_flush`` hook on every ORM session turns any attempt into a plain sentence before
SQL is sent; the database triggers (persistence/sqlite_guards.py) refuse the same changes for
anything that bypasses the ORM.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.states import VOID
from milestone_desk.persistence.models import AuditEvent, Invoice, Payment, PaymentApplication, Receipt
from milestone_desk.persistence.models_einvoice import EInvoiceFile
from milestone_desk.persistence.models_records import CreditNote, DocumentNumber
from milestone_desk.persistence.sqlite_guards import (
    CREDIT_FROZEN,
    INVOICE_FROZEN,
    PAYMENT_FROZEN,
    PDF,
    RECEIPT_FROZEN,
)
from milestone_desk.services.core.books import Books

_NEVER_DELETED: dict[type[Any], str] = {
    Receipt: "A receipt cannot be deleted.",
    CreditNote: "A credit note cannot be deleted; issue another credit note to correct it.",
    Payment: "A recorded payment cannot be deleted.",
    PaymentApplication: "A payment application cannot be deleted.",
    AuditEvent: "The audit trail is append-only.",
    DocumentNumber: "A document number that was taken cannot be released.",
    EInvoiceFile: "A stored e-invoice cannot be deleted; it is frozen with its invoice.",
}
_FROZEN_FIELDS: dict[type[Any], tuple[tuple[str, ...], str]] = {
    Receipt: (RECEIPT_FROZEN, "A receipt cannot be edited."),
    CreditNote: (CREDIT_FROZEN, "A credit note cannot be edited."),
    Payment: (PAYMENT_FROZEN, "The amount, date and client of a recorded payment cannot be changed."),
}


def _old(obj: object, attr: str) -> Any:
    """The value of ``attr`` as it is in the database (before this flush)."""
    hist = inspect(obj).attrs[attr].history
    if hist.deleted:
        return hist.deleted[0]
    if hist.unchanged:
        return hist.unchanged[0]
    if hist.added:
        return None  # never loaded nor set before: the row holds its default (NULL for set-once fields)
    return getattr(obj, attr)


def _changed(obj: object, attrs: tuple[str, ...]) -> list[str]:
    state = inspect(obj)
    return [a for a in attrs if a in state.attrs and state.attrs[a].history.has_changes()]


def _set_once_changed(obj: object) -> bool:
    return any(_old(obj, a) is not None and _changed(obj, (a,)) for a in PDF)


def check_invoice_update(inv: Invoice) -> None:
    number = _old(inv, "number")
    if number is None:
        return  # a draft: editable until issued
    fields = [a for a in _changed(inv, INVOICE_FROZEN) if a not in ("id", "uuid", "created_at")]
    was_void = _old(inv, "status") == VOID
    if (
        fields
        or _set_once_changed(inv)
        or (was_void and inv.status != VOID)
        or (_old(inv, "void_reason") is not None and _changed(inv, ("void_reason",)))
        or (_old(inv, "voided_at") is not None and _changed(inv, ("voided_at",)))
    ):
        raise BadInput(
            f"Invoice {number} is issued and cannot be edited; record a credit note or void it instead."
        )


def _guard(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.deleted:
        number = _old(obj, "number") if isinstance(obj, Invoice) else None
        if number is not None:
            raise BadInput(
                f"Invoice {number} is issued and cannot be deleted; void it or record a credit note."
            )
        for cls, sentence in _NEVER_DELETED.items():
            if isinstance(obj, cls):
                raise BadInput(sentence)
    for obj in session.dirty:
        if isinstance(obj, Invoice):
            check_invoice_update(obj)
        elif isinstance(obj, AuditEvent | DocumentNumber) and session.is_modified(obj):
            raise BadInput("The audit trail and the number register are append-only.")
        else:
            for cls, (fields, sentence) in _FROZEN_FIELDS.items():
                if isinstance(obj, cls) and (
                    [a for a in _changed(obj, fields) if a not in ("id",)]
                    or (cls is not Payment and _set_once_changed(obj))
                ):
                    raise BadInput(sentence)


event.listen(Session, "before_flush", _guard)


def delete_draft_invoice(books: Books, invoice_id: int) -> None:
    """Delete an invoice that was never issued; an issued one is refused with a sentence."""
    with books.write() as s:
        inv = s.get(Invoice, invoice_id)
        if inv is None:
            raise BadInput(f"There is no invoice with the id {invoice_id}.")
        for line in list(inv.lines):
            if inv.number is None:
                s.delete(line)
        s.delete(inv)
