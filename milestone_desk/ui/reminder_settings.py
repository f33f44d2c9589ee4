"""Settings of the collections feature: reminder schedule and templates (with a live preview) and
optional late fees. Saving goes through the services, which validate; a refusal shows its sentence."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.money import Money, parse_percent
from milestone_desk.services.collections import late_fees, reminders, templates
from milestone_desk.services.core.books import Books

SAMPLE = {
    "client": "Maria Delgado",
    "invoice": "INV-2026-0042",
    "amount": "4,850.00 USD",
    "due_date": "2026-03-01",
    "days_overdue": "14",
    "company": "Your company",
}
MODES = (("off", "Off"), ("flat", "Flat amount"), ("percent", "Percent of the overdue balance"))


class ReminderSettingsView(QWidget):
    saved = Signal()

    def __init__(self, books: Books, currency: str = "USD", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.books = books
        self.currency = currency
        self.enabled = QCheckBox(self.tr("Send payment reminders"))
        self.steps = QLineEdit()
        self.steps.setPlaceholderText("-7, 0, 7, 14, 30")
        self.steps.setToolTip(
            self.tr("Days relative to the due date: -7 is a week before, 14 two weeks late")
        )
        self.soon = QSpinBox()
        self.soon.setRange(0, 90)
        self.soon.setSuffix(self.tr(" days"))
        self.subject = QLineEdit()
        self.body_overdue = QPlainTextEdit()
        self.body_upcoming = QPlainTextEdit()
        for edit in (self.body_overdue, self.body_upcoming):
            edit.setMinimumHeight(90)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setMinimumHeight(170)
        self.preview.setStyleSheet("background: #f4f6f9; padding: 8px; border-radius: 4px;")
        names = ", ".join("{" + p + "}" for p in templates.PLACEHOLDERS)
        hint = QLabel(self.tr("Placeholders: {0}").format(names))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Schedule (days from due date)"), self.steps)
        form.addRow(self.tr("List as due soon within"), self.soon)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Overdue letter"), self.body_overdue)
        form.addRow(self.tr("Before-due letter"), self.body_upcoming)
        form.addRow(hint)
        form.addRow(self.tr("Preview"), self.preview)
        box = QGroupBox(self.tr("Reminders"))
        box.setLayout(form)

        self.fee_mode = QComboBox()
        for key, text in MODES:
            self.fee_mode.addItem(self.tr(text), key)
        self.fee_flat = QLineEdit()
        self.fee_percent = QLineEdit()
        self.fee_period = QSpinBox()
        self.fee_period.setRange(1, 366)
        self.fee_period.setSuffix(self.tr(" days"))
        self.fee_grace = QSpinBox()
        self.fee_grace.setRange(0, 366)
        self.fee_grace.setSuffix(self.tr(" days"))
        fees = QFormLayout()
        fees.addRow(self.tr("Late fee"), self.fee_mode)
        fees.addRow(self.tr("Flat amount ({0})").format(currency), self.fee_flat)
        fees.addRow(self.tr("Percent"), self.fee_percent)
        fees.addRow(self.tr("Once per"), self.fee_period)
        fees.addRow(self.tr("Grace after due date"), self.fee_grace)
        fee_box = QGroupBox(self.tr("Late fees (issued as numbered invoices)"))
        fee_box.setLayout(fees)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(fee_box)
        layout.addLayout(bottom)
        for line in (self.subject, self.steps):
            line.textChanged.connect(self.update_preview)
        for text_edit in (self.body_overdue, self.body_upcoming):
            text_edit.textChanged.connect(self.update_preview)
        self.fee_mode.currentIndexChanged.connect(self._fee_fields)
        self.load()

    def load(self) -> None:
        cfg = reminders.get_settings(self.books)
        self.enabled.setChecked(cfg.enabled)
        self.steps.setText(", ".join(f"{s:+d}" if s else "0" for s in cfg.steps))
        self.soon.setValue(cfg.soon_days)
        self.subject.setText(cfg.subject)
        self.body_overdue.setPlainText(cfg.body_overdue)
        self.body_upcoming.setPlainText(cfg.body_upcoming)
        fee = late_fees.get_settings(self.books)
        self.fee_mode.setCurrentIndex(max(self.fee_mode.findData(fee.mode), 0))
        self.fee_flat.setText(str(Money(fee.flat_cents, self.currency)))
        self.fee_percent.setText(str(fee.percent))
        self.fee_period.setValue(fee.period_days)
        self.fee_grace.setValue(fee.grace_days)
        self._fee_fields()
        self.update_preview()

    def _fee_fields(self) -> None:
        mode = self.fee_mode.currentData()
        self.fee_flat.setEnabled(mode == "flat")
        self.fee_percent.setEnabled(mode == "percent")
        self.fee_period.setEnabled(mode != "off")
        self.fee_grace.setEnabled(mode != "off")

    def update_preview(self) -> None:
        try:
            templates.check_template(self.subject.text(), self.tr("subject"))
            templates.check_template(self.body_overdue.toPlainText(), self.tr("overdue letter"))
        except MilestoneDeskError as exc:
            self.preview.setText(str(exc))
            return
        subject = templates.render(self.subject.text(), SAMPLE, single_line=True)
        body = templates.render(self.body_overdue.toPlainText(), SAMPLE)
        self.preview.setText(f"{subject}\n\n{body}")

    def save(self) -> bool:
        """Save both groups; on a refusal show the sentence and keep what is stored."""
        try:
            steps = reminders.parse_steps(self.steps.text())
            cfg = replace(
                reminders.get_settings(self.books),
                enabled=self.enabled.isChecked(),
                steps=steps,
                soon_days=self.soon.value(),
                subject=self.subject.text(),
                body_overdue=self.body_overdue.toPlainText(),
                body_upcoming=self.body_upcoming.toPlainText(),
            )
            mode = str(self.fee_mode.currentData())
            flat = Money.parse(self.fee_flat.text() or "0", self.currency, what="flat late fee").minor
            percent = Decimal(0)
            if mode == "percent":
                percent = parse_percent(self.fee_percent.text(), "late fee percent")
            fee = late_fees.LateFeeSettings(
                mode, flat, percent, self.fee_period.value(), self.fee_grace.value()
            )
            late_fees.check_settings(fee)
            reminders.save_settings(self.books, cfg)
            late_fees.save_settings(self.books, fee)
        except MilestoneDeskError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #b42318;")
            return False
        self.message.setText(self.tr("Saved."))
        self.message.setStyleSheet("color: #3f9e6e;")
        self.saved.emit()
        return True
