"""Pay application PDF: our own G702-style summary page (lines 1–9) and G703-style continuation sheet.

Every user string is escaped before it enters a Paragraph; bytes are deterministic (``invariant=1``).
Helvetica for now; the integrator switches to the shared embedded fonts.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from milestone_desk.domain.money import format_money
from milestone_desk.domain.progress import LineFigures, Summary

FONT, BOLD = "Helvetica", "Helvetica-Bold"
BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
SMALL = ParagraphStyle(
    "small", fontName=FONT, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444")
)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.5)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, spaceAfter=2)
HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=9, leading=11)
GRID = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef1f4")


@dataclass(frozen=True)
class PayAppDocument:
    """Everything a pay application shows: plain data, no database rows."""

    number: str
    invoice_number: str
    seq: int
    period_to: date
    company_name: str
    company_address: str
    client_name: str
    client_address: str
    project_code: str
    project_name: str
    site_address: str
    retainage_percent: Decimal
    stepped_down: bool
    lines: list[LineFigures]
    summary: Summary
    currency: str


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _rate(percent: Decimal) -> str:
    text = f"{percent:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _summary_rows(doc: PayAppDocument) -> list[list[str]]:
    s, cur, rate = doc.summary, doc.currency, _rate(doc.retainage_percent)

    def m(v: int) -> str:
        return format_money(v, cur)

    return [
        ["1.", "Original contract sum", m(s.L1)],
        ["2.", "Net change by change orders", m(s.L2)],
        ["3.", "Contract sum to date (line 1 ± 2)", m(s.L3)],
        ["4.", "Total completed and stored to date (column G)", m(s.L4)],
        ["5.", "Retainage:", ""],
        ["", f"a. {rate} % of completed work (columns D + E)", m(s.L5a)],
        ["", f"b. {rate} % of stored material (column F)", m(s.L5b)],
        ["", "Total retainage (lines 5a + 5b)", m(s.L5)],
        ["6.", "Total earned less retainage (line 4 less line 5)", m(s.L6)],
        ["7.", "Less previous certificates for payment (line 6 of prior certificate)", m(s.L7)],
        ["8.", "Current payment due", m(s.L8)],
        ["9.", "Balance to finish, including retainage (line 3 less line 6)", m(s.L9)],
    ]


def _summary_page(doc: PayAppDocument) -> list[object]:
    parties = Table(
        [
            [_p("TO OWNER", HEAD), _p("FROM CONTRACTOR", HEAD), _p("APPLICATION", HEAD)],
            [
                _p(f"{doc.client_name}\n{doc.client_address}"),
                _p(f"{doc.company_name}\n{doc.company_address}"),
                _p(
                    f"Application no.: {doc.number}\nSequence: {doc.seq}\n"
                    f"Period to: {doc.period_to.isoformat()}\nInvoice: {doc.invoice_number}"
                ),
            ],
            [_p("PROJECT", HEAD), "", ""],
            [_p(f"{doc.project_code} — {doc.project_name}\n{doc.site_address}"), "", ""],
        ],
        colWidths=[2.5 * inch, 2.5 * inch, 2.5 * inch],
    )
    parties.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (0, 3), (-1, 3)),
                ("LINEBELOW", (0, 1), (-1, 1), 0.5, GRID),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    rows = _summary_rows(doc)
    table = Table(rows, colWidths=[0.35 * inch, 5.15 * inch, 2.0 * inch])
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("FONTNAME", (0, 10), (-1, 10), BOLD),
        ("BACKGROUND", (0, 10), (-1, 10), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.75, colors.black),
    ]
    table.setStyle(TableStyle(style))
    note = (
        "The undersigned contractor certifies that, to the best of the contractor's knowledge, information "
        "and belief, the work covered by this application for payment has been completed in accordance "
        "with the contract documents, and that all amounts have been paid by the contractor for work for "
        "which previous certificates for payment were issued and payments received from the owner."
    )
    if doc.stepped_down:
        note += " Retainage has been reduced to the stepped-down rate on all work to date."
    sign = Table(
        [
            ["Contractor: ______________________________", "Date: ______________"],
            ["Certified for payment by: _________________", "Date: ______________"],
            [f"Amount certified: {format_money(doc.summary.L8, doc.currency)} {doc.currency}", ""],
        ],
        colWidths=[5.0 * inch, 2.5 * inch],
    )
    sign.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return [
        _p("Application and Certificate for Payment", TITLE),
        _p("Summary (G702-style) — continuation sheet attached", SMALL),
        Spacer(1, 10),
        parties,
        Spacer(1, 12),
        table,
        Spacer(1, 12),
        _p(note, SMALL),
        Spacer(1, 8),
        sign,
    ]


def _continuation_page(doc: PayAppDocument) -> list[object]:
    cur = doc.currency

    def m(v: int) -> str:
        return format_money(v, cur)

    head = [
        "A\nItem",
        "B\nDescription of work",
        "C\nScheduled value",
        "D\nFrom previous\napplication",
        "E\nWork completed\nthis period",
        "F\nMaterials\npresently stored",
        "G\nCompleted and\nstored to date",
        "%\n(G / C)",
        "H\nBalance\nto finish",
        "I\nRetainage",
    ]
    rows: list[list[object]] = [[_p(h.replace("\n", " "), HEAD) for h in head]]
    for i, f in enumerate(doc.lines, start=1):
        rows.append(
            [
                str(i),
                _p(f.name, CELL),
                m(f.scheduled),
                m(f.from_previous),
                m(f.this_period),
                m(f.stored),
                m(f.completed_and_stored),
                f"{f.percent:.2f}",
                m(f.balance_to_finish),
                m(f.retainage),
            ]
        )
    total = [
        sum(getattr(f, k) for f in doc.lines)
        for k in (
            "scheduled",
            "from_previous",
            "this_period",
            "stored",
            "completed_and_stored",
            "balance_to_finish",
            "retainage",
        )
    ]
    from milestone_desk.domain.progress import percent_of

    rows.append(
        [
            "",
            _p("Grand total", HEAD),
            m(total[0]),
            m(total[1]),
            m(total[2]),
            m(total[3]),
            m(total[4]),
            f"{percent_of(total[4], total[0]):.2f}",
            m(total[5]),
            m(total[6]),
        ]
    )
    widths = [0.45, 2.05, 0.95, 0.95, 0.95, 0.95, 0.95, 0.55, 0.95, 0.85]
    table = Table(rows, colWidths=[w * inch for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.25, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                ("FONTNAME", (0, -1), (-1, -1), BOLD),
            ]
        )
    )
    return [
        _p("Continuation Sheet (G703-style)", TITLE),
        _p(
            f"Application no. {doc.number} · period to {doc.period_to.isoformat()} · {doc.project_code} — "
            f"{doc.project_name} · amounts in {doc.currency}",
            SMALL,
        ),
        Spacer(1, 8),
        table,
    ]


def render_pay_application(doc: PayAppDocument) -> bytes:
    """The two-page PDF (portrait summary, landscape continuation sheet), byte-identical on reprint."""
    buf = io.BytesIO()
    portrait, wide = letter, landscape(letter)
    margin = 0.6 * inch
    template = BaseDocTemplate(
        buf,
        pagesize=portrait,
        invariant=1,
        title=f"Pay application {doc.number}",
        author=doc.company_name,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
    )
    template.addPageTemplates(
        [
            PageTemplate(
                "summary",
                [Frame(margin, margin, portrait[0] - 2 * margin, portrait[1] - 2 * margin)],
                pagesize=portrait,
            ),
            PageTemplate(
                "sheet", [Frame(margin, margin, wide[0] - 2 * margin, wide[1] - 2 * margin)], pagesize=wide
            ),
        ]
    )
    story = [*_summary_page(doc), NextPageTemplate("sheet"), PageBreak(), *_continuation_page(doc)]
    template.build(story)
    return buf.getvalue()
