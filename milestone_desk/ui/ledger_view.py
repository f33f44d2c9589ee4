"""Project ledger view: the contract figures on top, every invoice and payment in date order below.

It shows a ``ProjectLedger`` DTO; the integrator places it and wires "Export PDF…" to
``documents.ledger_pdf.render_ledger``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.reports import LedgerEntry, ProjectLedger
from milestone_desk.ui.collections_models import RowsModel
from milestone_desk.ui.formatting import amount as money

FIGURES = (
    ("original_contract", "Original contract"),
    ("change_orders", "Change orders"),
    ("contract_to_date", "Contract to date"),
    ("billed", "Billed"),
    ("tax_billed", "Tax billed"),
    ("retainage_held", "Retainage held"),
    ("paid", "Paid"),
    ("outstanding", "Outstanding"),
    ("balance_to_finish", "Balance to finish"),
)


class LedgerView(QWidget):
    export_pdf_requested = Signal(object)  # the shown ProjectLedger

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger: ProjectLedger | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.figure_labels: dict[str, QLabel] = {}
        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        figures.setColumnMinimumWidth(2, 200)
        figures.setColumnStretch(4, 1)
        for i, (key, text) in enumerate(FIGURES):
            name = QLabel(self.tr(text))
            value = QLabel("—")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figure_labels[key] = value
            row, col = i % 5, (i // 5) * 2
            figures.addWidget(name, row, col)
            figures.addWidget(value, row, col + 1)
        self.model: RowsModel[LedgerEntry] = RowsModel(
            [
                self.tr(h)
                for h in (
                    "Date",
                    "Type",
                    "Reference",
                    "Description",
                    "Gross",
                    "Tax",
                    "Retainage",
                    "Charged",
                    "Received",
                    "Balance",
                )
            ],
            self._cells,
            right_aligned=(4, 5, 6, 7, 8, 9),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        export = QPushButton(self.tr("Export PDF…"))
        export.clicked.connect(lambda: self.export_pdf_requested.emit(self._ledger))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(self.table, 1)

    def ledger(self) -> ProjectLedger | None:
        return self._ledger

    def set_ledger(self, led: ProjectLedger) -> None:
        self._ledger = led
        self.title.setText(f"{led.project_code} · {led.project_name} — {led.client_name}")
        for key, _text in FIGURES:
            self.figure_labels[key].setText(money(getattr(led.totals, key), led.currency))
        self.model.set_records(led.entries)

    def _cells(self, e: LedgerEntry) -> list[str]:
        c = self._ledger.currency if self._ledger else "USD"

        def m(v: int) -> str:
            return money(v, c) if v else ""

        return [
            e.on.isoformat(),
            self.tr(e.kind.title()),
            e.reference,
            e.description,
            m(e.gross),
            m(e.tax),
            m(e.retainage),
            m(e.charge),
            m(e.received),
            money(e.balance, c),
        ]
