"""Lien waiver PDF: conditional or unconditional, progress or final, from editable template text.

Every user string (template text included) is escaped before it enters a Paragraph; bytes are
deterministic (``invariant=1``). Helvetica for now; the integrator switches to the shared fonts.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from milestone_desk.documents.model import TITLES, WaiverDocument
from milestone_desk.domain.money import format_money

FONT, BOLD = "Helvetica", "Helvetica-Bold"
BODY = ParagraphStyle("wbody", fontName=FONT, fontSize=10, leading=14, spaceAfter=8)
SMALL = ParagraphStyle(
    "wsmall", fontName=FONT, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444")
)
TITLE = ParagraphStyle("wtitle", fontName=BOLD, fontSize=15, leading=19, spaceAfter=4)
LABEL = ParagraphStyle("wlabel", fontName=BOLD, fontSize=9, leading=11)
CELL = ParagraphStyle("wcell", fontName=FONT, fontSize=9.5, leading=12)


STATUTORY_NOTE = (
    "Several US states (for example California, Texas, Arizona, Georgia, Nevada and Utah) prescribe "
    "statutory lien waiver forms whose exact wording must be used. Where one applies, replace this "
    "template in Settings with the statutory form. This document is not legal advice."
)


def render_waiver(doc: WaiverDocument) -> bytes:
    buf = io.BytesIO()
    template = SimpleDocTemplate(
        buf,
        pagesize=letter,
        invariant=1,
        title=TITLES.get(doc.kind, "Lien waiver"),
        author=doc.claimant,
        leftMargin=0.9 * inch,
        rightMargin=0.9 * inch,
        topMargin=0.8 * inch,
        bottomMargin=0.8 * inch,
    )

    def p(text: str, style: ParagraphStyle = CELL) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    facts = Table(
        [
            [p("Claimant", LABEL), p(f"{doc.claimant}\n{doc.claimant_address}".strip())],
            [p("Customer / owner", LABEL), p(doc.customer)],
            [p("Job / project", LABEL), p(f"{doc.project}\n{doc.site_address}".strip())],
            [p("Invoice or application", LABEL), p(doc.document_number)],
            [p("Through date", LABEL), p(doc.through_date.isoformat())],
            [p("Amount", LABEL), p(f"{format_money(doc.amount_cents, doc.currency)} {doc.currency}")],
        ],
        colWidths=[1.8 * inch, 4.9 * inch],
    )
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#9a9a9a")),
                ("BOX", (0, 0), (-1, -1), 0.75, colors.black),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f4")),
            ]
        )
    )
    sign = Table(
        [
            ["Claimant's signature: ________________________________", "Date: ______________"],
            ["Name and title: _____________________________________", ""],
        ],
        colWidths=[4.6 * inch, 2.1 * inch],
    )
    sign.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    story: list[object] = [
        p(TITLES.get(doc.kind, "Lien waiver"), TITLE),
        p(f"Issued {doc.issue_date.isoformat()}", SMALL),
        Spacer(1, 10),
        facts,
        Spacer(1, 14),
        *[p(para.strip(), BODY) for para in doc.body.split("\n\n") if para.strip()],
        Spacer(1, 10),
        sign,
        Spacer(1, 24),
        p(STATUTORY_NOTE, SMALL),
    ]
    template.build(story)
    return buf.getvalue()
