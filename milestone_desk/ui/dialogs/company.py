"""The company profile: who sends the invoices, in which currency, with which numbers and terms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from milestone_desk.services.dto import CompanyProfile
from milestone_desk.ui.dialogs.base import Report, SubmitDialog


class CompanyDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        profile: CompanyProfile | None,
        save: Callable[[CompanyProfile], object],
        report: Report | None = None,
    ):
        super().__init__(parent, self.tr("Company profile"), self.tr("Save"), report)
        self._save = save
        p = profile or CompanyProfile(name="")
        form = QFormLayout()
        self.name = QLineEdit(p.name)
        self.address = QPlainTextEdit(p.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.currency = QLineEdit(p.currency)
        self.currency.setMaxLength(3)
        self.currency.setEnabled(profile is None or not profile.name)
        self.tax_id = QLineEdit(p.tax_id)
        self.email = QLineEdit(p.email)
        self.phone = QLineEdit(p.phone)
        self.terms = QSpinBox()
        self.terms.setRange(0, 365)
        self.terms.setValue(p.payment_terms_days)
        self.terms.setSuffix(self.tr(" days"))
        self.invoice_format = QLineEdit(p.invoice_format)
        self.receipt_format = QLineEdit(p.receipt_format)
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("Letter"), "letter")
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(p.page_size)))
        self.instructions = QPlainTextEdit(p.payment_instructions)
        self.instructions.setTabChangesFocus(True)
        self.instructions.setFixedHeight(64)
        for label, widget in (
            (self.tr("Company name"), self.name),
            (self.tr("Address"), self.address),
            (self.tr("Currency"), self.currency),
            (self.tr("Tax ID"), self.tax_id),
            (self.tr("Email"), self.email),
            (self.tr("Phone"), self.phone),
            (self.tr("Payment terms"), self.terms),
            (self.tr("Invoice numbers"), self.invoice_format),
            (self.tr("Receipt numbers"), self.receipt_format),
            (self.tr("Page size"), self.page_size),
            (self.tr("Payment instructions"), self.instructions),
        ):
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.resize(480, 520)

    def profile(self) -> CompanyProfile:
        return CompanyProfile(
            name=self.name.text(),
            address=self.address.toPlainText(),
            currency=self.currency.text(),
            tax_id=self.tax_id.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            payment_terms_days=self.terms.value(),
            invoice_format=self.invoice_format.text(),
            receipt_format=self.receipt_format.text(),
            page_size=str(self.page_size.currentData()),
            payment_instructions=self.instructions.toPlainText(),
        )

    def submit(self) -> None:
        self._save(self.profile())
