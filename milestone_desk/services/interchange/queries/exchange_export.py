"""Export of the `milestone-desk/1` JSON format: deterministic (sorted by code and position, stable
key order) and complete, so importing an export into an empty file reproduces the company.

The export is streamed (``export_to``): projects are read CHUNK at a time with plain column queries,
payments with their receipts and applications in three queries, and each item is written as soon as
it is built, so a ten-year firm with its frozen PDFs exports in seconds and in little memory."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.money import to_decimal_string
from milestone_desk.persistence.models import (
    AuditEvent,
    Client,
    Invoice,
    Milestone,
    Payment,
    PaymentApplication,
    Project,
    Receipt,
    Setting,
)
from milestone_desk.persistence.models_construction import ChangeOrder
from milestone_desk.services.core import numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.core.queries.rows import rows
from milestone_desk.services.firm import trade
from milestone_desk.services.firm.company import profile_of
from milestone_desk.services.interchange.exchange_construction import export_fields
from milestone_desk.services.interchange.exchange_records import export_credit_notes
from milestone_desk.services.interchange.exchange_waivers import export_waivers

FORMAT = "milestone-desk/1"


def _opt(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


#: Projects read per round: their milestones and invoices come in one query each, not one per project.
CHUNK = 500


def _company(s: Session) -> tuple[dict[str, Any], Callable[[int], str]]:
    company = lookup.company(s)
    cur = company.currency

    def money(v: int) -> str:
        return to_decimal_string(v, cur)

    prof = profile_of(company)
    out: dict[str, Any] = {
        "name": prof.name,
        "address": prof.address,
        "currency": prof.currency,
        "tax_id": prof.tax_id,
        "email": prof.email,
        "phone": prof.phone,
        "payment_terms_days": prof.payment_terms_days,
        "invoice_format": prof.invoice_format,
        "receipt_format": prof.receipt_format,
        "page_size": prof.page_size,
        "payment_instructions": prof.payment_instructions,
        "credit_note_format": numbering.format_for(s, numbering.CREDIT_NOTE),
    }
    company_trade = trade.to_json(trade.company_trade_in(s))
    if company_trade:
        out["trade"] = company_trade
    _export_company_extras(s, out)
    return out, money


def _export_company_extras(s: Session, company: dict[str, Any]) -> None:
    """Optional keys (issue 16): the logo as base64, the locale for documents, the default tax."""
    from milestone_desk.services.firm import company_extras as cx

    extras = cx.extras_in(s)
    if extras.logo_png:
        company["logo_png_base64"] = cx.logo_to_base64(extras.logo_png)
    if s.get(Setting, cx.COMPANY_LOCALE_KEY) is not None:
        company["locale"] = extras.locale
    if s.get(Setting, cx.DEFAULT_TAX_KEY) is not None:
        company["default_tax_percent"] = extras.default_tax_percent


def _client_extras(s: Session, client: Client, item: dict[str, Any]) -> dict[str, Any]:
    """A client's trade details (issue 19), tax id and own locale (issue 16), when set (optional keys)."""
    from milestone_desk.services.core import doc_locale

    client_trade = trade.to_json(trade.client_trade_in(s, client))
    if client_trade:
        item["trade"] = client_trade
    tax_id = doc_locale.client_tax_id(s, client)
    if tax_id:
        item["tax_id"] = tax_id
    own = s.get(Setting, doc_locale.CLIENT_LOCALE + client.uuid)
    if own is not None and own.value:
        item["locale"] = own.value
    return item


def _clients(s: Session) -> Iterator[dict[str, Any]]:
    for c in s.scalars(select(Client).order_by(Client.code)):
        item = {"code": c.code, "name": c.name, "email": c.email, "address": c.address, "phone": c.phone}
        yield _client_extras(s, c, item)


def _milestone_item(m: Any, co_numbers: dict[int, int], money: Callable[[int], str]) -> dict[str, Any]:
    item: dict[str, Any] = {"name": m.name}
    if m.id in co_numbers:
        item["amount"] = money(m.share_cents or 0)
        item["change_order"] = co_numbers[m.id]
    elif m.share_kind == "percent":
        item["percent"] = str(m.share_percent)
    elif m.share_kind == "amount":
        item["amount"] = money(m.share_cents or 0)
    else:
        item["remainder"] = True
    item.update(
        {
            "deposit": m.is_deposit,
            "due": _opt(m.planned_date),
            "amount_computed": money(m.amount_cents),
            "status": m.status,
            "completed": _opt(m.completed_date),
            "note": m.note,
        }
    )
    return item


def _invoice_item(i: Any, milestone_name: str | None, money: Callable[[int], str]) -> dict[str, Any]:
    return {
        "number": i.number,
        "kind": i.kind,
        "milestone": milestone_name,
        "status": i.status,
        "issue_date": _opt(i.issue_date),
        "due_date": _opt(i.due_date),
        "description": i.description,
        "gross": money(i.gross_cents),
        "tax": money(i.tax_cents),
        "retainage": money(i.retainage_cents),
        "deposit_applied": money(i.deposit_applied_cents),
        "amount_due": money(i.amount_due_cents),
        "void_reason": i.void_reason,
        "voided_at": None if i.voided_at is None else i.voided_at.isoformat(),
        "sent_at": None if i.sent_at is None else i.sent_at.isoformat(),
    }


_MILESTONE_COLS = (
    Milestone.project_id,
    Milestone.id,
    Milestone.name,
    Milestone.share_kind,
    Milestone.share_percent,
    Milestone.share_cents,
    Milestone.is_deposit,
    Milestone.planned_date,
    Milestone.amount_cents,
    Milestone.status,
    Milestone.completed_date,
    Milestone.note,
    Milestone.position,
)
_INVOICE_COLS = (
    Invoice.project_id,
    Invoice.milestone_id,
    Invoice.number,
    Invoice.kind,
    Invoice.status,
    Invoice.issue_date,
    Invoice.due_date,
    Invoice.description,
    Invoice.gross_cents,
    Invoice.tax_cents,
    Invoice.retainage_cents,
    Invoice.deposit_applied_cents,
    Invoice.amount_due_cents,
    Invoice.void_reason,
    Invoice.voided_at,
    Invoice.sent_at,
)


def _projects(s: Session, money: Callable[[int], str]) -> Iterator[dict[str, Any]]:
    """Projects by code, CHUNK at a time: never the frozen PDFs, never a query per milestone or invoice."""
    ids = [pid for (pid,) in rows(s, select(Project.id).order_by(Project.code))]
    removed = _removed_milestones(s, money)
    for at in range(0, len(ids), CHUNK):
        chunk = ids[at : at + CHUNK]
        projects = {
            p.id: (p, code)
            for p, code in s.execute(
                select(Project, Client.code)
                .join(Client, Client.id == Project.client_id)
                .where(Project.id.in_(chunk))
            )
        }
        milestones: dict[int, list[Any]] = defaultdict(list)
        names: dict[int, str] = {}
        mq = select(*_MILESTONE_COLS).where(Milestone.project_id.in_(chunk)).order_by(Milestone.position)
        for m in rows(s, mq):
            milestones[m.project_id].append(m)
            names[m.id] = m.name
        invoices: dict[int, list[Any]] = defaultdict(list)
        iq = (
            select(*_INVOICE_COLS)
            .where(Invoice.project_id.in_(chunk), Invoice.number.is_not(None))
            .order_by(Invoice.id)
        )
        for i in rows(s, iq):
            invoices[i.project_id].append(i)
        orders: dict[int, dict[int, int]] = defaultdict(dict)
        cq = select(ChangeOrder.project_id, ChangeOrder.milestone_id, ChangeOrder.number).where(
            ChangeOrder.project_id.in_(chunk), ChangeOrder.milestone_id.is_not(None)
        )
        for pid, mid, num in rows(s, cq):
            orders[pid][int(mid or 0)] = int(num)
        for pid in chunk:
            p, client_code = projects[pid]
            co_numbers = orders.get(pid, {})
            items = [(m.position, _milestone_item(m, co_numbers, money)) for m in milestones.get(pid, [])]
            items += [(pos, item) for pos, item in removed.get(p.code, []) if item]
            items.sort(key=lambda x: x[0])
            yield {
                "code": p.code,
                "client": client_code,
                "name": p.name,
                "site_address": p.site_address,
                "contract_sum": money(p.contract_cents),
                "tax_percent": str(p.tax_percent),
                "retainage_percent": str(p.retainage_percent),
                "retainage_basis": p.retainage_basis,
                "status": p.status,
                "milestones": [item for _, item in items],
                "invoices": [
                    _invoice_item(
                        i,
                        None if i.milestone_id is None else _milestone_name(s, names, i.milestone_id),
                        money,
                    )
                    for i in invoices.get(pid, [])
                ],
                **export_fields(s, p, money),
            }
        s.expunge_all()  # the chunk's objects go; the session never holds the whole firm


def _removed_milestones(
    s: Session, money: Callable[[int], str]
) -> dict[str, list[tuple[int, dict[str, Any]]]]:
    """Milestones removed by a change order, as their removal's audit event kept them (per project).

    They go in the export with ``removed_by_change_order``, at their place, so that an import builds the
    original schedule (whose shares sum to ``contract_sum``) and then removes them again.
    """
    out: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    events = select(AuditEvent.before, AuditEvent.after).where(
        AuditEvent.entity == "milestone", AuditEvent.action == "remove"
    )
    for before_text, after_text in s.execute(events.order_by(AuditEvent.id)):
        before, after = json.loads(before_text or "{}"), json.loads(after_text or "{}")
        if "share_kind" not in before:
            continue
        item: dict[str, Any] = {"name": before["name"]}
        if before["share_kind"] == "percent":
            item["percent"] = before["share_percent"]
        elif before["share_kind"] == "amount":
            item["amount"] = money(before["share_cents"] or 0)
        else:
            item["remainder"] = True
        item.update(
            {
                "deposit": False,
                "due": before["planned_date"],
                "amount_computed": money(before["amount_cents"]),
                "status": before["status"],
                "completed": before["completed_date"],
                "note": before["note"],
                "removed_by_change_order": after["removed_by_change_order"],
            }
        )
        out[before["project"]].append((int(before["position"]), item))
    return out


def _milestone_name(s: Session, names: dict[int, str], milestone_id: int) -> str | None:
    """The invoice's milestone is its project's; a stray one (another project's) is looked up."""
    if milestone_id not in names:
        found = s.scalar(select(Milestone.name).where(Milestone.id == milestone_id))
        if found is None:
            return None
        names[milestone_id] = found
    return names[milestone_id]


def _payments(s: Session, money: Callable[[int], str]) -> Iterator[dict[str, Any]]:
    """Payments by date, with receipt, client and applications joined in: three queries in all."""
    applications: dict[int, list[tuple[int, str | None, int]]] = defaultdict(list)
    q = select(
        PaymentApplication.payment_id, PaymentApplication.id, Invoice.number, PaymentApplication.amount_cents
    ).join(Invoice, Invoice.id == PaymentApplication.invoice_id)
    for pay_id, app_id, number, cents in rows(s, q):
        applications[pay_id].append((app_id, number, cents))
    pq = (
        select(
            Payment.id,
            Receipt.number,
            Client.code,
            Payment.date,
            Payment.amount_cents,
            Payment.method,
            Payment.reference,
            Payment.cleared,
            Payment.cleared_date,
        )
        .join(Client, Client.id == Payment.client_id)
        .outerjoin(Receipt, Receipt.payment_id == Payment.id)
        .order_by(Payment.date, Payment.id)
    )
    for pay_id, receipt, client, on, cents, method, reference, cleared, cleared_date in rows(s, pq):
        yield {
            "receipt": receipt,
            "client": client,
            "date": on.isoformat(),
            "amount": money(cents),
            "method": method,
            "reference": reference,
            "cleared": cleared,
            "cleared_date": _opt(cleared_date),
            "applications": [
                {"invoice": number, "amount": money(amount)}
                for _id, number, amount in sorted(applications.get(pay_id, []))
            ],
        }


def _sections(s: Session) -> Iterator[tuple[str, Any]]:
    """The document's top-level keys in order; the long lists as iterators, read as they are written."""
    company, money = _company(s)
    yield "format", FORMAT
    yield "company", company
    yield "clients", _clients(s)
    yield "projects", _projects(s, money)
    yield "payments", _payments(s, money)
    yield "credit_notes", export_credit_notes(s, money)
    yield "lien_waivers", export_waivers(s, money)


def export_data(books: Books) -> dict[str, Any]:
    """The whole company as one dict (for callers that want it in memory; ``export_to`` streams)."""
    with books.read() as s:
        return {key: list(value) if isinstance(value, Iterator) else value for key, value in _sections(s)}


def _dumps(value: Any, level: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` writes it nested ``level`` deep."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return text.replace("\n", "\n" + "  " * level) if level else text


def export_to(books: Books, write: Callable[[str], object]) -> None:
    """Write the export piece by piece, byte for byte what ``export_text`` returns, without holding
    the whole document (or any frozen PDF) in memory."""
    with books.read() as s:
        write("{")
        first = True
        for key, value in _sections(s):
            write(("\n" if first else ",\n") + f"  {json.dumps(key, ensure_ascii=False)}: ")
            first = False
            if not isinstance(value, Iterator):
                write(_dumps(value, 1))
                continue
            empty = True
            for item in value:
                write(("[\n" if empty else ",\n") + "    " + _dumps(item, 2))
                empty = False
            write("[]" if empty else "\n  ]")
        write("\n}\n")


def export_text(books: Books) -> str:
    parts: list[str] = []
    export_to(books, parts.append)
    return "".join(parts)
