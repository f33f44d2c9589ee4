"""Wiring: paths → company file → services → window. The only place outside ui/ that touches Qt."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.paths import default_company_file

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from milestone_desk.ui.main_window import MainWindow


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise MilestoneDeskError(f"The size {text!r} is not like 1280x800.") from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise MilestoneDeskError(f"The size {text!r} is out of range.")
    return w, h


def run_gui(args: argparse.Namespace) -> int:
    """Open the window on ``--db`` or the default company file; with ``--screenshot``, save and exit.

    A light frame (ui/startup_shell.py) is painted first; the books and the full window load behind
    it, so start-up shows something within a frame of the bare Qt start.
    """
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Milestone Desk")
    app.setOrganizationName("Milestone Desk")
    from milestone_desk.ui.i18n import install_translator
    from milestone_desk.ui.startup_shell import StartupShell, app_icon

    install_translator(app)  # the saved language, else the system's
    from milestone_desk.ui.crash import install_crash_reporter
    from milestone_desk.ui.fit import install_dialog_fitter

    install_crash_reporter()  # an exception in a slot becomes a dialog and a line in the rotating log
    install_dialog_fitter(app)
    app.setWindowIcon(app_icon())
    server = bool(args.db) and str(args.db).lower().startswith(
        ("postgresql://", "postgres://", "postgresql+")
    )
    if args.screenshot:
        return _screenshot(
            app, args.db if server else Path(args.db) if args.db else default_company_file(), args
        )
    if server:
        return _run_on_server(app, str(args.db))
    if args.db:
        path: Path | None = Path(args.db)
    else:
        from milestone_desk.ui.app_settings import known_company_file

        path = known_company_file()
    shell = None
    if path is not None:
        shell = StartupShell(path)
        if shell.first_maximised:
            shell.showMaximized()
        else:
            shell.show()
        for _ in range(3):  # map and paint the frame now (no black rectangle); the heavy imports follow
            app.processEvents()
        shell.repaint()
    else:
        from milestone_desk.ui.welcome import show_welcome

        path = show_welcome(None)  # first start: set up a company, or explore the sample
        if path is None:
            return 0
    window = open_window_behind(Path(path), shell, create=bool(args.db))
    if window is None:
        if shell is not None:
            shell.close()
        if not args.db:
            from milestone_desk.ui.app_settings import forget_file

            forget_file()  # the next start offers the welcome screen rather than the same problem
        return 1
    from milestone_desk.ui.app_settings import remember_file

    remember_file(path)
    code = app.exec()
    window.file_actions.release()
    window.books.close()
    return int(code)


def open_window_behind(
    path: Path,
    shell: QMainWindow | None,
    *,
    create: bool,
    settings: QSettings | None = None,
    built: list[float] | None = None,
) -> MainWindow | None:
    """Behind the start-up frame: load the window's code and check the file off the UI thread (the
    frame keeps painting), then build and show the window on the dashboard; None when the file was
    not opened (the reason was shown). ``built`` receives the seconds spent making the window."""
    if shell is not None:  # the window's code, SQLAlchemy and its mappers load while the frame stays live
        from milestone_desk.ui.background import run_op

        run_op(shell, shell.tr("Opening…"), lambda _cancelled: warm_window_code(), show_after_ms=3000)
    from milestone_desk.ui.main_window import MainWindow
    from milestone_desk.ui.open_flow import open_for_window

    # the lock, the read-only offer, the restore offer for a damaged file, today's backup, the
    # cloud-folder warning: all in open_for_window; None means the user chose not to open it.
    # The file's check runs on a worker thread; nothing is written before it has passed.
    opened = open_for_window(path, shell, create=create, backup=False)
    if opened is None:
        return None
    started = time.perf_counter()
    window = MainWindow(opened.books, settings, lock=opened.lock)
    if built is not None:
        built.append(time.perf_counter() - started)
    window.show_tab(0)  # the dashboard on start (no jump from Projects once the books are in)
    if window.first_maximised:
        window.showMaximized()
    else:
        window.show()
    if shell is not None:
        shell.close()

    def first_load() -> None:  # the project list came from the worker thread; the window was live meanwhile
        window.controller.loaded.disconnect(first_load)
        if window.controller.has_company and window.projects_pane.model.rowCount():
            if window.tabs.currentIndex() != 0:  # on it already: its figures are on their way (one read)
                window.show_tab(0)  # the dashboard on start: who owes what, what comes in next
        else:
            window.show_tab(1)  # nothing to owe yet: the projects, with the set-up banner
        window.file_actions.daily_backup_later()  # today's backup, off the UI thread

    window.controller.loaded.connect(first_load)
    return window


def warm_window_code() -> None:
    """Import the window with its services and set up the ORM's mappers; safe on a worker thread
    (no widget is made), so the start-up frame keeps painting meanwhile."""
    import milestone_desk.ui.main_window  # noqa: F401 - imported to warm
    from milestone_desk.services.core.books import warm

    warm()
    _warm_qt_enums()


def _warm_qt_enums() -> None:
    """PySide6 makes each Python enum class on first use (~0.3 ms each, ~125 of them while the window
    is built); making them all here (~0.2 s on the worker thread) takes that off the UI thread."""
    from PySide6 import QtCore, QtGui, QtWidgets

    for module in (QtCore, QtGui, QtWidgets):
        for class_name in dir(module):
            cls = getattr(module, class_name)
            if not isinstance(cls, type):
                continue
            for name in dir(cls):
                if name[:1].isupper():
                    try:
                        getattr(cls, name)
                    except Exception:  # a name that is not an enum: nothing to warm
                        continue


def _run_on_server(app: object, address: str) -> int:
    """``--db postgresql://…``: the window on the office server (no lock file, no local backup)."""
    from milestone_desk.services.core.books import Books
    from milestone_desk.ui.main_window import MainWindow

    try:
        books = Books.open(address, create=False)
    except MilestoneDeskError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    window = MainWindow(books, lock=None)
    window.show()
    code = app.exec()  # type: ignore[attr-defined]
    window.books.close()
    return int(code)


def _screenshot(app: object, path: Path | str, args: argparse.Namespace) -> int:
    """Screenshots only read: the file is opened read-only, not locked, not backed up."""
    from milestone_desk.services.core.books import Books
    from milestone_desk.ui.main_window import MainWindow

    try:
        size = parse_size(args.size)
        books = Books.open(path, create=False, readonly=True)
    except MilestoneDeskError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    window = MainWindow(books, presenting=True)
    window.remember_layout = False  # a screenshot must not change the user's saved layout
    window.resize(*size)
    window.show()
    window.select_first_active_project()
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
    ok = window.grab().save(args.screenshot)
    window.close()
    books.close()
    if not ok:
        print(f"Could not write {args.screenshot}.", file=sys.stderr)
        return 1
    return 0
