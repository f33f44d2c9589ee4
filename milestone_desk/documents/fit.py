"""Money that never breaks inside a number: one-line cells and columns sized from their content.

A Paragraph splits a word that is wider than its cell character by character ("$1,234,567." / "89").
Amounts are drawn instead by ``OneLine``: always one line, the font shrunk only when the cell is
still too narrow. ``widths_for`` first widens the money columns to what their longest amount needs,
taking the room from the text columns (which wrap between words), so shrinking is the rare case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from milestone_desk.documents.fonts import SANS, SANS_BOLD, clean, register_fonts, runs


def text_width(text: str, font: str, size: float) -> float:
    """Width of one line drawn face by face (the fallback face where the main one has no glyph)."""
    register_fonts()
    total = 0.0
    for face, run in runs(clean(text)):
        total += pdfmetrics.stringWidth(run, font if face == SANS else face, size)
    return total


class OneLine(Flowable):  # type: ignore[misc]
    """One line of text that never wraps: drawn at its size, or smaller when the width is short."""

    def __init__(
        self,
        text: str,
        font: str = SANS,
        size: float = 9.0,
        *,
        leading: float | None = None,
        align: int = TA_RIGHT,
        color: Any = None,
    ) -> None:
        super().__init__()
        self.text = re.sub(r"[ \t\n]+", " ", clean(text)).strip()  # no-break spaces stay as they are
        self.font = font
        self.size = size
        self.leading = leading or size * 1.2
        self.align = align
        self.color = color
        self._drawn = size
        self._aw = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        natural = text_width(self.text, self.font, self.size)
        self._drawn = self.size if natural <= availWidth or natural == 0 else self.size * availWidth / natural
        self._aw = availWidth
        return availWidth, self.leading

    def draw(self) -> None:
        c = self.canv
        width = text_width(self.text, self.font, self._drawn)
        if self.align == TA_RIGHT:
            x = self._aw - width
        elif self.align == TA_CENTER:
            x = (self._aw - width) / 2
        else:
            x = 0.0
        # the baseline sits where a Paragraph of the same leading puts it
        y = self.leading - self.size
        if self.color is not None:
            c.setFillColor(self.color)
        for face, run in runs(self.text):
            name = self.font if face == SANS else face
            c.setFont(name, self._drawn)
            c.drawString(x, y, run)
            x += pdfmetrics.stringWidth(run, name, self._drawn)


def money_cell(text: str, style: ParagraphStyle) -> OneLine:
    """An amount in a table cell, in the look of ``style`` (font, size, colour, alignment)."""
    return OneLine(
        text,
        style.fontName,
        style.fontSize,
        leading=style.leading,
        align=style.alignment if style.alignment in (TA_RIGHT, TA_CENTER) else 0,
        color=style.textColor,
    )


def widths_for(
    widths: Sequence[float],
    rows: Sequence[Sequence[Any]],
    money_cols: Sequence[int],
    *,
    font: str = SANS_BOLD,
    size: float = 8.0,
    padding: float = 6.0,
    min_text: float = 36.0,
) -> list[float]:
    """Column widths sized from their content, the total unchanged.

    A money column gets its longest amount (measured in ``font``, bold by default so totals fit);
    a text column keeps its longest word (a date, a document number), so it wraps between words
    only. Columns with room to spare give it, in proportion to their spare room. When the page is
    simply too narrow, the money columns give back the difference and their amounts are drawn
    smaller (``OneLine``), never broken.
    """
    orig = [float(w) for w in widths]
    total = sum(orig)
    money = set(money_cols)
    target = [0.0] * len(orig)
    for c in range(len(orig)):
        target[c] = 0.0 if c in money else min_text
    for row in rows:
        for c in range(len(orig)):
            v = row[c] if c < len(row) else ""
            if isinstance(v, Paragraph):
                v = v.getPlainText()
            if not isinstance(v, str) or not v:
                continue
            if c in money:
                target[c] = max(target[c], text_width(v, font, size) + padding + 1.0)
            else:
                longest = max((text_width(w, SANS, size) for w in v.split()), default=0.0)
                target[c] = max(target[c], min(longest + padding + 1.0, total * 0.3))
    short = sum(max(0.0, t - o) for t, o in zip(target, orig, strict=True))
    if short <= 0:
        return orig
    spare = [max(0.0, o - t) for t, o in zip(target, orig, strict=True)]
    pool = sum(spare)
    if pool >= short:
        return [max(o, t) - (sp * short / pool) for o, t, sp in zip(orig, target, spare, strict=True)]
    out = list(target)
    excess = sum(out) - total
    money_total = sum(out[c] for c in money) or 1.0
    for c in money:  # the page is too narrow: the amounts are drawn smaller
        out[c] -= excess * out[c] / money_total
    return out


def need(texts: Sequence[str], style: ParagraphStyle, padding: float) -> float:
    """The width a column needs to show the longest of ``texts`` in ``style`` on one line."""
    return max((text_width(t, style.fontName, style.fontSize) for t in texts), default=0.0) + padding + 1.0


def split_box(box: float, limit: float, amount_need: float, share: float = 0.4) -> tuple[float, float, float]:
    """Widths (box, label, amount) of a two-column label/amount box: the amount column gets what its
    longest amount needs; the box grows (up to ``limit``) so the label keeps at least half of it."""
    amount = max(box * share, amount_need)
    if amount > box * 0.5:
        box = min(limit, max(box, amount * 2))
    amount = min(amount, box * 0.62)
    return box, box - amount, amount
