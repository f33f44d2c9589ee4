"""The new-project wizard's schedule of values (progress billing): line names and values that must sum
to the contract sum, checked live as the user types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.money import Money
from milestone_desk.ui import formatting

if TYPE_CHECKING:
    from milestone_desk.ui.dialogs.wizard import NewProjectWizard

STARTER = (
    QT_TRANSLATE_NOOP("SovPage", "General conditions"),
    QT_TRANSLATE_NOOP("SovPage", "Sitework"),
    QT_TRANSLATE_NOOP("SovPage", "Framing"),
    QT_TRANSLATE_NOOP("SovPage", "Finishes"),
)


class SovPage(QWizardPage):
    """Rows of (description of work, scheduled value); complete when they sum to the contract sum."""

    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__()
        self.w = wizard
        self.contract_cents = 0
        self._ok = False
        self.setTitle(self.tr("Schedule of values"))
        self.setSubTitle(
            self.tr(
                "One line per part of the work; the values must add up to the contract sum. Pay applications bill a percent of each line."
            )
        )
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Description of work"), self.tr("Scheduled value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("Add line"))
        self.remove = QPushButton(self.tr("Remove"))
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.check = QLabel()
        self.check.setWordWrap(True)
        layout.addWidget(self.check)
        self.add.clicked.connect(lambda: self.add_line("", ""))
        self.remove.clicked.connect(self.remove_line)
        self.table.itemChanged.connect(lambda _item: self.refresh())
        for name in STARTER:
            self.add_line(self.tr(str(name)), "")

    def add_line(self, name: str, value: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self.refresh()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.refresh()

    def set_contract(self, cents: int) -> None:
        self.contract_cents = cents
        self.refresh()

    def lines(self) -> list[tuple[str, int]]:
        """The typed lines (blank rows skipped); raises MilestoneDeskError with a sentence."""
        out = []
        for row in range(self.table.rowCount()):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            value = value_item.text().strip() if value_item else ""
            if not name and not value:
                continue
            if not name:
                raise MilestoneDeskError(self.tr("Line {0} has a value but no description.").format(row + 1))
            what = self.tr("value of {0}").format(name)
            cents = Money.parse(value, self.w.currency, what=what).minor
            if cents <= 0:
                raise MilestoneDeskError(self.tr("The {0} must be more than zero.").format(what))
            out.append((name, cents))
        if not out:
            raise MilestoneDeskError(self.tr("Add at least one line to the schedule of values."))
        return out

    def refresh(self) -> None:
        ok = False
        try:
            total = sum(v for _, v in self.lines())
            cur = self.w.currency
            text = self.tr("Schedule of values sums to {0} of {1}.").format(
                formatting.money(total, cur), formatting.money(self.contract_cents, cur)
            )
            ok = total == self.contract_cents
            if not ok:
                left = self.contract_cents - total
                text += " " + (
                    self.tr("{0} left to place.") if left > 0 else self.tr("{0} too much.")
                ).format(formatting.money(abs(left), cur))
        except MilestoneDeskError as exc:
            text = str(exc)
        self.check.setText(text)
        self.check.setStyleSheet("color: #1e7e34;" if ok else "color: #b3261e;")
        self._ok = ok
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._ok

    def nextId(self) -> int:
        return -1
