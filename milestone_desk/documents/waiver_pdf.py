"""Lien waiver PDF: conditional or unconditional, progress or final, from editable template text.

The shared look of every document (``report_common``): embedded fonts with per-character fallback,
every user string (template text included) escaped, the company header and "Page X of Y"; bytes
are deterministic (``invariant=1``).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from milestone_desk.documents.fonts import markup
from milestone_desk.documents.formats import money
from milestone_desk.documents.layout import ACCENT, ACCENT_LIGHT, RULE
from milestone_desk.documents.model import TITLES, CompanyInfo, WaiverDocument
from milestone_desk.documents.report_common import (
    BODY,
    BOLD,
    HEADING,
    LABEL,
    RIGHT,
    SMALL,
    build,
    content_width,
    header_block,
)

TEXT = ParagraphStyle("w_text", parent=BODY, fontSize=10, leading=14, spaceAfter=8)


STATUTORY_NOTE = (
    "Several US states (for example California, Texas, Arizona, Georgia, Nevada and Utah) prescribe "
    "statutory lien waiver forms whose exact wording must be used. Where one applies, replace this "
    "template in Settings with the statutory form. This document is not legal advice."
)


def render_waiver(doc: WaiverDocument) -> bytes:
    company = doc.company or CompanyInfo(doc.claimant, doc.claimant_address)
    width = content_width(company.page_size)
    title = TITLES.get(doc.kind, "Lien waiver")

    def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
        return Paragraph(markup(text), style)

    amount = f"{money(doc.amount_cents, doc.currency)} {doc.currency}"
    rows = [
        ("Claimant", f"{doc.claimant}\n{doc.claimant_address}".strip()),
        ("Customer / owner", doc.customer),
        ("Job / project", f"{doc.project}\n{doc.site_address}".strip()),
        ("Invoice or application", doc.document_number),
        ("Through date", doc.through_date.isoformat()),
        ("Amount", amount),
    ]
    facts = Table(
        [[Paragraph(markup(k.upper()), LABEL), p(v, BOLD if k == "Amount" else BODY)] for k, v in rows],
        colWidths=[width * 0.28, width * 0.72],
    )
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    sign = Table(
        [
            [p("Claimant's signature: ________________________________"), p("Date: ______________", RIGHT)],
            [p("Name and title: _____________________________________"), p("", RIGHT)],
        ],
        colWidths=[width * 0.68, width * 0.32],
    )
    sign.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 16), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    heading = Table([[p(title, HEADING)]], colWidths=[width])
    heading.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story: list[Flowable] = [
        header_block(
            company.name,
            [],
            "LIEN WAIVER",
            [f"Issued {doc.issue_date.isoformat()}", f"Covers {doc.document_number}"],
            width=width,
            company=company,
        ),
        Spacer(1, 10),
        heading,
        Spacer(1, 8),
        facts,
        Spacer(1, 14),
        *[p(part.strip(), TEXT) for part in doc.body.split("\n\n") if part.strip()],
        Spacer(1, 6),
        KeepTogether([sign, Spacer(1, 18), p(STATUTORY_NOTE, SMALL)]),
    ]
    return build(
        story,
        title=title,
        size=company.page_size,
        footer_text=f"{company.name} · {title} · {doc.document_number}",
        author=doc.claimant,
    )
