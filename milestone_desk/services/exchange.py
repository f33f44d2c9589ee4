"""Import and export of the `milestone-desk/1` JSON format (a public contract: add fields, rename none).

Export is deterministic (sorted by code and position, stable key order) and complete: importing
an export into an empty file reproduces the company, its history included.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.dates import FIRST_YEAR, LAST_YEAR
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money, parse_percent, to_decimal_string
from milestone_desk.domain.schedule import Share
from milestone_desk.domain.states import InvoiceKind, InvoiceStatus, MilestoneStatus, PaymentMethod
from milestone_desk.persistence.models import (
    Client,
    Company,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentApplication,
    Project,
    Receipt,
)
from milestone_desk.services import audit, lookup, numbering
from milestone_desk.services.books import Books
from milestone_desk.services.company import profile_of, put_company
from milestone_desk.services.consistency import milestone_invoice_problems
from milestone_desk.services.dto import ClientSpec, CompanyProfile, MilestoneSpec, ProjectSpec
from milestone_desk.services.exchange_construction import (
    change_order_numbers,
    export_fields,
    import_construction,
    is_change_order_item,
    link_pay_application_invoices,
    spec_fields,
)
from milestone_desk.services.exchange_records import (
    export_credit_notes,
    import_credit_notes,
    import_numbering,
)
from milestone_desk.services.exchange_waivers import export_waivers, import_waivers
from milestone_desk.services.payments import settle
from milestone_desk.services.projects import add_client, add_project

FORMAT = "milestone-desk/1"


# --------------------------------------------------------------------------- reading helpers
class _Doc:
    """Typed access to untrusted JSON with error sentences that name the place."""

    def __init__(self, data: Any, where: str, *, root: bool = False) -> None:
        if not isinstance(data, dict):
            raise BadInput(f"{where} must be a JSON object.")
        self.data: dict[str, Any] = data
        self.where = where
        #: The whole file: its children are named ``projects[0]``, not ``The file.projects[0]``.
        self.root = root

    def _place(self, key: str) -> str:
        return key if self.root else f"{self.where}.{key}"

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise BadInput(f"{self.where} has no {key!r}.")
        if not isinstance(value, str):
            raise BadInput(f"{self.where}.{key} must be a string.")
        return value

    def money(self, key: str, currency: str, *, default: str | None = None, negative: bool = False) -> int:
        raw = self.data.get(key, default)
        if isinstance(raw, bool) or not isinstance(raw, (str, int)):
            raise BadInput(f'{self.where}.{key} must be a decimal string such as "1250.00".')
        try:
            return Money.parse(str(raw), currency, what="value", allow_negative=negative).minor
        except BadInput as exc:
            raise BadInput(f"{self._place(key)}: {_lower_first(str(exc))}") from exc

    def percent(self, key: str, default: str = "0") -> Decimal:
        raw = self.data.get(key, default)
        if isinstance(raw, bool) or not isinstance(raw, (str, int)):
            raise BadInput(f'{self.where}.{key} must be a decimal string such as "5".')
        try:
            return parse_percent(str(raw), "value")
        except BadInput as exc:
            raise BadInput(f"{self._place(key)}: {_lower_first(str(exc))}") from exc

    def day(self, key: str) -> date | None:
        raw = self.data.get(key)
        if raw is None:
            return None
        if not isinstance(raw, str):
            raise BadInput(f'{self._place(key)} must be a date string such as "2026-01-15".')
        try:
            day = date.fromisoformat(raw)
        except ValueError as exc:
            raise BadInput(f"{self._place(key)} {raw!r} is not a date like 2026-01-15.") from exc
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise BadInput(f"{self._place(key)} {raw} is out of range; use a date between 1900 and 2200.")
        return day

    def flag(self, key: str) -> bool:
        raw = self.data.get(key, False)
        if not isinstance(raw, bool):
            raise BadInput(f"{self.where}.{key} must be true or false.")
        return raw

    def items(self, key: str) -> list[_Doc]:
        raw = self.data.get(key, [])
        if not isinstance(raw, list):
            raise BadInput(f"{self.where}.{key} must be a list.")
        return [_Doc(item, f"{self._place(key)}[{i}]") for i, item in enumerate(raw)]

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(key, default)
        if value not in allowed:
            raise BadInput(f"{self.where}.{key} must be one of {', '.join(allowed)}.")
        return value


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """object_pairs_hook: a key given twice is refused (json would silently keep the last)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise BadInput(f"The file gives the key {key!r} twice in one object; keep only one.")
        out[key] = value
    return out


def parse_json_text(text: str | bytes) -> Any:
    """JSON from text, refusing duplicate keys."""
    return json.loads(text, object_pairs_hook=_no_duplicate_keys)


def load_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"Cannot read {path}: {exc.strerror}.") from exc
    try:
        return parse_json_text(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise BadInput(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}).") from exc
    except RecursionError as exc:
        raise BadInput(f"{path} is nested too deeply to be a company file.") from exc


# --------------------------------------------------------------------------- import
def _timestamp(doc: _Doc, key: str) -> datetime | None:
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


def _share(m: _Doc, currency: str) -> Share:
    kinds = [k for k in ("percent", "amount") if m.has(k)] + (["remainder"] if m.flag("remainder") else [])
    if len(kinds) != 1:
        raise BadInput(f"{m.where} needs exactly one of percent, amount or remainder.")
    if kinds[0] == "percent":
        return Share.of_percent(m.percent("percent"))
    if kinds[0] == "amount":
        return Share.of_amount(m.money("amount", currency))
    return Share.remainder()


def _company_profile(doc: _Doc) -> CompanyProfile:
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


def _import_invoices(s: Session, company: Company, project: Project, p: _Doc) -> None:
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


def _import_payments(s: Session, company: Company, doc: _Doc) -> None:
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
    doc = _Doc(data, "The file", root=True)
    if doc.data.get("format") != FORMAT:
        raise BadInput(f'The file\'s "format" must be "{FORMAT}".')
    with books.write() as s:
        existing = s.scalars(select(Company).order_by(Company.id).limit(1)).first()
        if existing is None:
            if not doc.has("company"):
                raise BadInput('The file has no "company", and this company file has none yet.')
            existing = put_company(s, _company_profile(_Doc(doc.data["company"], "company")))
            import_numbering(s, doc.data["company"])
        elif doc.has("company"):
            given = _Doc(doc.data["company"], "company").text("currency", existing.currency).strip().upper()
            if given != existing.currency:
                raise BadInput(
                    f"The file's amounts are in {given}, but this company keeps its books in "
                    f"{existing.currency}; nothing was imported."
                )
        cur = existing.currency
        clients = doc.items("clients")
        for c in clients:
            add_client(
                s,
                ClientSpec(
                    code=c.text("code"),
                    name=c.text("name"),
                    email=c.text("email", ""),
                    address=c.text("address", ""),
                    phone=c.text("phone", ""),
                ),
            )
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
                    text if text.startswith(p.where) else f"{p.where}: {_lower_first(text)}"
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
        return {"clients": len(clients), "projects": len(projects)}


def import_file(books: Books, path: Path) -> dict[str, int]:
    return import_data(books, load_json(path))


# --------------------------------------------------------------------------- export
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
        out["clients"] = [
            {"code": c.code, "name": c.name, "email": c.email, "address": c.address, "phone": c.phone}
            for c in s.scalars(select(Client).order_by(Client.code))
        ]
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
