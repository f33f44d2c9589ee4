"""Adding or editing a client."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from milestone_desk.services.core.dto import ClientSpec, ClientView
from milestone_desk.services.firm.trade import TradeSpec
from milestone_desk.ui.dialogs.base import Report, SubmitDialog


class ClientDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        client: ClientView | None,
        save: Callable[[ClientSpec], object],
        report: Report | None = None,
        suggested_code: str = "",
        trade: TradeSpec | None = None,
    ):
        title = self.tr("New client") if client is None else self.tr("Edit client")
        super().__init__(parent, title, self.tr("Save"), report)
        self._save = save
        self.code = QLineEdit(client.code if client else suggested_code)
        self.code.setReadOnly(client is not None)
        self.name = QLineEdit(client.name if client else "")
        self.email = QLineEdit(client.email if client else "")
        self.phone = QLineEdit(client.phone if client else "")
        self.address = QPlainTextEdit(client.address if client else "")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        self.body.addLayout(form)
        self.body.addWidget(self._trade_box(trade or TradeSpec()))
        self.saved_code = ""
        self.resize(460, 520)

    def _trade_box(self, t: TradeSpec) -> QGroupBox:
        """E-invoice and tax details (EN 16931): VAT id, country, buyer reference, tax category, format."""
        self._trade = t
        box = QGroupBox(self.tr("E-invoices and tax"))
        form = QFormLayout(box)
        self.vat_id = QLineEdit(t.vat_id)
        self.country = QLineEdit(t.country)
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("two letters, e.g. DE"))
        self.buyer_reference = QLineEdit(t.buyer_reference)
        self.buyer_reference.setPlaceholderText(self.tr("Leitweg-ID for German public clients"))
        self.tax_category = QComboBox()
        for code, label in (
            ("", self.tr("Automatic (standard when taxed, else zero-rated)")),
            ("S", self.tr("Standard rate (S)")),
            ("Z", self.tr("Zero-rated (Z)")),
            ("E", self.tr("Exempt (E), with the reason below")),
            ("AE", self.tr("Reverse charge (AE)")),
        ):
            self.tax_category.addItem(label, code)
        self.tax_category.setCurrentIndex(max(0, self.tax_category.findData(t.tax_category)))
        self.exemption_reason = QLineEdit(t.exemption_reason)
        self.einvoice_format = QComboBox()
        for code, label in (
            ("", self.tr("No e-invoices (PDF only)")),
            ("factur-x", self.tr("Factur-X (PDF with XML)")),
            ("zugferd", self.tr("ZUGFeRD (PDF with XML)")),
            ("xrechnung", self.tr("XRechnung (XML)")),
            ("ubl", self.tr("Peppol BIS 3.0 UBL (XML)")),
        ):
            self.einvoice_format.addItem(label, code)
        self.einvoice_format.setCurrentIndex(max(0, self.einvoice_format.findData(t.einvoice_format)))
        form.addRow(self.tr("VAT id"), self.vat_id)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Buyer reference"), self.buyer_reference)
        form.addRow(self.tr("Tax category"), self.tax_category)
        form.addRow(self.tr("Exemption reason"), self.exemption_reason)
        form.addRow(self.tr("Sends e-invoices as"), self.einvoice_format)
        return box

    def trade(self) -> TradeSpec:
        """The client's trade details as edited (address parts and bank fields kept as they were)."""
        return replace(
            self._trade,
            vat_id=self.vat_id.text(),
            country=self.country.text(),
            buyer_reference=self.buyer_reference.text(),
            tax_category=str(self.tax_category.currentData()),
            exemption_reason=self.exemption_reason.text(),
            einvoice_format=str(self.einvoice_format.currentData()),
        )

    def spec(self) -> ClientSpec:
        return ClientSpec(
            self.code.text().strip(),
            self.name.text(),
            self.email.text(),
            self.address.toPlainText(),
            self.phone.text(),
        )

    def submit(self) -> None:
        spec = self.spec()
        self._save(spec)
        self.saved_code = spec.code
