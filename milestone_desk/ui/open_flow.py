"""Opening a company file from the window: lock, probe, offer read-only or restore, daily backup.

``open_for_window(path, parent)`` is the one call the window/app makes. It never shows a traceback
and never changes a damaged file: every problem becomes a dialog with the choices that apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.core.books import Books
from milestone_desk.services.records import filesafety
from milestone_desk.services.records.filesafety import BackupRow, FileInUse, Lock, OpenProblem
from milestone_desk.ui.background import run_op
from milestone_desk.ui.open_problem_dialog import CANCEL, READ_ONLY, RESTORE, dialog_for
from milestone_desk.ui.restore_dialog import RestoreDialog

T = TypeVar("T")
AskProblem = Callable[[MilestoneDeskError, bool], str]
PickBackup = Callable[[Path, list[BackupRow]], Path | None]
Notify = Callable[[str], None]


@dataclass
class OpenedFile:
    """An open company file for the window; release ``lock`` (if any) when the window closes."""

    books: Books
    lock: Lock | None
    warnings: list[str]

    def close(self) -> None:
        self.books.close()
        if self.lock is not None:
            self.lock.release()


def off_ui_thread(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """``work()`` on a worker thread while the UI thread keeps painting (a progress note after 1.5 s);
    its result, or what it raised. Without an application (a script) it simply runs here."""
    if QCoreApplication.instance() is None:
        return work()
    return run_op(parent, label, lambda _cancelled: work(), show_after_ms=1500)


def _ask_with_dialog(parent: QWidget | None) -> AskProblem:
    def ask(error: MilestoneDeskError, has_backups: bool) -> str:
        box = dialog_for(error, has_backups=has_backups, parent=parent)
        box.exec()
        return box.choice()

    return ask


def _pick_with_dialog(parent: QWidget | None) -> PickBackup:
    def pick(path: Path, rows: list[BackupRow]) -> Path | None:
        dialog = RestoreDialog(path, rows, parent)
        return dialog.selected_backup() if dialog.exec() == QDialog.DialogCode.Accepted else None

    return pick


def open_for_window(
    path: Path,
    parent: QWidget | None = None,
    *,
    create: bool = True,
    backup: bool = True,
    ask: AskProblem | None = None,
    pick: PickBackup | None = None,
    notify: Notify | None = None,
) -> OpenedFile | None:
    """Open ``path`` for the window, or None when the user cancelled (the reason was shown)."""
    ask = ask or _ask_with_dialog(parent)
    pick = pick or _pick_with_dialog(parent)
    if notify is None:

        def notify(text: str) -> None:
            QMessageBox.warning(parent, "Milestone Desk", text)

    for _attempt in range(5):  # each restore loops back to open the restored file
        try:
            lock = filesafety.acquire_window_lock(path)
        except FileInUse as exc:
            if ask(exc, False) != READ_ONLY:
                return None
            try:
                return OpenedFile(Books.open(path, readonly=True), None, [])
            except MilestoneDeskError as again:
                ask(again, False)
                return None
        except MilestoneDeskError as exc:
            ask(exc, False)
            return None
        try:
            # the check of the file (SQLite's quick_check, the schema) runs off the UI thread: the
            # window or the start-up frame keeps painting; nothing is written before it has passed
            books = off_ui_thread(
                parent,
                QCoreApplication.translate("OpenFlow", "Checking the company file…"),
                lambda: Books.open(path, create=create),
            )
        except OpenProblem as exc:
            lock.release()
            rows = filesafety.backup_rows(path)
            choice = ask(exc, exc.restorable and bool(rows))
            if choice != RESTORE:
                return None
            chosen = pick(path, rows)
            if chosen is None:
                return None
            try:
                filesafety.restore(chosen, path)
            except MilestoneDeskError as failed:
                ask(failed, False)
                return None
            continue
        except MilestoneDeskError as exc:
            lock.release()
            ask(exc, False)
            return None
        warnings: list[str] = []
        if backup:  # the window's start passes False and backs up in the background once it shows
            try:
                filesafety.daily_backup_if_due(path)
            except MilestoneDeskError as exc:
                warnings.append(f"Today's backup could not be made: {exc}")
        risky = filesafety.risky_location(path)
        if risky:
            warnings.append(risky)
        for text in warnings:
            notify(text)
        return OpenedFile(books, lock, warnings)
    return None


def restore_from_window(
    opened: OpenedFile,
    parent: QWidget | None = None,
    *,
    pick: PickBackup | None = None,
    ask: AskProblem | None = None,
    run: Callable[[Callable[[], object]], object] | None = None,
) -> OpenedFile:
    """The window's "Restore a backup…" action: choose, close, restore under our lock, reopen.

    Returns the file to show next: the restored one, or the same one when the user cancelled or
    the restore failed (the reason shown; the file unchanged).
    """
    pick = pick or _pick_with_dialog(parent)
    ask = ask or _ask_with_dialog(parent)
    path = opened.books.path
    if opened.lock is None:
        ask(
            MilestoneDeskError(
                "This window shows the file read-only; restore it from the window that has it open."
            ),
            False,
        )
        return opened
    chosen = pick(path, filesafety.backup_rows(path))
    if chosen is None:
        return opened
    try:
        filesafety.check_backup(chosen)
    except MilestoneDeskError as exc:
        ask(exc, False)
        return opened
    opened.books.close()
    lock = opened.lock
    try:
        (run or (lambda job: job()))(lambda: filesafety.restore(chosen, path, lock=lock))
    except MilestoneDeskError as exc:
        ask(exc, False)
    try:
        return OpenedFile(Books.open(path, create=False), opened.lock, [])
    except MilestoneDeskError as exc:
        opened.lock.release()
        ask(exc, False)
        raise


__all__ = ["CANCEL", "READ_ONLY", "RESTORE", "OpenedFile", "open_for_window", "restore_from_window"]
