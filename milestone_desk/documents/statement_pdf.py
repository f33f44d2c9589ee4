"""Customer statement PDF: balance-forward activity and/or open items, with the balance stated.

The page states opening balance + invoices − payments − credits = closing balance, and for open
items that the open invoices less unapplied credit equal the same closing balance.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from milestone_desk.documents.report_common import (
    BAND,
    BOLD,
    BOLD_RIGHT,
    HEADING,
    RIGHT,
    SMALL,
    build,
    day,
    grid,
    header_block,
    money,
    para,
)
from milestone_desk.services.aging import BUCKET_LABELS, BUCKETS
from milestone_desk.services.statements import Statement

STYLES = ("both", "balance-forward", "open-item")


def balance_sentence(st: Statement) -> str:
    """The equation printed on the page (and read back by the tests)."""

    def m(v: int) -> str:
        return money(v, st.currency)

    return (
        f"Opening balance {m(st.opening)} + invoices {m(st.invoices)} − payments {m(st.payments)} "
        f"− credits {m(st.credits)} = closing balance {m(st.closing)} {st.currency}"
    )


def _summary(st: Statement) -> Table:
    def m(v: int) -> str:
        return money(v, st.currency)

    period = f"{day(st.date_from) or 'the beginning'} to {day(st.date_to)}"
    rows = [
        [para(f"Account summary, {period}", BOLD), ""],
        ["Opening balance", m(st.opening)],
        ["+ Invoices", m(st.invoices)],
        ["− Payments", m(st.payments)],
        ["− Credits", m(st.credits)],
        [para(f"Closing balance ({st.currency})", BOLD), para(m(st.closing), BOLD_RIGHT)],
    ]
    table = Table(rows, colWidths=[55 * mm, 35 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("SPAN", (0, 0), (-1, 0)),
                ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, "#1f2933"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _activity(st: Statement) -> list[Flowable]:
    def m(v: int) -> str:
        return money(v, st.currency) if v else ""

    rows: list[list[object]] = [
        ["Date", "Type", "Reference", "Description", "Charges", "Payments", "Balance"]
    ]
    opening_day = day(st.date_from) if st.date_from else ""
    rows.append([opening_day, "", "", "Opening balance", "", "", money(st.opening, st.currency)])
    for line in st.lines:
        rows.append(
            [
                day(line.on),
                line.kind.title(),
                para(line.reference),
                para(line.description, SMALL),
                m(line.charge),
                m(line.credit),
                money(line.balance, st.currency),
            ]
        )
    rows.append(
        [
            day(st.date_to),
            "",
            "",
            "Closing balance",
            money(st.invoices, st.currency),
            money(st.payments + st.credits, st.currency),
            money(st.closing, st.currency),
        ]
    )
    widths = [19 * mm, 15 * mm, 27 * mm, 54 * mm, 22 * mm, 22 * mm, 24 * mm]
    return [
        para("Account activity (balance forward)", HEADING),
        grid(rows, widths, numeric_from=4, total_rows=1),
    ]


def _open_items(st: Statement) -> list[Flowable]:
    c = st.currency
    rows: list[list[object]] = [
        ["Invoice", "Project", "Issued", "Due", "Days late", "Amount", "Paid", "Open"]
    ]
    for item in st.open_items:
        rows.append(
            [
                para(item.number),
                para(f"{item.project_code} {item.description}".strip(), SMALL),
                day(item.issue_date),
                day(item.due_date),
                str(max(item.days_past_due, 0)) if item.days_past_due > 0 else "",
                money(item.amount_due, c),
                money(item.paid, c),
                money(item.outstanding, c),
            ]
        )
    rows.append(["Open invoices", "", "", "", "", "", "", money(st.open_items_total, c)])
    rows.append(["Less unapplied credit", "", "", "", "", "", "", money(-st.unapplied_credit, c)])
    rows.append([f"Amount due ({c})", "", "", "", "", "", "", money(st.closing, c)])
    widths = [26 * mm, 44 * mm, 19 * mm, 19 * mm, 14 * mm, 22 * mm, 20 * mm, 22 * mm]
    aging_rows = [
        [BUCKET_LABELS[b] for b in BUCKETS],
        [money(st.buckets.get(b, 0), c) for b in BUCKETS],
    ]
    return [
        para("Open items", HEADING),
        grid(rows, widths, numeric_from=4, total_rows=3),
        Spacer(1, 4 * mm),
        KeepTogether(
            [para("Open invoices by days past due", BOLD), grid(aging_rows, [36 * mm] * 5, numeric_from=0)]
        ),
    ]


def render_statement(st: Statement, *, style: str = "both", page_size: str = "letter") -> bytes:
    """The statement as PDF bytes (byte-identical for the same data)."""
    if style not in STYLES:
        raise ValueError(f"unknown statement style {style!r}")
    company_lines = [st.company_address, " · ".join(x for x in (st.company_phone, st.company_email) if x)]
    facts = [
        f"Statement date {day(st.date_to)}",
        f"Period {day(st.date_from) or 'from the beginning'} to {day(st.date_to)}",
        f"Account {st.client_code}",
    ]
    story: list[Flowable] = [
        header_block(st.company_name, company_lines, "Statement of account", facts),
        Spacer(1, 5 * mm),
    ]
    to_block = [para("Statement for", SMALL), para(st.client_name, BOLD), para(st.client_address, SMALL)]
    head = Table([[to_block, _summary(st)]], colWidths=[90 * mm, 90 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    story += [head, Spacer(1, 3 * mm), para(balance_sentence(st), BOLD)]
    if style in ("both", "balance-forward"):
        story += _activity(st)
    if style in ("both", "open-item"):
        story += _open_items(st)
    if st.payment_instructions:
        story += [
            Spacer(1, 6 * mm),
            KeepTogether([para("How to pay", BOLD), para(st.payment_instructions, SMALL)]),
        ]
    story += [
        Spacer(1, 3 * mm),
        para(f"Closing balance {money(st.closing, st.currency)} {st.currency}", RIGHT),
    ]
    return build(
        story,
        title=f"Statement {st.client_code} {day(st.date_to)}",
        size=page_size,
        footer_text=f"{st.company_name} · {st.client_name} ({st.client_code}) · {day(st.date_to)}",
    )
