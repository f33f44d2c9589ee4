"""The pure parts of issue 19: IBAN/BIC/routing checks, the old address split, the EN 16931 mapping."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as hs

from milestone_desk.domain.bank import split_address, valid_bic, valid_iban, valid_routing
from milestone_desk.domain.einvoice import BankAccount, Figures, Party, build, payable_now, split_gross
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import apply_rate

SELLER = Party("Bau GmbH", "Hauptstr. 5", "Berlin", "10115", "DE", vat_id="DE123456789")
BUYER = Party("Kunde AG", "Ring 1", "Wien", "1010", "AT", vat_id="ATU12345678")


@pytest.mark.parametrize(
    "text",
    [
        "DE89 3704 0044 0532 0130 00",
        "GB29NWBK60161331926819",
        "FR1420041010050500013M02606",
        "CH9300762011623852957",
    ],
)
def test_real_ibans_pass(text: str) -> None:
    assert valid_iban(text) == text.replace(" ", "")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("DE89 3704 0044 0532 0130 01", "fails its check digits"),
        ("DE89 3704 0044 0532 0130", "has 20 characters; an IBAN from DE has 22"),
        ("12345", "is not an IBAN"),
    ],
)
def test_bad_ibans_are_refused_with_a_sentence(text: str, words: str) -> None:
    with pytest.raises(BadInput, match=words):
        valid_iban(text)


def test_bic_and_routing() -> None:
    assert valid_bic("cobadeffxxx") == "COBADEFFXXX"
    with pytest.raises(BadInput, match="not a BIC"):
        valid_bic("COBA")
    assert valid_routing("011000015") == "011000015"
    with pytest.raises(BadInput, match="fails its checksum"):
        valid_routing("011000016")


def test_the_old_one_field_address_is_split() -> None:
    assert split_address("Hauptstraße 5\n10115 Berlin\nDE") == ("Hauptstraße 5", "Berlin", "10115", "DE")
    assert split_address("418 Cedar Lane\nPortland, OR 97205") == ("418 Cedar Lane", "Portland", "97205", "")
    assert split_address("31 Main St, Beaverton, OR") == ("31 Main St", "Beaverton", "", "")  # OR: a state
    assert split_address("") == ("", "", "", "")


@given(hs.integers(min_value=1, max_value=10**11), hs.sampled_from(["19", "7", "20", "8.5", "0", "5.5"]))
def test_split_gross_adds_up_and_taxes_within_a_cent(amount: int, rate: str) -> None:
    net, tax = split_gross(amount, Decimal(rate))
    assert net + tax == amount
    assert abs(apply_rate(net, Decimal(rate)) - tax) <= 1


def test_the_mapping_of_retainage_and_deposit() -> None:
    f = Figures(
        "milestone", "INV-1", date(2026, 3, 2), date(2026, 4, 1), "EUR", (("Walls", 3_000_000),),
        3_000_000, 570_000, Decimal(19), retainage=300_000, deposit_applied=276_923, amount_due=2_993_077,
    )  # fmt: skip
    e = build(f, SELLER, BUYER, account=BankAccount(iban="DE89370400440532013000"))
    assert (e.tax_basis, e.tax_total, e.grand_total) == (3_000_000, 570_000, 3_570_000)
    assert (e.prepaid, e.payable) == (276_923, 3_293_077)  # BR-CO-16: BT-115 = BT-112 - BT-113
    assert payable_now(e) == f.amount_due  # what the PDF asks for now
    assert e.payment_means == "58" and e.remittance == "INV-1"
    assert any("Retainage of 3,000.00 EUR is withheld" in n for n in e.notes)


def test_what_cannot_be_sent_is_refused_in_words() -> None:
    f = Figures(
        "milestone", "INV-2", date(2026, 3, 2), date(2026, 4, 1), "EUR", (("x", 100),), 100, 0, Decimal(0)
    )
    with pytest.raises(BadInput, match="needs the client's VAT id"):
        build(f, SELLER, Party("Sin NIF", country="ES"), category="AE")
    with pytest.raises(BadInput, match="must say why"):
        build(f, SELLER, BUYER, category="E")
    with pytest.raises(BadInput, match="has no country"):
        build(f, SELLER, Party("Nowhere"))
    taxed = Figures(
        "milestone", "INV-3", date(2026, 3, 2), date(2026, 4, 1), "EUR", (("x", 100),), 100, 19, Decimal(19)
    )
    with pytest.raises(BadInput, match="charges 19% tax, but the client's tax category is reverse charge"):
        build(taxed, SELLER, BUYER, category="AE")
    with pytest.raises(BadInput, match="fails its check digits"):
        build(taxed, SELLER, BUYER, account=BankAccount(iban="DE89370400440532013001"))
