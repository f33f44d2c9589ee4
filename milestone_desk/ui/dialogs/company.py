"""The company profile: who sends the invoices, in which currency, with which numbers and terms."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from milestone_desk.services.core.dto import CompanyProfile
from milestone_desk.services.firm.company_extras import CompanyExtras
from milestone_desk.ui.dialogs.base import Report, SubmitDialog


class CompanyDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        profile: CompanyProfile | None,
        save: Callable[[CompanyProfile], object],
        report: Report | None = None,
        extras: CompanyExtras | None = None,
        save_extras: Callable[[CompanyExtras], object] | None = None,
    ):
        super().__init__(parent, self.tr("Company profile"), self.tr("Save"), report)
        self._save = save
        self._save_extras = save_extras
        self.extras = extras or CompanyExtras()
        self.logo: bytes | None = self.extras.logo_png
        #: stands in for the file dialog in tests
        self.ask_logo_path: Callable[[], str] = self._ask_logo_path
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
        self.logo_label = QLabel()
        self.logo_label.setFixedSize(96, 40)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setStyleSheet("border: 1px dashed palette(mid);")
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Remove"))
        self.logo_clear.clicked.connect(lambda: self.set_logo_png(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        logo_row.addStretch(1)
        self.set_logo_png(self.logo)
        self.locale_edit = QLineEdit(self.extras.locale)
        self.locale_edit.setPlaceholderText("en_US, fr_FR, es_ES …")
        self.default_tax = QLineEdit(self.extras.default_tax_percent)
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
        if save_extras is not None:
            form.addRow(self.tr("Logo"), logo_row)
            form.addRow(self.tr("Locale for documents"), self.locale_edit)
            form.addRow(self.tr("Default tax for new projects (%)"), self.default_tax)
        self.body.addLayout(form)
        self.resize(520, 600)

    def _ask_logo_path(self) -> str:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.svg *.bmp)")
        )
        return path

    def choose_logo(self) -> None:
        from milestone_desk.ui.company_setup_form import logo_png

        path = self.ask_logo_path()
        if path:
            data = logo_png(Path(path))
            if data is None:
                self.show_error(self.tr("{0} is not a picture Milestone Desk can read.").format(path))
                return
            self.set_logo_png(data)

    def set_logo_png(self, data: bytes | None) -> None:
        self.logo = data
        self.logo_clear.setEnabled(data is not None)
        if data is None:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
            return
        pix = QPixmap()
        pix.loadFromData(data)
        self.logo_label.setPixmap(pix.scaled(94, 38, Qt.AspectRatioMode.KeepAspectRatio))

    def company_extras(self) -> CompanyExtras:
        return CompanyExtras(self.logo, self.locale_edit.text().strip(), self.default_tax.text().strip())

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
        if self._save_extras is not None:
            self._save_extras(self.company_extras())
