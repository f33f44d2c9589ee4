"""A minimal main window (the full three-pane window is built in its own issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow

from milestone_desk.services import projects
from milestone_desk.services.books import Books


class MainWindow(QMainWindow):
    def __init__(self, books: Books) -> None:
        super().__init__()
        self.books = books
        self.setWindowTitle(self.tr("Milestone Desk — {0}").format(books.path.name))
        self.list = QListWidget()
        self.setCentralWidget(self.list)
        try:
            rows = projects.list_projects(books)
        except Exception:  # no company yet
            rows = []
        for row in rows:
            self.list.addItem(f"{row.code}  {row.name}  ({row.client_name})")

    def select_first_active_project(self) -> None:
        if self.list.count():
            self.list.setCurrentRow(0)
