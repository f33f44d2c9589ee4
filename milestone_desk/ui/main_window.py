"""The main window: projects, the selected project's milestones, and invoices, in remembered splitters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.states import COMPLETED, OPEN_WORK, UNBILLED
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.filesafety import Lock
from milestone_desk.ui import formatting
from milestone_desk.ui.accounting_menu import AccountingActions
from milestone_desk.ui.app_settings import app_settings
from milestone_desk.ui.clients_pane import ClientsPane
from milestone_desk.ui.collections_models import RECORD_ROLE
from milestone_desk.ui.construction_menu import add_construction_actions
from milestone_desk.ui.controller import Controller
from milestone_desk.ui.dashboard_tab import DashboardTab
from milestone_desk.ui.field_menu import FieldActions
from milestone_desk.ui.file_actions import FileActions
from milestone_desk.ui.fit import install_dialog_fitter, keep_on_screen, place_first_window
from milestone_desk.ui.i18n import plural
from milestone_desk.ui.icons import icon
from milestone_desk.ui.invoice_actions import InvoiceActions
from milestone_desk.ui.invoices_pane import InvoicesPane
from milestone_desk.ui.milestone_pane import MilestonePane
from milestone_desk.ui.open_flow import OpenedFile, open_for_window
from milestone_desk.ui.projects_pane import ProjectsPane
from milestone_desk.ui.receipt_bar import ReceiptBar
from milestone_desk.ui.reports_menu import ReportActions
from milestone_desk.ui.row_actions import RowActions
from milestone_desk.ui.window_files import WindowFiles
from milestone_desk.ui.window_menus import build_first_menus, build_last_menus, install_context_menus

STYLE = """
QLabel#paneTitle { font-size: 14px; font-weight: 600; color: #1f2d3d; }
QWidget#banner { background: #fff4d6; border-bottom: 1px solid #e8c66a; }
QWidget#receiptBar { background: #e6f4ea; border-bottom: 1px solid #9fd3ae; }
QTableView { gridline-color: #e3e6ea; }
"""


class MainWindow(WindowFiles, QMainWindow):
    """The whole product in one window. ``lock`` is the window lock from ``open_for_window`` (None:
    read-only or not locked); it is refreshed every ten minutes and released when the window closes."""

    # made by ui/window_menus.py
    file_menu: QMenu
    help_actions: list[QAction]
    toolbar: QToolBar

    def __init__(
        self,
        books: Books,
        settings: QSettings | None = None,
        lock: Lock | None = None,
        *,
        presenting: bool = False,
    ) -> None:
        super().__init__()
        install_dialog_fitter()  # every dialog fits the screen, remembers its size, opens on our screen
        self.books = books
        self.presenting = presenting  # --screenshot: read-only underneath, shown as the user sees it
        self.settings = settings or app_settings()
        self.remember_layout = True
        self.handing_over = False  # True while a language switch hands the file to a new window
        self.open_file: Callable[..., OpenedFile | None] = open_for_window
        self.setWindowIcon(icon("app"))
        self.setStyleSheet(STYLE)
        self.projects_pane = ProjectsPane()
        self.milestone_pane = MilestonePane()
        self.invoices_pane = InvoicesPane()
        self.controller = Controller(self, books)
        self.row_actions = RowActions(self)
        self.dashboard = DashboardTab(self)
        self._build_central()
        self._build_actions()
        self.file_actions = FileActions(self, lock)
        self.invoice_actions = InvoiceActions(self)
        self.reports = ReportActions(self)
        self.accounting = AccountingActions(self)
        self.clients_pane = ClientsPane(self)
        self.tabs.addTab(self.clients_pane.widget, icon("client"), self.tr("Clients"))
        self._attach_dashboard_rows()
        build_first_menus(self)
        self.construction_menu: QMenu = add_construction_actions(self)
        self.field_actions = FieldActions(self)
        self.field_actions.install()
        build_last_menus(self)
        install_context_menus(self)
        self._build_status()
        self._connect()
        self._restore_state()
        self._set_title()
        self.controller.load()
        self._add_recent(books.path)
        from milestone_desk.ui.office_watch import ChangeWatcher

        self.watcher = ChangeWatcher(self)

    # the window's public face for menus added by other parts (see ui/construction_menu.py)
    def current_project_code(self) -> str | None:
        """The code of the project selected in the projects pane, or None."""
        detail = self.controller.detail
        return detail.summary.code if detail is not None else None

    def reload_all(self) -> None:
        """Re-read everything shown (after a write made outside the controller)."""
        self.controller.reload()
        self.controller.load_invoices()
        self.dashboard.mark_stale()
        self.file_actions.update_outbox_count()

    def read_only_shown(self) -> bool:
        return bool(self.books.readonly) and not self.presenting

    def show_error(self, text: str) -> None:
        """A plain sentence in a message box (through the controller's seam)."""
        self.controller.show_error(text)

    def show_tab(self, index: int) -> None:
        """0: the dashboard, 1: projects and billing, 2: clients."""
        if self.tabs.currentIndex() != index:
            self.tabs.setCurrentIndex(index)  # the dashboard refreshes in the background when shown
        elif index == 0:
            self.dashboard.refresh_later()
        elif index == 2:
            self.clients_pane.refresh_later()

    def _tab_shown(self, index: int) -> None:
        if index == 0:
            self.dashboard.refresh_later()
        elif index == 2:
            self.clients_pane.refresh_later()

    def _attach_dashboard_rows(self) -> None:
        """The dashboard's rows act: double-click opens the invoice or the project; right-click for more."""
        view = self.dashboard.view

        def client_code(name: str) -> str:
            return next((c.code for c in self.controller.clients if c.name == name), "")

        def invoice_keys(index: QModelIndex) -> tuple[str, str, str] | None:
            r = index.data(RECORD_ROLE)
            return (r.number, client_code(r.client_name), r.project_code) if r is not None else None

        def milestone_keys(index: QModelIndex) -> tuple[str, str, str] | None:
            m = index.data(RECORD_ROLE)
            return ("", client_code(m.client_name), m.project_code) if m is not None else None

        self.row_actions.attach(view.attention, invoice_keys)
        self.row_actions.attach(view.milestones, milestone_keys)

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
        self.receipt_bar = ReceiptBar()
        layout.addWidget(self.receipt_bar)
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
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard.scroll, icon("dashboard"), self.tr("Dashboard"))
        self.tabs.addTab(self.main_splitter, icon("new-project"), self.tr("Projects and billing"))
        self.tabs.setCurrentIndex(1)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs, 1)
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
        self.new_company_action = self._action(self.tr("&New company…"), "new-file")
        self.sample_action = self._action(self.tr("Open the &sample company"), "open-file")
        self.new_file_action = self._action(self.tr("New &empty company file…"), "new-file")
        self.open_action = self._action(
            self.tr("&Open company file…"), "open-file", QKeySequence.StandardKey.Open
        )
        self.connect_action = self._action(self.tr("Connect to office &server…"), "open-file")
        self.company_action = self._action(self.tr("Company &profile…"), "company")
        self.print_action = self._action(self.tr("&Print…"), "print", "Ctrl+P")
        self.quit_action = self._action(self.tr("&Quit"), "", QKeySequence.StandardKey.Quit)
        # one Undo for the schedule's edits and the timeline's saved moves: the last one used is active
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(stack)
        self.undo_group.addStack(c.move_stack)
        self.undo_group.setActiveStack(stack)
        stack.indexChanged.connect(
            lambda _i: self.undo_group.setActiveStack(stack) if stack.count() else None
        )
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
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
        self.draft_action = self._action(self.tr("Preview &draft invoice…"), "preview")
        self.project_history_action = self._action(self.tr("Project &history…"), "history")
        self.milestone_history_action = self._action(self.tr("&Milestone history…"), "history")
        self.reminders_action = self._action(self.tr("&Reminders and late fees…"), "reminder")
        self.language_action = self._action(self.tr("&Language…"), "language")
        self.new_company_action.triggered.connect(self.new_company)
        self.sample_action.triggered.connect(self.open_sample)
        self.draft_action.triggered.connect(lambda: self._for_milestone(self.preview_draft))
        self.project_history_action.triggered.connect(lambda: self.invoice_actions.project_history())
        self.milestone_history_action.triggered.connect(lambda: self.invoice_actions.milestone_history())
        self.reminders_action.triggered.connect(lambda: self.reports.show_collections())
        self.language_action.triggered.connect(self.choose_language)
        self.new_file_action.triggered.connect(self.new_company_file)
        self.open_action.triggered.connect(self.open_company_file)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.company_action.triggered.connect(c.edit_company)
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

    def _build_status(self) -> None:
        self.file_label = QLabel()
        self.totals_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.file_actions.mode_label)
        self.statusBar().addPermanentWidget(self.file_actions.outbox_label)
        self.statusBar().addPermanentWidget(self.totals_label)
        self.file_actions.update_mode()

    def _connect(self) -> None:
        c = self.controller
        self.projects_pane.projectSelected.connect(self._project_selected)
        self.projects_pane.model.modelReset.connect(self.update_totals)
        self.projects_pane.model.rowsUpdated.connect(self.update_totals)
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
        c.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        c.changed.connect(self.dashboard.mark_stale)
        c.changed.connect(self.clients_pane.mark_stale)
        self.receipt_bar.chosen.connect(self.invoice_actions.receipt_chosen)
        c.changed.connect(self.file_actions.update_outbox_count)

    # state shown
    def _project_selected(self, summary: object) -> None:
        if self.projects_pane.by_code or summary is None:
            self.controller.select_project(summary)  # type: ignore[arg-type]
        else:  # the user's click or key: read on a worker, show when it comes (the window stays live)
            self.controller.select_project_later(summary)  # type: ignore[arg-type]

    def _for_milestone(self, slot: object) -> None:
        name = self.milestone_pane.selected_name()
        if not name:
            self.controller.show_error(self.tr("Select a milestone in the schedule first."))
            return
        slot(name)  # type: ignore[operator]

    def update_company_state(self) -> None:
        has = self.controller.has_company
        self.banner.setVisible(not has and not self.books.readonly)
        for a in (self.new_project_action, self.new_client_action, self.find_action):
            a.setEnabled(has)
        for report_action in self.reports.actions():
            if report_action is not None:
                report_action.setEnabled(has)
        self.update_actions()
        self.dashboard.mark_stale()

    def writing_actions(self) -> list[QAction]:
        """Every action that changes the company file; all disabled in a read-only window."""
        return [self.company_action, self.new_project_action, self.new_client_action, self.edit_client_action,
                self.save_schedule_action, self.active_action, self.completed_action, self.archive_action,
                self.complete_action, self.reopen_action, self.issue_action, self.pay_action,
                self.reminders_action, self.accounting.accounts_action, *self.invoice_actions.writing_actions(),
                *self.file_actions.writing_actions()]  # type: ignore[list-item]  # fmt: skip

    def all_writing_actions(self) -> list[QAction]:
        return [*self.writing_actions(), *self.field_actions.writing_actions()]

    def update_actions(self) -> None:
        c = self.controller
        mp = self.milestone_pane
        has_project = c.detail is not None
        status = next((r.status for r in mp.model.rows() if r.name == mp.selected_name()), "")
        clean = not mp.is_dirty()
        self.complete_action.setEnabled(status in OPEN_WORK and clean)
        self.reopen_action.setEnabled(status == COMPLETED and clean)
        self.issue_action.setEnabled(status == COMPLETED and clean)
        self.pay_action.setEnabled(self.invoices_pane.payable() is not None)
        self.save_schedule_action.setEnabled(has_project and not clean)
        for a in (self.edit_client_action, self.active_action, self.completed_action, self.archive_action,
                  self.project_history_action):  # fmt: skip
            a.setEnabled(has_project)
        self.draft_action.setEnabled(status in UNBILLED)
        self.field_actions.sign_off_action.setEnabled(status in OPEN_WORK and clean)
        self.field_actions.update_actions()
        self.milestone_history_action.setEnabled(bool(status))
        self.reports.ledger_action.setEnabled(has_project)
        self.invoice_actions.update_actions()
        if self.read_only_shown():
            for a in self.all_writing_actions():
                a.setEnabled(False)

    def update_totals(self) -> None:
        rows = self.projects_pane.model.records()
        cur = self.controller.currency
        contract = sum(p.totals.contract_to_date for p in rows)
        billed = sum(p.totals.billed for p in rows)
        paid = sum(p.totals.paid for p in rows)
        owed = sum(p.totals.outstanding for p in rows)
        self.totals_label.setText(
            plural(
                self.tr(
                    "%n project(s) · contract {0} · billed {1} · paid {2} · outstanding {3}", "", len(rows)
                ),
                len(rows),
            ).format(
                formatting.money(contract, cur),
                formatting.money(billed, cur),
                formatting.money(paid, cur),
                formatting.money(owed, cur),
            )
        )

    def _set_title(self) -> None:
        field = self.field_actions.title()
        if field is not None:
            self.setWindowTitle(self.tr("Milestone Desk — {0}").format(field))
            self.file_label.setText(field)
        elif self.read_only_shown():
            self.setWindowTitle(self.tr("Milestone Desk — {0} (read-only)").format(self.books.name))
        else:
            self.setWindowTitle(self.tr("Milestone Desk — {0}").format(self.books.name))
        if field is not None:
            pass
        elif self.books.location.on_server:
            self.file_label.setText(self.tr("Server: {0}").format(self.books.shown))
        else:
            self.file_label.setText(self.tr("File: {0}").format(str(self.books.path)))
        self.file_actions.update_mode()
        self.milestone_pane.set_read_only(self.read_only_shown())
        self.invoices_pane.read_only = self.read_only_shown()
        self.invoices_pane._refresh_buttons()

    def select_first_active_project(self) -> None:
        """Select the first active project shown (used by --screenshot)."""
        self.controller.wait_loaded()
        model = self.projects_pane.model
        row = model.row_of(lambda p: p.status == "active")
        if row < 0 and model.rowCount():
            row = 0
        if row >= 0:
            self.projects_pane.select_row(row)

    def preview_draft(self, name: str) -> None:
        code = self.current_project_code()
        if code:
            docs = self.invoice_actions._sync()
            docs.preview_draft_invoice(code, name)

    # remembered layout
    def _restore_state(self) -> None:
        self._sized = False
        for key, splitter in (("mainSplitter", self.main_splitter), ("leftSplitter", self.left_splitter),
                              ("milestoneSplitter", self.milestone_pane.splitter)):  # fmt: skip
            value = self.settings.value(f"window/{key}")
            if isinstance(value, QByteArray) and splitter.restoreState(value):
                self._sized = True
        geometry = self.settings.value("window/geometry")
        self.first_maximised = False
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            keep_on_screen(self)
        else:  # the first window after the welcome screen: a sensible size, or maximised on a small screen
            self.first_maximised = place_first_window(self)

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
        if not self.handing_over and not self.controller.discard_schedule_edits():
            event.ignore()
            return
        self.save_state()
        self.controller.wait_loaded()
        if not self.handing_over:
            self.file_actions.release()
        super().closeEvent(event)
