"""The main window: projects, the selected project's milestones, and invoices, in remembered splitters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.books import Books
from milestone_desk.ui import formatting
from milestone_desk.ui.controller import Controller
from milestone_desk.ui.icons import icon
from milestone_desk.ui.invoices_pane import InvoicesPane
from milestone_desk.ui.milestone_pane import MilestonePane
from milestone_desk.ui.projects_pane import ProjectsPane

MAX_RECENT = 8
STYLE = """
QLabel#paneTitle { font-size: 14px; font-weight: 600; color: #1f2d3d; }
QWidget#banner { background: #fff4d6; border-bottom: 1px solid #e8c66a; }
QTableView { gridline-color: #e3e6ea; }
"""


class MainWindow(QMainWindow):
    def __init__(self, books: Books, settings: QSettings | None = None) -> None:
        super().__init__()
        self.books = books
        self.settings = settings or QSettings("Milestone Desk", "Milestone Desk")
        self.remember_layout = True
        self.setWindowIcon(icon("app"))
        self.setStyleSheet(STYLE)
        self.projects_pane = ProjectsPane()
        self.milestone_pane = MilestonePane()
        self.invoices_pane = InvoicesPane()
        self.controller = Controller(self, books)
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_status()
        self._connect()
        self._restore_state()
        self._set_title()
        self.controller.load()
        self._add_recent(books.path)

    # construction
    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QWidget()
        self.banner.setObjectName("banner")
        self.banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self.banner)
        row.addWidget(
            QLabel(self.tr("This company file has no company profile yet. Set it up to start billing."))
        )
        row.addStretch(1)
        self.setup_button = QPushButton(icon("company"), self.tr("Set up company profile…"))
        row.addWidget(self.setup_button)
        layout.addWidget(self.banner)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.projects_pane)
        self.left_splitter.addWidget(self.invoices_pane)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.milestone_pane)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)
        self.main_splitter.setChildrenCollapsible(False)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

    def _action(
        self,
        text: str,
        icon_name: str = "",
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(
                f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        return action

    def _build_actions(self) -> None:
        c = self.controller
        stack = self.milestone_pane.model.undo_stack
        self.new_file_action = self._action(self.tr("&New company file…"), "new-file")
        self.open_action = self._action(
            self.tr("&Open company file…"), "open-file", QKeySequence.StandardKey.Open
        )
        self.company_action = self._action(self.tr("Company &profile…"), "company")
        self.print_action = self._action(self.tr("&Print…"), "print", "Ctrl+P")
        self.quit_action = self._action(self.tr("&Quit"), "", QKeySequence.StandardKey.Quit)
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo schedule edit"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo schedule edit"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon("redo"))
        self.find_action = self._action(self.tr("&Find project"), "find", "Ctrl+F")
        self.new_project_action = self._action(self.tr("&New project…"), "new-project", "Ctrl+N")
        self.new_client_action = self._action(self.tr("New &client…"), "client")
        self.edit_client_action = self._action(self.tr("&Edit client of this project…"), "client")
        self.save_schedule_action = self._action(self.tr("&Save schedule"), "save", "Ctrl+S")
        self.active_action = self._action(self.tr("Mark project &active"))
        self.completed_action = self._action(self.tr("Mark project &completed"))
        self.archive_action = self._action(self.tr("&Archive project…"), "archive")
        self.complete_action = self._action(self.tr("Mark milestone &complete…"), "complete", "Ctrl+M")
        self.reopen_action = self._action(self.tr("&Reopen milestone…"), "reopen")
        self.issue_action = self._action(self.tr("&Issue invoice…"), "issue-invoice", "Ctrl+I")
        self.pay_action = self._action(self.tr("Record &payment…"), "payment", "Ctrl+Shift+P")
        self.new_file_action.triggered.connect(self.new_company_file)
        self.open_action.triggered.connect(self.open_company_file)
        self.company_action.triggered.connect(c.edit_company)
        self.print_action.triggered.connect(self.print_requested)
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self.projects_pane.focus_search)
        self.new_project_action.triggered.connect(c.new_project)
        self.new_client_action.triggered.connect(c.new_client)
        self.edit_client_action.triggered.connect(c.edit_client)
        self.save_schedule_action.triggered.connect(c.save_schedule)
        self.active_action.triggered.connect(lambda: c.set_project_status("active"))
        self.completed_action.triggered.connect(lambda: c.set_project_status("completed"))
        self.archive_action.triggered.connect(lambda: c.set_project_status("archived"))
        self.complete_action.triggered.connect(lambda: self._for_milestone(c.complete_milestone))
        self.reopen_action.triggered.connect(lambda: self._for_milestone(c.reopen_milestone))
        self.issue_action.triggered.connect(lambda: self._for_milestone(c.issue_invoice))
        self.pay_action.triggered.connect(lambda: c.record_payment())

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_file_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.company_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        project_menu = bar.addMenu(self.tr("&Project"))
        for a in (self.new_project_action, self.new_client_action, self.edit_client_action, None,
                  self.save_schedule_action, None, self.active_action, self.completed_action,
                  self.archive_action):  # fmt: skip
            project_menu.addSeparator() if a is None else project_menu.addAction(a)
        billing_menu = bar.addMenu(self.tr("&Billing"))
        for a in (self.complete_action, self.reopen_action, self.issue_action, self.pay_action):
            billing_menu.addAction(a)
        tools = QToolBar(self.tr("Main"))
        tools.setObjectName("mainToolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.setMovable(False)
        for a in (self.new_project_action, self.find_action, None, self.complete_action, self.issue_action,
                  self.pay_action, None, self.print_action, self.company_action):  # fmt: skip
            tools.addSeparator() if a is None else tools.addAction(a)
        self.addToolBar(tools)
        self.toolbar = tools

    def _build_status(self) -> None:
        self.file_label = QLabel()
        self.totals_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.totals_label)

    def _connect(self) -> None:
        c = self.controller
        self.projects_pane.projectSelected.connect(self._project_selected)
        self.projects_pane.model.modelReset.connect(self.update_totals)
        mp = self.milestone_pane
        for source in (mp, mp.timeline):
            source.completeRequested.connect(c.complete_milestone)
            source.reopenRequested.connect(c.reopen_milestone)
            source.issueRequested.connect(c.issue_invoice)
        mp.timeline.rescheduleRequested.connect(c.reschedule_milestone)
        mp.saveRequested.connect(c.save_schedule)
        mp.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        mp.model.undo_stack.cleanChanged.connect(lambda _: self.update_actions())
        self.invoices_pane.showAllToggled.connect(c.set_show_all)
        self.invoices_pane.paymentRequested.connect(c.record_payment)
        self.invoices_pane.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.setup_button.clicked.connect(c.edit_company)
        menus = {
            self.projects_pane.table: [self.edit_client_action, self.active_action, self.completed_action],
            mp.table: [
                self.complete_action,
                self.reopen_action,
                self.issue_action,
                self.save_schedule_action,
            ],
            self.invoices_pane.table: [self.pay_action],
        }
        menus[self.projects_pane.table].append(self.archive_action)
        for view, actions in menus.items():
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions(actions)
        c.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    # state shown
    def _project_selected(self, summary: object) -> None:
        self.controller.select_project(summary)  # type: ignore[arg-type]

    def _for_milestone(self, slot: object) -> None:
        name = self.milestone_pane.selected_name()
        if not name:
            self.controller.show_error(self.tr("Select a milestone in the schedule first."))
            return
        slot(name)  # type: ignore[operator]

    def update_company_state(self) -> None:
        has = self.controller.has_company
        self.banner.setVisible(not has)
        for a in (self.new_project_action, self.new_client_action, self.find_action):
            a.setEnabled(has)
        self.update_actions()

    def update_actions(self) -> None:
        c = self.controller
        mp = self.milestone_pane
        has_project = c.detail is not None
        status = next((r.status for r in mp.model.rows() if r.name == mp.selected_name()), "")
        clean = not mp.is_dirty()
        self.complete_action.setEnabled(status in ("planned", "in_progress") and clean)
        self.reopen_action.setEnabled(status == "completed" and clean)
        self.issue_action.setEnabled(status == "completed" and clean)
        self.pay_action.setEnabled(self.invoices_pane.payable() is not None)
        self.save_schedule_action.setEnabled(has_project and not clean)
        for a in (self.edit_client_action, self.active_action, self.completed_action, self.archive_action):
            a.setEnabled(has_project)

    def update_totals(self) -> None:
        rows = self.projects_pane.model.records()
        cur = self.controller.currency
        contract = sum(p.totals.contract_to_date for p in rows)
        billed = sum(p.totals.billed for p in rows)
        paid = sum(p.totals.paid for p in rows)
        owed = sum(p.totals.outstanding for p in rows)
        self.totals_label.setText(
            self.tr("{0} projects · contract {1} · billed {2} · paid {3} · outstanding {4}").format(
                len(rows),
                formatting.money(contract, cur),
                formatting.money(billed, cur),
                formatting.money(paid, cur),
                formatting.money(owed, cur),
            )
        )

    def _set_title(self) -> None:
        self.setWindowTitle(self.tr("Milestone Desk — {0}").format(self.books.path.name))
        self.file_label.setText(self.tr("File: {0}").format(str(self.books.path)))

    def select_first_active_project(self) -> None:
        """Select the first active project shown (used by --screenshot)."""
        self.controller.wait_loaded()
        model = self.projects_pane.model
        row = model.row_of(lambda p: p.status == "active")
        if row < 0 and model.rowCount():
            row = 0
        if row >= 0:
            self.projects_pane.select_row(row)

    # printing belongs to the documents part; this is the slot its action calls
    def print_requested(self) -> None:
        self.statusBar().showMessage(self.tr("Printing is not available in this version yet."), 8000)

    # files
    def new_company_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New company file"), str(Path.home()), self.tr("Company files (*.mdesk)")
        )
        if path:
            if not path.endswith(".mdesk"):
                path += ".mdesk"
            if Path(path).exists() and not self.controller.confirm(
                self.tr("{0} already exists. Open it instead?").format(path)
            ):
                return
            self.open_path(Path(path), create=True)

    def open_company_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open company file"),
            str(self.books.path.parent),
            self.tr("Company files (*.mdesk);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        if not self.controller.discard_schedule_edits():
            return False
        try:
            books = Books.open(path, create=create)
        except MilestoneDeskError as exc:
            self.controller.show_error(str(exc))
            return False
        old, self.books = self.books, books
        self.controller.books = books
        self.controller.detail = None
        self.controller.wait_loaded()  # nothing still reading the old file
        old.close()
        self._set_title()
        self._add_recent(path)
        self.controller.load()
        self.select_first_active_project()
        return True

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        items = [p for p in self.recent_files() if p != text]
        self.settings.setValue("recentFiles", [text, *items][:MAX_RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for text in self.recent_files():
            action = self.recent_menu.addAction(text)
            action.triggered.connect(lambda _=False, t=text: self.open_path(Path(t)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # remembered layout
    def _restore_state(self) -> None:
        self._sized = False
        for key, splitter in (("mainSplitter", self.main_splitter), ("leftSplitter", self.left_splitter),
                              ("milestoneSplitter", self.milestone_pane.splitter)):  # fmt: skip
            value = self.settings.value(f"window/{key}")
            if isinstance(value, QByteArray) and splitter.restoreState(value):
                self._sized = True
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def save_state(self) -> None:
        if not self.remember_layout:
            return
        self.settings.setValue("window/mainSplitter", self.main_splitter.saveState())
        self.settings.setValue("window/leftSplitter", self.left_splitter.saveState())
        self.settings.setValue("window/milestoneSplitter", self.milestone_pane.splitter.saveState())
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # first run: give the money tables the larger share
            self._sized = True
            width = max(self.width(), 800)
            self.main_splitter.setSizes([width * 62 // 100, width * 38 // 100])
            height = max(self.height(), 500)
            self.left_splitter.setSizes([height * 55 // 100, height * 45 // 100])
            self.milestone_pane.splitter.setSizes([height * 40 // 100, height * 60 // 100])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.controller.discard_schedule_edits():
            event.ignore()
            return
        self.save_state()
        self.controller.wait_loaded()
        super().closeEvent(event)
