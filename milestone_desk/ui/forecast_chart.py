"""Cash-flow forecast chart: expected and actual receipts per period, custom painted.

Hovering a bar shows the invoices, milestones or receipts behind it in a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from milestone_desk.services.collections.queries.forecast import Forecast, ForecastItem
from milestone_desk.ui.formatting import amount as money
from milestone_desk.ui.formatting import compact

EXPECTED = QColor("#3b82c4")
OVERDUE = QColor("#d9534f")
ACTUAL = QColor("#3f9e6e")
GRID = QColor("#e3e8ee")
AXIS = QColor("#7b8794")
TEXT = QColor("#1f2933")
TODAY_BAND = QColor(255, 244, 214, 170)
MAX_TIP_ITEMS = 12


@dataclass(frozen=True)
class Bar:
    rect: QRectF
    period: int
    which: str  # "expected" or "actual"


def nice_ceiling(value: int) -> int:
    """A round axis top at or above ``value`` (that splits into four round gridlines)."""
    if value <= 0:
        return 100
    power = 1
    while power * 10 <= value:
        power *= 10
    for step in (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10):
        top = int(Decimal(power) * Decimal(str(step)))
        if top >= value:
            return top
    return power * 10


class ForecastChart(QWidget):
    """Bars per period: actual receipts (green) beside expected receipts (blue, red part overdue)."""

    MARGIN_LEFT = 64
    MARGIN_RIGHT = 16
    MARGIN_TOP = 34
    MARGIN_BOTTOM = 38

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forecast: Forecast | None = None
        self._bars: list[Bar] = []
        self.setMouseTracking(True)
        self.setMinimumSize(420, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Cash-flow forecast chart"))

    def sizeHint(self) -> QSize:
        return QSize(760, 300)

    # ---- data ----------------------------------------------------------------------------------
    def set_forecast(self, forecast: Forecast) -> None:
        self._forecast = forecast
        self._layout_bars()
        self.update()

    def forecast(self) -> Forecast | None:
        return self._forecast

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def bar_at(self, pos: QPointF) -> Bar | None:
        for bar in self._bars:
            if bar.rect.adjusted(-2, -2, 2, 2).contains(pos):
                return bar
        return None

    def tooltip_for(self, bar: Bar) -> str:
        """Rich text naming every item behind a bar (user text escaped)."""
        assert self._forecast is not None
        f = self._forecast
        period = f.periods[bar.period]
        items = period.expected_items if bar.which == "expected" else period.actual_items
        title = self.tr("Expected") if bar.which == "expected" else self.tr("Received")
        total = period.expected if bar.which == "expected" else period.actual
        head = f"{title} · {period.label}: {money(total, f.currency)} {f.currency}"
        lines = [f"<b>{escape(head)}</b>"]
        for item in items[:MAX_TIP_ITEMS]:
            lines.append(escape(self._describe(item, f.currency)))
        if len(items) > MAX_TIP_ITEMS:
            lines.append(escape(self.tr("… and {0} more").format(len(items) - MAX_TIP_ITEMS)))
        return "<qt>" + "<br/>".join(lines) + "</qt>"

    def _describe(self, item: ForecastItem, currency: str) -> str:
        amount = money(item.amount, currency)
        day = item.on.isoformat()
        if item.kind == "receipt":
            return self.tr("{0}  {1} — {2}  {3}").format(day, item.reference, item.client_name, amount)
        if item.kind == "milestone":
            return self.tr("{0}  milestone {1} ({2}, {3})  {4}").format(
                day, item.reference, item.project_code, item.client_name, amount
            )
        if item.kind == "overdue":
            return self.tr("overdue  {0} ({1}, {2})  {3}").format(
                item.reference, item.project_code, item.client_name, amount
            )
        return self.tr("due {0}  {1} ({2}, {3})  {4}").format(
            day, item.reference, item.project_code, item.client_name, amount
        )

    # ---- geometry ------------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        return QRectF(
            self.MARGIN_LEFT,
            self.MARGIN_TOP,
            max(self.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT, 10),
            max(self.height() - self.MARGIN_TOP - self.MARGIN_BOTTOM, 10),
        )

    def _top(self) -> int:
        f = self._forecast
        if f is None:
            return 100
        return nice_ceiling(max([max(p.expected, p.actual) for p in f.periods] + [0]))

    def _layout_bars(self) -> None:
        self._bars = []
        f = self._forecast
        if f is None or not f.periods:
            return
        plot = self._plot()
        top = self._top()
        group = plot.width() / len(f.periods)
        width = max(min(group * 0.34, 38.0), 3.0)
        for index, period in enumerate(f.periods):
            centre = plot.left() + group * (index + 0.5)
            for which, value, x in (
                ("actual", period.actual, centre - width - 1),
                ("expected", period.expected, centre + 1),
            ):
                if value <= 0:
                    continue
                height = max(plot.height() * value / top, 2.0)
                self._bars.append(Bar(QRectF(x, plot.bottom() - height, width, height), index, which))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_bars()
        super().resizeEvent(event)

    # ---- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        f = self._forecast
        plot = self._plot()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        p.setFont(small)
        if f is None or not f.periods:
            p.setPen(AXIS)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No forecast yet"))
            p.end()
            return
        top = self._top()
        group = plot.width() / len(f.periods)
        for index, period in enumerate(f.periods):
            if period.contains(f.today):
                p.fillRect(QRectF(plot.left() + group * index, plot.top(), group, plot.height()), TODAY_BAND)
        for step in range(5):
            value = top * step // 4
            y = plot.bottom() - plot.height() * step / 4
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(AXIS)
            p.drawText(
                QRectF(0, y - 9, self.MARGIN_LEFT - 8, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                compact(value, f.currency),
            )
        for bar in self._bars:
            period = f.periods[bar.period]
            if bar.which == "actual":
                p.fillRect(bar.rect, ACTUAL)
                continue
            overdue = sum(i.amount for i in period.expected_items if i.kind == "overdue")
            p.fillRect(bar.rect, EXPECTED)
            if overdue:
                h = bar.rect.height() * overdue / period.expected
                p.fillRect(QRectF(bar.rect.left(), bar.rect.bottom() - h, bar.rect.width(), h), OVERDUE)
        p.setPen(AXIS)
        for bar in self._bars:
            period = f.periods[bar.period]
            value = period.expected if bar.which == "expected" else period.actual
            label = QRectF(bar.rect.center().x() - 30, bar.rect.top() - 16, 60, 14)
            p.drawText(
                label,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                compact(value, f.currency),
            )
        p.setPen(QPen(AXIS, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        p.setPen(TEXT)
        for index, period in enumerate(f.periods):
            rect = QRectF(plot.left() + group * index, plot.bottom() + 4, group, 16)
            p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, period.label)
        self._legend(p, f)
        p.end()

    def _legend(self, p: QPainter, f: Forecast) -> None:
        x = float(self.MARGIN_LEFT)
        for colour, text in (
            (ACTUAL, self.tr("Received")),
            (EXPECTED, self.tr("Expected")),
            (OVERDUE, self.tr("Overdue, expected now")),
            (TODAY_BAND, self.tr("This month") if f.granularity == "month" else self.tr("This week")),
        ):
            p.fillRect(QRectF(x, 10, 12, 12), colour)
            p.setPen(TEXT)
            width = p.fontMetrics().horizontalAdvance(text)
            p.drawText(QRectF(x + 17, 6, width + 4, 20), Qt.AlignmentFlag.AlignVCenter, text)
            x += width + 40

    # ---- hover ---------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        text = "" if bar is None else self.tooltip_for(bar)
        if text != self.toolTip():
            self.setToolTip(text)  # Qt shows it on hover; an empty text hides it
            if not text:
                QToolTip.hideText()
        super().mouseMoveEvent(event)
