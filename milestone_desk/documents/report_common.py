"""Shared look of the reports (statement, ledger, aging, credit note): styles, tables, escaping.

The same embedded fonts, header and "Page X of Y" footer as the invoice (``layout``): every user
string goes through ``fonts.markup`` (escaped, split by font per character) before reportlab sees
it, and every table cell that is plain text becomes such a Paragraph too, so a CJK or Arabic name
in a cell renders instead of vanishing. Output is deterministic (``invariant=1``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape as turn
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from milestone_desk.documents.fit import money_cell, widths_for
from milestone_desk.documents.fonts import SANS, SANS_BOLD, clean, markup, register_fonts
from milestone_desk.documents.layout import ACCENT, ACCENT_LIGHT, MUTED, RULE, ZEBRA, logo, numbered_canvas
from milestone_desk.documents.layout import page_size as _page_size
from milestone_desk.domain.reports import CompanyInfo

register_fonts()

FONT = SANS
FONT_BOLD = SANS_BOLD
INK = colors.HexColor("#1f2933")
BAND = ACCENT_LIGHT
MARGIN = 16 * mm

BODY = ParagraphStyle("r_body", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)
SMALL = ParagraphStyle("r_small", parent=BODY, fontSize=8, leading=10, textColor=MUTED)
RIGHT = ParagraphStyle("r_right", parent=BODY, alignment=TA_RIGHT)
BOLD = ParagraphStyle("r_bold", parent=BODY, fontName=FONT_BOLD)
BOLD_RIGHT = ParagraphStyle("r_boldright", parent=BOLD, alignment=TA_RIGHT)
LABEL = ParagraphStyle("r_label", parent=BOLD, fontSize=7.5, leading=10, textColor=MUTED)
TITLE = ParagraphStyle(
    "r_title", parent=BODY, fontName=FONT_BOLD, fontSize=20, leading=24, textColor=ACCENT, alignment=TA_RIGHT
)
HEADING = ParagraphStyle(
    "r_heading",
    parent=BOLD,
    fontSize=10.5,
    leading=14,
    spaceBefore=10,
    spaceAfter=4,
    # not keepWithNext: that would bind a heading to its whole table and push a long table to the
    # next page, leaving page 1 mostly empty; build() puts a conditional page break before it instead
    keepWithNext=0,
    textColor=ACCENT,
)
#: room a heading needs below it (itself and a few rows), else it starts the next page
HEADING_ROOM = 1.1 * inch
COMPANY = ParagraphStyle("r_company", parent=BOLD, fontSize=14, leading=18, textColor=ACCENT)
FACT = ParagraphStyle("r_fact", parent=SMALL, alignment=TA_RIGHT, textColor=INK)

# Table cell styles: header (white on accent), body, numbers, totals.
CELL = ParagraphStyle("r_cell", parent=BODY, fontSize=7.5, leading=9.5)
CELL_RIGHT = ParagraphStyle("r_cellr", parent=CELL, alignment=TA_RIGHT)
CELL_BOLD = ParagraphStyle("r_cellb", parent=CELL, fontName=FONT_BOLD)
CELL_BOLD_RIGHT = ParagraphStyle("r_cellbr", parent=CELL_BOLD, alignment=TA_RIGHT)
TH = ParagraphStyle("r_th", parent=CELL_BOLD, fontSize=7, leading=8.5, textColor=colors.white)
TH_RIGHT = ParagraphStyle("r_thr", parent=TH, alignment=TA_RIGHT)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of user text: escaped, font-split per character; newlines become line breaks."""
    return Paragraph(markup(text or ""), style)


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def page_size(name: str) -> tuple[float, float]:
    return _page_size(name)


def _cell(value: Any, *, header: bool, numeric: bool, total: bool) -> Any:
    if not isinstance(value, str):
        return value
    if header:
        style = TH_RIGHT if numeric else TH
    elif total:
        style = CELL_BOLD_RIGHT if numeric else CELL_BOLD
    else:
        style = CELL_RIGHT if numeric else CELL
    if numeric and not header:  # amounts never wrap inside a number
        return money_cell(value, style)
    return Paragraph(markup(value), style)


def grid(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric_from: int,
    numeric_to: int = -1,
    total_rows: int = 0,
    header: bool = True,
    numeric_cols: Sequence[int] | None = None,
) -> Table:
    """A table with an accent header, zebra rows, right-aligned money columns and bold totals.

    Long tables split across pages with the header repeated on each.
    """
    n_cols = len(widths)
    last = numeric_to % n_cols
    right = set(numeric_cols) if numeric_cols is not None else set(range(numeric_from, last + 1))
    data = []
    for r, row in enumerate(rows):
        is_total = total_rows > 0 and r >= len(rows) - total_rows
        data.append(
            [
                _cell(v, header=header and r == 0, numeric=c in right, total=is_total)
                for c, v in enumerate(row)
            ]
        )
    body = rows[1:] if header else rows
    fitted = widths_for(widths, body, sorted(right), font=FONT_BOLD, size=CELL.fontSize, padding=6)
    table = LongTable(data, colWidths=fitted, repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in sorted(right)]
    if header:
        style += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    first_body = 1 if header else 0
    body_end = len(rows) - total_rows
    for r in range(first_body, body_end):
        if (r - first_body) % 2 == 1:
            style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if total_rows:
        style += [
            ("FONT", (0, -total_rows), (-1, -1), FONT_BOLD, 8),
            ("LINEABOVE", (0, -total_rows), (-1, -total_rows), 0.8, ACCENT),
            ("BACKGROUND", (0, -total_rows), (-1, -1), BAND),
        ]
    table.setStyle(TableStyle(style))
    return table


def header_block(
    company_name: str,
    company_lines: Sequence[str],
    title: str,
    facts: Sequence[str],
    width: float = 184 * mm,
    company: CompanyInfo | None = None,
) -> Table:
    """Company (logo, name, address, contact, tax id) on the left; title and key facts on the right.

    The same arrangement as the invoice and receipt headers, so every document looks like one firm's.
    """
    left: list[Flowable] = []
    if company is not None:
        pic = logo(company)
        if pic is not None:
            left.append(pic)
        company_name = company.name
        contact = "  ·  ".join(x for x in (company.phone, company.email) if x)
        company_lines = [
            company.address,
            contact,
            f"Tax ID: {company.tax_id}" if company.tax_id else "",
        ]
    left.append(para(company_name, COMPANY))
    left += [para(line, SMALL) for line in company_lines if line]
    right: list[Flowable] = [para(title, TITLE)]
    right += [para(f, FACT) for f in facts if f]
    right_w = min(90 * mm, width * 0.5)
    table = Table([[left, right]], colWidths=[width - right_w, right_w])
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


def label(text: str) -> Paragraph:
    """A small capitals label (fixed text, still escaped)."""
    return Paragraph(markup(text.upper()), LABEL)


def content_width(size: str = "letter", *, landscape: bool = False) -> float:
    w, h = page_size(size)
    return float(h if landscape else w) - 2 * float(MARGIN) - 12  # the frame's own padding, 6 pt a side


def build(
    story: list[Flowable],
    *,
    title: str,
    size: str = "letter",
    landscape: bool = False,
    footer_text: str = "",
    author: str = "Milestone Desk",
) -> bytes:
    """Render a story to PDF bytes, deterministically (invariant=1), with the shared footer and
    "Page X of Y" on every page."""
    buf = io.BytesIO()
    pagesize = page_size(size)
    if landscape:
        pagesize = turn(pagesize)
    doc = SimpleDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=clean(title),
        author=clean(author),
        creator="Milestone Desk",
        producer="Milestone Desk",
        subject=clean(title),
        invariant=1,
    )
    laid: list[Flowable] = []
    for f in story:
        if isinstance(f, Paragraph) and f.style is HEADING:
            laid.append(CondPageBreak(HEADING_ROOM))
        laid.append(f)
    doc.build(laid, canvasmaker=numbered_canvas(footer_text, False, margin=MARGIN, running=footer_text))
    return buf.getvalue()
