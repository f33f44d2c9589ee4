"""Shared look of every document: page size, styles, header block, footer with "Page X of Y".

Built on reportlab platypus. Output is deterministic (``invariant=1``): the same content gives
the same bytes, which is what lets an issued document be frozen and checked by its SHA-256.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from functools import cache, lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus import Paragraph as _RLParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from milestone_desk.documents.fonts import (
    SANS,
    SANS_BOLD,
    clean,
    markup,
    plain_width,
    register_fonts,
    runs,
    visual,
)
from milestone_desk.documents.model import CompanyInfo, PartyInfo, SiteInfo

ACCENT = colors.HexColor("#1F3A5F")
ACCENT_LIGHT = colors.HexColor("#E8EEF5")
RULE = colors.HexColor("#C9D2DC")
MUTED = colors.HexColor("#5B6B7C")
ZEBRA = colors.HexColor("#F6F8FA")
PAID_GREEN = colors.HexColor("#1E7B34")


def page_size(name: str) -> tuple[float, float]:
    size = A4 if name.lower() == "a4" else LETTER
    return (float(size[0]), float(size[1]))


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": SANS, "fontSize": 9, "leading": 12, "textColor": colors.black}
    base.update(kw)
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=8192)  # labels, amounts and names repeat within a document and from one to the next
def _parsed(text: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, list[Any]]:
    """reportlab's parse of one paragraph's markup (what ``Paragraph`` does in its constructor)."""
    text = cleanBlockQuotedText(text)
    parser = ParaParser()
    parser.caseSensitive = 1
    out_style, frags, bullet = parser.parse(text, style)
    if frags is None or bullet:
        raise ValueError("not cached")  # reportlab's own constructor says what is wrong
    textTransformFrags(frags, out_style)
    return text, out_style, frags


class Paragraph(_RLParagraph):  # type: ignore[misc]
    """reportlab's Paragraph, drawn the same, with two costs paid once instead of every time.

    The markup is parsed once per (text, style) in a process (each Paragraph gets its own copies of
    the parsed fragments, which line breaking turns into word lists), and ``wrap`` at the width it
    was last wrapped at returns that result: a table measures each cell, then wraps it again to
    draw it, and ``KeepTogether`` wraps its content again. Same lines, same bytes.
    """

    def __init__(self, text: str | None, style: ParagraphStyle | None = None, *args: Any, **kw: Any) -> None:
        self._wrapped: tuple[float, object] | None = None
        if text is not None and not args and not kw and id(style) in _SHARED:
            try:
                clean_text, out_style, frags = _parsed(text, style)
            except ValueError:
                pass
            else:
                super().__init__(clean_text, out_style, frags=[f.clone() for f in frags])
                return
        super().__init__(text, style, *args, **kw)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._wrapped
        if memo is not None and memo[0] == availWidth and memo[1] is getattr(self, "blPara", None):
            return self.width, self.height
        out: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara) if availWidth >= 1e-8 else None
        return out


class Styles:
    """The paragraph styles every document uses (one set per process: ``styles()``)."""

    def __init__(self) -> None:
        register_fonts()
        self.body = _style("body")
        self.small = _style("small", fontSize=8, leading=10, textColor=MUTED)
        self.label = _style("label", fontName=SANS_BOLD, fontSize=7.5, leading=10, textColor=MUTED)
        self.company = _style("company", fontName=SANS_BOLD, fontSize=15, leading=19, textColor=ACCENT)
        self.title = _style(
            "title", fontName=SANS_BOLD, fontSize=24, leading=28, textColor=ACCENT, alignment=TA_RIGHT
        )
        self.right = _style("right", alignment=TA_RIGHT)
        self.right_bold = _style("right_bold", fontName=SANS_BOLD, alignment=TA_RIGHT)
        self.bold = _style("bold", fontName=SANS_BOLD)
        self.heading = _style("heading", fontName=SANS_BOLD, fontSize=10.5, leading=14, textColor=ACCENT)
        self.th = _style("th", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=colors.white)
        self.th_right = _style(
            "th_right", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=colors.white, alignment=TA_RIGHT
        )
        self.due_label = _style(
            "due_label", fontName=SANS_BOLD, fontSize=11, leading=14, textColor=colors.white
        )
        self.due_amount = _style(
            "due_amount",
            fontName=SANS_BOLD,
            fontSize=15,
            leading=18,
            textColor=colors.white,
            alignment=TA_RIGHT,
        )
        self.left = _style("left", alignment=TA_LEFT)
        self.label_on_dark = _style(
            "label_on_dark",
            fontName=SANS_BOLD,
            fontSize=7.5,
            leading=10,
            textColor=colors.HexColor("#C9D6E6"),
        )
        self.paid_accent = _style(
            "paid_accent", fontName=SANS_BOLD, fontSize=8.5, leading=11, textColor=ACCENT, alignment=TA_RIGHT
        )
        self.paid = _style(
            "paid", fontName=SANS_BOLD, fontSize=8.5, leading=11, textColor=PAID_GREEN, alignment=TA_RIGHT
        )


@cache
def styles() -> Styles:
    """The one set of styles of this process (styles are never changed while drawing)."""
    out = Styles()
    _SHARED.update(id(v) for v in vars(out).values() if isinstance(v, ParagraphStyle))
    return out


#: The shared styles (they live as long as the process), whose parses are cached; a paragraph in
#: a style made elsewhere is parsed each time.
_SHARED: set[int] = set()


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text: always escaped and font-split (never raw markup)."""
    return Paragraph(markup(text), style)


def labelled(label: str, text: str, styles: Styles, *, bold_first: bool = False) -> list[Flowable]:
    """A small caps label over a block of user text (first line bold when asked)."""
    out: list[Flowable] = [Paragraph(escape_label(label), styles.label)]
    lines = clean(text).split("\n") if text else []
    if lines and bold_first:
        out.append(Paragraph(f"<b>{markup(lines[0])}</b>", styles.body))
        lines = lines[1:]
    if lines:
        out.append(para("\n".join(lines), styles.body))
    return out


def escape_label(label: str) -> str:
    return markup(label.upper())


def logo(company: CompanyInfo, max_w: float = 1.6 * inch, max_h: float = 0.8 * inch) -> Flowable | None:
    """The company logo scaled into a box, or None when there is none or it cannot be read."""
    if not company.logo_png:
        return None
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(company.logo_png))
        w, h = reader.getSize()
    except Exception:  # a damaged logo must never stop an invoice
        return None
    if w <= 0 or h <= 0:
        return None
    scale = min(max_w / w, max_h / h)
    img = Image(io.BytesIO(company.logo_png), width=w * scale, height=h * scale)
    img.hAlign = "LEFT"
    return img


def company_block(company: CompanyInfo, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    pic = logo(company)
    if pic is not None:
        out.append(pic)
    out.append(para(company.name, styles.company))
    details = [company.address]
    contact = "  ·  ".join(x for x in (company.phone, company.email) if x)
    if contact:
        details.append(contact)
    if company.tax_id:
        details.append(f"Tax ID: {company.tax_id}")
    text = "\n".join(d for d in details if d)
    if text:
        out.append(para(text, styles.small))
    return out


def meta_table(rows: Sequence[tuple[str, str]], styles: Styles, width: float) -> Table:
    """Right-hand key/value block under the document title (number, dates, terms)."""
    data = [[Paragraph(escape_label(k), styles.label), para(v, styles.right_bold)] for k, v in rows]
    t = Table(data, colWidths=[width * 0.36, width * 0.64], hAlign="RIGHT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return t


def header_table(company: CompanyInfo, right: list[Flowable], styles: Styles, width: float) -> Table:
    """The company block on the left, the document's title and facts on the right."""
    t = Table([[company_block(company, styles), right]], colWidths=[width * 0.58, width * 0.42])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ]
        )
    )
    return t


def parties_table(
    label: str, client: PartyInfo, site: SiteInfo, styles: Styles, width: float, site_label: str = "Job site"
) -> Table:
    """Who the document is for (``label``: Bill to, Credit to …) beside the job site."""
    tax = f"Tax ID {client.tax_id}" if client.tax_id else ""
    who = "\n".join(x for x in (client.name, client.address, client.email, tax) if x)
    where = "\n".join(x for x in (f"{site.name} ({site.code})", site.address) if x)
    t = Table(
        [
            [
                labelled(label, who, styles, bold_first=True),
                labelled(site_label, where, styles, bold_first=True),
            ]
        ],
        colWidths=[width / 2, width / 2],
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEAFTER", (0, 0), (0, 0), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return t


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *, right: bool = False) -> None:
    """Draw one line of user text on the canvas with per-character font fallback."""
    pieces = runs(visual(clean(text)))
    widths = [canvas.stringWidth(run, face, size) for face, run in pieces]
    if right:
        x -= sum(widths)
    for (face, run), w in zip(pieces, widths, strict=True):
        canvas.setFont(face, size)
        canvas.drawString(x, y, run)
        x += w


def fit(text: str, size: float, width: float) -> str:
    """One line of user text cut (with an ellipsis) so it fits ``width`` points on the canvas."""
    line = " ".join(clean(text).split())
    if plain_width(line, size) <= width:
        return line
    while line and plain_width(line + "…", size) > width:
        line = line[:-1]
    return line.rstrip() + "…"


def numbered_canvas(
    footer: str,
    draft: bool,
    margin: float = 0.75 * inch,
    page_label: str = "Page {0} of {1}",
    issued: date | None = None,
    running: str = "",
) -> type[Canvas]:
    """A canvas class that writes "Page X of Y" and the footer once the page count is known.

    Every document uses it, so all share one look: an accent band at the top, a rule and the
    footer (company and document) at the bottom left, "Page X of Y" at the bottom right.
    """
    side = margin

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            register_fonts()
            kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS  # never Helvetica
            super().__init__(*args, **kwargs)
            if issued is not None:  # the metadata carry the issue date, not the invariant 2000-01-01
                self._doc._timeStamp.YMDhms = (issued.year, issued.month, issued.day, 0, 0, 0)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            w, h = self._pagesize
            margin = side
            self.saveState()
            self.setFillColor(ACCENT)
            self.rect(0, h - 0.16 * inch, w, 0.16 * inch, stroke=0, fill=1)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(margin, 0.62 * inch, w - margin, 0.62 * inch)
            self.setFillColor(MUTED)
            draw_text(self, margin, 0.45 * inch, fit(footer, 7.5, w - 2 * margin - 1.1 * inch), 7.5)
            draw_text(self, w - margin, 0.45 * inch, page_label.format(number, total), 7.5, right=True)
            if running and number > 1:  # a continuation page says whose document it belongs to
                self.setFillColor(MUTED)
                draw_text(self, margin, h - 0.42 * inch, fit(running, 8, w - 2 * margin - 1.1 * inch), 8)
                draw_text(self, w - margin, h - 0.42 * inch, page_label.format(number, total), 8, right=True)
            if draft:
                self.setFillColor(colors.HexColor("#D9534F"))
                self.setFont(SANS_BOLD, 11)
                self.drawCentredString(
                    w / 2, self._pagesize[1] - 0.45 * inch, "DRAFT — NOT AN ISSUED DOCUMENT"
                )
            self.restoreState()

    return NumberedCanvas


def build(
    story: list[Flowable],
    *,
    size: str,
    title: str,
    author: str,
    footer: str,
    draft: bool = False,
    page_label: str = "Page {0} of {1}",
    issued: date | None = None,
    lang: str = "",
    running: str = "",
) -> bytes:
    """Lay out the story and return the PDF bytes (identical bytes for identical input)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=page_size(size),
        leftMargin=0.75 * inch,
        rightMargin=0.75 * inch,
        topMargin=0.7 * inch,
        bottomMargin=0.85 * inch,
        title=clean(title),
        author=clean(author),
        creator="Milestone Desk",
        producer="Milestone Desk",
        subject=clean(title),
        invariant=1,
        lang=lang.replace("_", "-") or None,
    )
    doc.build(
        story,
        canvasmaker=numbered_canvas(footer, draft, page_label=page_label, issued=issued, running=running),
    )
    return buf.getvalue()


def content_width(size: str) -> float:
    return page_size(size)[0] - 1.5 * float(inch)
