"""Collections list: overdue and soon-due invoices with their last reminder, and the reminders due
today. "Queue reminders" hands the ready ``ReminderDTO`` list to whoever owns the outbox (signal);
that owner calls ``services.collections.reminders.mark_reminder_sent`` once a message is queued."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.services.collections import reminders
from milestone_desk.services.collections.reminders import CollectionItem, ReminderDTO
from milestone_desk.services.core.books import Books
from milestone_desk.ui.collections_models import RowsModel
from milestone_desk.ui.formatting import amount as money
from milestone_desk.ui.i18n import plural


class CollectionsView(QWidget):
    reminders_ready = Signal(list)  # list[ReminderDTO]

    def __init__(
        self, books: Books, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.books = books
        self._today = today
        self._due: list[ReminderDTO] = []
        self.model: RowsModel[CollectionItem] = RowsModel(
            [self.tr(h) for h in ("Invoice", "Client", "Project", "Due", "Status", "Open", "Last reminder")],
            self._cells,
            right_aligned=(5,),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.queue_button = QPushButton()
        self.queue_button.clicked.connect(self._queue)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.queue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self) -> None:
        today = self._today()
        self.model.set_records(reminders.collection_list(self.books, today))
        self._due = reminders.due_reminders(self.books, today)
        count = len(self._due)
        without = sum(1 for r in self._due if not r.client_email)
        text = plural(self.tr("%n reminder(s) due today", "", count), count)
        if without:
            text += plural(self.tr(" — %n client(s) without an email address", "", without), without)
        self.status.setText(text)
        self.queue_button.setText(plural(self.tr("Queue %n reminder(s)", "", count), count))
        self.queue_button.setEnabled(count > 0)

    def due(self) -> list[ReminderDTO]:
        return list(self._due)

    def _queue(self) -> None:
        self.reminders_ready.emit(list(self._due))

    def _cells(self, item: CollectionItem) -> list[str]:
        if item.days_overdue > 0:
            status = self.tr("{0} days late").format(item.days_overdue)
        elif item.days_overdue == 0:
            status = self.tr("due today")
        else:
            status = self.tr("due in {0} days").format(-item.days_overdue)
        if item.last_step is None:
            last = ""
        elif item.last_step == 0:
            last = self.tr("on the due date")
        elif item.last_step < 0:
            last = self.tr("{0} days before").format(-item.last_step)
        else:
            last = self.tr("{0} days after").format(item.last_step)
        return [
            item.invoice_number,
            item.client_name,
            item.project_code,
            item.due_date.isoformat(),
            status,
            money(item.outstanding_cents, item.currency),
            last,
        ]
