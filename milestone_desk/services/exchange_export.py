"""Export of the `milestone-desk/1` JSON format: deterministic (sorted by code and position, stable
key order) and complete, so importing an export into an empty file reproduces the company."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.money import to_decimal_string
from milestone_desk.persistence.models import Client, Payment, Project, Setting
from milestone_desk.services import lookup, numbering, trade
from milestone_desk.services.books import Books
from milestone_desk.services.company import profile_of
from milestone_desk.services.exchange_construction import change_order_numbers, export_fields
from milestone_desk.services.exchange_records import export_credit_notes
from milestone_desk.services.exchange_waivers import export_waivers

FORMAT = "milestone-desk/1"


def _opt(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def export_data(books: Books) -> dict[str, Any]:
    with books.read() as s:
        company = lookup.company(s)
        cur = company.currency

        def money(v: int) -> str:
            return to_decimal_string(v, cur)

        prof = profile_of(company)
        out: dict[str, Any] = {
            "format": FORMAT,
            "company": {
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
            },
        }
        company_trade = trade.to_json(trade.company_trade_in(s))
        if company_trade:
            out["company"]["trade"] = company_trade
        _export_company_extras(s, out["company"])
        out["clients"] = []
        for c in s.scalars(select(Client).order_by(Client.code)):
            entry: dict[str, Any] = {
                "code": c.code,
                "name": c.name,
                "email": c.email,
                "address": c.address,
                "phone": c.phone,
            }
            client_trade = trade.to_json(trade.client_trade_in(s, c))
            if client_trade:
                entry["trade"] = client_trade
            out["clients"].append(_client_extras(s, c, entry))
        projects = []
        for p in s.scalars(select(Project).order_by(Project.code)):
            milestones = []
            co_numbers = change_order_numbers(s, p)
            for m in p.milestones:
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
                milestones.append(item)
            invoices = [
                {
                    "number": i.number,
                    "kind": i.kind,
                    "milestone": i.milestone.name if i.milestone else None,
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
                for i in p.invoices
                if i.number is not None
            ]
            projects.append(
                {
                    "code": p.code,
                    "client": p.client.code,
                    "name": p.name,
                    "site_address": p.site_address,
                    "contract_sum": money(p.contract_cents),
                    "tax_percent": str(p.tax_percent),
                    "retainage_percent": str(p.retainage_percent),
                    "retainage_basis": p.retainage_basis,
                    "status": p.status,
                    "milestones": milestones,
                    "invoices": invoices,
                    **export_fields(s, p, money),
                }
            )
        out["projects"] = projects
        payments = []
        for pay in s.scalars(select(Payment).order_by(Payment.date, Payment.id)):
            payments.append(
                {
                    "receipt": pay.receipt.number if pay.receipt else None,
                    "client": pay.client.code,
                    "date": pay.date.isoformat(),
                    "amount": money(pay.amount_cents),
                    "method": pay.method,
                    "reference": pay.reference,
                    "cleared": pay.cleared,
                    "cleared_date": _opt(pay.cleared_date),
                    "applications": [
                        {"invoice": a.invoice.number, "amount": money(a.amount_cents)}
                        for a in sorted(pay.applications, key=lambda a: a.id)
                    ],
                }
            )
        out["payments"] = payments
        out["credit_notes"] = export_credit_notes(s, money)
        out["lien_waivers"] = export_waivers(s, money)
        return out


def export_text(books: Books) -> str:
    return json.dumps(export_data(books), indent=2, ensure_ascii=False) + "\n"


def _export_company_extras(s: Session, company: dict[str, Any]) -> None:
    """Optional keys (issue 16): the logo as base64, the locale for documents, the default tax."""
    from milestone_desk.services import company_extras as cx

    extras = cx.extras_in(s)
    if extras.logo_png:
        company["logo_png_base64"] = cx.logo_to_base64(extras.logo_png)
    if s.get(Setting, cx.COMPANY_LOCALE_KEY) is not None:
        company["locale"] = extras.locale
    if s.get(Setting, cx.DEFAULT_TAX_KEY) is not None:
        company["default_tax_percent"] = extras.default_tax_percent


def _client_extras(s: Session, client: Client, item: dict[str, Any]) -> dict[str, Any]:
    """A client's tax id and own locale, when set (optional keys)."""
    from milestone_desk.services import doc_locale

    tax_id = doc_locale.client_tax_id(s, client)
    if tax_id:
        item["tax_id"] = tax_id
    own = s.get(Setting, doc_locale.CLIENT_LOCALE + client.uuid)
    if own is not None and own.value:
        item["locale"] = own.value
    return item
