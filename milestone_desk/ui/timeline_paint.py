"""Drawing pieces of the milestone timeline: status markers, labels, the axis and the legend.

Status is told by colour AND shape (colour-blind-safe Okabe–Ito colours):
planned = hollow circle, in progress = half-filled circle, completed = filled circle,
invoiced = filled square, paid = diamond with a check; overdue = thick vermillion ring.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from milestone_desk.domain.states import MilestoneStatus

STATUS_COLORS = {
    "planned": QColor("#5B6770"),
    "in_progress": QColor("#E69F00"),
    "completed": QColor("#0072B2"),
    "invoiced": QColor("#CC79A7"),
    "paid": QColor("#009E73"),
}
OVERDUE = QColor("#D55E00")
TODAY = QColor("#1F2A36")
MARKER_R = 7.0


PLANNED_ON_DARK = QColor("#9AA7B2")


def status_color(status: str, dark: bool = False) -> QColor:
    if dark and status not in ("in_progress", "completed", "invoiced", "paid"):
        return PLANNED_ON_DARK
    return STATUS_COLORS.get(status, STATUS_COLORS["planned"])


def draw_marker(
    p: QPainter,
    c: QPointF,
    status: str,
    *,
    overdue: bool = False,
    selected: bool = False,
    ghost: bool = False,
    r: float = MARKER_R,
    background: QColor | None = None,
) -> None:
    """One milestone marker centred on ``c``."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if ghost:
        p.setOpacity(0.35)
    fill_bg = background or QColor("white")
    color = status_color(status, fill_bg.lightness() < 128)
    if selected:
        p.setPen(QPen(QColor("#1A73E8"), 2.0))
        p.setBrush(QColor(26, 115, 232, 40))
        p.drawEllipse(c, r + 7, r + 7)
    if overdue:
        p.setPen(QPen(OVERDUE, 2.5))
        p.setBrush(fill_bg)
        p.drawEllipse(c, r + 4, r + 4)
    pen = QPen(color, 2.2)
    p.setPen(pen)
    if status == MilestoneStatus.PLANNED:
        p.setBrush(fill_bg)
        p.drawEllipse(c, r - 1, r - 1)
    elif status == MilestoneStatus.IN_PROGRESS:
        p.setBrush(fill_bg)
        p.drawEllipse(c, r - 1, r - 1)
        path = QPainterPath()
        box = QRectF(c.x() - r + 1, c.y() - r + 1, 2 * r - 2, 2 * r - 2)
        path.moveTo(c.x(), c.y() - r + 1)
        path.arcTo(box, 90, 180)
        path.closeSubpath()
        p.fillPath(path, color)
    elif status == MilestoneStatus.COMPLETED:
        p.setBrush(color)
        p.drawEllipse(c, r, r)
    elif status == MilestoneStatus.INVOICED:
        p.setBrush(color)
        s = r * 0.9
        p.drawRect(QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s))
    else:  # paid
        p.setBrush(color)
        d = r * 1.35
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - d),
                    QPointF(c.x() + d, c.y()),
                    QPointF(c.x(), c.y() + d),
                    QPointF(c.x() - d, c.y()),
                ]
            )
        )
        check = QPen(QColor("white"), 1.8)
        check.setCapStyle(Qt.PenCapStyle.RoundCap)
        check.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(check)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline(
            QPolygonF(
                [
                    QPointF(c.x() - 3.6, c.y() + 0.2),
                    QPointF(c.x() - 1.0, c.y() + 2.8),
                    QPointF(c.x() + 3.8, c.y() - 2.6),
                ]
            )
        )
    p.restore()


class LabelFonts:
    """The two fonts of a label and their metrics, made once per font change."""

    def __init__(self, base: QFont) -> None:
        self.name = QFont(base)
        self.name.setBold(True)
        self.detail = QFont(base)
        size = base.pointSizeF()
        if size > 0:
            self.detail.setPointSizeF(max(size - 1, 7))
        self.small = QFont(self.detail)
        self.name_fm = QFontMetricsF(self.name)
        self.detail_fm = QFontMetricsF(self.detail)

    def label_width(self, name: str, detail: str, max_name: float, compact: bool = False) -> float:
        name_w = min(self.name_fm.horizontalAdvance(name), max_name)
        detail_w = self.detail_fm.horizontalAdvance(detail)
        if compact:
            return name_w + 8 + detail_w + 20
        return max(name_w, detail_w) + 20

    def row_height(self, compact: bool = False) -> float:
        if compact:
            return self.name_fm.height() + 8
        return self.name_fm.height() + self.detail_fm.height() + 10


def draw_label(
    p: QPainter,
    box: QRectF,
    name: str,
    amount: str,
    flag: str,
    color: QColor,
    fonts: LabelFonts,
    palette: QPalette,
    *,
    selected: bool = False,
    hovered: bool = False,
) -> None:
    """A rounded card: status stripe on the left, name in bold, amount (and a red flag) below."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = palette.color(QPalette.ColorRole.Base)
    border = QColor("#1A73E8") if selected else (OVERDUE if flag else palette.color(QPalette.ColorRole.Mid))
    if hovered and not selected:
        border = palette.color(QPalette.ColorRole.Dark)
    p.setPen(QPen(border, 2.0 if (selected or flag) else 1.0))
    p.setBrush(base)
    p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    stripe = QRectF(box.left() + 1.5, box.top() + 1.5, 4, box.height() - 3)
    p.fillRect(stripe, color)
    text_left = box.left() + 11
    compact = box.height() < fonts.row_height() - 6
    detail_w = fonts.detail_fm.horizontalAdvance(amount + ("  " + flag if flag else ""))
    width = box.width() - 15 - (detail_w + 8 if compact else 0)
    text = palette.color(QPalette.ColorRole.Text)
    p.setFont(fonts.name)
    p.setPen(text)
    elided = fonts.name_fm.elidedText(name, Qt.TextElideMode.ElideRight, width)
    top = box.top() + 3
    p.drawText(QPointF(text_left, top + fonts.name_fm.ascent()), elided)
    p.setFont(fonts.detail)
    if compact:
        x2 = text_left + fonts.name_fm.horizontalAdvance(elided) + 8
        y2 = top + fonts.name_fm.ascent()
    else:
        x2 = text_left
        y2 = top + fonts.name_fm.height() + 1 + fonts.detail_fm.ascent()
    dim = QColor(text)
    dim.setAlpha(175)
    p.setPen(dim)
    p.drawText(QPointF(x2, y2), amount)
    if flag:
        fx = x2 + fonts.detail_fm.horizontalAdvance(amount + "  ")
        bold = QFont(fonts.detail)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(OVERDUE)
        p.drawText(QPointF(fx, y2), flag)
    p.restore()


def draw_pill(p: QPainter, anchor: QPointF, text: str, font: QFont, bg: QColor, fg: QColor) -> QRectF:
    """A small filled tag centred above ``anchor`` (used for "Today" and the drag date)."""
    fm = QFontMetricsF(font)
    w = fm.horizontalAdvance(text) + 12
    h = fm.height() + 2
    rect = QRectF(anchor.x() - w / 2, anchor.y() - h, w, h)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(bg)
    p.drawRoundedRect(rect, h / 2, h / 2)
    p.setFont(font)
    p.setPen(fg)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    p.restore()
    return rect
