"""Project ledger PDF: contract, change orders, billed, tax, retainage, paid, outstanding, balance to
finish, and every invoice and payment in date order with the running balance."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from milestone_desk.documents.formats import money
from milestone_desk.documents.report_common import (
    CELL,
    HEADING,
    SMALL,
    build,
    content_width,
    day,
    grid,
    header_block,
    para,
)
from milestone_desk.domain.reports import ProjectLedger


def figures(led: ProjectLedger) -> list[tuple[str, int]]:
    t = led.totals
    return [
        ("Original contract", t.original_contract),
        ("Change orders", t.change_orders),
        ("Contract to date", t.contract_to_date),
        ("Billed", t.billed),
        ("Tax billed", t.tax_billed),
        ("Retainage held", t.retainage_held),
        ("Paid", t.paid),
        ("Outstanding", t.outstanding),
        ("Balance to finish", t.balance_to_finish),
    ]


def render_ledger(led: ProjectLedger, *, page_size: str | None = None) -> bytes:
    c = led.currency
    size = page_size or (led.company.page_size if led.company is not None else "letter")
    width = content_width(size)

    def m(v: int) -> str:
        return money(v, c) if v else ""

    facts = [f"Project {led.project_code}", f"Client {led.client_code}", f"Status {led.status}"]
    story: list[Flowable] = [
        header_block(led.company_name, [], "PROJECT LEDGER", facts, width=width, company=led.company),
        Spacer(1, 4 * mm),
        para(f"{led.project_name} — {led.client_name}", HEADING),
    ]
    if led.site_address:
        story.append(para(led.site_address, SMALL))
    story.append(Spacer(1, 3 * mm))
    pairs = figures(led)
    rows: list[list[object]] = [["Figure", f"Amount ({c})", "Figure", f"Amount ({c})"]]
    half = (len(pairs) + 1) // 2
    for i in range(half):
        left = pairs[i]
        right = pairs[i + half] if i + half < len(pairs) else ("", None)
        rows.append([left[0], money(left[1], c), right[0], "" if right[1] is None else money(right[1], c)])
    quarter = width / 4
    table = grid(
        rows,
        [quarter * 1.2, quarter * 0.8, quarter * 1.2, quarter * 0.8],
        numeric_from=1,
        numeric_cols=(1, 3),
    )
    story.append(table)
    story.append(para("Invoices, payments and credit notes in date order", HEADING))
    rows = [
        [
            "Date",
            "Reference",
            "Description",
            "Gross",
            "Tax",
            "Retainage",
            "Charged",
            "Received / credited",
            "Balance",
        ]
    ]
    for e in led.entries:
        rows.append(
            [
                day(e.on),
                para(e.reference, CELL),
                para(e.description, CELL),
                m(e.gross),
                m(e.tax),
                m(e.retainage),
                m(e.charge),
                m(e.received),
                money(e.balance, c),
            ]
        )
    t = led.totals
    rows.append(
        [
            "",
            "Totals",
            "",
            "",
            "",
            "",
            money(t.invoiced_due, c),
            money(t.paid + t.credits, c),
            money(t.outstanding, c),
        ]
    )
    fractions = [0.105, 0.13, 0.165, 0.1, 0.08, 0.095, 0.105, 0.105, 0.115]
    story.append(grid(rows, [f * width for f in fractions], numeric_from=3, total_rows=1))
    return build(
        story,
        title=f"Ledger {led.project_code}",
        size=size,
        footer_text=f"{led.company_name} · Project ledger {led.project_code} {led.project_name}",
        author=led.company_name,
    )
