"""Mouse, wheel and keyboard handling of the milestone timeline (a mixin of ``TimelineView``):
drag a planned or in-progress milestone to reschedule it, drag the background to pan, Ctrl+wheel or
+/- to zoom, Left/Right to select, Enter for the double-click action, the context menu."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from milestone_desk.ui import timeline_layout as lay
from milestone_desk.ui.timeline_items import Press

if TYPE_CHECKING:
    from milestone_desk.ui.timeline import TimelineView

    _Base = TimelineView
else:
    _Base = object


class TimelineInput(_Base):
    """Event handlers; they only change the view state and emit the view's signals."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        item = self._hit(pos)
        if item is not None:
            self._selected = item.m.name
        movable = item is not None and lay.can_drag(item.m)
        self._press = Press(pos, item.m.name if movable and item else None, self.scale)
        if item is not None and not movable:
            self._press = None
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        press = self._press
        if press is None:
            item = self._hit(pos)
            name = item.m.name if item else None
            if name != self._hover:
                self._hover = name
                self.update()
            cursor = Qt.CursorShape.ArrowCursor
            if item is not None:
                draggable = lay.can_drag(item.m)
                cursor = Qt.CursorShape.SizeHorCursor if draggable else Qt.CursorShape.PointingHandCursor
            self.setCursor(cursor)
            return
        dx = pos.x() - press.pos.x()
        if not press.active and abs(dx) + abs(pos.y() - press.pos.y()) < QApplication.startDragDistance():
            return
        press.active = True
        if press.name is None:
            self._scale = press.scale.panned(dx)
            self._auto_fit = False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        else:
            self._drag_date = self._drop_date(press, pos)
        self._relayout()
        self.update()

    def _drop_date(self, press: Press, pos: QPointF) -> datetime.date | None:
        item = self._item(press.name)
        if item is None:
            return None
        left, right = self._plot_range()
        if item.day is None:  # from the "no date" lane: the day under the pointer, inside the plot
            return self.scale.date_at(pos.x()) if left <= pos.x() <= right else None
        return press.scale.date_at(press.scale.x_of(item.day) + pos.x() - press.pos.x())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        new = self._drop_date(press, event.position()) if press.name and press.active else None
        item = self._item(press.name)
        if press.name is None and not press.active:  # a plain click on the background
            self._selected = None
        self._press = None
        self._drag_date = None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self._relayout()
        self.update()
        if item is not None and new is not None and new != item.day:
            self.rescheduleRequested.emit(item.m.name, new)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._hit(event.position())
        if item is not None:
            self._selected = item.m.name
            self.update()
            self.activate(item.m.name)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self._items:
            return super().wheelEvent(event)
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(lay.ZOOM_STEP ** (delta.y() / 120), event.position().x())
        else:
            step = delta.x() or delta.y()
            self._scale = self.scale.panned(step / 120 * 60)
            self._auto_fit = False
            self._relayout()
            self.update()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        names = [i.m.name for i in self._items]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End) and names:
            if key == Qt.Key.Key_Home:
                index = 0
            elif key == Qt.Key.Key_End:
                index = len(names) - 1
            elif self._selected not in names:
                index = 0 if key == Qt.Key.Key_Right else len(names) - 1
            else:
                step = 1 if key == Qt.Key.Key_Right else -1
                index = min(max(names.index(self._selected) + step, 0), len(names) - 1)
            self.select(names[index])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.activate(self._selected)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(lay.ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / lay.ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_Escape and self._press is not None:
            self._press = None
            self._drag_date = None
            self._relayout()
            self.update()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        name = self._selected
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            item = self._hit(QPointF(event.pos()))
            name = item.m.name if item else None
            if name:
                self._selected = name
                self.update()
        pos = event.globalPos()
        if event.reason() != QContextMenuEvent.Reason.Mouse and name:
            item = self._item(name)
            if item is not None and item.marker is not None:
                pos = self.mapToGlobal(item.marker.center().toPoint())
        menu = self.context_menu(name)
        menu.exec(pos)
        menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self._hit(QPointF(event.pos()))
            if item is not None:
                # milestones on the same day share a spot: list every one under the pointer
                pos = QPointF(event.pos())
                same = [i for i in self._items if i.marker is not None and i.marker.contains(pos)]
                names = [i.m.name for i in same] if item in same else [item.m.name]
                text = "<hr>".join(self.tooltip_for(n) for n in names)
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)
