"""File → Connect to office server…: host, port, database and user; the password is never stored.

Recent servers are kept in the app settings as addresses without a password; the password is
asked for here (or comes from PGPASSWORD / ~/.pgpass) and lives only as long as the connection.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
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

from milestone_desk.services.records import office

RECENT_KEY = "recentServers"
MAX_RECENT = 8


def recent_servers(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_server(settings: QSettings, address: str) -> None:
    """Keep an address among the recent servers, always without its password."""
    clean = office.without_password(address)
    items = [a for a in recent_servers(settings) if a != clean]
    settings.setValue(RECENT_KEY, [clean, *items][:MAX_RECENT])


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to office server"))
        self.settings = settings
        self.recent = QComboBox()
        self.recent.addItem(self.tr("(new server)"), "")
        for address in recent_servers(settings):
            self.recent.addItem(address, address)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("server name or address, e.g. office-server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("e.g. books"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("not stored; leave empty to use ~/.pgpass"))
        form = QFormLayout()
        form.addRow(self.tr("Recent:"), self.recent)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        note = QLabel(self.tr("Ask whoever set the office server up for these. The password is never saved."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.recent.currentIndexChanged.connect(self._pick_recent)
        if self.recent.count() > 1:
            self.recent.setCurrentIndex(1)

    def _pick_recent(self, index: int) -> None:
        address = str(self.recent.itemData(index) or "")
        if not address:
            return
        fields = office.address_fields(address)
        self.host.setText(fields.host)
        self.port.setValue(fields.port or 5432)
        self.database.setText(fields.database)
        self.user.setText(fields.user)

    def address(self, *, with_password: bool = True) -> str:
        """The server address from the fields (with the typed password only when asked)."""
        return office.server_address(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text() if with_password else "",
        )

    def _accept(self) -> None:
        if not self.database.text().strip() or not self.user.text().strip():
            self.error.setText(self.tr("Fill in at least the database and the user."))
            self.error.show()
            return
        self.accept()
