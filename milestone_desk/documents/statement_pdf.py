"""Customer statement PDF: balance-forward activity and/or open items, with the balance stated.

The page states opening balance + invoices − payments − credits = closing balance, and for open
items that the open invoices less unapplied credit equal the same closing balance. Payments are
net of refunds: a refunded credit note shows as the credit and, beside it, the money paid back.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from milestone_desk.documents.fit import money_cell, need
from milestone_desk.documents.formats import money
from milestone_desk.documents.layout import ACCENT, RULE
from milestone_desk.documents.report_common import (
    BAND,
    BODY,
    BOLD,
    BOLD_RIGHT,
    CELL,
    HEADING,
    RIGHT,
    SMALL,
    build,
    content_width,
    day,
    grid,
    header_block,
    label,
    para,
)
from milestone_desk.domain.reports import BUCKET_LABELS, BUCKETS, Statement

STYLES = ("both", "balance-forward", "open-item")
KINDS = {"invoice": "Invoice", "payment": "Payment", "credit": "Credit note", "refund": "Refund"}


def balance_sentence(st: Statement) -> str:
    """The equation printed on the page (and read back by the tests)."""

    def m(v: int) -> str:
        return money(v, st.currency)

    return (
        f"Opening balance {m(st.opening)} + invoices {m(st.invoices)} − payments {m(st.payments)} "
        f"− credits {m(st.credits)} = closing balance {m(st.closing)} {st.currency}"
    )


def _summary(st: Statement, width: float) -> Table:
    def m(v: int) -> str:
        return money(v, st.currency)

    period = f"{day(st.date_from) or 'the beginning'} to {day(st.date_to)}"
    paid = "− Payments, less refunds" if st.refunds else "− Payments"
    rows = [
        [label(f"Account summary, {period}"), ""],
        [para("Opening balance"), money_cell(m(st.opening), RIGHT)],
        [para("+ Invoices"), money_cell(m(st.invoices), RIGHT)],
        [para(paid), money_cell(m(st.payments), RIGHT)],
        [para("− Credit notes"), money_cell(m(st.credits), RIGHT)],
        [para(f"Closing balance ({st.currency})", BOLD), money_cell(m(st.closing), BOLD_RIGHT)],
    ]
    amount = max(
        width * 0.4,
        need([m(v) for v in (st.opening, st.invoices, st.payments, st.credits, st.closing)], BOLD_RIGHT, 16),
    )
    table = Table(rows, colWidths=[width - amount, amount])
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return table


def _activity(st: Statement, width: float) -> list[Flowable]:
    def m(v: int) -> str:
        return money(v, st.currency) if v else ""

    rows: list[list[object]] = [["Date", "Type", "Reference", "Description", "Charges", "Credits", "Balance"]]
    opening_day = day(st.date_from) if st.date_from else ""
    rows.append([opening_day, "", "", "Opening balance", "", "", money(st.opening, st.currency)])
    for line in st.lines:
        rows.append(
            [
                day(line.on),
                KINDS.get(line.kind, line.kind.title()),
                para(line.reference, CELL),
                para(line.description, CELL),
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
            money(sum(x.charge for x in st.lines), st.currency),
            money(sum(x.credit for x in st.lines), st.currency),
            money(st.closing, st.currency),
        ]
    )
    fractions = [0.11, 0.095, 0.13, 0.285, 0.125, 0.125, 0.13]
    return [
        para("Account activity (balance forward)", HEADING),
        grid(rows, [f * width for f in fractions], numeric_from=4, total_rows=1),
    ]


def _open_items(st: Statement, width: float) -> list[Flowable]:
    c = st.currency
    rows: list[list[object]] = [
        ["Invoice", "Project", "Issued", "Due", "Days late", "Amount", "Paid / credited", "Open"]
    ]
    for item in st.open_items:
        rows.append(
            [
                para(item.number, CELL),
                para(f"{item.project_code} {item.description}".strip(), CELL),
                day(item.issue_date),
                day(item.due_date),
                str(item.days_past_due) if item.days_past_due > 0 else "",
                money(item.amount_due, c),
                money(item.paid + item.credited, c),
                money(item.outstanding, c),
            ]
        )
    rows.append(["Open invoices", "", "", "", "", "", "", money(st.open_items_total, c)])
    rows.append(["Less unapplied credit", "", "", "", "", "", "", money(-st.unapplied_credit, c)])
    rows.append([f"Amount due ({c})", "", "", "", "", "", "", money(st.closing, c)])
    fractions = [0.13, 0.215, 0.105, 0.105, 0.065, 0.13, 0.12, 0.13]
    table = grid(rows, [f * width for f in fractions], numeric_from=4, total_rows=3)
    table.setStyle([("SPAN", (0, r), (4, r)) for r in range(-3, 0)])
    aging_rows = [
        [BUCKET_LABELS[b] for b in BUCKETS],
        [money(st.buckets.get(b, 0), c) for b in BUCKETS],
    ]
    return [
        para("Open items", HEADING),
        table,
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                para("Open invoices by days past due", HEADING),
                grid(aging_rows, [width / 5] * 5, numeric_from=0),
            ]
        ),
    ]


def render_statement(st: Statement, *, style: str = "both", page_size: str | None = None) -> bytes:
    """The statement as PDF bytes (byte-identical for the same data)."""
    if style not in STYLES:
        raise ValueError(f"unknown statement style {style!r}")
    size = page_size or (st.company.page_size if st.company is not None else "letter")
    width = content_width(size)
    company_lines = [st.company_address, " · ".join(x for x in (st.company_phone, st.company_email) if x)]
    facts = [
        f"Statement date {day(st.date_to)}",
        f"Period {day(st.date_from) or 'from the beginning'} to {day(st.date_to)}",
        f"Account {st.client_code}",
    ]
    story: list[Flowable] = [
        header_block(st.company_name, company_lines, "STATEMENT", facts, width=width, company=st.company),
        Spacer(1, 5 * mm),
    ]
    to_block: list[Flowable] = [label("Statement for"), para(st.client_name, BOLD)]
    if st.client_address:
        to_block.append(para(st.client_address, BODY))
    half = width / 2
    head = Table([[to_block, _summary(st, half - 4 * mm)]], colWidths=[half, half])
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    story += [head, Spacer(1, 4 * mm), para(balance_sentence(st), SMALL)]
    if style in ("both", "balance-forward"):
        story += _activity(st, width)
    if style in ("both", "open-item"):
        story += _open_items(st, width)
    if st.payment_instructions:
        story += [
            Spacer(1, 6 * mm),
            KeepTogether([label("How to pay"), para(st.payment_instructions, SMALL)]),
        ]
    closing = Table(
        [[para(f"Closing balance {money(st.closing, st.currency)} {st.currency}", BOLD_RIGHT)]],
        colWidths=[width],
    )
    closing.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE)]))
    story += [Spacer(1, 4 * mm), closing]
    return build(
        story,
        title=f"Statement {st.client_code} {day(st.date_to)}",
        size=size,
        footer_text=f"{st.company_name} · Statement for {st.client_name} ({st.client_code}) · {day(st.date_to)}",
        author=st.company_name,
    )
