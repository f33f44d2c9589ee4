"""The Clients tab: every client with its open balance, searchable; one client's contacts, projects
and documents beside it. Balances come from the aging report (one figure, one function), read on
the worker thread; the client's invoices are read when it is chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.billing import invoicing
from milestone_desk.services.collections.queries import aging
from milestone_desk.services.core.dto import ClientView, InvoiceView, ProjectSummary
from milestone_desk.ui import formatting
from milestone_desk.ui.background import Worker
from milestone_desk.ui.collections_models import RECORD_ROLE, RowsModel
from milestone_desk.ui.table_base import compact

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow


class ClientRow:
    """A client with the figures the list shows (open balance, overdue, credit)."""

    __slots__ = ("client", "credit", "open", "overdue", "projects")

    def __init__(self, client: ClientView, open_cents: int, overdue: int, credit: int, projects: int) -> None:
        self.client = client
        self.open = open_cents
        self.overdue = overdue
        self.credit = credit
        self.projects = projects


class ClientsPane(QObject):
    """Builds the tab's widget (``self.widget``); refreshed in the background when shown or stale."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker = Worker(self)
        self.stale = True
        self._generation = 0
        self._all: list[ClientRow] = []
        self.widget = QWidget()
        self.widget.setObjectName("clientsPane")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search clients by name, code, email or phone"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New client…"))
        self.edit_button = QPushButton(self.tr("Edit client…"))
        self.statement_button = QPushButton(self.tr("Statement…"))

        def cur() -> str:  # read when shown
            return self.window.controller.currency

        self.model: RowsModel[ClientRow] = RowsModel(
            [
                self.tr("Code"),
                self.tr("Client"),
                self.tr("Projects"),
                self.tr("Open"),
                self.tr("Overdue"),
                self.tr("Credit"),
            ],
            lambda r: [
                r.client.code,
                r.client.name,
                str(r.projects),
                formatting.money(r.open, cur()),
                formatting.money(r.overdue, cur()) if r.overdue else "",
                formatting.money(r.credit, cur()) if r.credit else "",
            ],
            right_aligned=(2, 3, 4, 5),
        )
        self.table = QTableView()
        self.table.setObjectName("clientsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        compact(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.contacts = QLabel()
        self.contacts.setTextFormat(Qt.TextFormat.PlainText)
        self.contacts.setWordWrap(True)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.projects_model: RowsModel[ProjectSummary] = RowsModel(
            [self.tr("Project"), self.tr("Name"), self.tr("Status"), self.tr("Outstanding")],
            lambda p: [
                p.code,
                p.name,
                formatting.status(p.status),
                formatting.money(p.totals.outstanding, p.currency),
            ],
            right_aligned=(3,),
        )
        self.projects = self._small_table(self.projects_model)
        self.documents_model: RowsModel[InvoiceView] = RowsModel(
            [
                self.tr("Invoice"),
                self.tr("Project"),
                self.tr("Issued"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Balance"),
            ],
            lambda i: [
                i.number or self.tr("(draft)"),
                i.project_code,
                formatting.day(i.issue_date) if i.issue_date else "",
                formatting.day(i.due_date) if i.due_date else "",
                formatting.status(i.status),
                formatting.money(i.balance_cents, i.currency),
            ],
            right_aligned=(5,),
        )
        self.documents = self._small_table(self.documents_model)
        self._layout()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.new_button.clicked.connect(self._new_client)
        self.edit_button.clicked.connect(self._edit_client)
        self.statement_button.clicked.connect(lambda: self._for_current(self.window.row_actions.statement))
        self.table.doubleClicked.connect(lambda _i: self._edit_client())
        actions = window.row_actions
        actions.attach(self.projects, self._project_keys)
        actions.attach(self.documents, self._document_keys)

    @staticmethod
    def _small_table(model: RowsModel[Any]) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        compact(view)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _layout(self) -> None:
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(8, 8, 4, 8)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        col.addLayout(bar)
        col.addWidget(self.table, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(4, 8, 8, 8)
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.statement_button)
        side.addLayout(buttons)
        side.addWidget(self.contacts)
        side.addWidget(QLabel(self.tr("Projects")))
        side.addWidget(self.projects, 1)
        side.addWidget(QLabel(self.tr("Documents (double-click to open, right-click for more)")))
        side.addWidget(self.documents, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.widget.setTabOrder(self.search, self.table)
        self._show(-1)

    # loading
    def mark_stale(self) -> None:
        self.stale = True
        if self.window.tabs.currentWidget() is self.widget:
            self.refresh_later()

    def refresh_later(self) -> None:
        w = self.window
        c = w.controller
        if not c.has_company:
            self.model.set_records([])
            return
        books, today = w.books, c.today()
        clients = list(c.clients)
        projects = w.projects_pane.model.all_projects()
        self._generation += 1
        generation = self._generation

        def read() -> list[ClientRow]:
            report = aging.aging(books, today)
            by_code = {r.client_code: r for r in report.rows}
            counts: dict[str, int] = {}
            for p in projects:
                counts[p.client_code] = counts.get(p.client_code, 0) + 1
            out = []
            for client in clients:
                row = by_code.get(client.code)
                open_cents = row.total if row else 0
                overdue = sum(v for k, v in row.buckets.items() if k != "current") if row else 0
                out.append(
                    ClientRow(client, open_cents, overdue, client.credit_cents, counts.get(client.code, 0))
                )
            return out

        def show(rows: list[ClientRow]) -> None:
            if generation == self._generation:
                self._all = rows
                self.stale = False
                self._apply_filter()

        self.worker.submit(read, show, c.show_error)

    def wait(self) -> None:
        self.worker.wait()

    def _apply_filter(self) -> None:
        keep = self.current_code()
        words = self.search.text().casefold().split()

        def match(r: ClientRow) -> bool:
            c = r.client
            hay = f"{c.code}\n{c.name}\n{c.email}\n{c.phone}".casefold()
            return all(w in hay for w in words)

        self.model.set_records([r for r in self._all if match(r)])
        self.select_code(keep) if keep else self._show(-1)

    # the chosen client
    def current_code(self) -> str:
        index = self.table.currentIndex()
        row = index.data(RECORD_ROLE) if index.isValid() else None
        return row.client.code if isinstance(row, ClientRow) else ""

    def select_code(self, code: str) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.index(i, 0).data(RECORD_ROLE).client.code == code:
                self.table.selectRow(i)
                self.table.setCurrentIndex(self.model.index(i, 0))
                self._show(i)
                return True
        return False

    def _show(self, row: int) -> None:
        record = self.model.index(row, 0).data(RECORD_ROLE) if row >= 0 else None
        has = isinstance(record, ClientRow)
        readonly = self.window.read_only_shown()
        self.new_button.setEnabled(not readonly and self.window.controller.has_company)
        self.edit_button.setEnabled(has and not readonly)
        self.statement_button.setEnabled(has)
        if not has:
            self.title.setText(self.tr("Choose a client"))
            self.contacts.setText("")
            self.projects_model.set_records([])
            self.documents_model.set_records([])
            return
        assert isinstance(record, ClientRow)
        c = record.client
        self.title.setText(f"{c.name} ({c.code})")
        lines = [c.email, c.phone, c.address]
        self.contacts.setText("\n".join(x for x in lines if x) or self.tr("No contact details yet."))
        self.projects_model.set_records(
            [p for p in self.window.projects_pane.model.all_projects() if p.client_code == c.code]
        )
        try:
            self.documents_model.set_records(invoicing.client_invoices(self.window.books, c.code))
        except MilestoneDeskError as exc:
            self.window.controller.show_error(str(exc))

    def _for_current(self, act: Any) -> None:
        code = self.current_code()
        if code:
            act(code)

    def _new_client(self) -> None:
        code = self.window.controller.new_client()
        if code:
            self.refresh_later()

    def _edit_client(self) -> None:
        code = self.current_code()
        client = next((c for c in self.window.controller.clients if c.code == code), None)
        if client is not None and self.window.controller.edit_client_view(client):
            self.refresh_later()

    # rows that act
    def _project_keys(self, index: QModelIndex) -> tuple[str, str, str] | None:
        p = index.data(RECORD_ROLE)
        return ("", p.client_code, p.code) if isinstance(p, ProjectSummary) else None

    def _document_keys(self, index: QModelIndex) -> tuple[str, str, str] | None:
        i = index.data(RECORD_ROLE)
        return (i.number or "", self.current_code(), i.project_code) if isinstance(i, InvoiceView) else None
