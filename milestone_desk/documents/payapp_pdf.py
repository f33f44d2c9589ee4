"""Pay application PDF: our own G702-style summary page (lines 1–9) and G703-style continuation sheet.

The shared look of every document (``report_common``): embedded fonts with per-character fallback,
every user string escaped, the company header, and "Page X of Y"; bytes are deterministic
(``invariant=1``).
"""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from milestone_desk.documents.fonts import clean, markup
from milestone_desk.documents.formats import money
from milestone_desk.documents.layout import ACCENT, ACCENT_LIGHT, RULE, ZEBRA, numbered_canvas
from milestone_desk.documents.model import CompanyInfo, PayAppDocument
from milestone_desk.documents.report_common import (
    BODY,
    BOLD,
    BOLD_RIGHT,
    CELL,
    CELL_BOLD,
    CELL_BOLD_RIGHT,
    CELL_RIGHT,
    HEADING,
    RIGHT,
    SMALL,
    TH,
    TH_RIGHT,
    header_block,
    label,
    page_size,
)
from milestone_desk.domain.progress import percent_of

MARGIN = 0.6 * inch


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(markup(text), style)


def _rate(percent: Decimal) -> str:
    text = f"{percent:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _summary_rows(doc: PayAppDocument) -> list[tuple[str, str, int | None]]:
    s, rate = doc.summary, _rate(doc.retainage_percent)
    return [
        ("1.", "Original contract sum", s.L1),
        ("2.", "Net change by change orders", s.L2),
        ("3.", "Contract sum to date (line 1 ± 2)", s.L3),
        ("4.", "Total completed and stored to date (column G)", s.L4),
        ("5.", "Retainage:", None),
        ("", f"a. {rate} % of completed work (columns D + E)", s.L5a),
        ("", f"b. {rate} % of stored material (column F)", s.L5b),
        ("", "Total retainage (lines 5a + 5b)", s.L5),
        ("6.", "Total earned less retainage (line 4 less line 5)", s.L6),
        ("7.", "Less previous certificates for payment (line 6 of prior certificate)", s.L7),
        ("8.", "Current payment due", s.L8),
        ("9.", "Balance to finish, including retainage (line 3 less line 6)", s.L9),
    ]


def _box(cells: list[Flowable], width: float) -> Table:
    t = Table([[cells]], colWidths=[width])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return t


def _company(doc: PayAppDocument) -> CompanyInfo:
    return doc.company or CompanyInfo(doc.company_name, doc.company_address)


def _summary_page(doc: PayAppDocument, width: float) -> list[Flowable]:
    company = _company(doc)
    facts = [
        f"Application no. {doc.number}",
        f"Sequence {doc.seq}",
        f"Period to {doc.period_to.isoformat()}",
        f"Invoice {doc.invoice_number}",
    ]
    third = width / 3
    owner = [label("To owner"), _p(doc.client_name, BOLD)]
    if doc.client_address:
        owner.append(_p(doc.client_address))
    contractor = [label("From contractor"), _p(company.name, BOLD)]
    if company.address:
        contractor.append(_p(company.address))
    project = [label("Project"), _p(f"{doc.project_code} — {doc.project_name}", BOLD)]
    if doc.site_address:
        project.append(_p(doc.site_address))
    parties = Table(
        [[_box(owner, third - 4), _box(contractor, third - 4), _box(project, third - 4)]],
        colWidths=[third, third, third],
    )
    parties.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    cur = doc.currency
    rows: list[list[Flowable]] = [
        [_p("", TH), _p("APPLICATION SUMMARY", TH), _p(f"AMOUNT ({cur})", TH_RIGHT)]
    ]
    for no, text, value in _summary_rows(doc):
        strong = no == "8."
        amount = "" if value is None else money(value, cur)
        rows.append(
            [
                _p(no, CELL_BOLD if strong else CELL),
                _p(text, CELL_BOLD if strong else CELL),
                _p(amount, CELL_BOLD_RIGHT if strong else CELL_RIGHT),
            ]
        )
    table = Table(rows, colWidths=[0.45 * inch, width - 2.25 * inch, 1.8 * inch])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("BACKGROUND", (0, 11), (-1, 11), ACCENT_LIGHT),
                ("LINEABOVE", (0, 11), (-1, 11), 0.8, ACCENT),
                ("LINEBELOW", (0, 11), (-1, 11), 0.8, ACCENT),
            ]
        )
    )
    note = (
        "The undersigned contractor certifies that, to the best of the contractor's knowledge, information "
        "and belief, the work covered by this application for payment has been completed in accordance "
        "with the contract documents, and that all amounts have been paid by the contractor for work for "
        "which previous certificates for payment were issued and payments received from the owner."
    )
    if doc.stepped_down:
        note += " Retainage has been reduced to the stepped-down rate on all work to date."
    due = Table(
        [
            [
                _p("AMOUNT CERTIFIED", BOLD),
                _p(f"{money(doc.summary.L8, cur)} {cur}", BOLD_RIGHT),
            ]
        ],
        colWidths=[width - 2.5 * inch, 2.5 * inch],
    )
    due.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    sign = Table(
        [
            [_p("Contractor: ______________________________"), _p("Date: ______________", RIGHT)],
            [_p("Certified for payment by: _________________"), _p("Date: ______________", RIGHT)],
        ],
        colWidths=[width - 2.5 * inch, 2.5 * inch],
    )
    sign.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 14), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        header_block(company.name, [], "PAY APPLICATION", facts, width=width, company=company),
        Spacer(1, 8),
        _p("Application and Certificate for Payment", HEADING),
        _p("Summary (G702-style) — continuation sheet (G703-style) attached", SMALL),
        Spacer(1, 8),
        parties,
        Spacer(1, 12),
        table,
        Spacer(1, 8),
        due,
        Spacer(1, 10),
        _p(note, SMALL),
        Spacer(1, 4),
        sign,
    ]


def _continuation_page(doc: PayAppDocument, width: float) -> list[Flowable]:
    cur = doc.currency

    def m(v: int) -> str:
        return money(v, cur)

    head = [
        "A Item",
        "B Description of work",
        "C Scheduled value",
        "D From previous application",
        "E Work completed this period",
        "F Materials presently stored",
        "G Completed and stored to date",
        "% (G / C)",
        "H Balance to finish",
        "I Retainage",
    ]
    rows: list[list[Flowable]] = [[_p(h, TH if i < 2 else TH_RIGHT) for i, h in enumerate(head)]]

    def numbers(values: list[str], style: ParagraphStyle) -> list[Flowable]:
        return [_p(v, style) for v in values]

    for i, f in enumerate(doc.lines, start=1):
        rows.append(
            [
                _p(str(i), CELL),
                _p(f.name, CELL),
                *numbers(
                    [
                        m(f.scheduled),
                        m(f.from_previous),
                        m(f.this_period),
                        m(f.stored),
                        m(f.completed_and_stored),
                        f"{f.percent:.2f}",
                        m(f.balance_to_finish),
                        m(f.retainage),
                    ],
                    CELL_RIGHT,
                ),
            ]
        )
    keys = (
        "scheduled",
        "from_previous",
        "this_period",
        "stored",
        "completed_and_stored",
        "balance_to_finish",
        "retainage",
    )
    total = [sum(getattr(f, k) for f in doc.lines) for k in keys]
    rows.append(
        [
            _p("", CELL),
            _p("Grand total", CELL_BOLD),
            *numbers(
                [
                    m(total[0]),
                    m(total[1]),
                    m(total[2]),
                    m(total[3]),
                    m(total[4]),
                    f"{percent_of(total[4], total[0]):.2f}",
                    m(total[5]),
                    m(total[6]),
                ],
                CELL_BOLD_RIGHT,
            ),
        ]
    )
    fractions = [0.045, 0.205, 0.1, 0.1, 0.1, 0.1, 0.1, 0.06, 0.1, 0.09]
    table = Table(rows, colWidths=[f * width for f in fractions], repeatRows=1)
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(2, len(rows) - 1, 2):
        style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    table.setStyle(TableStyle(style))
    return [
        _p("Continuation Sheet (G703-style)", HEADING),
        _p(
            f"Application no. {doc.number} · period to {doc.period_to.isoformat()} · {doc.project_code} — "
            f"{doc.project_name} · amounts in {doc.currency}",
            SMALL,
        ),
        Spacer(1, 8),
        table,
    ]


def render_pay_application(doc: PayAppDocument) -> bytes:
    """Portrait summary page(s), then landscape continuation sheet(s); byte-identical on reprint."""
    buf = io.BytesIO()
    company = _company(doc)
    portrait = page_size(company.page_size)
    wide = landscape(portrait)
    top, bottom = 0.55 * inch, 0.85 * inch
    template = BaseDocTemplate(
        buf,
        pagesize=portrait,
        invariant=1,
        title=clean(f"Pay application {doc.number}"),
        author=clean(company.name),
        creator="Milestone Desk",
        producer="Milestone Desk",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=bottom,
    )

    def frame(size: tuple[float, float]) -> Frame:
        return Frame(
            MARGIN,
            bottom,
            size[0] - 2 * MARGIN,
            size[1] - top - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    template.addPageTemplates(
        [
            PageTemplate("summary", [frame(portrait)], pagesize=portrait),
            PageTemplate("sheet", [frame(wide)], pagesize=wide),
        ]
    )
    story = [
        *_summary_page(doc, portrait[0] - 2 * MARGIN),
        NextPageTemplate("sheet"),
        PageBreak(),
        *_continuation_page(doc, wide[0] - 2 * MARGIN),
    ]
    footer = f"{company.name} · Pay application {doc.number} · {doc.project_code} {doc.project_name}"
    template.build(story, canvasmaker=numbered_canvas(footer, False, margin=MARGIN))
    return buf.getvalue()
