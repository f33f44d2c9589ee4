"""File safety and mail in the main window: back up now, restore, the lock, read-only, outbox, mail server.

The window holds the lock taken by ``open_flow.open_for_window`` (None when read-only); this
refreshes it every ten minutes and releases it when the window closes or switches files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QLabel

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.mailing import outbox
from milestone_desk.services.records import filesafety
from milestone_desk.services.records.filesafety import Lock
from milestone_desk.ui.background import Worker, run_op
from milestone_desk.ui.open_flow import OpenedFile, restore_from_window
from milestone_desk.ui.outbox_dialog import OutboxDialog
from milestone_desk.ui.smtp_settings_dialog import SmtpSettingsDialog

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow

LOCK_REFRESH_MS = 10 * 60 * 1000


class FileActions(QObject):
    def __init__(self, window: MainWindow, lock: Lock | None) -> None:
        super().__init__(window)
        self.window = window
        self.lock = lock
        self.background: Worker | None = None
        self.backup_dir: Path | None = None  # tests point backups elsewhere; None = the default folder
        w = window
        self.backup_action = w._action(self.tr("&Back up now…"), "backup", "Ctrl+Shift+B")
        self.restore_action = w._action(self.tr("&Restore a backup…"), "restore")
        self.outbox_action = w._action(self.tr("Out&box…"), "outbox", "Ctrl+Shift+M")
        self.mail_action = w._action(self.tr("&Mail server…"), "email")
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action.triggered.connect(self.restore)
        self.outbox_action.triggered.connect(self.show_outbox)
        self.mail_action.triggered.connect(self.mail_settings)
        self.outbox_label = QLabel()
        self.mode_label = QLabel()
        self.mode_label.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.timer = QTimer(self)
        self.timer.setInterval(LOCK_REFRESH_MS)
        self.timer.timeout.connect(self.refresh_lock)
        if lock is not None:
            self.timer.start()

    # the lock
    def refresh_lock(self) -> None:
        if self.lock is not None:
            try:
                self.lock.refresh()
            except OSError:
                self.window.statusBar().showMessage(
                    self.tr("The lock on this file could not be renewed; another window may open it."), 8000
                )

    def release(self) -> None:
        self.timer.stop()
        if self.background is not None:
            self.background.wait()  # today's backup finishes under our lock
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def adopt(self, lock: Lock | None) -> None:
        """A new file was opened in this window: release the old lock, keep the new one."""
        if lock is not self.lock:
            self.release()
        self.lock = lock
        if lock is not None:
            self.timer.start()

    @property
    def readonly(self) -> bool:
        return bool(self.window.books.readonly)

    def writing_actions(self) -> list[object]:
        return [self.restore_action, self.mail_action]

    def update_mode(self) -> None:
        shown = self.window.read_only_shown()
        self.mode_label.setText(self.tr("Read-only") if shown else "")
        self.mode_label.setVisible(shown)
        if self.window.books.readonly_reason:  # a server account that may only read
            self.mode_label.setToolTip(self.tr("Your server account may only read these books."))
        else:
            self.mode_label.setToolTip(
                self.tr("Another window or computer has this file open; nothing can be changed here.")
            )
        self.update_outbox_count()

    def update_outbox_count(self) -> int:
        try:
            queued = sum(1 for m in outbox.list_outbox(self.window.books) if m.state == "queued")
        except MilestoneDeskError:
            queued = 0
        self.outbox_label.setText(self.tr("Outbox: {0} waiting").format(queued) if queued else "")
        self.outbox_label.setVisible(queued > 0)
        return queued

    # actions
    def backup_now(self) -> Path | None:
        c = self.window.controller
        books = self.window.books
        folder = self.backup_dir
        try:
            if books.location.on_server:  # the server's books, written to a company file anyone can open
                from milestone_desk.paths import data_dir
                from milestone_desk.services.records import office

                where = folder or data_dir() / "backups" / books.location.stem
                where.mkdir(parents=True, exist_ok=True)
                location = books.location
                made = run_op(
                    self.window,
                    self.tr("Backing up {0}…").format(location.stem),
                    lambda _cancelled: office.backup_server(location, where),
                )
            else:
                path = books.path
                made = run_op(
                    self.window,
                    self.tr("Backing up {0}…").format(path.name),
                    lambda _cancelled: filesafety.make_backup(path, folder, kind="manual"),
                )
        except MilestoneDeskError as exc:
            c.show_error(str(exc))
            return None
        except OSError as exc:
            c.show_error(self.tr("The backup could not be written: {0}.").format(exc.strerror or exc))
            return None
        c.message.emit(self.tr("Backup saved: {0}").format(str(made)))
        return made

    def daily_backup_later(self) -> None:
        """Today's automatic backup, on the worker thread once the window is usable (start of the day)."""
        if self.readonly or self.lock is None:
            return
        path = self.window.books.path
        c = self.window.controller

        def done(made: object) -> None:
            if made is not None:
                c.message.emit(self.tr("Today's backup saved: {0}").format(str(made)))

        def failed(sentence: str) -> None:
            c.show_error(self.tr("Today's backup could not be made: {0}").format(sentence))

        if self.background is None:
            self.background = Worker(self)  # its own lane: loading projects never waits behind a backup
        self.background.submit(lambda: filesafety.daily_backup_if_due(path), done, failed)

    def restore(self) -> bool:
        w = self.window
        c = w.controller
        if self.readonly or self.lock is None:
            c.show_error(
                self.tr("This window shows the file read-only; restore it from the window that has it open.")
            )
            return False
        if not c.discard_schedule_edits():
            return False
        c.wait_loaded()
        opened = OpenedFile(w.books, self.lock, [])

        try:
            result = restore_from_window(
                opened,
                w,
                pick=self.pick_backup,
                ask=self.ask_problem,
                run=lambda job: run_op(w, self.tr("Restoring the backup…"), lambda _c: job()),
            )
        except MilestoneDeskError:
            self.lock = None
            w.close()
            return False
        if result.books is w.books:
            return False
        w.switch_books(result.books)
        c.message.emit(self.tr("The backup was restored; the file shows it now."))
        return True

    def pick_backup(self, path: Path, rows: list[filesafety.BackupRow]) -> Path | None:
        from milestone_desk.ui.restore_dialog import RestoreDialog

        if not rows:
            self.window.controller.show_error(self.tr("There are no backups of this file yet."))
            return None
        dialog = RestoreDialog(path, rows, self.window)
        if self.window.controller.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selected_backup()
        question = self.tr(
            "Replace the company file with the backup you chose? The current file is kept aside first."
        )
        return chosen if chosen is not None and self.window.controller.confirm(question) else None

    def ask_problem(self, error: MilestoneDeskError, has_backups: bool) -> str:
        """Why a file did not open; a box with choices only when there is a choice to make."""
        from milestone_desk.ui.open_problem_dialog import CANCEL, dialog_for

        box = dialog_for(error, has_backups=has_backups, parent=self.window)
        if box.read_only_button is None and box.restore_button is None:
            box.deleteLater()
            self.window.controller.show_error(str(error))
            return CANCEL
        self.window.controller.run_dialog(box)
        return box.choice()

    def show_outbox(self) -> None:
        dialog = OutboxDialog(self.window.books, self.window)
        if self.readonly:
            dialog.send_button.setEnabled(False)
            dialog.retry_button.setEnabled(False)
        self.window.controller.run_dialog(dialog)
        self.update_outbox_count()

    def mail_settings(self) -> None:
        dialog = SmtpSettingsDialog(self.window.books, self.window)
        if self.window.controller.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.window.controller.message.emit(self.tr("Mail server settings saved."))
