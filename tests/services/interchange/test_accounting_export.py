"""Issue 20: exports for the accountant (QuickBooks Desktop IIF, QuickBooks Online CSV, Xero CSV), the
`journal` and `export-accounting` commands, and the firm's own chart of accounts."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.domain import journal as dj
from milestone_desk.domain.errors import BadInput
from milestone_desk.services.billing import credits, invoicing, payments, voiding
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.interchange import accounting_export as ax
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records import journal as js

DAY = date(2026, 1, 10)


def _firm(client_name: str = "Maria Delgado", tax: str = "0") -> dict[str, Any]:
    return {
        "format": "milestone-desk/1",
        "company": {"name": "Hartwell", "currency": "USD"},
        "clients": [
            {"code": "C-1", "name": client_name, "email": "m@example.com", "address": "22 Birch St\nPortland"}
        ],
        "projects": [
            {
                "code": "P-1",
                "client": "C-1",
                "name": "Warehouse",
                "contract_sum": "90000.00",
                "tax_percent": tax,
                "retainage_percent": "10",
                "milestones": [
                    {"name": "Foundation", "amount": "50000.00"},
                    {"name": "Shell", "amount": "40000.00"},
                ],
            }
        ],
    }


def _issue(books: Books, name: str, on: date = DAY) -> str:
    milestones.complete_milestone(books, "P-1", name, on)
    return invoicing.issue_invoice(books, "P-1", name, on)


@pytest.fixture
def firm(tmp_path: Path) -> Any:
    path = tmp_path / "firm.mdesk"
    with Books.open(path) as books:
        exchange.import_data(books, _firm())
        _issue(books, "Foundation")
        _issue(books, "Shell", date(2026, 1, 20))
        payments.record_payment(books, "INV-2026-0001", 45_000_00, date(2026, 2, 1), reference="1001")
        yield books


def _iif_blocks(text: str) -> tuple[list[list[str]], list[list[list[str]]]]:
    lines = [ln.split("\t") for ln in text.split("\r\n") if ln]
    headers = [ln for ln in lines if ln[0].startswith("!")]
    blocks: list[list[list[str]]] = []
    current: list[list[str]] = []
    for ln in lines[len(headers) :]:
        if ln[0] == "ENDTRNS":
            blocks.append(current)
            current = []
        else:
            current.append(ln)
    assert current == [], "a transaction without ENDTRNS"
    return headers, blocks


def _cents(text: str) -> int:
    return int(Decimal(text) * 100)


def test_worked_example_two_lines_with_ten_percent_retainage(firm: Books, tmp_path: Path) -> None:
    """Two billed lines of 50,000 and 40,000 with 10 % retainage: 90,000 of sales less a 9,000
    retention item = 81,000 receivable.

    The bookkeeping follows the QuickBooks practice described in public sources: a "Retainage" item
    mapped to a Retainage (Retention) Receivable other-current-asset account, entered on each invoice
    as a negative line (work completed 100,000, retainage (10 %) −10,000, invoice total 90,000):
    https://www.inbuild.ai/posts/retainage-separately-in-quickbooks and Intuit's QuickBooks community
    answer https://quickbooks.intuit.com/community/forums/forumtopicprintpage/board-id/other-questions/message-id/15789/print-single-message/true/page/1
    """
    out = tmp_path / "books.iif"
    ax.export_accounting(firm, "quickbooks-iif", out, None, date(2026, 1, 31))
    headers, blocks = _iif_blocks(out.read_bytes().decode("cp1252"))
    invoices = [b for b in blocks if b[0][2] == "INVOICE"]
    assert len(invoices) == 2
    amount = headers[0].index("AMOUNT")
    sales = sum(
        _cents(s[amount])
        for b in invoices
        for s in b[1:]
        if s[headers[1].index("INVITEM")] == "Contract work"
    )
    retention = sum(
        _cents(s[amount]) for b in invoices for s in b[1:] if s[headers[1].index("INVITEM")] == "Retainage"
    )
    receivable = sum(_cents(b[0][amount]) for b in invoices)
    assert (sales, retention, receivable) == (-90_000_00, 9_000_00, 81_000_00)
    assert {s[headers[1].index("ACCNT")] for b in invoices for s in b[1:] if s[13] == "Retainage"} == {
        "Retainage Receivable"
    }
    tb = js.trial_balance(firm, date(2026, 1, 31))
    assert (tb.balance(dj.AR), tb.balance(dj.RETAINAGE), tb.balance(dj.REVENUE_CONTRACT)) == (
        81_000_00,
        9_000_00,
        -90_000_00,
    )


def test_iif_headers_follow_intuit_and_every_transaction_sums_to_zero(tmp_path: Path) -> None:
    path = tmp_path / "tax.mdesk"
    with Books.open(path) as books:
        exchange.import_data(books, _firm(tax="8.25"))
        first = _issue(books, "Foundation")
        _issue(books, "Shell", date(2026, 1, 20))
        payments.record_payment(books, first, 60_000_00, date(2026, 2, 1))  # overpaid: client credit
        out = tmp_path / "tax.iif"
        result = ax.export_accounting(books, "quickbooks-iif", out)
    assert (result.invoices, result.payments) == (2, 1)
    headers, blocks = _iif_blocks(out.read_bytes().decode("cp1252"))
    # Intuit's IIF import kit sample invoice header rows.
    assert headers == [
        "!TRNS TRNSID TRNSTYPE DATE ACCNT NAME CLASS AMOUNT DOCNUM MEMO CLEAR TOPRINT NAMEISTAXABLE ADDR1 ADDR2 "
        "ADDR3 ADDR4 ADDR5 DUEDATE TERMS PAID SHIPDATE".split(),
        "!SPL SPLID TRNSTYPE DATE ACCNT NAME CLASS AMOUNT DOCNUM MEMO CLEAR QNTY PRICE INVITEM PAYMETH TAXABLE "
        "VALADJ REIMBEXP SERVICEDATE OTHER2".split(),
        ["!ENDTRNS"],
    ]
    assert len(blocks) == 3
    for block in blocks:
        assert block[0][0] == "TRNS" and all(r[0] == "SPL" for r in block[1:]) and len(block) >= 2
        assert sum(_cents(r[7]) for r in block) == 0, block
        assert len(block[0]) == len(headers[0]) and all(len(r) == len(headers[1]) for r in block[1:])
        assert all(r[2] in ("INVOICE", "PAYMENT") and r[3].count("/") == 2 and r[4] for r in block)
    tax_lines = [r for b in blocks for r in b if r[13:14] == ["Sales tax"]]
    assert [r[4] for r in tax_lines] == ["Sales Tax Payable"] * 2
    assert sum(_cents(r[7]) for r in tax_lines) == -(4_125_00 + 3_300_00)


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so spreadsheets read accents right
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_quickbooks_online_and_xero_files_carry_the_importers_headers(tmp_path: Path) -> None:
    path = tmp_path / "x.mdesk"
    with Books.open(path) as books:
        exchange.import_data(books, _firm(client_name="=HYPERLINK(1)"))
        first = _issue(books, "Foundation")
        payments.record_payment(books, first, 50_000_00, date(2026, 2, 1))
        ax.export_accounting(books, "quickbooks-online", tmp_path / "qbo.csv")
        ax.export_accounting(books, "xero", tmp_path / "xero.csv")
    qbo = _read_csv(tmp_path / "qbo.csv")
    assert ",".join(qbo[0]) == (
        "*InvoiceNo,*Customer,*InvoiceDate,*DueDate,Terms,Location,Memo,Item(Product/Service),ItemDescription,"
        "ItemQuantity,ItemRate,*ItemAmount,Service Date"
    )
    assert [r[7] for r in qbo[1:]] == ["Contract work", "Retainage"]
    assert sum(_cents(r[11]) for r in qbo[1:]) == 45_000_00
    assert qbo[1][1] == "'=HYPERLINK(1)"  # formula neutralised
    xero = _read_csv(tmp_path / "xero.csv")
    assert ",".join(xero[0]) == (
        "*ContactName,EmailAddress,POAddressLine1,POAddressLine2,POAddressLine3,POAddressLine4,POCity,PORegion,"
        "POPostalCode,POCountry,*InvoiceNumber,Reference,*InvoiceDate,*DueDate,InventoryItemCode,*Description,"
        "*Quantity,*UnitAmount,Discount,*AccountCode,*TaxType,TrackingName1,TrackingOption1,TrackingName2,"
        "TrackingOption2,Currency,BrandingTheme"
    )
    row = dict(zip(xero[0], xero[1], strict=True))
    assert (row["*InvoiceNumber"], row["*InvoiceDate"], row["*UnitAmount"], row["*AccountCode"]) == (
        "INV-2026-0001",
        "01/10/2026",
        "50000.00",
        "4000",
    )
    assert dict(zip(xero[0], xero[2], strict=True))["*AccountCode"] == "1210"
    pays = _read_csv(tmp_path / "qbo-payments.csv")
    assert pays[0] == list(ax.QBO_PAYMENT_HEADER)
    assert [(r[5], r[6]) for r in pays[1:]] == [("INV-2026-0001", "45000.00"), ("", "5000.00")]
    assert _read_csv(tmp_path / "xero-payments.csv")[1][:4] == [
        "02/01/2026",
        "INV-2026-0001",
        "'=HYPERLINK(1)",
        "45000.00",
    ]


def test_reexport_gives_the_same_numbers_and_since_last_only_the_new(firm: Books, tmp_path: Path) -> None:
    a, b = tmp_path / "a.iif", tmp_path / "b.iif"
    ax.export_accounting(firm, "quickbooks-iif", a, date(2026, 1, 1), date(2026, 1, 31))
    ax.export_accounting(firm, "quickbooks-iif", b, date(2026, 1, 1), date(2026, 1, 31))
    assert a.read_bytes() == b.read_bytes()
    first = ax.export_accounting(firm, "xero", tmp_path / "s1.csv", since_last=True)
    assert (first.invoices, first.payments) == (2, 1)
    again = ax.export_accounting(firm, "xero", tmp_path / "s2.csv", since_last=True)
    assert (again.invoices, again.payments) == (0, 0)
    assert len(_read_csv(tmp_path / "s2.csv")) == 1
    payments.record_payment(firm, "INV-2026-0002", 1_000_00, date(2026, 3, 1))
    third = ax.export_accounting(firm, "xero", tmp_path / "s3.csv", since_last=True)
    assert (third.invoices, third.payments) == (0, 1)
    other = ax.export_accounting(firm, "quickbooks-online", tmp_path / "q.csv", since_last=True)
    assert (other.invoices, other.payments) == (2, 2)  # marks are kept per format


def test_voided_invoice_is_not_exported_but_journals_its_reversal(firm: Books, tmp_path: Path) -> None:
    voiding.void_invoice(firm, "INV-2026-0002", "Wrong client")
    result = ax.export_accounting(firm, "quickbooks-iif", tmp_path / "v.iif")
    assert result.invoices == 1
    report = js.journal(firm)
    voids = [e for e in report.entries if e.kind == "void"]
    assert [e.document for e in voids] == ["INV-2026-0002"] and voids[0].date == date.today()
    credits.issue_credit_note(firm, "INV-2026-0001", 500_00, "Discount", date(2026, 2, 2), refund=True)
    tb = js.trial_balance(firm, date(2026, 2, 2))
    assert (tb.balance(dj.CREDIT_NOTES), tb.balance(dj.BANK)) == (500_00, 45_000_00 - 500_00)
    assert tb.balance(dj.AR) == 36_000_00  # INV-2026-0002 is voided today: on 2 February it was owed
    assert js.trial_balance(firm, date.today()).balance(dj.AR) == 0


def test_the_firm_renames_its_accounts(firm: Books, tmp_path: Path) -> None:
    js.save_accounts(firm, {dj.AR: ("11000", "A/R - Trade"), dj.BANK: ("10100", "Checking")})
    chart = js.accounts(firm)
    assert (chart[dj.AR].code, chart[dj.AR].name) == ("11000", "A/R - Trade")
    ax.export_accounting(firm, "quickbooks-iif", tmp_path / "r.iif")
    text = (tmp_path / "r.iif").read_bytes().decode("cp1252")
    assert "\tA/R - Trade\t" in text and "\tChecking\t" in text and "Accounts Receivable" not in text
    with pytest.raises(BadInput, match="same name"):
        js.save_accounts(firm, {dj.RETAINAGE: ("1210", "checking")})
    with pytest.raises(BadInput, match="cannot be empty"):
        js.save_accounts(firm, {dj.RETAINAGE: ("", "Retainage")})
    with pytest.raises(BadInput, match="no account"):
        js.save_accounts(firm, {"nope": ("1", "x")})
    assert js.accounts(firm)[dj.RETAINAGE].name == "Retainage Receivable"  # refused: nothing changed


# --- the command line ---------------------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_journal_command_csv_json_and_trial_balance(firm: Books, tmp_path: Path, cli: Any) -> None:
    db = str(firm.path)
    firm.engine.dispose()
    before = _digest(firm.path)
    out = tmp_path / "j.csv"
    r = cli("journal", db, "--from", "2026-01-01", "--to", "2026-01-31", "--csv", "-o", str(out))
    assert r.code == 0, r.err
    rows = _read_csv(out)
    assert rows[0] == [
        "date",
        "entry",
        "document",
        "account_code",
        "account",
        "debit",
        "credit",
        "client",
        "project",
        "memo",
    ]
    assert len(rows) == 1 + 6 and {r[2] for r in rows[1:]} == {"INV-2026-0001", "INV-2026-0002"}
    debit = sum(_cents(r[5] or "0") for r in rows[1:])
    assert debit == sum(_cents(r[6] or "0") for r in rows[1:]) == 90_000_00
    r = cli("journal", db, "--json")
    data = json.loads(r.out)
    assert [e["entry"] for e in data["entries"]] == [1, 2, 3]
    assert data["entries"][2]["document"] == "RCT-2026-0001"
    r = cli("journal", db, "--trial-balance", "--as-of", "2026-02-01", "--json")
    tb = {a["key"]: a for a in json.loads(r.out)["accounts"]}
    assert (tb[dj.AR]["debit"], tb[dj.RETAINAGE]["debit"]) == ("36000.00", "9000.00")
    aging = json.loads(cli("aging", db, "--as-of", "2026-02-01", "--json").out)
    assert aging["total"]["total"] == tb[dj.AR]["debit"]
    r = cli("journal", db, "--account", "1210")
    assert r.code == 0 and r.out.count("Retainage Receivable") == 2
    assert _digest(firm.path) == before  # reading commands never write


@pytest.mark.parametrize(
    "args, words",
    [
        (("journal", "--from", "2026-02-01", "--to", "2026-01-01"), "starts"),
        (("journal", "--as-of", "2026-02-01"), "--trial-balance"),
        (("journal", "--account", "9999"), "no account"),
        (("export-accounting", "--to", "sage", "-o", "OUT"), "once"),
        (("export-accounting", "--to", "xero", "--to", "2026-13-01", "-o", "OUT"), "not a date"),
    ],
)
def test_bad_input_gets_a_sentence_and_exit_2(
    firm: Books, tmp_path: Path, cli: Any, args: Any, words: str
) -> None:
    db = str(firm.path)
    args = tuple(str(tmp_path / "out.csv") if a == "OUT" else a for a in args)
    r = cli(args[0], db, *args[1:])
    assert r.code == 2 and words in r.err, r.err
    assert not (tmp_path / "out.csv").exists()


def test_export_accounting_command(firm: Books, tmp_path: Path, cli: Any) -> None:
    db = str(firm.path)
    out = tmp_path / "books.iif"
    r = cli(
        "export-accounting",
        db,
        "--to",
        "quickbooks-iif",
        "--from",
        "2026-01-01",
        "--to",
        "2026-01-31",
        "-o",
        str(out),
    )
    assert r.code == 0, r.err
    assert "2 invoice(s) and 0 payment(s)" in r.out
    r = cli("export-accounting", db, "--to", "xero", "--since-last", "-o", str(tmp_path / "x.csv"))
    assert r.code == 0 and "2 invoice(s) and 1 payment(s)" in r.out
    r = cli("export-accounting", db, "--to", "xero", "--since-last", "-o", str(tmp_path / "x2.csv"))
    assert r.code == 0 and "0 invoice(s) and 0 payment(s)" in r.out
    assert (tmp_path / "x2-payments.csv").exists()
