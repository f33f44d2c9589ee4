"""The three billing steps: complete a milestone, issue its invoice (math first), record a payment."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from milestone_desk.domain.billing import InvoiceMath
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money
from milestone_desk.domain.states import PaymentMethod
from milestone_desk.services.core.dto import InvoiceView
from milestone_desk.ui import formatting
from milestone_desk.ui.dialogs.base import ERROR_COLOUR, Report, SubmitDialog


def date_edit(value: datetime.date) -> QDateEdit:
    edit = QDateEdit(formatting.to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formatting.locale().dateFormat(formatting.locale().FormatType.ShortFormat))
    if "yyyy" not in edit.displayFormat():
        edit.setDisplayFormat(edit.displayFormat().replace("yy", "yyyy"))
    return edit


def picked(edit: QDateEdit) -> datetime.date:
    value = formatting.from_qdate(edit.date())
    if value is None:  # pragma: no cover - a QDateEdit always holds a valid date
        raise BadInput("Pick a date.")
    return value


class CompleteMilestoneDialog(SubmitDialog):
    """Mark a milestone completed on a date, with an optional note."""

    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        today: datetime.date,
        save: Callable[[datetime.date, str], object],
        report: Report | None = None,
    ):
        super().__init__(parent, self.tr("Complete milestone"), self.tr("Mark complete"), report)
        self._save = save
        self.body.addWidget(QLabel(self.tr("Mark <b>{0}</b> as completed.").format(_esc(name))))
        form = QFormLayout()
        self.date = date_edit(today)
        self.date.setMaximumDate(formatting.to_qdate(today))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was delivered, inspections passed, who signed off…"))
        self.note.setFixedHeight(72)
        form.addRow(self.tr("Completed on"), self.date)
        form.addRow(self.tr("Note"), self.note)
        self.body.addLayout(form)

    def submit(self) -> None:
        self._save(picked(self.date), self.note.toPlainText().strip())


class IssueInvoiceDialog(SubmitDialog):
    """Shows the invoice's math before any number is taken; OK issues it."""

    def __init__(
        self,
        parent: QWidget | None,
        project: str,
        milestone: str,
        math: InvoiceMath,
        currency: str,
        terms_days: int,
        today: datetime.date,
        issue: Callable[[datetime.date], str],
        report: Report | None = None,
    ):
        super().__init__(parent, self.tr("Issue invoice"), self.tr("Issue invoice"), report)
        self.background = True  # numbering, audit and the frozen PDF run off the UI thread
        self.busy_text = self.tr("Issuing the invoice and making its PDF…")
        self._issue = issue
        self.math = math
        self.number = ""
        self.terms_days = terms_days
        intro = QLabel(
            self.tr(
                "Invoice for <b>{0}</b> of project {1}. The invoice number is taken only when you issue it."
            ).format(_esc(milestone), _esc(project))
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        grid = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        lines = [
            ("gross", self.tr("Milestone amount (gross)"), math.gross),
            ("tax", self.tr("Tax"), math.tax),
            ("retainage", self.tr("Retainage withheld"), -math.retainage),
        ]
        if math.deposit_applied:
            lines.append(("deposit", self.tr("Deposit applied"), -math.deposit_applied))
        lines.append(("amount_due", self.tr("Amount due"), math.amount_due))
        for row, (key, label, cents) in enumerate(lines):
            value = QLabel(formatting.money(cents, currency))
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            name = QLabel(label)
            if key == "amount_due":
                value.setStyleSheet("font-weight: bold;")
                name.setStyleSheet("font-weight: bold;")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.figures[key] = value
        self.body.addLayout(grid)
        form = QFormLayout()
        self.date = date_edit(today)
        self.due = QLabel()
        form.addRow(self.tr("Issue date"), self.date)
        form.addRow(self.tr("Due date"), self.due)
        self.body.addLayout(form)
        self.date.dateChanged.connect(self._update_due)
        self._update_due(self.date.date())

    def _update_due(self, value: QDate) -> None:
        self.due.setText(formatting.day(formatting.from_qdate(value.addDays(self.terms_days))))

    def submit(self) -> None:
        self.prepare()()

    def prepare(self) -> Callable[[], object]:
        on = picked(self.date)

        def issue() -> None:
            self.number = self._issue(on)

        return issue


class RecordPaymentDialog(SubmitDialog):
    """A payment against one invoice: partial, full, or more (the rest becomes client credit)."""

    def __init__(
        self,
        parent: QWidget | None,
        invoice: InvoiceView,
        today: datetime.date,
        save: Callable[[int, datetime.date, str, str], object],
        report: Report | None = None,
    ):
        super().__init__(parent, self.tr("Record payment"), self.tr("Record payment"), report)
        self.background = True  # the payment and its receipt PDF run off the UI thread
        self.busy_text = self.tr("Recording the payment and making its receipt…")
        self._save = save
        self.invoice = invoice
        cur = invoice.currency
        head = QLabel(
            self.tr("Invoice <b>{0}</b> — {1}, {2}<br>Total {3}, paid {4}, balance <b>{5}</b>").format(
                _esc(invoice.number or ""),
                _esc(invoice.client_name),
                _esc(invoice.milestone_name or invoice.project_name),
                formatting.money(invoice.amount_due_cents, cur),
                formatting.money(invoice.paid_cents, cur),
                formatting.money(invoice.balance_cents, cur),
            )
        )
        head.setWordWrap(True)
        self.body.addWidget(head)
        form = QFormLayout()
        self.amount = QLineEdit(formatting.plain(max(invoice.balance_cents, 0), cur))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.date = date_edit(today)
        self.method = QComboBox()
        for m, label in (
            (PaymentMethod.CHECK, self.tr("Check")),
            (PaymentMethod.ACH, self.tr("Bank transfer (ACH)")),
            (PaymentMethod.CARD, self.tr("Card")),
            (PaymentMethod.CASH, self.tr("Cash")),
            (PaymentMethod.OTHER, self.tr("Other")),
        ):
            self.method.addItem(label, m.value)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Check number or transfer reference"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Received on"), self.date)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow("", self.outcome)
        self.body.addLayout(form)
        self.amount.textChanged.connect(self._update_outcome)
        self._update_outcome()
        self.resize(440, 300)
        self.setTabOrder(self.amount, self.date)
        self.setTabOrder(self.date, self.method)
        self.setTabOrder(self.method, self.reference)
        self.amount.setFocus()  # the field that needs typing, its text selected to type over
        self.amount.selectAll()

    def cents(self) -> int:
        return Money.parse(self.amount.text(), self.invoice.currency, what="payment amount").minor

    def _update_outcome(self) -> None:
        cur = self.invoice.currency
        try:
            cents = self.cents()
        except BadInput as exc:
            self._outcome_error(str(exc))
            return
        balance = self.invoice.balance_cents
        if cents <= 0:
            self._outcome_error(self.tr("A payment must be more than zero."))
            return
        self.outcome.setStyleSheet("")
        self.ok_button.setEnabled(True)
        if cents < balance:
            text = self.tr("Partial payment: {0} stays open on this invoice.").format(
                formatting.money(balance - cents, cur)
            )
        elif cents == balance:
            text = self.tr("Pays the invoice in full.")
        else:
            text = self.tr("Pays the invoice in full; {0} more becomes client credit.").format(
                formatting.money(cents - balance, cur)
            )
        self.outcome.setText(text)

    def _outcome_error(self, sentence: str) -> None:
        """The live error, in the error colour, with Record payment disabled until it is fixed."""
        self.outcome.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.outcome.setText(sentence)
        self.ok_button.setEnabled(False)

    def submit(self) -> None:
        self.prepare()()

    def prepare(self) -> Callable[[], object]:
        args = (self.cents(), picked(self.date), str(self.method.currentData()), self.reference.text())
        return lambda: self._save(*args)


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
