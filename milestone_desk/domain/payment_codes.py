"""What a payment QR code says: EPC/SEPA (GiroCode), a pay-online link (pure text, stdlib only).

The Swiss QR-bill payload is built with the ``qrbill`` package in documents/payment_qr.py; the
remittance reference of every code is the invoice number.
"""

from __future__ import annotations

from dataclasses import dataclass

from milestone_desk.domain.money import to_decimal_string

EPC_MAX_CENTS = 99_999_999_999  # 999,999,999.99


@dataclass(frozen=True)
class PaymentCode:
    kind: str  # epc, swiss or link
    payload: str  # what the QR code holds
    caption: str  # the words printed beside it
    link: str = ""  # a clickable address (the pay-online link)


def epc_payload(name: str, iban: str, bic: str, amount_cents: int, reference: str) -> str:
    """EPC069-12 version 002 (GiroCode) for a SEPA credit transfer in euro, UTF-8 (character set 1)."""
    if not 1 <= amount_cents <= EPC_MAX_CENTS:
        raise ValueError("an EPC code carries an amount between 0.01 and 999,999,999.99 EUR")
    lines = [
        "BCD",
        "002",
        "1",
        "SCT",
        bic,
        name[:70],
        iban,
        f"EUR{to_decimal_string(amount_cents, 'EUR')}",
        "",  # purpose code
        "",  # structured creditor reference (none: the invoice number goes unstructured)
        reference[:140],
    ]
    return "\n".join(lines)


def pay_link(template: str, number: str, amount_cents: int, currency: str) -> str:
    """The company's pay-online address with {number} and {amount} filled in (amount as 1234.50)."""
    from urllib.parse import quote

    return template.format(number=quote(number, safe=""), amount=to_decimal_string(amount_cents, currency))
