"""The start dashboard: four figure cards, overdue/due-soon invoices, milestones coming up, and the
cash-flow forecast. It shows DTOs; ``DashboardView.from_books`` wires it to the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.services.collections.queries import dashboard as dashboard_service
from milestone_desk.services.collections.queries import forecast as forecast_service
from milestone_desk.services.collections.queries.dashboard import (
    Dashboard,
    DashboardInvoice,
    DashboardMilestone,
)
from milestone_desk.services.collections.queries.forecast import Forecast
from milestone_desk.services.core.books import Books
from milestone_desk.ui.collections_models import RowsModel
from milestone_desk.ui.forecast_chart import ForecastChart
from milestone_desk.ui.formatting import amount as money
from milestone_desk.ui.i18n import plural

STYLE = """
DashboardView { background: #f4f6f9; }
QFrame#card, QFrame#panel { background: white; border: 1px solid #dde3ea; border-radius: 8px; }
QLabel#cardTitle { color: #52606d; font-size: 10pt; }
QLabel#cardValue { color: #1f2933; font-size: 19pt; font-weight: 600; }
QLabel#cardValue[alert="true"] { color: #b42318; }
QLabel#cardNote { color: #7b8794; font-size: 9pt; }
QLabel#panelTitle { color: #1f2933; font-size: 11pt; font-weight: 600; }
QLabel#heading { color: #1f2933; font-size: 15pt; font-weight: 600; }
QLabel#subheading { color: #7b8794; }
QTableView { border: none; gridline-color: #eef1f4; }
QPushButton[segment="true"] { padding: 3px 12px; border: 1px solid #c5ced8; background: white; }
QPushButton[segment="true"]:checked { background: #1d4e89; color: white; border-color: #1d4e89; }
"""

ForecastLoader = Callable[[str], Forecast]


class Card(QFrame):
    """A titled figure with a note underneath."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.note = QLabel("")
        self.note.setObjectName("cardNote")
        for label in (self.title, self.value, self.note):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def show_figure(self, value: str, note: str, *, alert: bool = False) -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.value.setProperty("alert", "true" if alert else "false")
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


def _table(
    model: RowsModel[object] | RowsModel[DashboardInvoice] | RowsModel[DashboardMilestone],
) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setResizeContentsPrecision(0)  # size from the rows on screen, not all 4,000
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setWordWrap(False)
    return view


def _panel(title: str, body: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("panel")
    label = QLabel(title)
    label.setObjectName("panelTitle")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.addWidget(label)
    layout.addWidget(body)
    return frame


class DashboardView(QWidget):
    """Outstanding, overdue, retainage held, due soon, milestones coming up, and the forecast."""

    def __init__(self, forecast_loader: ForecastLoader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self._forecast_loader = forecast_loader
        self._currency = "USD"
        self.heading = QLabel(self.tr("Dashboard"))
        self.heading.setObjectName("heading")
        self.subheading = QLabel("")
        self.subheading.setObjectName("subheading")
        for label in (self.heading, self.subheading):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.outstanding = Card(self.tr("Outstanding"))
        self.overdue = Card(self.tr("Overdue"))
        self.retainage = Card(self.tr("Retainage held"))
        self.due_soon = Card(self.tr("Due in the next 14 days"))
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in (self.outstanding, self.overdue, self.retainage, self.due_soon):
            cards.addWidget(card, 1)

        self.attention_model: RowsModel[DashboardInvoice] = RowsModel(
            [self.tr("Invoice"), self.tr("Client"), self.tr("Due"), self.tr("When"), self.tr("Open")],
            self._invoice_cells,
            right_aligned=(4,),
        )
        self.milestones_model: RowsModel[DashboardMilestone] = RowsModel(
            [
                self.tr("Planned"),
                self.tr("Project"),
                self.tr("Milestone"),
                self.tr("Client"),
                self.tr("To bill"),
            ],
            self._milestone_cells,
            right_aligned=(4,),
        )
        self.attention = _table(self.attention_model)
        self.milestones = _table(self.milestones_model)
        for view, stretch in ((self.attention, 1), (self.milestones, 2)):
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        lists = QHBoxLayout()
        lists.setSpacing(12)
        lists.addWidget(_panel(self.tr("Overdue and due soon"), self.attention), 1)
        lists.addWidget(_panel(self.tr("Milestones coming up"), self.milestones), 1)

        self.chart = ForecastChart()
        self.month_button = QPushButton(self.tr("Month"))
        self.week_button = QPushButton(self.tr("Week"))
        group = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            button.setProperty("segment", True)
            group.addButton(button)
        self.month_button.setChecked(True)
        self.month_button.clicked.connect(lambda: self.reload_forecast("month"))
        self.week_button.clicked.connect(lambda: self.reload_forecast("week"))
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        switch = QHBoxLayout()
        switch.addStretch(1)
        switch.setSpacing(0)
        switch.addWidget(self.month_button)
        switch.addWidget(self.week_button)
        chart_layout.addLayout(switch)
        chart_layout.addWidget(self.chart, 1)

        layout = QGridLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setVerticalSpacing(12)
        title = QVBoxLayout()
        title.setSpacing(0)
        title.addWidget(self.heading)
        title.addWidget(self.subheading)
        layout.addLayout(title, 0, 0)
        layout.addLayout(cards, 1, 0)
        layout.addLayout(lists, 2, 0)
        layout.addWidget(_panel(self.tr("Cash-flow forecast"), chart_box), 3, 0)
        layout.setRowStretch(2, 2)
        layout.setRowStretch(3, 3)

    @classmethod
    def from_books(
        cls, books: Books, today: date | None = None, parent: QWidget | None = None
    ) -> DashboardView:
        """A dashboard that loads its figures and forecast from the company file."""
        day = today or date.today()
        view = cls(
            lambda g: forecast_service.forecast(books, day, g, *((3, 6) if g == "month" else (4, 12))), parent
        )
        view.set_dashboard(dashboard_service.dashboard(books, day))
        view.reload_forecast("month")
        view.ensurePolished()
        layout = view.layout()
        if layout is not None:
            layout.activate()  # settle size hints before a window exists (offscreen/Wayland warn otherwise)
        return view

    def reload_forecast(self, granularity: str) -> None:
        if self._forecast_loader is not None:
            self.chart.set_forecast(self._forecast_loader(granularity))
        (self.month_button if granularity == "month" else self.week_button).setChecked(True)

    def set_dashboard(self, d: Dashboard) -> None:
        self._currency = d.currency
        c = d.currency
        self.heading.setText(d.company_name)
        self.subheading.setText(self.tr("Receivables on {0}").format(d.today.isoformat()))
        open_count = d.overdue_count + d.due_soon_count
        self.outstanding.show_figure(money(d.outstanding, c), self._credit_note(d))
        self.overdue.show_figure(
            money(d.overdue, c),
            plural(self.tr("%n invoice(s) past due", "", d.overdue_count), d.overdue_count)
            if d.overdue_count
            else self.tr("Nothing overdue"),
            alert=d.overdue > 0,
        )
        self.retainage.show_figure(money(d.retainage_held, c), self.tr("Released at completion"))
        self.due_soon.show_figure(
            money(d.due_soon, c),
            plural(self.tr("%n invoice(s)", "", d.due_soon_count), d.due_soon_count)
            if d.due_soon_count
            else self.tr("Nothing due soon"),
        )
        self.attention_model.set_records([*d.overdue_invoices, *d.due_soon_invoices])
        self.milestones_model.set_records(d.upcoming_milestones)
        self.setProperty("open_count", open_count)

    def _credit_note(self, d: Dashboard) -> str:
        if d.credit:
            return self.tr("{0} unapplied client credit").format(money(d.credit, d.currency))
        return self.tr("Issued and not yet paid")

    def _invoice_cells(self, r: DashboardInvoice) -> list[str]:
        if r.days_overdue > 0:
            when = self.tr("{0} days late").format(r.days_overdue)
        elif r.days_overdue == 0:
            when = self.tr("due today")
        else:
            when = self.tr("in {0} days").format(-r.days_overdue)
        return [r.number, r.client_name, r.due_date.isoformat(), when, money(r.outstanding, self._currency)]

    def _milestone_cells(self, m: DashboardMilestone) -> list[str]:
        return [
            m.planned_date.isoformat(),
            m.project_code,
            m.name,
            m.client_name,
            money(m.amount_due, self._currency),
        ]
