"""The e-invoice model (EN 16931 business terms) and the pure mapping from an invoice's figures.

The figures are the ones the issued invoice already carries (gross, tax, retainage, deposit applied,
amount due, lines), so the XML can never say something the PDF does not.

How the construction figures map (EN 16931 has no retention element):

* **Applied deposit** → BT-113 *Paid amount*: it was invoiced and paid in advance, which is exactly
  what BT-113 means; BR-CO-16 then gives BT-115 = BT-112 − BT-113.
* **Retainage** is a deferral of payment, not a price reduction. A document-level allowance (BG-20)
  would lower the VAT base (BR-CO-13) and BR-CO-17 would then demand less VAT than the invoice charges,
  although the whole supply is taxed now; BT-113 would claim money was paid that was not. So the
  invoice states the full amount payable (BT-115) and the retainage goes into the payment terms
  (BT-20) and an invoice note (BT-22): "Retainage withheld … pay … now; … is due on release".
  A retainage-release invoice therefore has no e-invoice of its own (its VAT and amount were on the
  milestone invoices); ``check`` refuses it with a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from milestone_desk.domain.bank import valid_bic, valid_iban
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import apply_rate, format_money

#: Tax categories of UNTDID 5305 the app uses.
CATEGORIES = {
    "S": "standard rate",
    "Z": "zero rated",
    "E": "exempt from tax",
    "AE": "reverse charge",
}
FORMATS = ("factur-x", "zugferd", "xrechnung", "ubl")
INVOICE = "380"
CREDIT_NOTE = "381"


@dataclass(frozen=True)
class Party:
    name: str
    street: str = ""
    city: str = ""
    postcode: str = ""
    country: str = ""
    vat_id: str = ""
    tax_id: str = ""  # a tax registration id that is not a VAT id (BT-32), e.g. a US EIN
    legal_form: str = ""
    registration: str = ""
    email: str = ""
    phone: str = ""

    @property
    def legal_id(self) -> str:
        """BT-30: the registration, else (no VAT id either) the tax id, so BR-CO-26 can identify the seller."""
        return self.registration or ("" if self.vat_id else self.tax_id)


@dataclass(frozen=True)
class BankAccount:
    iban: str = ""
    bic: str = ""
    routing: str = ""  # US ABA routing number
    account: str = ""  # US account number
    holder: str = ""


@dataclass(frozen=True)
class Figures:
    """One issued invoice or credit note, as its PDF states it (minor units)."""

    kind: str  # milestone, progress, deposit, late_fee, release … or credit_note
    number: str
    issue_date: date
    due_date: date
    currency: str
    lines: tuple[tuple[str, int], ...]  # (description, net amount)
    gross: int
    tax: int
    tax_percent: Decimal
    retainage: int = 0
    deposit_applied: int = 0
    amount_due: int = 0
    preceding_invoice: str = ""  # a credit note's invoice (BG-3)
    preceding_date: date | None = None
    note: str = ""


@dataclass(frozen=True)
class Line:
    id: str
    name: str
    net: int


@dataclass(frozen=True)
class TaxGroup:
    category: str
    percent: Decimal
    basis: int
    tax: int
    reason: str = ""
    reason_code: str = ""


@dataclass(frozen=True)
class EInvoice:
    type_code: str
    number: str
    issue_date: date
    due_date: date
    currency: str
    seller: Party
    buyer: Party
    buyer_reference: str
    lines: tuple[Line, ...]
    taxes: tuple[TaxGroup, ...]
    line_total: int  # BT-106
    tax_basis: int  # BT-109
    tax_total: int  # BT-110
    grand_total: int  # BT-112
    prepaid: int  # BT-113
    payable: int  # BT-115
    retainage: int  # stated in the terms, not in the sums (see the module text)
    payment_means: str  # UNTDID 4461: 58 SEPA credit transfer, 30 credit transfer, 1 not defined
    account: BankAccount
    remittance: str  # BT-83: the invoice number
    terms: str  # BT-20
    notes: tuple[str, ...] = field(default_factory=tuple)
    preceding_invoice: str = ""
    preceding_date: date | None = None


def split_gross(amount: int, percent: Decimal) -> tuple[int, int]:
    """(net, tax) of a tax-inclusive amount: the net whose tax (half-up) adds up to it, or the nearest."""
    if not percent:
        return amount, 0
    guess = int(Decimal(amount) * 100 / (100 + percent))
    best = (guess, amount - guess)
    for net in range(guess - 2, guess + 3):
        if net + apply_rate(net, percent) == amount:
            return net, amount - net
        if abs(apply_rate(net, percent) - (amount - net)) < abs(apply_rate(best[0], percent) - best[1]):
            best = (net, amount - net)
    return best


def category_for(percent: Decimal, chosen: str) -> str:
    """The tax category: the client's choice, else standard when taxed and zero-rated when not."""
    if chosen:
        if chosen not in CATEGORIES:
            raise BadInput(f"The tax category {chosen!r} is not one of S, Z, E or AE.")
        return chosen
    return "S" if percent else "Z"


def _check_parties(seller: Party, buyer: Party, category: str, reason: str) -> None:
    for who, p in (("company", seller), ("client", buyer)):
        if not p.name.strip():
            raise BadInput(f"The {who} has no name; an e-invoice names both parties.")
        if not p.country:
            raise BadInput(
                f"The {who} {p.name} has no country; set its address's country (two letters, e.g. DE) "
                "before sending e-invoices."
            )
    if not (seller.vat_id or seller.tax_id or seller.registration):
        raise BadInput(
            "The company has no VAT id, tax id or registration number; an e-invoice must identify the seller "
            "by one of them (EN 16931 BR-CO-26)."
        )
    if category == "AE":
        if not seller.vat_id:
            raise BadInput(
                "A reverse-charge invoice needs the company's VAT id; add it to the company profile."
            )
        if not buyer.vat_id:
            raise BadInput(
                f"A reverse-charge invoice needs the client's VAT id; add the VAT id of {buyer.name} "
                "to the client before sending it."
            )
    if category == "E" and not reason.strip():
        raise BadInput(
            f"An invoice exempt from tax must say why; give {buyer.name} an exemption reason "
            "(e.g. 'Exempt under Article 135 of Directive 2006/112/EC')."
        )


def _check_account(account: BankAccount) -> BankAccount:
    iban = valid_iban(account.iban) if account.iban else ""
    bic = valid_bic(account.bic) if account.bic else ""
    return BankAccount(iban, bic, account.routing, account.account, account.holder)


def build(
    f: Figures,
    seller: Party,
    buyer: Party,
    *,
    category: str = "",
    exemption_reason: str = "",
    buyer_reference: str = "",
    account: BankAccount | None = None,
) -> EInvoice:
    """The EN 16931 invoice for these figures, or BadInput naming what is missing, in plain words."""
    if f.kind == "release":
        raise BadInput(
            f"Invoice {f.number} releases retainage, which the milestone invoices already carried in full "
            "with its tax (retainage is a deferred payment there); it has no e-invoice of its own."
        )
    cat = category_for(f.tax_percent, category)
    if cat == "S" and not f.tax_percent:
        raise BadInput(f"Invoice {f.number} charges no tax, so it cannot be at the standard rate (S).")
    if cat != "S" and (f.tax_percent or f.tax):
        raise BadInput(
            f"Invoice {f.number} charges {f.tax_percent}% tax, but the client's tax category is "
            f"{CATEGORIES[cat]} ({cat}), which charges none; correct the project's tax rate or the client."
        )
    _check_parties(seller, buyer, cat, exemption_reason)
    acct = _check_account(account or BankAccount())
    credit = f.kind == "credit_note"
    lines: tuple[Line, ...]
    if credit:
        net, tax = split_gross(f.gross, f.tax_percent)
        lines = (Line("1", f.lines[0][0] if f.lines else f"Credit on invoice {f.preceding_invoice}", net),)
    else:
        net, tax = f.gross, f.tax
        lines = tuple(Line(str(i), text, amount) for i, (text, amount) in enumerate(f.lines, start=1))
        if sum(ln.net for ln in lines) != net:
            raise BadInput(f"The lines of invoice {f.number} do not add up to its amount; it cannot be sent.")
    reason, code = "", ""
    if cat == "E":
        reason = exemption_reason.strip()
    elif cat == "AE":
        reason, code = "Reverse charge", "VATEX-EU-AE"
    group = TaxGroup(cat, f.tax_percent if cat == "S" else Decimal(0), net, tax, reason, code)
    total = net + tax
    prepaid = 0 if credit else f.deposit_applied
    payable = total - prepaid
    cur = f.currency
    terms = f"Due {f.due_date.isoformat()}; please quote {f.number} with your payment."
    notes: list[str] = []
    if f.note:
        notes.append(f.note)
    if f.retainage and not credit:
        now = payable - f.retainage
        text = (
            f"Retainage of {format_money(f.retainage, cur)} {cur} is withheld under the contract: pay "
            f"{format_money(now, cur)} {cur} by {f.due_date.isoformat()}; the retainage is due on its release."
        )
        terms = f"{text} Please quote {f.number} with your payment."
        notes.append(text)
    if prepaid:
        notes.append(f"Deposit of {format_money(prepaid, cur)} {cur} applied (paid in advance).")
    if acct.iban:
        means = "58" if cur == "EUR" else "30"
    elif acct.account:
        means = "30"
    else:
        means = "1"
    if acct.routing:
        terms += f" Bank routing number {acct.routing}, account {acct.account}."
    return EInvoice(
        type_code=CREDIT_NOTE if credit else INVOICE,
        number=f.number,
        issue_date=f.issue_date,
        due_date=f.due_date,
        currency=cur,
        seller=seller,
        buyer=buyer,
        buyer_reference=buyer_reference or f.number,
        lines=lines,
        taxes=(group,),
        line_total=net,
        tax_basis=net,
        tax_total=tax,
        grand_total=total,
        prepaid=prepaid,
        payable=payable,
        retainage=0 if credit else f.retainage,
        payment_means=means,
        account=acct,
        remittance=f.number,
        terms=terms,
        notes=tuple(notes),
        preceding_invoice=f.preceding_invoice,
        preceding_date=f.preceding_date,
    )


def payable_now(e: EInvoice) -> int:
    """What the client pays by the due date: BT-115 less the retainage withheld (the PDF's total)."""
    return e.payable - e.retainage
