"""The outbox: every message with its state (queued / sent / failed), send what waits, retry a failure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.core.books import Books
from milestone_desk.services.mailing import outbox
from milestone_desk.services.mailing.outbox import OutboxView
from milestone_desk.ui.email_dialog import SendThread
from milestone_desk.ui.table_base import Column, RecordRole, RecordTableModel


def _state(m: OutboxView) -> str:
    words = {
        "queued": QCoreApplication.translate("OutboxModel", "queued"),
        "sending": QCoreApplication.translate("OutboxModel", "sending"),
        "sent": QCoreApplication.translate("OutboxModel", "sent"),
        "failed": QCoreApplication.translate("OutboxModel", "failed"),
    }
    return words.get(m.state, m.state)


def _detail(m: OutboxView) -> str:
    return (m.server_reply if m.state == "sent" else m.reason) or ""


def _when(m: OutboxView) -> Any:
    return m.sent_at or m.last_attempt_at or m.created_at


class OutboxModel(RecordTableModel[OutboxView]):
    STATE, TO, DOCUMENT, SUBJECT, ATTEMPTS, WHEN, DETAIL = range(7)
    COLORS = {"queued": "#8A6D00", "sending": "#1F3A5F", "sent": "#1E7B34", "failed": "#B02A2A"}
    columns = (
        Column(QT_TRANSLATE_NOOP("OutboxModel", "State"), _state, lambda m: m.state),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "To"), lambda m: m.recipient, lambda m: m.recipient),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "Document"), lambda m: m.document, lambda m: m.document),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "Subject"), lambda m: m.subject, lambda m: m.subject),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "Tries"), lambda m: str(m.attempts), lambda m: m.attempts),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "When (UTC)"), lambda m: f"{_when(m):%Y-%m-%d %H:%M}", _when),
        Column(QT_TRANSLATE_NOOP("OutboxModel", "Server reply / reason"), _detail, _detail),
    )

    @property
    def rows(self) -> list[OutboxView]:
        return self.records()

    def set_rows(self, rows: list[OutboxView]) -> None:
        self.set_records(rows)

    def style(self, rec: OutboxView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return QColor(self.COLORS.get(rec.state, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAIL:
            return _detail(rec)
        return None


class OutboxDialog(QDialog):
    def __init__(self, books: Books, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.books = books
        self.send_thread: SendThread | None = None
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(980, 420)
        self.model = OutboxModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(OutboxModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send waiting messages"))
        self.retry_button = QPushButton(self.tr("Retry selected"))
        self.send_button.clicked.connect(self.send_all)
        self.retry_button.clicked.connect(self.retry_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.send_button)
        bar.addWidget(self.retry_button)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(outbox.list_outbox(self.books))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(OutboxModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        waiting = sum(1 for r in self.model.rows if r.state == "queued")
        failed = sum(1 for r in self.model.rows if r.state == "failed")
        self.status.setText(
            self.tr("{0} waiting, {1} failed, {2} in all.").format(waiting, failed, len(self.model.rows))
        )
        self._update_buttons()

    def selected(self) -> OutboxView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], RecordRole) if rows else None

    def _update_buttons(self) -> None:
        busy = self.send_thread is not None and self.send_thread.isRunning()
        self.send_button.setEnabled(not busy and any(r.state == "queued" for r in self.model.rows))
        chosen = self.selected()
        self.retry_button.setEnabled(not busy and chosen is not None and chosen.state in ("queued", "failed"))

    def _start(self, ids: list[int] | None) -> None:
        self.status.setText(self.tr("Sending…"))
        self.send_thread = SendThread(self.books, ids, self)
        self.send_thread.done.connect(self._done)
        self.send_thread.start()
        self._update_buttons()

    def send_all(self) -> None:
        self._start(None)

    def retry_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen.state == "failed":
            try:
                outbox.requeue(self.books, chosen.id)
            except MilestoneDeskError as exc:
                self.status.setText(str(exc))
                return
        self._start([chosen.id])

    def _done(self, result: object) -> None:
        if self.send_thread is not None:
            self.send_thread.wait()
        self.send_thread = None
        self.refresh()
        if isinstance(result, MilestoneDeskError):
            self.status.setText(str(result))
        elif isinstance(result, list) and result:
            sent = sum(1 for _mid, d in result if d.accepted)
            reasons = {d.reason for _mid, d in result if not d.accepted}
            text = self.tr("{0} of {1} sent.").format(sent, len(result))
            self.status.setText(" ".join([text, *sorted(reasons)]))
