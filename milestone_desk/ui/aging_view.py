"""AR aging view: an as-of date, the client table (sortable, total row last) and the open invoices
of the selected client. The integrator places it in the main window and wires PDF/CSV export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.reports import BUCKET_LABELS, AgingItem, AgingReport
from milestone_desk.ui.collections_models import RECORD_ROLE, AgingTableModel, RowsModel
from milestone_desk.ui.formatting import amount as money

Loader = Callable[[date], AgingReport]


class AgingView(QWidget):
    """Shows an ``AgingReport``; with a loader it reloads when the as-of date changes."""

    export_pdf_requested = Signal(object)  # the shown AgingReport
    export_csv_requested = Signal(object)

    def __init__(self, loader: Loader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self.model = AgingTableModel()
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        pdf = QPushButton(self.tr("Export PDF…"))
        csv = QPushButton(self.tr("Export CSV…"))
        pdf.clicked.connect(lambda: self.export_pdf_requested.emit(self.model.report()))
        csv.clicked.connect(lambda: self.export_csv_requested.emit(self.model.report()))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgingTableModel.NAME, QHeaderView.ResizeMode.Stretch)

        self.items_model: RowsModel[AgingItem] = RowsModel(
            [
                self.tr("Invoice"),
                self.tr("Project"),
                self.tr("Issued"),
                self.tr("Due"),
                self.tr("Days late"),
                self.tr("Bucket"),
                self.tr("Open"),
            ],
            self._item_cells,
            right_aligned=(4, 6),
        )
        self.items = QTableView()
        self.items.setModel(self.items_model)
        self.items.verticalHeader().hide()
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.items_title = QLabel()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Aging as of")))
        top.addWidget(self.as_of)
        top.addStretch(1)
        top.addWidget(pdf)
        top.addWidget(csv)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.items_title)
        layout.addWidget(self.items, 2)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_items(cur.row()))
        self.as_of.dateChanged.connect(self._date_changed)

    def _item_cells(self, item: AgingItem) -> list[str]:
        report = self.model.report()
        currency = report.currency if report else "USD"
        return [
            item.number,
            item.project_code,
            item.issue_date.isoformat(),
            item.due_date.isoformat(),
            str(item.days_past_due) if item.days_past_due > 0 else "",
            self.tr(BUCKET_LABELS[item.bucket]),
            money(item.outstanding, currency),
        ]

    def load(self, as_of: date) -> None:
        """Set the as-of date (reloading through the loader)."""
        self.as_of.setDate(QDate(as_of.year, as_of.month, as_of.day))
        if self._loader is not None:
            self.set_report(self._loader(as_of))

    def _date_changed(self, qdate: QDate) -> None:
        if self._loader is not None:
            self.set_report(self._loader(date(qdate.year(), qdate.month(), qdate.day())))

    def set_report(self, report: AgingReport) -> None:
        self.model.set_report(report)
        if self.as_of.date() != QDate(report.as_of.year, report.as_of.month, report.as_of.day):
            self.as_of.blockSignals(True)
            self.as_of.setDate(QDate(report.as_of.year, report.as_of.month, report.as_of.day))
            self.as_of.blockSignals(False)
        t = report.total
        self.summary.setText(
            self.tr("Open receivables {0} {1} · unapplied client credit {2} {1} (shown apart)").format(
                money(t.total, report.currency), report.currency, money(t.credit, report.currency)
            )
        )
        self._show_items(-1)

    def _show_items(self, row: int) -> None:
        report = self.model.report()
        if report is None:
            return
        record = self.model.data(self.model.index(row, 0), RECORD_ROLE) if row >= 0 else None
        if record is None or not record.client_code:
            self.items_title.setText(self.tr("Open invoices of all clients"))
            self.items_model.set_records(report.items)
        else:
            self.items_title.setText(self.tr("Open invoices of {0}").format(record.client_name))
            self.items_model.set_records([i for i in report.items if i.client_code == record.client_code])
