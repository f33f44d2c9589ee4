"""Every window fits the screen it opens on, remembers its size, and opens on the main window's screen.

One mechanism for every dialog: ``install_dialog_fitter(app)`` puts a ``DialogFitter`` on the
application; whenever a dialog (our own, a message box, a wizard, Qt's file or print dialogs) is
about to show, it gets back the size it had last time (per dialog class), is clamped to the
available geometry of the screen its parent window is on, and is centred there. ``clamp_size``
and ``fit_to_screen`` are the helpers underneath; windows that are not dialogs (the main window,
the start-up frame) call ``first_window_geometry`` for a sensible first size.

Qt only: imported by the start-up frame, so nothing heavy here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

MARGIN = 16  # keep a little of the desktop visible around a clamped dialog
FIRST_WIDTH, FIRST_HEIGHT = 1440, 900  # the first main window, when the screen has room
MIN_FIRST_WIDTH, MIN_FIRST_HEIGHT = 1200, 760  # below this the first main window is maximised
FITTED = "_milestone_fitted"


def screen_for(widget: QWidget | None) -> QScreen | None:
    """The screen the widget's window (or its parent's window, or the active window) is on."""
    candidates: list[QWidget | None] = []
    if widget is not None:
        parent = widget.parentWidget()
        candidates.append(parent.window() if parent is not None else None)
        candidates.append(widget.window())
    candidates.append(QApplication.activeWindow())
    for candidate in candidates:
        if candidate is not None and candidate.isVisible():
            screen = candidate.screen()
            if screen is not None:
                return screen
    return QGuiApplication.primaryScreen()


def available(widget: QWidget | None = None) -> QRect:
    """The usable part (no task bar or dock) of the screen ``widget`` belongs on."""
    screen = screen_for(widget)
    if screen is None:  # pragma: no cover - Qt always has a screen, even offscreen
        return QRect(0, 0, 1280, 800)
    return screen.availableGeometry()


def clamp_size(wanted: QSize, room: QRect, margin: int = MARGIN) -> QSize:
    """``wanted``, made no larger than ``room`` less a margin on each side."""
    width = min(wanted.width(), max(room.width() - 2 * margin, 200))
    height = min(wanted.height(), max(room.height() - 2 * margin, 150))
    return QSize(width, height)


def fit_to_screen(widget: QWidget, wanted: QSize | None = None) -> None:
    """Resize ``widget`` to ``wanted`` (its current size by default) clamped to its screen, centred."""
    room = available(widget)
    size = clamp_size(wanted or widget.size(), room)
    if widget.minimumWidth() > size.width() or widget.minimumHeight() > size.height():
        widget.setMinimumSize(
            min(widget.minimumWidth(), size.width()), min(widget.minimumHeight(), size.height())
        )
    widget.resize(size)
    frame = widget.frameGeometry()
    extra = QSize(max(frame.width() - widget.width(), 0), max(frame.height() - widget.height(), 0))
    centre = room.center()
    parent = widget.parentWidget()
    if (
        parent is not None
        and parent.window().isVisible()
        and room.contains(parent.window().geometry().center())
    ):
        centre = parent.window().geometry().center()
    top_left = QPoint(
        centre.x() - (size.width() + extra.width()) // 2, centre.y() - (size.height() + extra.height()) // 2
    )
    x = min(max(top_left.x(), room.left()), room.right() - size.width() - extra.width() + 1)
    y = min(max(top_left.y(), room.top()), room.bottom() - size.height() - extra.height() + 1)
    widget.move(max(x, room.left()), max(y, room.top()))


def first_window_geometry(room: QRect) -> tuple[QRect, bool]:
    """Where the first main window goes: (geometry, maximised?). Maximised when the screen is small."""
    if room.width() < MIN_FIRST_WIDTH + 2 * MARGIN or room.height() < MIN_FIRST_HEIGHT + 2 * MARGIN:
        return QRect(room), True
    width = min(FIRST_WIDTH, room.width() - 2 * MARGIN)
    height = min(FIRST_HEIGHT, room.height() - 2 * MARGIN)
    x = room.left() + (room.width() - width) // 2
    y = room.top() + (room.height() - height) // 2
    return QRect(x, y, width, height), False


def place_first_window(window: QWidget) -> bool:
    """Give a window with no remembered geometry its first size; True when it should show maximised."""
    geometry, maximised = first_window_geometry(available(None))
    window.resize(geometry.size())
    window.move(geometry.topLeft())
    return maximised


def keep_on_screen(window: QWidget) -> None:
    """After restoring a remembered geometry: if it no longer fits (another monitor, other scale), clamp it."""
    room = available(window)
    geometry = window.geometry()
    if room.contains(geometry):
        return
    fit_to_screen(window, geometry.size())


def _settings_key(dialog: QWidget) -> str:
    name = dialog.objectName() or type(dialog).__name__
    return f"dialogs/{name}/size"


class DialogFitter(QObject):
    """Application event filter: every dialog is clamped, centred on its parent's screen, and sized as last time."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QDialog):  # every event of the app passes here: the cheap test first
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and watched.isWindow():
            self._fit(watched)
        elif kind == QEvent.Type.Hide and watched.property(FITTED):
            self._remember(watched)
        return False

    @staticmethod
    def _remembers(dialog: QDialog) -> bool:
        return not isinstance(dialog, (QMessageBox, QFileDialog))

    def _fit(self, dialog: QDialog) -> None:
        wanted = dialog.size()
        if not dialog.property(FITTED):
            dialog.setProperty(FITTED, True)
            if self._remembers(dialog):
                from milestone_desk.ui.app_settings import app_settings

                saved = app_settings().value(_settings_key(dialog))
                if isinstance(saved, QSize) and saved.isValid():
                    wanted = saved.expandedTo(dialog.minimumSizeHint())
        fit_to_screen(dialog, wanted)

    def _remember(self, dialog: QDialog) -> None:
        if not self._remembers(dialog):
            return
        from milestone_desk.ui.app_settings import app_settings

        settings = app_settings()
        settings.setValue(_settings_key(dialog), dialog.size())


_FITTER: DialogFitter | None = None


def install_dialog_fitter(app: QApplication | None = None) -> DialogFitter:
    """Install the one dialog fitter on the application (idempotent)."""
    global _FITTER
    app = app or QApplication.instance()  # type: ignore[assignment]
    if _FITTER is None:
        _FITTER = DialogFitter()
    if app is not None:
        app.removeEventFilter(_FITTER)
        app.installEventFilter(_FITTER)
    return _FITTER
