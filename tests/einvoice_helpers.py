"""A German company with a spread of invoices for the e-invoice tests (issue 19)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from milestone_desk.services.billing import credits, invoicing
from milestone_desk.services.construction import change_orders, retainage
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.interchange import exchange

DAY = date(2026, 3, 2)
IBAN = "DE89370400440532013000"


def _project(code: str, client: str, tax: str, contract: str = "20000.00", **more: Any) -> dict[str, Any]:
    return {
        "code": code,
        "client": client,
        "name": f"Job {code}",
        "contract_sum": contract,
        "tax_percent": tax,
        "milestones": [{"name": "Start", "percent": "50"}, {"name": "Finish", "remainder": True}],
        **more,
    }


EU: dict[str, Any] = {
    "format": "milestone-desk/1",
    "company": {
        "name": "Bauwerk Schmidt GmbH",
        # the old one-field address: street, city and postcode are read from it
        "address": "Hauptstraße 5\n10115 Berlin\nDE",
        "currency": "EUR",
        "email": "rechnung@bauwerk-schmidt.de",
        "phone": "+49 30 1234567",
        "trade": {
            "vat_id": "DE123456789",
            "legal_form": "GmbH, Amtsgericht Charlottenburg",
            "registration": "HRB 12345 B",
            "iban": IBAN,
            "bic": "COBADEFFXXX",
        },
    },
    "clients": [
        {
            "code": "C-DE",
            "name": "Müller Bau AG",
            "email": "ap@mueller-bau.de",
            "trade": {
                "street": "Marktplatz 1",
                "city": "München",
                "postcode": "80331",
                "country": "DE",
                "vat_id": "DE987654321",
                "buyer_reference": "04011000-12345-67",
                "einvoice_format": "xrechnung",
            },
        },
        {"code": "C-RU", "name": "Ирина Петрова 李华", "address": "Leninstraße 1\n10117 Berlin\nDE"},
        {
            "code": "C-EX",
            "name": "Stiftung Gemeinwohl",
            "address": "Allee 3\n20095 Hamburg\nDE",
            "trade": {"tax_category": "E", "exemption_reason": "Steuerfrei nach § 4 Nr. 18 UStG"},
        },
        {
            "code": "C-FR",
            "name": "Société Générale de Construction",
            "address": "12 rue de la Paix\n75002 Paris\nFR",
            "trade": {"tax_category": "AE", "vat_id": "FR40303265045"},
        },
        {
            "code": "C-NOVAT",
            "name": "Constructora Sin NIF",
            "address": "Calle Mayor 1\n28013 Madrid\nES",
            "trade": {"tax_category": "AE"},
        },
    ],
    "projects": [
        _project(
            "P-TAX",
            "C-DE",
            "19",
            "100000.00",
            retainage_percent="10",
            deposit_policy="applied",
            deposit="10000.00",
            milestones=[
                {"name": "Foundation", "percent": "40"},
                {"name": "Walls", "percent": "30"},
                {"name": "Roof", "remainder": True},
            ],
        ),
        _project("P-RU", "C-RU", "19"),
        _project("P-EX", "C-EX", "0"),
        _project("P-FR", "C-FR", "0"),
        _project("P-NOVAT", "C-NOVAT", "0"),
    ],
}


def issue(books: Books, project: str, name: str, on: date = DAY) -> str:
    milestones.complete_milestone(books, project, name, on)
    return invoicing.issue_invoice(books, project, name, on)


def eu_books(path: Path) -> tuple[Books, dict[str, str]]:
    """The company with its invoices issued; returns the books and a name → number map."""
    import json

    books = Books.open(path)
    exchange.import_data(books, json.loads(json.dumps(EU)))
    n: dict[str, str] = {}
    n["deposit"] = retainage.issue_deposit_invoice(books, "P-TAX", DAY)
    n["retainage+deposit"] = issue(books, "P-TAX", "Foundation")
    co = change_orders.add_change_order(books, "P-TAX", 500000, "Extra basement window", DAY, approve_it=True)
    assert co == 1
    n["change-order"] = issue(books, "P-TAX", "Extra basement window")
    n["non-latin"] = issue(books, "P-RU", "Start")
    n["exempt"] = issue(books, "P-EX", "Start")
    n["reverse"] = issue(books, "P-FR", "Start")
    n["no-vat-id"] = issue(books, "P-NOVAT", "Start")
    n["credit"] = credits.issue_credit_note(
        books, n["retainage+deposit"], 119000, "Snagging: one window late", DAY
    )
    return books, n
