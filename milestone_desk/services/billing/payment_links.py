"""The payment QR codes an issued invoice carries, from the company's bank details and pay-online link.

EUR with an IBAN → an EPC/GiroCode; a company in Switzerland or Liechtenstein with a CH/LI IBAN
(CHF or EUR) → a Swiss QR code with qrbill's payload instead; a pay-online link template → the
link printed and as a QR code. The remittance reference is the invoice number. No bank details,
no codes: the invoice looks exactly as before.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from milestone_desk.domain.bank import split_address
from milestone_desk.domain.money import format_money, to_decimal_string
from milestone_desk.domain.payment_codes import PaymentCode, epc_payload, pay_link
from milestone_desk.persistence.models import Company
from milestone_desk.services.firm import trade


def _swiss(account: str, creditor: dict[str, str], amount: str, currency: str, reference: str) -> str:
    from milestone_desk.documents.payment_qr import swiss_payload  # reportlab: not at window start

    try:
        return swiss_payload(account, creditor, amount, currency, reference)
    except ValueError:
        return ""


def payment_codes(
    session: Session, company: Company, number: str, amount_cents: int
) -> tuple[PaymentCode, ...]:
    if amount_cents <= 0 or not number:
        return ()
    t = trade.company_trade_in(session)
    cur = company.currency
    shown = f"{format_money(amount_cents, cur)} {cur}, reference {number}"
    codes: list[PaymentCode] = []
    street, city, postcode, country = split_address(company.address)
    country = t.country or country
    if t.iban and t.iban[:2] in ("CH", "LI") and country in ("CH", "LI") and cur in ("CHF", "EUR"):
        payload = _swiss(
            t.iban,
            {
                "name": company.name[:70],
                "street": (t.street or street)[:70],
                "pcode": t.postcode or postcode,
                "city": t.city or city,
                "country": country,
            },
            to_decimal_string(amount_cents, cur),
            cur,
            number,
        )
        if payload:  # qrbill refuses an incomplete address: then the invoice carries no Swiss code
            codes.append(PaymentCode("swiss", payload, f"{shown}; IBAN {t.iban}"))
    elif t.iban and cur == "EUR":
        payload = epc_payload(company.name, t.iban, t.bic, amount_cents, number)
        codes.append(PaymentCode("epc", payload, f"{shown}; IBAN {t.iban}"))
    if t.pay_url:
        url = pay_link(t.pay_url, number, amount_cents, cur)
        codes.append(PaymentCode("link", url, shown, link=url))
    return tuple(codes)
