"""The drawn milestone timeline of one project: axis, today line, status markers, labels, drag to
reschedule, zoom, keyboard. It only shows and asks (signals); a controller calls the services and
hands the fresh milestones back through ``set_milestones``."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from milestone_desk.domain.states import COMPLETED, MilestoneStatus
from milestone_desk.services.core.dto import MilestoneView
from milestone_desk.ui import timeline_input as handle
from milestone_desk.ui import timeline_layout as lay
from milestone_desk.ui.formatting import money
from milestone_desk.ui.timeline_draw import paint_timeline
from milestone_desk.ui.timeline_items import AXIS_H, HEADER, LANE_ROW, Item, Press, place_labels
from milestone_desk.ui.timeline_layout import Scale
from milestone_desk.ui.timeline_paint import MARKER_R, LabelFonts
from milestone_desk.ui.timeline_text import TimelineTexts


class TimelineView(QWidget):
    completeRequested = Signal(str)  # milestone name
    reopenRequested = Signal(str)
    issueRequested = Signal(str)
    rescheduleRequested = Signal(str, object)  # name, datetime.date (new planned date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 160)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Milestone timeline"))
        self._items: list[Item] = []
        self._today = datetime.date.today()
        self._currency = "USD"
        self._scale: Scale | None = None
        self._auto_fit = True
        self._selected: str | None = None
        self._hover: str | None = None
        self._press: Press | None = None
        self._drag_date: datetime.date | None = None
        self._lane_more = 0
        self._lane_more_y = 0.0
        self.fonts = LabelFonts(self.font())
        self.texts = TimelineTexts(self)
        self.zoom_in_action = QAction(self.tr("Zoom in"), self)
        self.zoom_in_action.setToolTip(self.tr("Zoom in (+ or Ctrl+wheel)"))
        self.zoom_in_action.triggered.connect(lambda: self.zoom(lay.ZOOM_STEP))
        self.zoom_out_action = QAction(self.tr("Zoom out"), self)
        self.zoom_out_action.setToolTip(self.tr("Zoom out (- or Ctrl+wheel)"))
        self.zoom_out_action.triggered.connect(lambda: self.zoom(1 / lay.ZOOM_STEP))
        self.fit_action = QAction(self.tr("Fit"), self)
        self.fit_action.setToolTip(self.tr("Show the whole schedule (0)"))
        self.fit_action.triggered.connect(self.fit)
        self._buttons = []
        for action, text in (
            (self.zoom_out_action, "−"),
            (self.zoom_in_action, "+"),
            (self.fit_action, self.tr("Fit")),
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setText(text)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._buttons.append(button)
        self._place_buttons()

    # --- public ----------------------------------------------------------------------------------

    def set_milestones(self, milestones: list[MilestoneView], today: datetime.date, currency: str) -> None:
        """Show a project's schedule; the view (zoom, scroll, selection) stays when it is the same one."""
        same = bool(milestones) and {m.id for m in milestones} == {i.m.id for i in self._items}
        self._today = today
        self._currency = currency
        self._press = None
        self._drag_date = None
        ordered = sorted(milestones, key=lay.order_key)
        self._items = [Item(m, lay.placed_date(m), lay.is_overdue(m, today)) for m in ordered]
        for item in self._items:
            item.detail = money(item.m.amount_cents, currency)
        if self._selected not in {m.name for m in milestones}:
            self._selected = None
        self._hover = None
        if not same or self._scale is None:
            self._auto_fit = True
            self._scale = None
        for b in self._buttons:
            b.setVisible(bool(self._items))
        self._relayout()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(960, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 160)

    @property
    def scale(self) -> Scale:
        if self._scale is None:
            self._scale = self._fit_scale()
        return self._scale

    @property
    def selected(self) -> str | None:
        return self._selected

    def select(self, name: str | None) -> None:
        self._selected = name
        self._ensure_visible(name)
        self._relayout()
        self.update()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        if not self._items:
            return
        left, right = self._plot_range()
        x = (left + right) / 2 if anchor_x is None else anchor_x
        self._scale = self.scale.zoomed(factor, x)
        self._auto_fit = False
        self._relayout()
        self.update()

    def fit(self) -> None:
        self._auto_fit = True
        self._scale = self._fit_scale()
        self._relayout()
        self.update()

    def label_rects(self) -> dict[str, QRectF]:
        """Where each drawn label is (labels that found no free row are not drawn)."""
        return {i.m.name: QRectF(i.label) for i in self._items if i.label is not None}

    def marker_center(self, name: str) -> QPointF:
        item = self._item(name)
        if item is None or item.marker is None:
            raise KeyError(name)
        return item.marker.center()

    def is_overdue(self, name: str) -> bool:
        item = self._item(name)
        return bool(item and item.overdue)

    def context_menu(self, name: str | None) -> QMenu:
        """The menu for one milestone (entries enabled by its status) plus the zoom actions."""
        menu = QMenu(self)
        item = self._item(name) if name else None
        status = item.m.status if item else ""
        complete = menu.addAction(self.tr("Mark complete…"))
        complete.setData("complete")
        complete.setEnabled(status in lay.DRAGGABLE)
        reopen = menu.addAction(self.tr("Reopen"))
        reopen.setData("reopen")
        reopen.setEnabled(status == COMPLETED)
        issue = menu.addAction(self.tr("Issue invoice…"))
        issue.setData("issue")
        issue.setEnabled(status == COMPLETED)
        if item is not None:
            n = item.m.name
            complete.triggered.connect(lambda: self.completeRequested.emit(n))
            reopen.triggered.connect(lambda: self.reopenRequested.emit(n))
            issue.triggered.connect(lambda: self.issueRequested.emit(n))
        menu.addSeparator()
        menu.addAction(self.zoom_in_action)
        menu.addAction(self.zoom_out_action)
        menu.addAction(self.fit_action)
        return menu

    def activate(self, name: str) -> None:
        """The double-click / Enter action: complete a planned one, invoice a completed one."""
        item = self._item(name)
        if item is None:
            return
        if item.m.status in lay.DRAGGABLE:
            self.completeRequested.emit(name)
        elif item.m.status == MilestoneStatus.COMPLETED:
            self.issueRequested.emit(name)

    def tooltip_for(self, name: str) -> str:
        item = self._item(name)
        return self.texts.tooltip(item.m, item.detail, item.overdue, self._today) if item else ""

    # --- geometry --------------------------------------------------------------------------------

    def _item(self, name: str | None) -> Item | None:
        return next((i for i in self._items if i.m.name == name), None)

    def _lane_width(self) -> float:
        if not any(i.day is None for i in self._items):
            return 0.0
        return float(min(180, max(120, self.width() * 0.16)))

    def _plot_range(self) -> tuple[float, float]:
        lane = self._lane_width()
        return (lane + 14.0 if lane else 14.0), float(self.width() - 14)

    def _track_y(self) -> float:
        return self.height() - AXIS_H

    def _fit_scale(self) -> Scale:
        left, right = self._plot_range()
        dates = [i.day for i in self._items if i.day is not None]
        return lay.fit_scale(dates, self._today, left, right - left, 34.0, 110.0)

    def _relayout(self) -> None:
        if self._auto_fit:
            self._scale = self._fit_scale()
        scale = self.scale
        left, right = self._plot_range()
        track = self._track_y()
        fonts = self.fonts
        lane_y = HEADER + 24
        lane_rows = max(int((self.height() - lane_y - 6) // LANE_ROW), 1)
        undated = [i for i in self._items if i.day is None]
        self._lane_more = 0
        if len(undated) > lane_rows:
            self._lane_more = len(undated) - (lane_rows - 1)
            undated = undated[: lane_rows - 1]
        self._lane_more_y = lane_y + len(undated) * LANE_ROW
        shown_lane = {id(i) for i in undated}
        visible: list[Item] = []
        for item in self._items:
            item.marker = item.label = None
            if item.day is None:
                if id(item) in shown_lane:
                    y = lane_y + undated.index(item) * LANE_ROW
                    item.marker = QRectF(10, y, self._lane_width() - 16, LANE_ROW - 2)
                if not (self._drag_date and self._dragging(item)):
                    continue
            day = self._drag_date if self._dragging(item) and self._drag_date else item.day
            assert day is not None
            item.x = scale.x_of(day)
            r = MARKER_R + 4
            if left - r <= item.x <= right + r:
                item.marker = QRectF(item.x - r, track - r, 2 * r, 2 * r)
                visible.append(item)
        baseline = track - MARKER_R - 7
        place_labels(visible, fonts, self._detail, baseline, HEADER + 2, left, right, self._selected)

    def _detail(self, item: Item) -> str:
        return item.detail + ("  " + self.texts.overdue() if item.overdue else "")

    def _dragging(self, item: Item) -> bool:
        return self._press is not None and self._press.active and self._press.name == item.m.name

    def _hit(self, pos: QPointF) -> Item | None:
        for item in reversed(self._items):
            if item.marker is not None and item.marker.contains(pos):
                return item
        for item in reversed(self._items):
            if item.label is not None and item.label.contains(pos):
                return item
        return None

    def _ensure_visible(self, name: str | None) -> None:
        item = self._item(name)
        if item is None or item.day is None:
            return
        left, right = self._plot_range()
        x = self.scale.x_of(item.day)
        if x < left + 20 or x > right - 120:
            self._scale = self.scale.panned((left + right) / 2 - x)
            self._auto_fit = False

    def _place_buttons(self) -> None:
        x = self.width() - 8
        for b in reversed(self._buttons):
            hint = b.sizeHint()
            x -= hint.width()
            b.setGeometry(x, 3, hint.width(), min(hint.height(), int(HEADER) - 4))

    # --- events ----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_buttons()
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fonts = LabelFonts(self.font())
            self._relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not handle.mouse_press(self, event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        handle.mouse_move(self, event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not handle.mouse_release(self, event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        handle.double_click(self, event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not handle.wheel(self, event):
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not handle.key_press(self, event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        handle.context_menu_event(self, event)

    def event(self, event: QEvent) -> bool:
        return handle.tooltip_event(self, event) or super().event(event)

    def leaveEvent(self, event: QEvent) -> None:
        handle.leave(self)
        super().leaveEvent(event)

    # --- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self._items:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Select a project to see its schedule")
            )
        else:
            paint_timeline(self, p)
        p.end()
