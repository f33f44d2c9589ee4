"""Void… and Credit note… for an issued invoice: a reason is always required."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QWidget

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money
from milestone_desk.services.core.dto import InvoiceView
from milestone_desk.ui import formatting
from milestone_desk.ui.dialogs.base import Report, SubmitDialog


def _head(invoice: InvoiceView, total: str, balance: str) -> QLabel:
    cur = invoice.currency
    label = QLabel(
        "<b>{}</b> — {}, {}<br>{} {} · {} {}".format(
            escape(invoice.number or ""),
            escape(invoice.client_name),
            escape(invoice.milestone_name or invoice.project_name),
            escape(total),
            formatting.money(invoice.amount_due_cents, cur),
            escape(balance),
            formatting.money(invoice.balance_cents, cur),
        )
    )
    label.setWordWrap(True)
    return label


def _reason_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(70)
    return box


class VoidDialog(SubmitDialog):
    """Void an issued invoice: the number stays used, the milestone goes back to completed."""

    def __init__(
        self,
        parent: QWidget | None,
        invoice: InvoiceView,
        save: Callable[[str], object],
        report: Report | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Void invoice"), self.tr("Void invoice"), report)
        self._save = save
        self.invoice = invoice
        self.body.addWidget(_head(invoice, self.tr("Total"), self.tr("balance")))
        note = QLabel(
            self.tr(
                "Voiding keeps the number {0} in the books marked VOID; its milestone goes back to "
                "completed so it can be invoiced again. This cannot be undone."
            ).format(invoice.number or "")
        )
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.reason = _reason_box(self.tr("Why is this invoice void? (required)"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        self.body.addLayout(form)

    def submit(self) -> None:
        text = self.reason.toPlainText().strip()
        if not text:
            raise BadInput("Give the reason for voiding this invoice.")
        self._save(text)


class CreditNoteDialog(SubmitDialog):
    """A credit note against an issued invoice: amount, reason, applied to its balance or refunded."""

    def __init__(
        self,
        parent: QWidget | None,
        invoice: InvoiceView,
        today: datetime.date,
        save: Callable[[int, str, bool], str],
        report: Report | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Credit note"), self.tr("Issue credit note"), report)
        self._save = save
        self.invoice = invoice
        self.today = today
        self.number = ""
        self.body.addWidget(_head(invoice, self.tr("Total"), self.tr("balance")))
        cur = invoice.currency
        self.amount = QLineEdit(formatting.plain(max(invoice.balance_cents, 0), cur))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reason = _reason_box(self.tr("Why is this credit given? (required)"))
        self.applied = QRadioButton(self.tr("Reduce what the client owes on this invoice"))
        self.refund = QRadioButton(self.tr("Refund money the client already paid"))
        self.applied.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Credit is"), self.applied)
        form.addRow("", self.refund)
        self.body.addLayout(form)

    def cents(self) -> int:
        return Money.parse(self.amount.text(), self.invoice.currency, what="credit amount").minor

    def submit(self) -> None:
        text = self.reason.toPlainText().strip()
        if not text:
            raise BadInput("Give the reason for this credit note.")
        self.number = self._save(self.cents(), text, self.refund.isChecked())
