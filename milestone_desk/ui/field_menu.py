"""Job-site work in the window: File → Take a field copy…, the Sync menu, sign-off, the field title.

A field copy's title and status bar say "Field copy of OFFICE · last synced TIME". *Sync → Sync now*
pushes the copy's work and pulls the office's on a worker thread, with progress and Cancel (the file
is replaced by the pulled copy, so the window lets go of its connections first and reads everything
again after). *Sync → Conflicts…*
lists conflicts with both versions and settles them at the office; *Sync → Drafts…* lists the
change-order requests and notes written on site (waiting, sent, at the office) and adds new ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.money import Money
from milestone_desk.services.core.field_marker import Marker
from milestone_desk.services.field import field_sync, field_work
from milestone_desk.ui.background import run_op
from milestone_desk.ui.field_dialogs import ConflictsDialog, FieldCopyDialog, SignOffDialog
from milestone_desk.ui.field_drafts import DraftsDialog, NewDraftDialog

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow


class FieldActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window
        self.take_copy_action = w._action(self.tr("Take a &field copy…"), "backup")
        self.sync_action = w._action(self.tr("&Sync now"), "reopen", "F9")
        self.conflicts_action = w._action(self.tr("&Conflicts…"), "history")
        self.drafts_action = w._action(self.tr("&Drafts…"), "history")
        self.sign_off_action = w._action(self.tr("Sign &off on site…"), "complete")
        self.take_copy_action.triggered.connect(self.take_copy)
        self.sync_action.triggered.connect(self.sync_now)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.drafts_action.triggered.connect(self.show_drafts)
        self.sign_off_action.triggered.connect(self.sign_off)
        self.marker: Marker | None = None
        #: Runs a modal dialog (tests put a script here instead of exec()).
        self.run_dialog: Callable[[QDialog], int] = lambda d: d.exec()
        self.read_marker()

    def install(self) -> QMenu:
        w = self.window
        w.file_menu.insertAction(w.recent_menu.menuAction(), self.take_copy_action)
        menu = QMenu(self.tr("S&ync"), w)
        menu.addAction(self.sync_action)
        menu.addAction(self.conflicts_action)
        menu.addAction(self.drafts_action)
        w.menuBar().insertMenu(w.construction_menu.menuAction(), menu)
        for billing in w.menuBar().findChildren(QMenu):
            if w.complete_action in billing.actions():
                billing.insertAction(w.reopen_action, self.sign_off_action)
                break
        self.menu = menu
        self.update_actions()
        return menu

    def read_marker(self) -> None:
        try:
            self.marker = field_sync.marker(self.window.books)
        except MilestoneDeskError:
            self.marker = None

    def title(self) -> str | None:
        """ "Field copy of OFFICE · last synced TIME" on a field copy, else None."""
        if self.marker is None:
            return None
        return self.tr("Field copy of {0} · last synced {1}").format(
            self.marker.office, self.marker.synced_at
        )

    def update_actions(self) -> None:
        field = self.marker is not None
        self.sync_action.setEnabled(field)
        self.take_copy_action.setEnabled(not field)
        if field:  # only work that syncs is offered: sign-off, complete, payments (and drafts)
            w = self.window
            for a in (w.reopen_action, w.issue_action, w.save_schedule_action, w.new_project_action,
                      w.new_client_action, w.edit_client_action, w.active_action, w.completed_action,
                      w.archive_action, w.company_action):  # fmt: skip
                a.setEnabled(False)

    def writing_actions(self) -> list[QAction]:
        return [self.sync_action, self.sign_off_action]

    # actions
    def take_copy(self) -> None:
        w = self.window
        dialog = FieldCopyDialog(w.books.shown, w)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        projects = [p for p in dialog.projects.text().split(",") if p.strip()]
        try:
            marker = field_sync.take_field_copy(
                w.books.location, dialog.path.text(), dialog.device.text(), projects
            )
        except MilestoneDeskError as exc:
            w.show_error(str(exc))
            return
        w.statusBar().showMessage(
            self.tr("Field copy for {0} written to {1}.").format(marker.device, dialog.path.text()), 8000
        )

    def sync_now(self) -> None:
        """Push and pull on a worker thread (progress and Cancel), then read everything again."""
        w = self.window
        if self.marker is None:
            return
        path = w.books.path
        w.books.engine.dispose()
        try:
            result = run_op(
                w,
                self.tr("Syncing with the office…"),
                lambda cancelled: field_sync.sync(path, cancelled=cancelled),
                cancellable=True,
            )
        except MilestoneDeskError as exc:
            w.books.engine.dispose()
            self.read_marker()
            w._set_title()
            w.reload_all()
            w.show_error(str(exc))
            return
        w.books.engine.dispose()  # the pulled copy replaced the file: read it afresh
        self.read_marker()
        w._set_title()
        w.reload_all()
        text = self.tr("Synced: pushed {0}, pulled {1} change(s).").format(result.pushed, result.pulled)
        if result.conflicts:
            text += " " + self.tr("{0} conflict(s) for the office to settle.").format(len(result.conflicts))
        w.statusBar().showMessage(text, 12000)

    def show_conflicts(self) -> None:
        w = self.window
        can_settle = self.marker is None and not w.read_only_shown()
        while True:
            try:
                rows = field_sync.conflicts(w.books)
            except MilestoneDeskError as exc:
                w.show_error(str(exc))
                return
            dialog = ConflictsDialog(rows, can_settle=can_settle, currency=w.controller.currency, parent=w)
            self.last_conflicts = dialog
            if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return
            conflict_id, keep = dialog.chosen
            try:
                text = field_sync.settle(w.books, conflict_id, keep)
            except MilestoneDeskError as exc:
                w.show_error(str(exc))
                continue
            w.statusBar().showMessage(text, 8000)
            w.reload_all()

    def show_drafts(self) -> None:
        """The drafts (of the selected project, else all) and whether they reached the office."""
        w = self.window
        code = w.current_project_code()
        while True:
            try:
                rows = field_work.drafts(w.books)
            except MilestoneDeskError as exc:
                w.show_error(str(exc))
                return
            dialog = DraftsDialog(
                rows,
                field_copy=self.marker is not None,
                can_add=bool(code) and not w.read_only_shown(),
                currency=w.controller.currency,
                parent=w,
            )
            self.last_drafts = dialog
            if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.wants_new or not code:
                return
            form = NewDraftDialog(code, w)
            if self.run_dialog(form) != QDialog.DialogCode.Accepted:
                continue
            try:
                if form.is_change_order():
                    cents = Money.parse(form.amount.text(), w.controller.currency, allow_negative=True).minor
                    field_work.add_draft(w.books, code, "change_order", form.text.toPlainText(), cents)
                else:
                    field_work.add_draft(w.books, code, "note", form.text.toPlainText())
            except MilestoneDeskError as exc:
                w.show_error(str(exc))
                continue
            w.statusBar().showMessage(self.tr("Draft saved for {0}.").format(code), 8000)

    def sign_off(self) -> None:
        w = self.window
        name = w.milestone_pane.selected_name()
        code = w.current_project_code()
        if not name or not code:
            w.show_error(self.tr("Select a milestone in the schedule first."))
            return
        try:
            site = field_work.site_address(w.books, code)
        except MilestoneDeskError as exc:
            w.show_error(str(exc))
            return
        dialog = SignOffDialog(code, name, site, w)
        self.last_dialog = dialog
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        self.record_sign_off(code, name, dialog)

    def record_sign_off(self, code: str, name: str, dialog: SignOffDialog) -> None:
        w = self.window
        v = dialog.values()
        try:
            field_work.sign_off(
                w.books, code, name, v["on"], v["signed_by"], signature=v["signature"], photos=v["photos"],
                note=v["note"],
            )  # fmt: skip
        except MilestoneDeskError as exc:
            w.show_error(str(exc))
            return
        w.reload_all()
        w.statusBar().showMessage(self.tr("{0} signed off by {1}.").format(name, v["signed_by"]), 8000)
