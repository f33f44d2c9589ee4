"""The wording of the four lien waivers, editable because several US states prescribe statutory forms."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.construction import waivers
from milestone_desk.services.core.books import Books
from milestone_desk.ui.construction.common import DialogEnv, error_label, kind_label, note_label


class WaiverTemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, books: Books, env: DialogEnv) -> None:
        super().__init__(parent)
        self.books, self.env = books, env
        self.setWindowTitle(self.tr("Lien waiver wording"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.note = note_label(
            self.tr(
                "Several US states (among them California, Texas, Arizona, Georgia, Nevada and Utah) prescribe "
                "the exact statutory wording of lien waivers; where yours does, paste that text here and have it "
                "checked. Fields filled in when a waiver is issued: $claimant, $customer, $project, $amount, "
                "$through_date, $document."
            )
        )
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Waiver")))
        self.kind = QComboBox()
        for kind in waivers.KINDS:
            self.kind.addItem(kind_label(kind), kind)
        row.addWidget(self.kind, 1)
        layout.addLayout(row)
        self.text = QPlainTextEdit()
        layout.addWidget(self.text, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.saved = note_label()
        layout.addWidget(self.saved)
        buttons = QHBoxLayout()
        self.default_button = QPushButton(self.tr("Restore default wording"))
        self.save_button = QPushButton(self.tr("Save wording"))
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.restore_default)
        self.load()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def load(self) -> None:
        self.text.setPlainText(waivers.get_template(self.books, self.current_kind()))
        self.error.hide()
        self.saved.clear()

    def save(self) -> bool:
        return self._store(self.text.toPlainText(), self.tr("Wording of the {0} waiver saved."))

    def restore_default(self) -> bool:
        question = self.tr("Replace the wording of the {0} waiver with the default text?").format(
            self.kind.currentText().lower()
        )
        if not self.env.confirm(self, question):
            return False
        if self._store("", self.tr("The {0} waiver uses the default wording again.")):
            self.text.setPlainText(waivers.get_template(self.books, self.current_kind()))
            return True
        return False

    def _store(self, text: str, done: str) -> bool:
        try:
            waivers.set_template(self.books, self.current_kind(), text)
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.error.hide()
        self.saved.setText(done.format(self.kind.currentText().lower()))
        return True


def make_waiver_templates_dialog(
    parent: QWidget | None, books: Books, env: DialogEnv
) -> WaiverTemplatesDialog:
    return WaiverTemplatesDialog(parent, books, env)
