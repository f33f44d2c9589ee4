"""Adding or editing a client."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from milestone_desk.services.dto import ClientSpec, ClientView
from milestone_desk.ui.dialogs.base import Report, SubmitDialog


class ClientDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        client: ClientView | None,
        save: Callable[[ClientSpec], object],
        report: Report | None = None,
        suggested_code: str = "",
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
        self.saved_code = ""
        self.resize(420, 300)

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
