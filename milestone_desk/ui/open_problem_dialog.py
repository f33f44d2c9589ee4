"""Why a company file did not open, and what the user can do: restore a backup, read-only, cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.records.filesafety import FileInUse, OpenProblem

RESTORE = "restore"
READ_ONLY = "read_only"
CANCEL = "cancel"


class OpenProblemDialog(QMessageBox):
    """A plain message with only the choices that make sense for this problem."""

    def __init__(
        self,
        message: str,
        *,
        can_restore: bool = False,
        can_read_only: bool = False,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Milestone Desk"))
        self.setText(message)
        if note:
            self.setInformativeText(note)
        self._choices: dict[QPushButton, str] = {}
        self.restore_button: QPushButton | None = None
        self.read_only_button: QPushButton | None = None
        if can_restore:
            self.restore_button = self.addButton(
                self.tr("Restore a backup…"), QMessageBox.ButtonRole.AcceptRole
            )
            self._choices[self.restore_button] = RESTORE
        if can_read_only:
            self.read_only_button = self.addButton(
                self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole
            )
            self._choices[self.read_only_button] = READ_ONLY
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self._choices[self.cancel_button] = CANCEL
        self.setDefaultButton(self.read_only_button or self.restore_button or self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> str:
        """What the user chose (``CANCEL`` when the box was closed another way)."""
        clicked = self.clickedButton()
        return self._choices.get(clicked, CANCEL) if isinstance(clicked, QPushButton) else CANCEL


def dialog_for(
    error: MilestoneDeskError, *, has_backups: bool, parent: QWidget | None = None
) -> OpenProblemDialog:
    """The dialog for an error raised while opening a company file."""

    if isinstance(error, FileInUse):
        return OpenProblemDialog(
            str(error),
            can_read_only=True,
            note=QCoreApplication.translate(
                "OpenProblemDialog",
                "Read-only shows the books as they are saved; nothing can be changed in this window.",
            ),
            parent=parent,
        )
    if isinstance(error, OpenProblem) and error.restorable:
        if has_backups:
            note = QCoreApplication.translate(
                "OpenProblemDialog",
                "You can restore a backup; the current file is kept aside first, nothing is deleted.",
            )
        else:
            note = QCoreApplication.translate(
                "OpenProblemDialog", "No backup of this file was found. The file was not changed."
            )
        return OpenProblemDialog(str(error), can_restore=has_backups, note=note, parent=parent)
    return OpenProblemDialog(str(error), parent=parent)
