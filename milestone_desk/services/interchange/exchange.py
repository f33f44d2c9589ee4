"""Import and export of the `milestone-desk/1` JSON format (a public contract: add fields, rename none).

Export is deterministic (sorted by code and position, stable key order) and complete: importing
an export into an empty file reproduces the company, its history included.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.dates import FIRST_YEAR, LAST_YEAR
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.schedule import Share
from milestone_desk.domain.states import InvoiceKind, InvoiceStatus, MilestoneStatus, PaymentMethod
from milestone_desk.persistence.models import (
    Company,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentApplication,
    Project,
    Receipt,
)
from milestone_desk.services.billing.payments import settle
from milestone_desk.services.billing.queries.consistency import milestone_invoice_problems
from milestone_desk.services.core import audit, numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import ClientSpec, CompanyProfile, MilestoneSpec, ProjectSpec
from milestone_desk.services.core.json_doc import JsonDoc, load_json, lower_first, parse_json_text
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.firm import trade
from milestone_desk.services.firm.company import put_company
from milestone_desk.services.firm.projects import add_client, add_project
from milestone_desk.services.interchange.exchange_construction import (
    import_construction,
    is_change_order_item,
    link_pay_application_invoices,
    spec_fields,
)
from milestone_desk.services.interchange.exchange_records import (
    import_credit_notes,
    import_numbering,
)
from milestone_desk.services.interchange.exchange_waivers import import_waivers
from milestone_desk.services.interchange.queries.exchange_export import (
    FORMAT,
    export_data,
    export_text,
    export_to,
)

__all__ = [
    "FORMAT",
    "export_data",
    "export_text",
    "export_to",
    "import_data",
    "import_file",
    "load_json",
    "parse_json_text",
]


# --------------------------------------------------------------------------- import
def _timestamp(doc: JsonDoc, key: str) -> datetime | None:
    raw = doc.data.get(key)
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise BadInput(f'{doc.where}.{key} must be a time string such as "2026-01-15T09:30:00".')
    try:
        moment = datetime.fromisoformat(raw).replace(tzinfo=None)
    except ValueError as exc:
        raise BadInput(f"{doc.where}.{key} {raw!r} is not a UTC time like 2026-01-15T09:30:00.") from exc
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise BadInput(f"{doc.where}.{key} {raw} is out of range; use a time between 1900 and 2200.")
    return moment


def _share(m: JsonDoc, currency: str) -> Share:
    kinds = [k for k in ("percent", "amount") if m.has(k)] + (["remainder"] if m.flag("remainder") else [])
    if len(kinds) != 1:
        raise BadInput(f"{m.where} needs exactly one of percent, amount or remainder.")
    if kinds[0] == "percent":
        return Share.of_percent(m.percent("percent"))
    if kinds[0] == "amount":
        return Share.of_amount(m.money("amount", currency))
    return Share.remainder()


def _import_company_extras(s: Session, data: Any) -> None:
    """Optional keys (issue 16): logo_png_base64, locale, default_tax_percent."""
    from milestone_desk.services.firm import company_extras as cx

    if not isinstance(data, dict) or not any(
        k in data for k in ("logo_png_base64", "locale", "default_tax_percent")
    ):
        return
    have = cx.extras_in(s)
    logo = (
        cx.logo_from_base64(data.get("logo_png_base64"), "company.logo_png_base64")
        if "logo_png_base64" in data
        else have.logo_png
    )
    locale = str(data.get("locale") or have.locale)
    tax = str(data.get("default_tax_percent") or have.default_tax_percent)
    cx.put_extras(s, cx.CompanyExtras(logo, locale, tax))


def _import_client_extras(s: Session, client: Any, c: JsonDoc) -> None:
    """Optional client keys (issue 16): tax_id, locale."""
    from milestone_desk.services.core import doc_locale

    tax_id = c.text("tax_id", "")
    if tax_id:
        doc_locale.set_client_tax_id_in(s, client, tax_id)
    locale = c.text("locale", "")
    if locale:
        doc_locale.set_client_locale_in(s, client, locale)


def _company_profile(doc: JsonDoc) -> CompanyProfile:
    base = CompanyProfile(name="")
    terms = doc.data.get("payment_terms_days", base.payment_terms_days)
    if isinstance(terms, bool) or not isinstance(terms, int):
        raise BadInput(f"{doc.where}.payment_terms_days must be a whole number of days.")
    return CompanyProfile(
        name=doc.text("name"),
        address=doc.text("address", ""),
        currency=doc.text("currency", "USD"),
        tax_id=doc.text("tax_id", ""),
        email=doc.text("email", ""),
        phone=doc.text("phone", ""),
        payment_terms_days=terms,
        invoice_format=doc.text("invoice_format", base.invoice_format),
        receipt_format=doc.text("receipt_format", base.receipt_format),
        page_size=doc.text("page_size", base.page_size),
        payment_instructions=doc.text("payment_instructions", ""),
    )


def _import_invoices(s: Session, company: Company, project: Project, p: JsonDoc) -> None:
    by_name = {m.name: m for m in project.milestones}
    cur = company.currency
    for i in p.items("invoices"):
        name = i.data.get("milestone")
        m = None
        if name is not None:
            m = by_name.get(str(name))
            if m is None:
                raise BadInput(f"{i.where}.milestone {name!r} is not a milestone of {project.code}.")
        kind = i.choice("kind", tuple(k.value for k in InvoiceKind), "milestone")
        status = i.choice(
            "status", tuple(k.value for k in InvoiceStatus if k is not InvoiceStatus.DRAFT), "issued"
        )
        number = i.text("number")
        if s.scalars(select(Invoice.id).where(Invoice.number == number)).first() is not None:
            raise BadInput(f"{i.where}: the invoice number {number!r} is already used.")
        issued = i.day("issue_date")
        if issued is None:
            raise BadInput(f"{i.where} has no issue_date.")
        void_reason = i.data.get("void_reason")
        if void_reason is not None and not isinstance(void_reason, str):
            raise BadInput(f"{i.where}.void_reason must be a string.")
        if status == InvoiceStatus.VOID.value and not (void_reason or "").strip():
            raise BadInput(f"{i.where}: a void invoice needs a void_reason.")
        gross, tax = i.money("gross", cur), i.money("tax", cur, default="0")
        ret = i.money("retainage", cur, default="0", negative=True)  # a step-down releases some
        dep = i.money("deposit_applied", cur, default="0")
        due = i.money("amount_due", cur)
        if due != gross + tax - ret - dep:
            raise BadInput(f"{i.where}: amount_due is not gross + tax - retainage - deposit_applied.")
        inv = Invoice(
            project=project,
            milestone=m,
            kind=kind,
            series="invoice",
            number=number,
            status=status,
            issue_date=issued,
            due_date=i.day("due_date"),
            description=i.text("description", name or ""),
            gross_cents=gross,
            tax_cents=tax,
            retainage_cents=ret,
            deposit_applied_cents=dep,
            amount_due_cents=due,
            void_reason=void_reason,
            voided_at=_timestamp(i, "voided_at"),
            sent_at=_timestamp(i, "sent_at"),
        )
        inv.lines.append(
            InvoiceLine(position=0, kind="work", description=inv.description or number, amount_cents=gross)
        )
        s.add(inv)
        numbering.note_used(s, "invoice", company.invoice_format, issued, number)
        s.flush()
        audit.record(s, "invoice", inv.uuid, "import", None, {"number": number, "amount_due": due})
    s.flush()


def _import_payments(s: Session, company: Company, doc: JsonDoc) -> None:
    cur = company.currency
    touched: dict[int, Invoice] = {}
    for p in doc.items("payments"):
        client = lookup.client(s, p.text("client"))
        on = p.day("date")
        if on is None:
            raise BadInput(f"{p.where} has no date.")
        amount = p.money("amount", cur)
        if amount <= 0:
            raise BadInput(f"{p.where}.amount must be more than zero.")
        method = PaymentMethod.parse(p.text("method", "check")).value
        pay = Payment(
            client=client,
            date=on,
            amount_cents=amount,
            method=method,
            reference=p.text("reference", ""),
            cleared=p.flag("cleared"),
            cleared_date=p.day("cleared_date"),
        )
        s.add(pay)
        total = 0
        for a in p.items("applications"):
            inv = lookup.invoice(s, a.text("invoice"))
            if inv.project.client_id != client.id:
                raise BadInput(f"{a.where}: invoice {inv.number} belongs to another client.")
            cents = a.money("amount", cur)
            total += cents
            s.add(PaymentApplication(payment=pay, invoice=inv, amount_cents=cents))
            touched[inv.id] = inv
        if total > amount:
            raise BadInput(f"{p.where}: the applications add up to more than the payment.")
        receipt = p.text("receipt")
        if s.scalars(select(Receipt.id).where(Receipt.number == receipt)).first() is not None:
            raise BadInput(f"{p.where}: the receipt number {receipt!r} is already used.")
        s.add(Receipt(payment=pay, number=receipt, issue_date=on))
        numbering.note_used(s, "receipt", company.receipt_format, on, receipt)
        s.flush()
        audit.record(s, "payment", pay.uuid, "import", None, {"receipt": receipt, "amount": amount})
    s.flush()
    for inv in touched.values():
        if inv.status != InvoiceStatus.VOID.value:
            paid = sum(a.amount_cents for a in inv.applications)
            if paid > inv.amount_due_cents:
                raise BadInput(f"Invoice {inv.number} would be paid more than its amount due.")
            settle(s, inv)


def import_data(books: Books, data: Any) -> dict[str, int]:
    """Add the document's clients and projects (and any history) in one all-or-nothing transaction."""
    doc = JsonDoc(data, "The file", root=True)
    if doc.data.get("format") != FORMAT:
        raise BadInput(f'The file\'s "format" must be "{FORMAT}".')
    with books.write() as s:
        existing = s.scalars(select(Company).order_by(Company.id).limit(1)).first()
        if existing is None:
            if not doc.has("company"):
                raise BadInput('The file has no "company", and this company file has none yet.')
            existing = put_company(s, _company_profile(JsonDoc(doc.data["company"], "company")))
            import_numbering(s, doc.data["company"])
            trade.from_json(JsonDoc(doc.data["company"], "company"), s, company=existing)
            _import_company_extras(s, doc.data["company"])
        elif doc.has("company"):
            given = (
                JsonDoc(doc.data["company"], "company").text("currency", existing.currency).strip().upper()
            )
            if given != existing.currency:
                raise BadInput(
                    f"The file's amounts are in {given}, but this company keeps its books in "
                    f"{existing.currency}; nothing was imported."
                )
        cur = existing.currency
        clients = doc.items("clients")
        for c in clients:
            client = add_client(
                s,
                ClientSpec(
                    code=c.text("code"),
                    name=c.text("name"),
                    email=c.text("email", ""),
                    address=c.text("address", ""),
                    phone=c.text("phone", ""),
                ),
            )
            trade.from_json(c, s, client=client)
            _import_client_extras(s, client, c)
        projects = doc.items("projects")
        for p in projects:
            if p.data.get("billing") == "progress" and p.percent("tax_percent") != 0:
                raise BadInput(
                    f"{p.where}.tax_percent: progress projects bill no sales tax (pay applications carry "
                    "none); set it to 0 or bill the project by milestones."
                )
            specs = []
            ms = [m for m in p.items("milestones") if not is_change_order_item(m)]
            for m in ms:
                specs.append(
                    MilestoneSpec(
                        name=m.text("name"),
                        share=_share(m, cur),
                        is_deposit=m.flag("deposit"),
                        planned_date=m.day("due"),
                        note=m.text("note", ""),
                    )
                )
            try:
                project = add_project(
                    s,
                    ProjectSpec(
                        code=p.text("code"),
                        client_code=p.text("client"),
                        name=p.text("name"),
                        contract_cents=p.money("contract_sum", cur),
                        milestones=specs,
                        site_address=p.text("site_address", ""),
                        tax_percent=p.percent("tax_percent"),
                        retainage_percent=p.percent("retainage_percent"),
                        retainage_basis=p.choice("retainage_basis", ("pre_tax", "post_tax"), "pre_tax"),
                        status=p.choice("status", ("active", "completed", "archived"), "active"),
                        **spec_fields(p, cur),
                    ),
                )
            except BadInput as exc:
                text = str(exc)
                raise BadInput(
                    text if text.startswith(p.where) else f"{p.where}: {lower_first(text)}"
                ) from exc
            for row, m in zip(project.milestones, ms):
                row.status = m.choice("status", tuple(x.value for x in MilestoneStatus), "planned")
                row.completed_date = m.day("completed")
            import_construction(s, project, p, cur)
            _import_invoices(s, existing, project, p)
            link_pay_application_invoices(s, project, p)
        _import_payments(s, existing, doc)
        import_credit_notes(s, existing, doc.items("credit_notes"))
        import_waivers(s, cur, doc.items("lien_waivers"))
        s.flush()
        for project in s.scalars(select(Project).order_by(Project.code)):
            found = milestone_invoice_problems(s, project, cur)
            if found:
                raise BadInput(found[0].rstrip(".") + "; nothing was imported.")
        audit.record(
            s, "company", existing.uuid, "import", None, {"clients": len(clients), "projects": len(projects)}
        )
        s.flush()
        refuse_what_check_reports(s)
        return {"clients": len(clients), "projects": len(projects)}


def refuse_what_check_reports(s: Session) -> None:
    """Run the whole of ``check`` on the books as the import left them, before anything is committed."""
    from milestone_desk.services.records.queries.check import (
        check_session,  # check builds on the services above
    )

    found = check_session(s)
    if found:
        more = f" (and {len(found) - 1} more problem(s))" if len(found) > 1 else ""
        raise BadInput(
            f"The imported data does not pass the check: {found[0].text.rstrip('.')}{more}; nothing was imported."
        )


def import_file(books: Books, path: Path) -> dict[str, int]:
    return import_data(books, load_json(path))
