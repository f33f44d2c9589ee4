"""The time axis of the milestone timeline: month bands, grid lines, ticks and their labels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from milestone_desk.ui.timeline_layout import Scale, Tick, month_starts, tick_unit, ticks

TICK_LEN = {"year": 10.0, "month": 8.0, "week": 5.0, "day": 3.0}


def _next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def draw_axis(
    p: QPainter,
    scale: Scale,
    right: float,
    top: float,
    track_y: float,
    palette: QPalette,
    font: QFont,
    tick_text: Callable[[Tick, str], str],
    band_text: Callable[[date, str], str],
) -> None:
    """Bands and grid from ``top`` down to the axis line at ``track_y``; tick labels below it, and a
    second row naming the month (or, zoomed out, the year) that stays pinned at the left edge."""
    left = scale.left
    unit = tick_unit(scale.px_per_day)
    tick_list = ticks(scale, right)
    base = palette.color(QPalette.ColorRole.Base)
    shade = palette.color(QPalette.ColorRole.AlternateBase)
    if shade == base:
        shade = base.darker(104)
    grid = palette.color(QPalette.ColorRole.Mid)
    text = palette.color(QPalette.ColorRole.Text)
    dim = palette.color(QPalette.ColorRole.PlaceholderText)
    p.save()
    p.setClipRect(QRectF(left, top, right - left, track_y + 60 - top))
    # alternate month bands, stable while scrolling
    months = month_starts(scale, right)
    for m in months if unit != "day" else []:
        if (m.year * 12 + m.month) % 2:
            x0 = max(scale.day_start_x(m), left)
            x1 = min(scale.day_start_x(_next_month(m)), right)
            p.fillRect(QRectF(x0, top, x1 - x0, track_y - top), shade)
    if unit == "day":
        weekend = QColor(grid)
        weekend.setAlpha(28)
        d = scale.date_at(left)
        while d <= scale.date_at(right):
            if d.weekday() >= 5:
                x0 = scale.day_start_x(d)
                p.fillRect(QRectF(x0, top, scale.px_per_day, track_y - top), weekend)
            d = date.fromordinal(d.toordinal() + 1)
    # grid lines
    for t in tick_list:
        x = round(scale.day_start_x(t.day)) + 0.5
        if t.kind in ("month", "year"):
            p.setPen(QPen(grid, 1.0))
        elif t.kind == "week" and scale.px_per_day * 7 >= 14:
            faint = QColor(grid)
            faint.setAlpha(90)
            p.setPen(QPen(faint, 1.0, Qt.PenStyle.DotLine))
        else:
            continue
        p.drawLine(QPointF(x, top), QPointF(x, track_y))
    # the axis line and its ticks
    p.setPen(QPen(dim, 1.5))
    p.drawLine(QPointF(left, track_y), QPointF(right, track_y))
    fm = QFontMetricsF(font)
    p.setFont(font)
    label_y = track_y + 6 + fm.ascent()
    last_right = -1e9
    for t in tick_list:
        x = round(scale.day_start_x(t.day)) + 0.5
        p.setPen(QPen(dim, 1.0))
        p.drawLine(
            QPointF(x, track_y), QPointF(x, track_y + TICK_LEN[t.kind] * (0.6 if unit == "day" else 1))
        )
        if not t.labelled:
            continue
        label = tick_text(t, unit)
        w = fm.horizontalAdvance(label)
        lx = x + (scale.px_per_day - w) / 2 if unit == "day" else x + 3
        if lx < last_right + 6 or lx < left or lx + w > right:
            continue
        bold = t.kind in ("month", "year") and unit != "day"
        font.setBold(bold)
        p.setFont(font)
        p.setPen(text if bold else dim)
        p.drawText(QPointF(lx, label_y), label)
        font.setBold(False)
        last_right = lx + w
    # second row: month names (or years), pinned to the left edge while their span is visible
    p.setFont(font)
    p.setPen(text)
    band_y = label_y + fm.height() + 1
    if unit in ("day", "week"):
        spans = [(m, _next_month(m)) for m in months]
        kind = "month"
    else:
        years = sorted({m.year for m in months})
        spans = [(date(y, 1, 1), date(y + 1, 1, 1)) for y in years]
        kind = "year"
    for start, end in spans:
        label = band_text(start, kind)
        w = fm.horizontalAdvance(label)
        x0 = scale.day_start_x(start) + 3
        x1 = scale.day_start_x(end) - 6
        if x1 < left or x0 > right:
            continue
        x = min(max(x0, left + 3), x1 - w)
        if x < x0 - 0.5 or x < left or x + w > right:
            continue
        p.drawText(QPointF(x, band_y), label)
    p.restore()
