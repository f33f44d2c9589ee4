"""The "Set up my company" form: profile, logo, currency and locale, tax, numbering, payment terms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
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
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import parse_percent
from milestone_desk.services.core.dto import CompanyProfile
from milestone_desk.services.setup.first_run import CompanySetup, preview_number

NUMBER_FORMATS = ("INV-{year}-{seq:04d}", "{year}-{seq:04d}", "INV{seq:05d}", "{yy}/{seq:03d}")
CURRENCIES = ("USD", "CAD", "EUR", "GBP", "MXN", "AUD", "NZD", "CHF", "JPY", "CLP", "COP", "ARS")
LOCALES = ("en_US", "en_CA", "en_GB", "en_AU", "es_ES", "es_MX", "es_AR", "es_CO", "fr_FR", "fr_CA", "ja_JP")
LOGO_MAX_SIDE = 600


def system_currency() -> str:
    """The currency of the default locale: the system's, or the chosen language's (see ui.i18n)."""
    code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else "USD"


def system_locale() -> str:
    name = QLocale().name()
    return name if name not in ("C", "") else "en_US"


def logo_png(path: Path) -> bytes | None:
    """The picture at ``path`` as PNG bytes, scaled down to fit 600 px; None if it is not a picture."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if max(image.width(), image.height()) > LOGO_MAX_SIDE:
        image = image.scaled(
            LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; PySide6 takes only str
    buffer.close()
    return bytes(data.data())


class CompanySetupForm(QWidget):
    """Collects a ``CompanySetup``; ``validity_changed`` tells the dialog when it can be created."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.logo: bytes | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Hartwell Remodeling LLC"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)  # Tab moves on; a postal address needs no tab characters
        self.address.setPlaceholderText(self.tr("Street, city, postal code"))
        self.address.setFixedHeight(64)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.tax_id = QLineEdit()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(sorted({system_currency(), *CURRENCIES}))
        self.currency.setCurrentText(system_currency())
        self.locale_box = QComboBox()
        for code in sorted({system_locale(), *LOCALES}):
            loc = QLocale(code)
            self.locale_box.addItem(
                f"{loc.nativeLanguageName()} ({loc.nativeTerritoryName()}) — {code}", code
            )
        self.locale_box.setCurrentIndex(max(0, self.locale_box.findData(system_locale())))
        self.tax = QLineEdit("0")
        self.tax.setMaximumWidth(90)
        self.numbering = QComboBox()
        self.numbering.setEditable(True)
        for fmt in NUMBER_FORMATS:  # shown as the numbers they give; a custom pattern can still be typed
            self.numbering.addItem(self._example(fmt), fmt)
        self.numbering.setToolTip(
            self.tr("Pick how invoice numbers look, or type your own pattern with {year}, {yy} and {seq}.")
        )
        self.preview = QLabel()
        self.preview.setObjectName("numberPreview")
        self.terms = QSpinBox()
        self.terms.setRange(0, 365)
        self.terms.setValue(30)
        self.terms.setSuffix(self.tr(" days"))
        self.terms.setSpecialValueText(self.tr("Due on receipt"))
        self.logo_label = QLabel(self.tr("No logo"))
        self.logo_label.setFixedSize(120, 48)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setStyleSheet("border: 1px dashed palette(mid);")
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(self.logo_button)
        logo_row.addStretch(1)
        tax_row = QHBoxLayout()
        tax_row.addWidget(self.tax)
        tax_row.addWidget(QLabel("%"))
        tax_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Company name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Tax ID"), self.tax_id)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Locale for documents"), self.locale_box)
        form.addRow(self.tr("Default tax rate"), tax_row)
        form.addRow(self.tr("Invoice numbers"), self.numbering)
        form.addRow("", self.preview)
        form.addRow(self.tr("Payment terms"), self.terms)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)

        self.name.textChanged.connect(self.refresh)
        self.numbering.currentTextChanged.connect(self.refresh)
        self.tax.textChanged.connect(self.refresh)
        self.currency.currentTextChanged.connect(self.refresh)
        self.refresh()

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.svg *.bmp)")
        )
        if path:
            self.set_logo(Path(path))

    def set_logo(self, path: Path) -> bool:
        data = logo_png(path)
        if data is None:
            self.error.setText(self.tr("That file is not a picture Milestone Desk can read."))
            return False
        self.logo = data
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo_label.setPixmap(
            pixmap.scaled(
                self.logo_label.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.refresh()
        return True

    def problem(self) -> str:
        """The first thing that stops the company from being created, or ''."""
        if not self.name.text().strip():
            return self.tr("Enter your company name.")
        code = self.currency.currentText().strip()
        if len(code) != 3 or not code.isalpha():
            return self.tr("The currency must be a three-letter code such as USD.")
        try:
            parse_percent(self.tax.text() or "0")
        except BadInput:
            return self.tr("The tax rate must be a percentage between 0 and 100.")
        return ""

    def _example(self, fmt: str) -> str:
        try:
            first = preview_number(fmt, self.today)
        except BadInput:
            return fmt
        return self.tr("{0} …").format(first)

    def number_format(self) -> str:
        """The pattern chosen (an example picked from the list) or typed."""
        index = self.numbering.currentIndex()
        if index >= 0 and self.numbering.currentText() == self.numbering.itemText(index):
            return str(self.numbering.itemData(index))
        return self.numbering.currentText()

    def refresh(self) -> None:
        try:
            number = preview_number(self.number_format(), self.today)
            self.preview.setText(self.tr("Your next invoice will be number {0}").format(number))
            format_ok = True
        except BadInput:
            self.preview.setText(self.tr("This format does not give each invoice its own number; use {seq}."))
            format_ok = False
        problem = self.problem()
        # no nagging about the empty name before the user has typed anything
        self.error.setText(problem if self.name.text().strip() else "")
        self.validity_changed.emit(format_ok and not problem)

    def _imperial(self) -> bool:
        system = QLocale(str(self.locale_box.currentData())).measurementSystem()
        return system != QLocale.MeasurementSystem.MetricSystem

    def setup(self) -> CompanySetup:
        profile = CompanyProfile(
            name=self.name.text(),
            address=self.address.toPlainText(),
            currency=self.currency.currentText().strip().upper(),
            tax_id=self.tax_id.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            payment_terms_days=self.terms.value(),
            invoice_format=self.number_format().strip(),
            page_size="letter" if self._imperial() else "a4",
        )
        return CompanySetup(
            profile, self.tax.text().strip() or "0", str(self.locale_box.currentData()), self.logo
        )
