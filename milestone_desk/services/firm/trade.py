"""Trade details of the company and each client: tax ids, split address, bank account, e-invoice choice.

Stored beside the old records (table ``trade_details``), so files and exports from before keep
working: an address part left blank is read from the old one-field address.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.bank import split_address, valid_bic, valid_country, valid_iban, valid_routing
from milestone_desk.domain.einvoice import CATEGORIES, FORMATS, BankAccount, Party
from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence.models import Client, Company
from milestone_desk.persistence.models_einvoice import TradeDetails
from milestone_desk.services.core import audit
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.json_doc import JsonDoc
from milestone_desk.services.core.queries import lookup


@dataclass(frozen=True)
class TradeSpec:
    vat_id: str = ""
    legal_form: str = ""
    registration: str = ""
    street: str = ""
    city: str = ""
    postcode: str = ""
    country: str = ""
    iban: str = ""
    bic: str = ""
    routing_number: str = ""
    account_number: str = ""
    buyer_reference: str = ""  # a client's reference for its invoices (Leitweg-ID for German public buyers)
    tax_category: str = ""  # S, Z, E or AE; blank: S when the project charges tax, else Z
    exemption_reason: str = ""
    einvoice_format: str = ""  # the client receives e-invoices as factur-x, zugferd, xrechnung or ubl
    pay_url: str = ""  # the company's pay-online link with {number} and {amount}


KEYS = tuple(f.name for f in fields(TradeSpec))


def validated(spec: TradeSpec) -> TradeSpec:
    """The spec cleaned up, or BadInput with one sentence."""
    s = replace(spec, **{k: str(getattr(spec, k)).strip() for k in KEYS})
    if len(s.exemption_reason) > 1000 or any(len(getattr(s, k)) > 200 for k in KEYS if k != "pay_url"):
        raise BadInput("A trade detail is too long (200 characters at most, 1000 for the exemption reason).")
    category = s.tax_category.upper()
    if category and category not in CATEGORIES:
        raise BadInput(
            f"The tax category {s.tax_category!r} is not one of S, Z, E (exempt) or AE (reverse charge)."
        )
    fmt = s.einvoice_format.lower()
    if fmt and fmt not in FORMATS:
        raise BadInput(f"The e-invoice format {s.einvoice_format!r} is not one of {', '.join(FORMATS)}.")
    if s.pay_url and not s.pay_url.startswith(("https://", "http://")):
        raise BadInput("The pay-online link must start with https:// (use {number} and {amount} in it).")
    if s.pay_url:
        try:
            s.pay_url.format(number="X", amount="1.00")
        except (KeyError, IndexError, ValueError) as exc:
            raise BadInput(
                "The pay-online link may only use the fields {number} and {amount} in braces."
            ) from exc
    if s.account_number and not s.account_number.isdigit():
        raise BadInput(f"The account number {s.account_number!r} must be digits only.")
    iban = valid_iban(s.iban) if s.iban else ""
    if iban[:2] in ("CH", "LI") and 30000 <= int(iban[4:9]) <= 31999:
        raise BadInput(
            f"The IBAN {s.iban!r} is a QR-IBAN, which needs a QR reference number; give the account's "
            "ordinary IBAN for the Swiss QR-bill."
        )
    return replace(
        s,
        vat_id=s.vat_id.replace(" ", "").upper(),
        country=valid_country(s.country),
        iban=iban,
        bic=valid_bic(s.bic) if s.bic else "",
        routing_number=valid_routing(s.routing_number) if s.routing_number else "",
        tax_category=category,
        einvoice_format=fmt,
    )


def _row(
    session: Session, *, company_id: int | None = None, client_id: int | None = None
) -> TradeDetails | None:
    q = select(TradeDetails)
    q = (
        q.where(TradeDetails.company_id == company_id)
        if company_id
        else q.where(TradeDetails.client_id == client_id)
    )
    return session.scalars(q).first()


def spec_of(row: TradeDetails | None) -> TradeSpec:
    if row is None:
        return TradeSpec()
    return TradeSpec(**{k: getattr(row, k) for k in KEYS})


def put(
    session: Session, spec: TradeSpec, *, company: Company | None = None, client: Client | None = None
) -> TradeSpec:
    clean = validated(spec)
    owner: Company | Client
    if company is not None:
        row, owner = _row(session, company_id=company.id), company
    elif client is not None:
        row, owner = _row(session, client_id=client.id), client
    else:
        raise ValueError("put needs a company or a client")
    before = asdict(spec_of(row)) if row is not None else None
    if row is None:
        row = TradeDetails(
            company_id=company.id if company is not None else None,
            client_id=client.id if client is not None else None,
        )
        session.add(row)
    for key in KEYS:
        setattr(row, key, getattr(clean, key))
    session.flush()
    audit.record(
        session, "trade_details", owner.uuid, "update" if before else "create", before, asdict(clean)
    )
    return clean


def save_company_trade(books: Books, spec: TradeSpec) -> TradeSpec:
    with books.write() as s:
        return put(s, spec, company=lookup.company(s))


def save_client_trade(books: Books, code: str, spec: TradeSpec) -> TradeSpec:
    with books.write() as s:
        return put(s, spec, client=lookup.client(s, code))


def company_trade_in(session: Session) -> TradeSpec:
    return spec_of(_row(session, company_id=lookup.company(session).id))


def client_trade_in(session: Session, client: Client) -> TradeSpec:
    return spec_of(_row(session, client_id=client.id))


def company_trade(books: Books) -> TradeSpec:
    with books.read() as s:
        return company_trade_in(s)


def client_trade(books: Books, code: str) -> TradeSpec:
    with books.read() as s:
        return client_trade_in(s, lookup.client(s, code))


def party(name: str, address: str, email: str, phone: str, t: TradeSpec, tax_id: str = "") -> Party:
    """The EN 16931 party: the split address where given, else read from the old one-field address."""
    street, city, postcode, country = split_address(address)
    return Party(
        name=name,
        street=t.street or street,
        city=t.city or city,
        postcode=t.postcode or postcode,
        country=t.country or country,
        vat_id=t.vat_id,
        tax_id="" if tax_id == t.vat_id else tax_id,
        legal_form=t.legal_form,
        registration=t.registration,
        email=email,
        phone=phone,
    )


def account(t: TradeSpec, holder: str) -> BankAccount:
    return BankAccount(t.iban, t.bic, t.routing_number, t.account_number, holder)


def from_json(
    doc: JsonDoc, session: Session, *, company: Company | None = None, client: Client | None = None
) -> None:
    """Read the optional ``"trade"`` object of a company or client in a milestone-desk/1 file."""
    if not doc.has("trade"):
        return
    raw = JsonDoc(doc.data["trade"], f"{doc.where}.trade")
    if not isinstance(raw.data, dict):
        raise BadInput(f"{raw.where} must be an object.")
    unknown = sorted(set(raw.data) - set(KEYS))
    if unknown:
        raise BadInput(f"{raw.where} has an unknown key {unknown[0]!r}.")
    spec = TradeSpec(**{k: raw.text(k, "") for k in KEYS})
    try:
        put(session, spec, company=company, client=client)
    except BadInput as exc:
        raise BadInput(f"{raw.where}: {str(exc)[:1].lower()}{str(exc)[1:]}") from exc


def to_json(spec: TradeSpec) -> dict[str, str] | None:
    """The non-empty trade details as a JSON object, or None when there are none (the key is left out)."""
    given = {k: v for k, v in asdict(spec).items() if v}
    return given or None
