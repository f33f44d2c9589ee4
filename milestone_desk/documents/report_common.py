"""Shared look of the collections reports (statement, ledger, aging): styles, tables, escaping.

Every user string goes through ``para`` (``xml.sax.saxutils.escape``) before reportlab sees it.
Fonts are Helvetica for now; the shared embedded fonts replace ``FONT``/``FONT_BOLD`` later.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, SimpleDocTemplate, Table, TableStyle

from milestone_desk.domain.money import format_money

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
BAND = colors.HexColor("#f0f4f8")
ACCENT = colors.HexColor("#1d4e89")

BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, textColor=MUTED)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=TA_RIGHT)
BOLD = ParagraphStyle("bold", parent=BODY, fontName=FONT_BOLD)
BOLD_RIGHT = ParagraphStyle("boldright", parent=BOLD, alignment=TA_RIGHT)
TITLE = ParagraphStyle("title", parent=BODY, fontName=FONT_BOLD, fontSize=16, leading=20, textColor=ACCENT)
HEADING = ParagraphStyle(
    "heading", parent=BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4, keepWithNext=1
)
COMPANY = ParagraphStyle("company", parent=BOLD, fontSize=12, leading=15)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of user text, escaped; newlines become line breaks."""
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def money(minor: int, currency: str) -> str:
    return format_money(minor, currency)


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def page_size(name: str) -> tuple[float, float]:
    size: tuple[float, float] = A4 if name.lower() == "a4" else letter
    return size


def grid(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric_from: int,
    numeric_to: int = -1,
    total_rows: int = 0,
) -> Table:
    """A table with a shaded header, light rules, right-aligned money columns and bold totals."""
    table = LongTable([list(r) for r in rows], colWidths=list(widths), repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("ALIGN", (numeric_from, 0), (numeric_to, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_rows:
        style += [
            ("FONT", (0, -total_rows), (-1, -1), FONT_BOLD, 8.5),
            ("LINEABOVE", (0, -total_rows), (-1, -total_rows), 0.8, INK),
        ]
    table.setStyle(TableStyle(style))
    return table


def header_block(
    company_name: str,
    company_lines: Sequence[str],
    title: str,
    facts: Sequence[str],
    width: float = 184 * mm,
) -> Table:
    """Company on the left, document title and key facts on the right."""
    left: list[Flowable] = [para(company_name, COMPANY)]
    left += [para(line, SMALL) for line in company_lines if line]
    right: list[Flowable] = [Paragraph(escape(title), ParagraphStyle("t", parent=TITLE, alignment=TA_RIGHT))]
    right += [para(f, ParagraphStyle("f", parent=SMALL, alignment=TA_RIGHT)) for f in facts]
    table = Table([[left, right]], colWidths=[width - 85 * mm, 85 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ]
        )
    )
    return table


def build(
    story: list[Flowable], *, title: str, size: str = "letter", landscape: bool = False, footer_text: str = ""
) -> bytes:
    """Render a story to PDF bytes, deterministically (invariant=1) with page numbers."""
    from reportlab.lib.pagesizes import landscape as turn

    buf = io.BytesIO()
    pagesize = page_size(size)
    if landscape:
        pagesize = turn(pagesize)
    doc = SimpleDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="Milestone Desk",
        invariant=1,
    )

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(pagesize[0] - 16 * mm, 9 * mm, f"Page {document.page}")
        if footer_text:
            canvas.drawString(16 * mm, 9 * mm, footer_text)
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
