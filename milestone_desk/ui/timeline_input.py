"""Mouse, wheel and keyboard handling of the milestone timeline (``TimelineView`` delegates here):
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

# Each handler only changes the view's state and emits its signals; it returns False when the event
# is not the timeline's, so the widget passes it on to QWidget.


def mouse_press(view: TimelineView, event: QMouseEvent) -> bool:
    if event.button() != Qt.MouseButton.LeftButton:
        return False
    pos = event.position()
    item = view._hit(pos)
    if item is not None:
        view._selected = item.m.name
    movable = item is not None and lay.can_drag(item.m)
    view._press = Press(pos, item.m.name if movable and item else None, view.scale)
    if item is not None and not movable:
        view._press = None
    view.update()
    return True


def mouse_move(view: TimelineView, event: QMouseEvent) -> None:
    pos = event.position()
    press = view._press
    if press is None:
        item = view._hit(pos)
        name = item.m.name if item else None
        if name != view._hover:
            view._hover = name
            view.update()
        cursor = Qt.CursorShape.ArrowCursor
        if item is not None:
            draggable = lay.can_drag(item.m)
            cursor = Qt.CursorShape.SizeHorCursor if draggable else Qt.CursorShape.PointingHandCursor
        view.setCursor(cursor)
        return
    dx = pos.x() - press.pos.x()
    if not press.active and abs(dx) + abs(pos.y() - press.pos.y()) < QApplication.startDragDistance():
        return
    press.active = True
    if press.name is None:
        view._scale = press.scale.panned(dx)
        view._auto_fit = False
        view.setCursor(Qt.CursorShape.ClosedHandCursor)
    else:
        view._drag_date = drop_date(view, press, pos)
    view._relayout()
    view.update()


def drop_date(view: TimelineView, press: Press, pos: QPointF) -> datetime.date | None:
    item = view._item(press.name)
    if item is None:
        return None
    left, right = view._plot_range()
    if item.day is None:  # from the "no date" lane: the day under the pointer, inside the plot
        return view.scale.date_at(pos.x()) if left <= pos.x() <= right else None
    return press.scale.date_at(press.scale.x_of(item.day) + pos.x() - press.pos.x())


def mouse_release(view: TimelineView, event: QMouseEvent) -> bool:
    press = view._press
    if press is None or event.button() != Qt.MouseButton.LeftButton:
        return False
    new = drop_date(view, press, event.position()) if press.name and press.active else None
    item = view._item(press.name)
    if press.name is None and not press.active:  # a plain click on the background
        view._selected = None
    view._press = None
    view._drag_date = None
    view.setCursor(Qt.CursorShape.ArrowCursor)
    view._relayout()
    view.update()
    if item is not None and new is not None and new != item.day:
        view.rescheduleRequested.emit(item.m.name, new)
    return True


def double_click(view: TimelineView, event: QMouseEvent) -> None:
    item = view._hit(event.position())
    if item is not None:
        view._selected = item.m.name
        view.update()
        view.activate(item.m.name)


def wheel(view: TimelineView, event: QWheelEvent) -> bool:
    if not view._items:
        return False
    delta = event.angleDelta()
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        view.zoom(lay.ZOOM_STEP ** (delta.y() / 120), event.position().x())
    else:
        step = delta.x() or delta.y()
        view._scale = view.scale.panned(step / 120 * 60)
        view._auto_fit = False
        view._relayout()
        view.update()
    event.accept()
    return True


def key_press(view: TimelineView, event: QKeyEvent) -> bool:
    key = event.key()
    names = [i.m.name for i in view._items]
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End) and names:
        if key == Qt.Key.Key_Home:
            index = 0
        elif key == Qt.Key.Key_End:
            index = len(names) - 1
        elif view._selected not in names:
            index = 0 if key == Qt.Key.Key_Right else len(names) - 1
        else:
            step = 1 if key == Qt.Key.Key_Right else -1
            index = min(max(names.index(view._selected) + step, 0), len(names) - 1)
        view.select(names[index])
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and view._selected:
        view.activate(view._selected)
    elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        view.zoom(lay.ZOOM_STEP)
    elif key == Qt.Key.Key_Minus:
        view.zoom(1 / lay.ZOOM_STEP)
    elif key == Qt.Key.Key_0:
        view.fit()
    elif key == Qt.Key.Key_Escape and view._press is not None:
        view._press = None
        view._drag_date = None
        view._relayout()
        view.update()
    else:
        return False
    return True


def context_menu_event(view: TimelineView, event: QContextMenuEvent) -> None:
    name = view._selected
    if event.reason() == QContextMenuEvent.Reason.Mouse:
        item = view._hit(QPointF(event.pos()))
        name = item.m.name if item else None
        if name:
            view._selected = name
            view.update()
    pos = event.globalPos()
    if event.reason() != QContextMenuEvent.Reason.Mouse and name:
        item = view._item(name)
        if item is not None and item.marker is not None:
            pos = view.mapToGlobal(item.marker.center().toPoint())
    menu = view.context_menu(name)
    menu.exec(pos)
    menu.deleteLater()


def tooltip_event(view: TimelineView, event: QEvent) -> bool:
    if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
        item = view._hit(QPointF(event.pos()))
        if item is not None:
            # milestones on the same day share a spot: list every one under the pointer
            pos = QPointF(event.pos())
            same = [i for i in view._items if i.marker is not None and i.marker.contains(pos)]
            names = [i.m.name for i in same] if item in same else [item.m.name]
            text = "<hr>".join(view.tooltip_for(n) for n in names)
            QToolTip.showText(event.globalPos(), text, view)
        else:
            QToolTip.hideText()
            event.ignore()
        return True
    return False


def leave(view: TimelineView) -> None:
    if view._hover is not None:
        view._hover = None
        view.update()
