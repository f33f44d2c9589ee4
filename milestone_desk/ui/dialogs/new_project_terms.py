"""Construction terms of a new project: billing mode, deposit policy, retainage basis and step-down.

A group box on the wizard's first page; ``values()`` reads it into ProjectSpec keyword arguments
(a sentence as MilestoneDeskError when something typed is not right).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.money import Money, parse_percent


class ConstructionTerms(QGroupBox):
    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Construction terms"))
        self.currency = currency
        form = QFormLayout(self)
        self.billing = QComboBox()
        self.billing.addItem(self.tr("By milestones (a payment schedule)"), "milestone")
        self.billing.addItem(
            self.tr("Progress: schedule of values, pay applications (G702/G703)"), "progress"
        )
        form.addRow(self.tr("Billing"), self.billing)

        self.basis = QComboBox()
        self.basis.addItem(self.tr("Before tax"), "pre_tax")
        self.basis.addItem(self.tr("After tax"), "post_tax")
        form.addRow(self.tr("Retainage basis"), self.basis)

        step = QHBoxLayout()
        self.step_down = QCheckBox(self.tr("Lower retainage to"))
        self.step_to = QLineEdit("5")
        self.step_at = QLineEdit("50")
        for field in (self.step_to, self.step_at):
            field.setMaximumWidth(60)
        step.addWidget(self.step_down)
        step.addWidget(self.step_to)
        step.addWidget(QLabel(self.tr("% once work reaches")))
        step.addWidget(self.step_at)
        step.addWidget(QLabel(self.tr("% of the contract")))
        step.addStretch(1)
        form.addRow(self.tr("Step-down"), step)

        self.deposit_policy = QComboBox()
        self.deposit_policy.addItem(self.tr("A milestone of the schedule (if any)"), "installment")
        self.deposit_policy.addItem(self.tr("Applied: an advance deducted from later invoices"), "applied")
        form.addRow(self.tr("Deposit"), self.deposit_policy)
        applied = QHBoxLayout()
        self.deposit = QLineEdit()
        self.deposit.setPlaceholderText("4850.00")
        self.deposit.setMaximumWidth(140)
        self.deposit_applied = QComboBox()
        self.deposit_applied.addItem(self.tr("deducted pro rata from each milestone invoice"), "pro_rata")
        self.deposit_applied.addItem(self.tr("deducted all on the final invoice"), "final")
        applied.addWidget(self.deposit)
        applied.addWidget(self.deposit_applied, 1)
        self.deposit_label = QLabel(self.tr("Deposit amount"))
        form.addRow(self.deposit_label, applied)

        self.billing.currentIndexChanged.connect(lambda _i: self.update_state())
        self.deposit_policy.currentIndexChanged.connect(lambda _i: self.update_state())
        self.step_down.toggled.connect(lambda _on: self.update_state())
        self.update_state()

    def progress(self) -> bool:
        return bool(self.billing.currentData() == "progress")

    def update_state(self) -> None:
        if self.progress():  # an applied deposit needs milestone billing
            self.deposit_policy.setCurrentIndex(0)
        self.deposit_policy.setEnabled(not self.progress())
        applied = self.deposit_policy.currentData() == "applied"
        for w in (self.deposit, self.deposit_applied, self.deposit_label):
            w.setEnabled(applied)
        for w in (self.step_to, self.step_at):
            w.setEnabled(self.step_down.isChecked())

    def values(self) -> dict[str, Any]:
        """ProjectSpec keyword arguments; raises MilestoneDeskError with a sentence."""
        out: dict[str, Any] = {
            "billing_mode": str(self.billing.currentData()),
            "retainage_basis": str(self.basis.currentData()),
            "deposit_policy": str(self.deposit_policy.currentData()),
        }
        if self.step_down.isChecked():
            out["retainage_step_at"] = parse_percent(self.step_at.text(), self.tr("step-down threshold"))
            out["retainage_step_to"] = parse_percent(
                self.step_to.text(), self.tr("stepped-down retainage rate")
            )
        if out["deposit_policy"] == "applied":
            cents = Money.parse(self.deposit.text(), self.currency, what=self.tr("deposit")).minor
            if cents <= 0:
                raise MilestoneDeskError(self.tr("An applied deposit must be more than zero."))
            out["deposit_cents"] = cents
            out["deposit_applied"] = str(self.deposit_applied.currentData())
        return out

    def check(self, retainage: Decimal) -> None:
        """What the services would refuse, said while the user is still on this page."""
        values = self.values()
        to = values.get("retainage_step_to")
        if to is not None and to > retainage:
            raise MilestoneDeskError(
                self.tr("The stepped-down retainage rate cannot be above the retainage rate.")
            )
