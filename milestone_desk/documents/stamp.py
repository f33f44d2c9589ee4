"""VOID and PAID stamps laid over a frozen document, never by re-rendering it.

The stamp is drawn on its own page (reportlab) and merged over every page of the stored PDF as a
PDF *incremental update* (pypdf): the output starts with the frozen bytes, byte for byte, and only
appends the stamp. The books keep the original; what leaves the program says what became of it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from milestone_desk.documents.fonts import SANS_BOLD, register_fonts
from milestone_desk.documents.layout import draw_text, fit

VOID_RED = colors.HexColor("#C0392B")
PAID_GREEN = colors.HexColor("#1E7B34")


def _overlay(width: float, height: float, word: str, lines: Sequence[str], color: colors.Color) -> bytes:
    """One transparent page: the big word across the page and a boxed note with the details."""
    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1, initialFontName=SANS_BOLD)
    c.saveState()
    c.setFillColor(color, alpha=0.22)
    c.setStrokeColor(color, alpha=0.55)
    c.translate(width / 2, height / 2)
    c.rotate(30)
    size = min(width, height) / 4.2
    c.setFont(SANS_BOLD, size)
    c.drawCentredString(0, -size / 3, word)
    c.restoreState()
    # The details: a white box with a coloured border just above the footer, where it hides the least.
    box_w = min(width - 72, 420.0)
    size = 9.5
    lead = size * 1.35
    shown = [fit(line, size, box_w - 20) for line in lines]
    box_h = 22 + lead * (len(shown) + 1)
    x = (width - box_w) / 2
    y = 0.62 * 72 + 8
    c.saveState()
    c.setFillColor(colors.white, alpha=0.92)
    c.setStrokeColor(color)
    c.setLineWidth(1.6)
    c.rect(x, y, box_w, box_h, stroke=1, fill=1)
    c.setFillColor(color)
    c.setFont(SANS_BOLD, 13)
    c.drawString(x + 10, y + box_h - 20, word)
    c.setFillColor(colors.black)
    ty = y + box_h - 20 - lead - 2
    for line in shown:
        draw_text(c, x + 10, ty, line, size)
        ty -= lead
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def stamp(pdf: bytes, word: str, lines: Sequence[str], color: colors.Color) -> bytes:
    """The frozen ``pdf`` with ``word`` and ``lines`` over every page, as an incremental update."""
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    cache: dict[tuple[float, float], object] = {}
    for page in writer.pages:
        box = page.mediabox
        key = (float(box.width), float(box.height))
        if key not in cache:
            cache[key] = PdfReader(io.BytesIO(_overlay(*key, word, lines, color))).pages[0]
        page.merge_page(cache[key])  # type: ignore[arg-type]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def void_stamp(pdf: bytes, voided_on: str, reason: str) -> bytes:
    """VOID over the original, with the date it was voided and the reason."""
    return stamp(pdf, "VOID", [f"Voided on {voided_on}", f"Reason: {reason}"], VOID_RED)


def paid_stamp(pdf: bytes, receipts: Sequence[str]) -> bytes:
    """PAID over the original, listing the receipts (number, date, amount) that paid it."""
    lines = ["Paid in full. Receipts:", *receipts] if receipts else ["Paid in full."]
    return stamp(pdf, "PAID", lines, PAID_GREEN)


__all__ = ["paid_stamp", "stamp", "void_stamp"]
