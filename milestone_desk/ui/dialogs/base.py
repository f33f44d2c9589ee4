"""A dialog whose OK runs a submit callback; a known error keeps it open with everything typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from milestone_desk.domain.errors import MilestoneDeskError

if TYPE_CHECKING:
    from milestone_desk.ui.background import Worker

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
        self.progress = QLabel()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.background = False  # True: OK runs submit() off the UI thread while the dialog is shown
        self.busy_text = ""
        self._busy = False
        self._in_exec = False
        self._worker: Worker | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def exec(self) -> int:
        """Modal, as the window runs it: OK then writes off the UI thread when ``background`` is set
        (a dialog driven without exec(), as tests do, submits on the spot)."""
        self._in_exec = True
        try:
            return super().exec()
        finally:
            self._in_exec = False

    def submit(self) -> None:
        raise NotImplementedError

    def prepare(self) -> Callable[[], object]:
        """Read the fields (UI thread) and return the write to run off it; by default ``submit``."""
        return self.submit

    def show_error(self, sentence: str) -> None:
        """One error display: inline in the dialog when the user sees it; the report only otherwise."""
        self.error.setText(sentence)
        self.error.show()
        if self.report is not None and not self.isVisible():
            self.report(sentence)

    def accept(self) -> None:
        if self.background and self._in_exec and self.isVisible():
            self._submit_in_background()
            return
        try:
            self.submit()
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return
        super().accept()

    # an operation off the UI thread (issue with its PDF, a payment with its receipt)
    def _submit_in_background(self) -> None:
        """Run ``submit`` on a worker thread; the dialog shows it is busy and cannot be sent twice."""
        if self._busy:
            return
        from milestone_desk.ui.background import Worker

        try:
            work = self.prepare()  # the fields are read here, on the UI thread; bad input stops here
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return

        self._busy = True
        self.buttons.setEnabled(False)
        self.error.hide()
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.progress.setText(self.busy_text or self.tr("Working…"))
        self.progress.show()
        if self._worker is None:
            self._worker = Worker(self)

        def done(_result: object) -> None:
            self._finish()
            QDialog.accept(self)

        def failed(sentence: str) -> None:
            self._finish()
            self.show_error(sentence)

        self._worker.submit(work, done, failed)

    def _finish(self) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.unsetCursor()
        self.progress.hide()

    def wait(self) -> None:
        """Finish a background submit and deliver its outcome (tests)."""
        if self._worker is not None:
            self._worker.wait()

    def reject(self) -> None:
        if self._busy:
            return  # the write is under way; it finishes (or fails) as one transaction
        super().reject()
