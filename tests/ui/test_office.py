"""The window on the office server: Connect dialog, recent servers without passwords, read-only role."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import exchange
from milestone_desk.ui.connect_dialog import ConnectDialog, recent_servers
from milestone_desk.ui.main_window import MainWindow
from tests.conftest import KITCHEN, shots_dir
from tests.pg_support import add_role


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_connect_to_office_server_from_the_file_menu(
    pg_server: Any, books: Books, tmp_path: Path, qtbot: Any
) -> None:
    url = pg_server.new_database()
    with Books.open(url) as server_books:
        exchange.import_data(server_books, json.loads(json.dumps(KITCHEN)))
    settings = _settings(tmp_path)
    window = MainWindow(books, settings)
    qtbot.addWidget(window)
    labels = [a.text() for a in window.file_menu.actions()]
    assert "Connect to office &server…" in labels

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ConnectDialog)
        dialog.host.setText(pg_server.socket_dir)
        dialog.database.setText(url.split("@/")[1].split("?")[0])
        dialog.user.setText("postgres")
        dialog.password.setText("typed-secret")
        dialog.grab().save(str(shots_dir() / "connect-dialog.png"))
        dialog._accept()
        return int(dialog.result())

    window.controller.run_dialog = fill
    assert window.connect_to_server()
    assert window.books.location.on_server and not window.books.readonly
    assert "on " in window.windowTitle() and "(read-only)" not in window.windowTitle()
    assert window.file_label.text().startswith("Server: postgresql://postgres@")
    saved = recent_servers(settings)
    assert len(saved) == 1 and "typed-secret" not in saved[0]
    settings.sync()
    assert "typed-secret" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "typed-secret" not in window.file_label.text() + window.windowTitle()
    # the next time the dialog offers the server with its fields filled in, and no password
    again = ConnectDialog(None, settings)
    qtbot.addWidget(again)
    assert again.host.text() == pg_server.socket_dir and again.user.text() == "postgres"
    assert again.password.text() == ""
    window.grab().save(str(shots_dir() / "window-server.png"))
    # File → Back up now… writes the server's books to a company file
    window.file_actions.backup_dir = tmp_path / "bk"
    (tmp_path / "bk").mkdir()
    made = window.file_actions.backup_now()
    assert made is not None and made.suffix == ".mdesk" and made.parent == tmp_path / "bk"
    with Books.open(made, create=False, readonly=True) as copy:
        assert exchange.export_text(copy) == exchange.export_text(window.books)
    window.close()


def test_a_read_only_role_gets_a_read_only_window(pg_server: Any, tmp_path: Path, qtbot: Any) -> None:
    url = pg_server.new_database()
    with Books.open(url) as server_books:
        exchange.import_data(server_books, json.loads(json.dumps(KITCHEN)))
    reader = add_role(pg_server, url, "viewer", write=False)
    books = Books.open(reader)
    window = MainWindow(books, _settings(tmp_path))
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("(read-only)")
    assert window.read_only_shown()
    window.select_first_active_project()
    window.update_actions()
    assert window.file_actions.mode_label.text() == "Read-only"
    assert not any(a.isEnabled() for a in window.writing_actions())
    window.grab().save(str(shots_dir() / "window-readonly.png"))
    window.close()
    books.close()
