"""A dialog whose OK runs a submit callback; a known error keeps it open with everything typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from milestone_desk.domain.errors import MilestoneDeskError

Report = Callable[[str], None]
ERROR_COLOUR = "#b3261e"  # the one error colour of every dialog (readable on light and dark palettes)


def mark_error(label: QLabel, sentence: str) -> None:
    """Show ``sentence`` in ``label`` in the error colour (empty: hide it)."""
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setText(sentence)
    label.setVisible(bool(sentence))


class SubmitDialog(QDialog):
    """Subclasses fill ``self.body`` and implement ``submit()`` (raise MilestoneDeskError to refuse)."""

    def __init__(self, parent: QWidget | None, title: str, ok_text: str, report: Report | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.report = report
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def show_error(self, sentence: str) -> None:
        """One error display: inline in the dialog when the user sees it; the report only otherwise."""
        self.error.setText(sentence)
        self.error.show()
        if self.report is not None and not self.isVisible():
            self.report(sentence)

    def accept(self) -> None:
        try:
            self.submit()
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return
        super().accept()
