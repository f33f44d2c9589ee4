"""The projects pane: search as you type, client and status filters, the sortable projects table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.services.core.dto import ClientView, ProjectSummary
from milestone_desk.ui.projects_model import CLIENT, CODE, NAME, STATUS, ProjectsModel
from milestone_desk.ui.table_base import compact


class ProjectsPane(QWidget):
    projectSelected = Signal(object)  # ProjectSummary | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProjectsModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        title = QLabel(self.tr("Projects"))
        title.setObjectName("paneTitle")
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, project or client…"))
        self.search.setClearButtonEnabled(True)
        self.client = QComboBox()
        self.client.setMinimumContentsLength(14)
        self.client.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status = QComboBox()
        for label, value in (
            (self.tr("All statuses"), ""),
            (self.tr("Active"), "active"),
            (self.tr("Completed"), "completed"),
            (self.tr("Archived"), "archived"),
        ):
            self.status.addItem(label, value)
        bar.addWidget(title)
        bar.addSpacing(8)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.client, 1)
        bar.addWidget(self.status)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next pane; arrows move between rows
        compact(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CLIENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        # a keystroke only restarts a short timer; the model filters once typing pauses
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(lambda: self._refilter(text=self.search.text()))
        self.search.textChanged.connect(self._search_changed)
        self.client.currentIndexChanged.connect(
            lambda _: self._refilter(client=self.client.currentData() or "")
        )
        self.status.currentIndexChanged.connect(
            lambda _: self._refilter(status=self.status.currentData() or "")
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._current_code = ""
        self.by_code = False  # True while select_row runs: the window shows that project at once

    def set_data(self, projects: list[ProjectSummary], clients: list[ClientView]) -> None:
        """Load every project and the client list; keep the selection when the project is still shown."""
        keep = self._current_code
        chosen = self.client.currentData() or ""
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(self.tr("All clients"), "")
        for c in clients:
            self.client.addItem(c.name, c.code)
        self.client.setCurrentIndex(max(0, self.client.findData(chosen)))
        self.client.blockSignals(False)
        self.model.set_projects(projects)
        self.model.set_filter(client=self.client.currentData() or "")
        self._reselect(keep)

    def _search_changed(self, text: str) -> None:
        if text.strip():
            self._debounce.start()
        else:  # cleared: show everything at once (select_code relies on it)
            self._debounce.stop()
            self._refilter(text="")

    def _refilter(self, **kw: str) -> None:
        keep = self._current_code
        self.model.set_filter(**kw)
        self._reselect(keep)

    def _reselect(self, code: str) -> None:
        row = self.model.row_of(lambda p: p.code == code) if code else -1
        if row >= 0:
            self.select_row(row)
        elif self.model.rowCount() == 0 or code:
            self.table.clearSelection()
            self._emit(None)

    def select_row(self, row: int) -> None:
        """Select a row from code (not the user's hand): the project is shown before this returns."""
        self.by_code = True
        try:
            self.table.selectRow(row)
        finally:
            self.by_code = False
        self.table.scrollTo(self.model.index(row, 0))

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(lambda p: p.code == code)
        if row < 0:
            self.search.clear()
            self.client.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            row = self.model.row_of(lambda p: p.code == code)
        if row >= 0:
            self.select_row(row)
            return True
        return False

    def current(self) -> ProjectSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._emit(self.current())

    def _emit(self, project: ProjectSummary | None) -> None:
        code = project.code if project else ""
        if code == self._current_code and project is not None:
            return
        self._current_code = code
        self.projectSelected.emit(project)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
