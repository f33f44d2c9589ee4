"""The Dashboard tab of the main window: the collections dashboard, kept current after every write."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.collections.queries import dashboard as dashboard_service
from milestone_desk.services.collections.queries import forecast as forecast_service
from milestone_desk.ui.background import Worker
from milestone_desk.ui.dashboard import DashboardView

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow


class DashboardTab(QObject):
    """Builds its figures lazily: when shown, and again after a write while it is shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stale = True
        self.granularity = "month"
        self.view = DashboardView(self._forecast)
        self.view.month_button.clicked.connect(lambda: setattr(self, "granularity", "month"))
        self.view.week_button.clicked.connect(lambda: setattr(self, "granularity", "week"))
        self.no_company = self.tr("Set up the company profile to see what is owed and what comes in next.")
        self.empty = QLabel(self.no_company)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.stack)
        self.view.setMinimumHeight(620)
        self.worker = Worker(self)
        self._generation = 0

    def _forecast(self, granularity: str) -> forecast_service.Forecast:
        w = self.window
        past, ahead = (3, 6) if granularity == "month" else (4, 12)
        return forecast_service.forecast(w.books, w.controller.today(), granularity, past, ahead)

    def mark_stale(self) -> None:
        self.stale = True
        if self.window.tabs.currentIndex() == 0:
            self.refresh_later()

    def refresh_later(self) -> None:
        """Read the figures on the worker thread and show them when they come (the window stays live)."""
        w = self.window
        if not w.controller.has_company:
            loading = w.controller.worker.busy()  # the first load is still on its way
            self.empty.setText(self.tr("Opening the books…") if loading else self.no_company)
            self.stack.setCurrentWidget(self.empty)
            return
        today = w.controller.today()
        books = w.books
        granularity = self.granularity
        past, ahead = (3, 6) if granularity == "month" else (4, 12)
        self._generation += 1
        generation = self._generation

        def read() -> tuple[object, object]:
            return (
                dashboard_service.dashboard(books, today),
                forecast_service.forecast(books, today, granularity, past, ahead),
            )

        def show(result: tuple[object, object]) -> None:
            if generation != self._generation:
                return  # a newer refresh is on its way
            figures, forecast = result
            self.view.set_dashboard(figures)  # type: ignore[arg-type]
            self.view.chart.set_forecast(forecast)  # type: ignore[arg-type]
            self.stack.setCurrentWidget(self.view)
            self.stale = False

        def failed(sentence: str) -> None:
            self.empty.setText(sentence)
            self.stack.setCurrentWidget(self.empty)

        self.worker.submit(read, show, failed)

    def wait(self) -> None:
        """Finish a background refresh and show it (tests, screenshots)."""
        self.worker.wait()

    def refresh(self) -> bool:
        """Read the figures now; False when there is no company yet (a hint is shown instead)."""
        self._generation += 1  # a background refresh still under way is older than this one
        w = self.window
        if not w.controller.has_company:
            self.stack.setCurrentWidget(self.empty)
            return False
        try:
            figures = dashboard_service.dashboard(w.books, w.controller.today())
            self.view.set_dashboard(figures)
            self.view.reload_forecast(self.granularity)
        except MilestoneDeskError as exc:
            self.empty.setText(str(exc))
            self.stack.setCurrentWidget(self.empty)
            return False
        self.stack.setCurrentWidget(self.view)
        self.stale = False
        return True
