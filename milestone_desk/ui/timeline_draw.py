"""Painting of the whole timeline widget from its laid-out items (see ``timeline.TimelineView``)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from milestone_desk.ui.timeline_axis import draw_axis
from milestone_desk.ui.timeline_items import HEADER, LANE_ROW
from milestone_desk.ui.timeline_paint import (
    MARKER_R,
    OVERDUE,
    TODAY,
    draw_label,
    draw_marker,
    draw_pill,
    status_color,
)

if TYPE_CHECKING:
    from milestone_desk.ui.timeline import TimelineView

LEGEND = ("planned", "in_progress", "completed", "invoiced", "paid")


def paint_timeline(view: TimelineView, p: QPainter) -> None:
    pal = view.palette()
    base = pal.color(QPalette.ColorRole.Base)
    ink = QColor("#E8EEF4") if base.lightness() < 128 else TODAY  # today line and tags
    left, right = view._plot_range()
    track = view._track_y()
    scale = view.scale
    small = QFont(view.font())
    if small.pointSizeF() > 0:
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
    fm = QFontMetricsF(small)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    # header: legend (shape and colour of each status)
    p.fillRect(QRectF(0, 0, view.width(), HEADER), pal.color(QPalette.ColorRole.Window))
    p.setPen(pal.color(QPalette.ColorRole.Mid))
    p.drawLine(QPointF(0, HEADER - 0.5), QPointF(view.width(), HEADER - 0.5))
    limit = min(b.x() for b in view._buttons) - 8 if view._buttons else view.width()
    x = 12.0
    p.setFont(small)
    entries = [(s, view.texts.status(s), False) for s in LEGEND]
    entries.append(("planned", view.tr("Overdue"), True))
    for status, text, overdue in entries:
        w = 16 + fm.horizontalAdvance(text) + 16
        if x + w > limit:
            break
        draw_marker(p, QPointF(x + 6, HEADER / 2), status, overdue=overdue, r=5.0, background=base)
        p.setPen(OVERDUE if overdue else pal.color(QPalette.ColorRole.Text))
        p.drawText(QPointF(x + 16, HEADER / 2 + fm.ascent() / 2 - 1), text)
        x += w

    # the "no date" lane
    lane_w = view._lane_width()
    if lane_w:
        p.fillRect(QRectF(0, HEADER, lane_w, view.height() - HEADER), pal.color(QPalette.ColorRole.Window))
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.drawLine(QPointF(lane_w - 0.5, HEADER), QPointF(lane_w - 0.5, view.height()))
        title = QFont(small)
        title.setBold(True)
        p.setFont(title)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(QPointF(12, HEADER + 17), view.tr("No date"))
        p.setFont(small)
        for item in view._items:
            if item.day is not None or item.marker is None:
                continue
            r = item.marker
            if item.m.name == view.selected:
                p.setPen(QPen(QColor("#1A73E8"), 1.5))
                p.setBrush(QColor(26, 115, 232, 30))
                p.drawRoundedRect(r.adjusted(-4, 0, 2, 0), 3, 3)
            cy = r.center().y()
            draw_marker(
                p, QPointF(r.left() + 6, cy), item.m.status, overdue=item.overdue, r=5.0, background=base
            )
            p.setPen(pal.color(QPalette.ColorRole.Text))
            text = fm.elidedText(item.m.name, Qt.TextElideMode.ElideRight, r.width() - 18)
            p.drawText(QPointF(r.left() + 16, cy + fm.ascent() / 2 - 1), text)
        if view._lane_more:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            y = view._lane_more_y + (LANE_ROW - 2) / 2 + fm.ascent() / 2 - 1
            p.drawText(QPointF(26, y), view.tr("+{0} more").format(view._lane_more))

    # axis, grid, month bands
    draw_axis(p, scale, right, HEADER + 1, track, pal, QFont(small), view.texts.tick, view.texts.band)

    p.save()
    p.setClipRect(QRectF(left - MARKER_R - 6, HEADER + 1, right - left + 2 * MARKER_R + 12, view.height()))
    # today line
    tx = scale.x_of(view._today)
    if left <= tx <= right:
        pen = QPen(ink, 1.5, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(tx, HEADER + 1), QPointF(tx, track))
        bold = QFont(small)
        bold.setBold(True)
        pill_h = QFontMetricsF(bold).height() + 2
        draw_pill(p, QPointF(tx, track + 13 + pill_h), view.tr("Today"), bold, ink, base)

    # connectors, then markers, then labels on top
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    for item in view._items:
        if item.label is None or item.marker is None or (item.day is None and not view._dragging(item)):
            continue
        color = QColor(status_color(item.m.status, base.lightness() < 128))
        color.setAlpha(150)
        p.setPen(QPen(OVERDUE if item.overdue else color, 1.4))
        p.drawLine(QPointF(item.x, track - MARKER_R - 2), QPointF(item.x, item.label.bottom()))
    for item in view._items:
        dragging = view._dragging(item)
        if item.day is not None and dragging and view._drag_date is not None:
            draw_marker(p, QPointF(scale.x_of(item.day), track), item.m.status, ghost=True, background=base)
        if item.marker is None or (item.day is None and not dragging):
            continue
        draw_marker(
            p,
            QPointF(item.x, track),
            item.m.status,
            overdue=item.overdue,
            selected=item.m.name == view.selected,
            background=base,
        )
    # several milestones on one day share a spot: say how many
    shared = Counter(i.day for i in view._items if i.day is not None and i.marker is not None)
    for day, count in shared.items():
        if count > 1:
            draw_pill(p, QPointF(scale.x_of(day) + 13, track - 6), f"{count}", small, ink, base)
    for item in view._items:
        if item.label is None:
            continue
        flag = view.texts.overdue() if item.overdue else ""
        draw_label(
            p,
            item.label,
            item.m.name,
            item.detail,
            flag,
            status_color(item.m.status, base.lightness() < 128),
            view.fonts,
            pal,
            selected=item.m.name == view.selected,
            hovered=item.m.name == view._hover,
        )
    # the date a dragged milestone would get
    if view._drag_date is not None:
        moving = next((i for i in view._items if view._dragging(i)), None)
        if moving is not None:
            text = view.texts.date(view._drag_date)
            if moving.day is not None:
                shift = (view._drag_date - moving.day).days
                text += f"  ({shift:+d})"
            bold = QFont(small)
            bold.setBold(True)
            draw_pill(p, QPointF(moving.x, track + 30), text, bold, QColor("#1A73E8"), QColor("white"))
    p.restore()
    if view.hasFocus():
        focus = QColor(pal.color(QPalette.ColorRole.Highlight))
        focus.setAlpha(140)
        p.setPen(QPen(focus, 1))
        p.drawRect(QRectF(view.rect()).adjusted(0.5, 0.5, -1, -1))
