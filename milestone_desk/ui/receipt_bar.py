"""The bar that offers a payment's receipt right after it was recorded: preview, print, save, email."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from milestone_desk.ui.icons import icon


class ReceiptBar(QWidget):
    """Hidden until ``offer(number, text)``; each button emits ``chosen(action, receipt number)``."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.number = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, name in (
            ("preview", self.tr("Preview receipt"), "preview"),
            ("print", self.tr("Print…"), "print"),
            ("save", self.tr("Save PDF…"), "save"),
            ("email", self.tr("Email…"), "email"),
        ):
            button = QPushButton(icon(name), text)
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k, self.number))
            self.buttons[key] = button
            row.addWidget(button)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Hide"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row.addWidget(close)
        self.hide()

    def offer(self, number: str, text: str, *, can_email: bool = True) -> None:
        self.number = number
        self.label.setText(text)
        self.buttons["email"].setEnabled(can_email)
        self.show()
