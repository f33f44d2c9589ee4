"""The company's bank, tax and e-invoice details (EN 16931 seller, payment QR codes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from milestone_desk.services.firm.trade import TradeSpec
from milestone_desk.ui.dialogs.base import Report, SubmitDialog

#: the company's fields; the client-only ones (buyer reference, tax category, format) are not shown.
FIELDS = (
    "vat_id", "legal_form", "registration", "street", "postcode", "city", "country",
    "iban", "bic", "routing_number", "account_number", "pay_url",
)  # fmt: skip


class CompanyTradeDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        current: TradeSpec,
        save: Callable[[TradeSpec], object],
        report: Report | None,
    ) -> None:
        super().__init__(parent, self.tr("Bank, tax and e-invoice details"), self.tr("Save"), report)
        self._current = current
        self._save = save
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "vat_id": self.tr("VAT id"),
            "legal_form": self.tr("Legal form"),
            "registration": self.tr("Registration (court, number)"),
            "street": self.tr("Street"),
            "postcode": self.tr("Postcode"),
            "city": self.tr("City"),
            "country": self.tr("Country (two letters)"),
            "iban": self.tr("IBAN"),
            "bic": self.tr("BIC"),
            "routing_number": self.tr("US routing number"),
            "account_number": self.tr("US account number"),
            "pay_url": self.tr("Pay-online link"),
        }
        for key in FIELDS:
            edit = QLineEdit(str(getattr(current, key)))
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.edits["pay_url"].setPlaceholderText("https://pay.example.com/i/{number}?amount={amount}")
        self.body.addLayout(form)
        self.resize(520, 460)

    def spec(self) -> TradeSpec:
        values = {f.name: getattr(self._current, f.name) for f in fields(TradeSpec)}
        values.update({key: edit.text() for key, edit in self.edits.items()})
        return TradeSpec(**values)

    def submit(self) -> None:
        self._save(self.spec())
