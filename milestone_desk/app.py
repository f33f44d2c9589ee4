"""Wiring: paths → company file → services → window. The only place outside ui/ that touches Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.paths import default_company_file


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise MilestoneDeskError(f"The size {text!r} is not like 1280x800.") from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise MilestoneDeskError(f"The size {text!r} is out of range.")
    return w, h


def run_gui(args: argparse.Namespace) -> int:
    """Open the window on ``--db`` or the default company file; with ``--screenshot``, save and exit."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from milestone_desk.services.books import Books
    from milestone_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Milestone Desk")
    app.setOrganizationName("Milestone Desk")
    from milestone_desk.ui.i18n import install_translator
    from milestone_desk.ui.welcome import app_icon

    install_translator(app)  # the saved language, else the system's
    app.setWindowIcon(app_icon())
    if args.db or args.screenshot:
        path = Path(args.db) if args.db else default_company_file()
    else:
        from milestone_desk.ui.welcome import choose_company_file

        chosen = choose_company_file(None)  # remembered file, default file, or the welcome screen
        if chosen is None:
            return 0
        path = chosen
    try:
        size = parse_size(args.size) if args.screenshot else None
        books = Books.open(path, create=not args.screenshot)
    except MilestoneDeskError as exc:
        if args.screenshot:
            print(str(exc), file=sys.stderr)
            return exc.exit_code
        QMessageBox.critical(None, "Milestone Desk", str(exc))
        if not args.db:
            from milestone_desk.ui.app_settings import forget_file

            forget_file()  # the next start offers the welcome screen rather than the same error
        return exc.exit_code
    window = MainWindow(books)
    if args.screenshot and size is not None:
        window.resize(*size)
        window.show()
        window.select_first_active_project()
        for _ in range(5):
            app.processEvents()
        ok = window.grab().save(args.screenshot)
        window.remember_layout = False  # a screenshot must not change the user's saved layout
        window.close()
        books.close()
        if not ok:
            print(f"Could not write {args.screenshot}.", file=sys.stderr)
            return 1
        return 0
    from milestone_desk.ui.app_settings import remember_file

    remember_file(path)
    window.show()
    code = app.exec()
    books.close()
    return int(code)
