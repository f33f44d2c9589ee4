"""The milestone pane: the drawn timeline on top, the same schedule as an editable table below."""

from __future__ import annotations

import datetime
from html import escape

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.states import BILLED, COMPLETED, OPEN_WORK
from milestone_desk.services.core.dto import ProjectDetail
from milestone_desk.ui import formatting
from milestone_desk.ui.icons import icon
from milestone_desk.ui.schedule_model import AMOUNT, NAME, PLANNED, SHARE, STATUS, ScheduleModel, ScheduleRow
from milestone_desk.ui.table_base import compact
from milestone_desk.ui.timeline import TimelineView


def tool_button(image: QIcon, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(image)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class MilestonePane(QWidget):
    completeRequested = Signal(str)
    reopenRequested = Signal(str)
    issueRequested = Signal(str)
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ProjectDetail | None = None
        self.read_only = False
        self.model = ScheduleModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(self.tr("No project selected"))
        self.title.setObjectName("paneTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("milestoneSplitter")
        self.timeline = TimelineView()
        self.splitter.addWidget(self.timeline)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        compact(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (SHARE, AMOUNT, PLANNED, STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        lower_layout.addWidget(self.table, 1)
        self.check = QLabel()
        self.check.setWordWrap(True)
        lower_layout.addWidget(self.check)
        edit_row = QHBoxLayout()
        self.add_button = tool_button(icon("add"), self.tr("Add a milestone"))
        self.remove_button = tool_button(icon("remove"), self.tr("Remove the selected milestone"))
        self.undo_button = tool_button(icon("undo"), self.tr("Undo the last schedule edit"))
        self.redo_button = tool_button(icon("redo"), self.tr("Redo"))
        self.save_button = QPushButton(self.tr("Save schedule"))
        self.revert_button = QPushButton(self.tr("Revert"))
        for b in (self.add_button, self.remove_button, self.undo_button, self.redo_button):
            edit_row.addWidget(b)
        edit_row.addStretch(1)
        edit_row.addWidget(self.revert_button)
        edit_row.addWidget(self.save_button)
        lower_layout.addLayout(edit_row)
        act_row = QHBoxLayout()
        self.complete_button = QPushButton(self.tr("Mark complete…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.issue_button = QPushButton(self.tr("Issue invoice…"))
        act_row.addWidget(QLabel(self.tr("Selected milestone:")))
        for button in (self.complete_button, self.reopen_button, self.issue_button):
            act_row.addWidget(button)
        act_row.addStretch(1)
        lower_layout.addLayout(act_row)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        stack = self.model.undo_stack
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.saveRequested)
        self.complete_button.clicked.connect(lambda: self._emit_for(self.completeRequested))
        self.reopen_button.clicked.connect(lambda: self._emit_for(self.reopenRequested))
        self.issue_button.clicked.connect(lambda: self._emit_for(self.issueRequested))
        self.model.changed.connect(self._refresh_state)
        stack.cleanChanged.connect(lambda _: self._refresh_state())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._refresh_state())
        self.model.problem.connect(self._show_problem)
        self._refresh_state()

    def set_read_only(self, on: bool) -> None:
        """A read-only window: the schedule can be looked at, not changed."""
        self.read_only = on
        if self.detail is not None:
            self.set_project(self.detail, self.timeline._today)
        self._refresh_state()

    # loading
    def set_project(self, detail: ProjectDetail | None, today: datetime.date) -> None:
        self.detail = detail
        if detail is None:
            self.title.setText(self.tr("No project selected"))
            self.timeline.set_milestones([], today, "USD")
            self.model.set_schedule([], 0, "USD", editable=False)
            return
        s = detail.summary
        cur = s.currency
        self.title.setText(
            self.tr("<b>{0} — {1}</b><br>{2} · contract {3} · tax {4} · retainage {5}").format(
                escape(s.code),
                escape(s.name),
                escape(s.client_name),
                formatting.money(s.totals.contract_to_date, cur),
                formatting.percent(detail.tax_percent),
                formatting.percent(detail.retainage_percent),
            )
        )
        self.timeline.set_milestones(detail.milestones, today, cur)
        editable = (
            not self.read_only
            and not detail.has_change_orders
            and not any(m.invoice_number or m.status in BILLED for m in detail.milestones)
        )
        rows = [ScheduleRow.of_view(m) for m in detail.milestones]
        self.model.set_schedule(rows, s.totals.contract_to_date, cur, editable=editable)
        next_up = next((r.name for r in rows if r.status not in BILLED), "")
        if next_up:  # the milestone the office will act on next
            self.select_name(next_up)

    def revert(self) -> None:
        if self.model.undo_stack.count():
            self.model.undo_stack.setIndex(0)

    # state
    def selected_name(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows()[rows[0].row()].name if rows else ""

    def select_name(self, name: str) -> None:
        for i, r in enumerate(self.model.rows()):
            if r.name == name:
                self.table.selectRow(i)

    def _selected_status(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows()[rows[0].row()].status if rows else ""

    def is_dirty(self) -> bool:
        return not self.model.undo_stack.isClean()

    def _refresh_state(self) -> None:
        ok, text = self.model.check_text()
        if not self.model.rowCount():
            text = ""
        elif not self.model.editable and self.detail is not None and self.detail.has_change_orders:
            text = text + "  " + self.tr("(locked: change orders)")
        elif not self.model.editable:
            text = text + "  " + self.tr("(locked: invoices issued)")
        self.check.setText(text)
        self.check.setStyleSheet("color: #1e7e34;" if ok else "color: #b3261e; font-weight: bold;")
        editable = self.model.editable and self.detail is not None
        stack = self.model.undo_stack
        dirty = not stack.isClean()
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(self.selected_name()))
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.save_button.setEnabled(editable and dirty and ok)
        self.revert_button.setEnabled(dirty)
        status = "" if self.read_only else self._selected_status()
        self.complete_button.setEnabled(status in OPEN_WORK and not dirty)
        self.reopen_button.setEnabled(status == COMPLETED and not dirty)
        self.issue_button.setEnabled(status == COMPLETED and not dirty)

    def _show_problem(self, sentence: str) -> None:
        self.check.setText(sentence)
        self.check.setStyleSheet("color: #b3261e; font-weight: bold;")

    def _emit_for(self, signal: SignalInstance) -> None:
        name = self.selected_name()
        if name:
            signal.emit(name)

    def _add(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.add_row(rows[0].row() if rows else None)
        self.table.selectRow(row)
        self.table.edit(self.model.index(row, NAME))

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove_row(rows[0].row())
