"""The main window's menu bar and toolbar: which action lives where.

File · Edit · Project · Billing · Construction · Reports · Settings · Help. The Construction menu is
added by ``ui.construction_menu.add_construction_actions`` between Billing and Reports.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from milestone_desk.ui.help_menu import add_help_actions

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow


def _fill(menu: QMenu | QToolBar, items: Iterable[QAction | QMenu | None]) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)  # type: ignore[union-attr]
        else:
            menu.addAction(item)


def build_first_menus(w: MainWindow) -> None:
    """File, Edit, Project and Billing."""
    bar = w.menuBar()
    fa, ia = w.file_actions, w.invoice_actions
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    w.file_menu = file_menu
    _fill(file_menu, [w.new_company_action, w.sample_action, w.new_file_action, w.open_action,
                      w.connect_action])  # fmt: skip
    w.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    w.recent_menu.aboutToShow.connect(w._fill_recent)
    _fill(file_menu, [None, w.company_action, ia.company_trade_action, None, ia.print_action, ia.preview_action,
                      ia.save_pdf_action, ia.email_action, fa.outbox_action, None, w.accounting.export_action, None,
                      fa.backup_action, fa.restore_action, None, w.quit_action])  # fmt: skip
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    _fill(edit_menu, [w.undo_action, w.redo_action, None, w.find_action])
    project_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Project"))
    _fill(project_menu, [w.new_project_action, w.new_client_action, w.edit_client_action, None,
                         w.save_schedule_action, None, w.active_action, w.completed_action, w.archive_action,
                         None, w.project_history_action])  # fmt: skip
    billing_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Billing"))
    _fill(billing_menu, [w.complete_action, w.reopen_action, w.draft_action, w.issue_action,
                         w.milestone_history_action, None, w.pay_action, ia.receipts_menu, None,
                         *ia.document_actions(), None, *ia.record_actions()])  # fmt: skip


def build_last_menus(w: MainWindow) -> None:
    """Reports, Settings and Help, then the toolbar."""
    bar = w.menuBar()
    reports = bar.addMenu(QCoreApplication.translate("MainWindow", "&Reports"))
    _fill(reports, [*w.reports.actions(), w.accounting.journal_action])
    settings = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    _fill(
        settings,
        [w.company_action, w.invoice_actions.company_trade_action, w.accounting.accounts_action,
         w.file_actions.mail_action, w.reminders_action, None, w.language_action],
    )  # fmt: skip
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    w.help_actions = add_help_actions(help_menu, w)
    tools = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    tools.setObjectName("mainToolbar")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tools.setMovable(False)
    ia, ra = w.invoice_actions, w.reports
    _fill(tools, [ra.dashboard_action, None, w.new_project_action, w.find_action, None, w.complete_action,
                  w.issue_action, w.pay_action, None, ia.preview_action, ia.print_action, ia.email_action,
                  None, ra.aging_action])  # fmt: skip
    w.addToolBar(tools)
    w.toolbar = tools


def install_context_menus(w: MainWindow) -> None:
    menus = {
        w.projects_pane.table: [w.edit_client_action, w.active_action, w.completed_action, w.archive_action,
                                None, w.reports.ledger_action, w.project_history_action],
        w.milestone_pane.table: [w.complete_action, w.reopen_action, w.draft_action, w.issue_action,
                                 w.save_schedule_action, None, w.milestone_history_action],
    }  # fmt: skip
    for view, actions in menus.items():
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for a in actions:
            if a is None:
                sep = QAction(view)
                sep.setSeparator(True)
                view.addAction(sep)
            else:
                view.addAction(a)
