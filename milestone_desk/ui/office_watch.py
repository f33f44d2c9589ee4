"""See other people's work: poll the books' change counter every few seconds and refresh.

Only books others can change while they are open here (an office server, a read-only second
window on a file) are polled. A schedule with unsaved edits is never reloaded under the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.core.queries import changes

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow

INTERVAL_MS = 3000


class ChangeWatcher(QObject):
    def __init__(self, window: MainWindow, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.seen: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def reset(self) -> None:
        """New books in the window: start counting from what they hold now."""
        self.seen = None

    def poll(self) -> bool:
        """Refresh when someone else saved since the last look; True when it refreshed."""
        books = self.window.books
        if not books.shared:
            return False
        try:
            now = changes.mark(books).counter
        except MilestoneDeskError:
            return False  # the server is away for a moment; the next tick tries again
        if self.seen is None or now == self.seen:
            self.seen = now
            return False
        if self.window.milestone_pane.is_dirty():
            return False  # keep the user's unsaved edits; the save will say if they are stale
        self.seen = now
        self.window.reload_all()
        return True
