"""Mail server settings: host, port, security, user, from address; the password goes to the OS keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.core.books import Books
from milestone_desk.services.mailing.mail_settings import (
    SECURITY,
    SmtpConfig,
    find_password,
    get_smtp,
    save_smtp,
    store_password,
)

DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class SmtpSettingsDialog(QDialog):
    def __init__(self, books: Books, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.books = books
        self.setWindowTitle(self.tr("Mail server settings"))
        self.resize(480, 320)
        current = get_smtp(books)
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox()
        labels = {
            "starttls": self.tr("STARTTLS (usually port 587)"),
            "ssl": self.tr("SSL/TLS (usually port 465)"),
            "none": self.tr("None — unencrypted (only on a trusted network)"),
        }
        for key in SECURITY:
            self.security.addItem(labels[key], key)
        self.security.setCurrentIndex(SECURITY.index(current.security))
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit(current.username)
        self.from_edit = QLineEdit(current.from_address)
        self.from_edit.setPlaceholderText("billing@yourcompany.com")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        _found, source = find_password(current) if current.username else (None, "")
        self.password.setPlaceholderText(
            self.tr("stored in the system keyring")
            if source == "keyring"
            else self.tr("from MILESTONE_DESK_SMTP_PASSWORD")
            if source == "environment"
            else self.tr("kept in the system keyring, never in the company file")
        )
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setValue(current.timeout_seconds)
        form = QFormLayout()
        form.addRow(self.tr("Mail server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("From address:"), self.from_edit)
        form.addRow(self.tr("Timeout:"), self.timeout)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B02A2A")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _security_changed(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])

    def config(self) -> SmtpConfig:
        return SmtpConfig(
            host=self.host.text(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            username=self.user.text(),
            from_address=self.from_edit.text(),
            timeout_seconds=self.timeout.value(),
        )

    def save(self) -> bool:
        """Store the settings, and the password in the keyring; a problem shows as a sentence."""
        try:
            saved = save_smtp(self.books, self.config())
            if self.password.text():
                store_password(saved, self.password.text())
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            return False
        finally:
            self.password.clear()
        self.accept()
        return True
