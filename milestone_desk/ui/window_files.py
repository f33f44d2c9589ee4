"""File menu work of the main window: new, open, recent, sample, switching files (a mixin of MainWindow)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.filesafety import Lock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from milestone_desk.ui.controller import Controller
    from milestone_desk.ui.file_actions import FileActions
    from milestone_desk.ui.main_window import MainWindow
    from milestone_desk.ui.open_flow import OpenedFile

    _WindowBase = QMainWindow
else:
    _WindowBase = object

MAX_RECENT = 8


class WindowFiles(_WindowBase):
    """Needs the window's ``books``, ``controller``, ``settings``, ``file_actions`` and ``open_file``."""

    books: Books
    controller: Controller
    settings: QSettings
    file_actions: FileActions
    recent_menu: QMenu
    open_file: Callable[..., OpenedFile | None]
    dashboard: Any

    if TYPE_CHECKING:  # the window provides these

        def _set_title(self) -> None: ...

        def select_first_active_project(self) -> None: ...

    # files
    def new_company_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("WindowFiles", "New company file"),
            str(Path.home()),
            QCoreApplication.translate("WindowFiles", "Company files (*.mdesk)"),
        )
        if path:
            if not path.endswith(".mdesk"):
                path += ".mdesk"
            if Path(path).exists() and not self.controller.confirm(
                QCoreApplication.translate("WindowFiles", "{0} already exists. Open it instead?").format(path)
            ):
                return
            self.open_path(Path(path), create=True)

    def open_company_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("WindowFiles", "Open company file"),
            str(self.books.path.parent),
            QCoreApplication.translate("WindowFiles", "Company files (*.mdesk);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Open another company file in this window (lock, read-only offer, restore offer, backup)."""
        if not self.controller.discard_schedule_edits():
            return False
        if not self.books.location.on_server and Path(path).resolve() == self.books.path.resolve():
            return True
        opened = self.open_file(
            path,
            self,
            create=create,
            ask=self.file_actions.ask_problem,
            pick=self.file_actions.pick_backup,
            notify=self.controller.show_error,
        )
        if opened is None:
            return False
        self.switch_books(opened.books, opened.lock)
        return True

    def switch_books(self, books: Books, lock: Lock | bool | None = False) -> None:
        """Show ``books`` from now on; ``lock`` False keeps the current lock (a restore of the same file)."""
        old, self.books = self.books, books
        self.controller.books = books
        self.controller.detail = None
        self.controller.wait_loaded()  # nothing still reading the old file
        if old is not books:
            old.close()
        if lock is not False:
            self.file_actions.adopt(lock)  # type: ignore[arg-type]
        self._set_title()
        self._add_recent(books.path)
        watcher = getattr(self, "watcher", None)
        if watcher is not None:
            watcher.reset()
        self.controller.load()
        self.select_first_active_project()
        self.dashboard.mark_stale()

    def connect_to_server(self) -> bool:
        """File → Connect to office server…: open books on the server in this window."""
        from milestone_desk.ui.connect_dialog import ConnectDialog, remember_server

        dialog = ConnectDialog(self, self.settings)
        if self.controller.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        return self.open_server(dialog.address(), remember=lambda a: remember_server(self.settings, a))

    def open_server(self, address: str, *, remember: Callable[[str], None] | None = None) -> bool:
        """Open the books at a server address in this window (no file lock: the server keeps order)."""
        if not self.controller.discard_schedule_edits():
            return False
        try:
            books = Books.open(address, create=False)
        except MilestoneDeskError as exc:
            self.controller.show_error(str(exc))
            return False
        if remember is not None:
            remember(address)
        self.switch_books(books, None)
        return True

    def new_company(self) -> None:
        """File → New company…: the set-up form of the welcome screen, for a file the user names."""
        from milestone_desk.ui.welcome import WelcomeDialog

        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("WindowFiles", "New company"),
            str(self.books.path.parent),
            QCoreApplication.translate("WindowFiles", "Company files (*.mdesk)"),
        )
        if not name:
            return
        target = Path(name if name.endswith(".mdesk") else name + ".mdesk")
        if target.exists():
            self.controller.show_error(
                QCoreApplication.translate("WindowFiles", "{0} already exists; choose another name.").format(
                    target
                )
            )
            return
        dialog = WelcomeDialog(self, target=target, today=self.controller.today())
        dialog.pages.setCurrentIndex(1)
        if self.controller.run_dialog(dialog) and dialog.chosen is not None:
            self.open_path(dialog.chosen)

    def open_sample(self) -> None:
        from milestone_desk.paths import data_dir
        from milestone_desk.services.setup.first_run import open_sample_company
        from milestone_desk.ui.background import run_op
        from milestone_desk.ui.welcome import SAMPLE_NAME

        target = data_dir() / SAMPLE_NAME
        try:
            path = run_op(
                self,
                QCoreApplication.translate("WindowFiles", "Writing the sample company…"),
                lambda _c: open_sample_company(target),
            )
        except MilestoneDeskError as exc:
            self.controller.show_error(str(exc))
            return
        self.open_path(path)

    def choose_language(self) -> None:
        from milestone_desk.ui.language_switch import choose_language

        choose_language(cast("MainWindow", self))

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _add_recent(self, path: Path) -> None:
        if self.books.location.on_server:
            return  # servers are remembered, without password, by the connect dialog
        text = str(Path(path).resolve())
        items = [p for p in self.recent_files() if p != text]
        self.settings.setValue("recentFiles", [text, *items][:MAX_RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for text in self.recent_files():
            action = self.recent_menu.addAction(text)
            action.triggered.connect(lambda _=False, t=text: self.open_path(Path(t)))
        if not self.recent_menu.actions():
            none_yet = QAction(QCoreApplication.translate("WindowFiles", "(none yet)"), self.recent_menu)
            none_yet.setEnabled(False)
            self.recent_menu.addAction(none_yet)
