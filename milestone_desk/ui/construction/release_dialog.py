"""Retainage release: what is held, the release invoice's figures, and its issue after a yes.

Issued only when the project is substantially complete; otherwise the dialog says why and the
Issue button stays off. The release bills money already earned: no tax, no retainage.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.construction import retainage
from milestone_desk.services.construction.queries.construction_desk import construction_state
from milestone_desk.services.core.books import Books
from milestone_desk.ui import formatting
from milestone_desk.ui.construction.common import DialogEnv, FigureGrid, date_edit, error_label, note_label


class ReleaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, books: Books, code: str, env: DialogEnv) -> None:
        super().__init__(parent)
        self.books, self.code, self.env = books, code, env
        self.number = ""
        state = construction_state(books, code)
        self.held, self.currency = state.retainage_held_cents, state.currency
        self.setWindowTitle(self.tr("Release retainage — {0}").format(code))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.figures = FigureGrid(state.currency)
        self.figures.add("contract", self.tr("Contract sum to date"), state.contract_to_date_cents)
        self.figures.add("held", self.tr("Retainage held"), state.retainage_held_cents)
        self.figures.add("gross", self.tr("Release invoice: retainage released"), state.retainage_held_cents)
        self.figures.add("tax", self.tr("Tax"), 0)
        self.figures.add("due", self.tr("Amount due"), state.retainage_held_cents, bold=True)
        layout.addLayout(self.figures)
        layout.addWidget(
            note_label(
                self.tr(
                    "A conditional final lien waiver is issued with the release; the unconditional one "
                    "follows when its payment is marked cleared."
                )
            )
        )
        form = QFormLayout()
        self.date = date_edit(env.today())
        form.addRow(self.tr("Invoice date"), self.date)
        layout.addLayout(form)
        self.blocker = error_label()
        if state.release_blocker:
            self.blocker.setText(state.release_blocker)
            self.blocker.show()
        layout.addWidget(self.blocker)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.issue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.issue_button.setText(self.tr("Issue release invoice"))
        self.issue_button.setEnabled(not state.release_blocker)
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def issue(self) -> str:
        question = self.tr("Release {0} of retainage on {1}? Issued invoices cannot be edited.").format(
            formatting.money(self.held, self.currency), self.code
        )
        if not self.env.confirm(self, question):
            return ""
        try:
            self.number = retainage.issue_release(
                self.books, self.code, formatting.from_qdate(self.date.date())
            )
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return ""
        self.accept()
        return self.number


def make_release_dialog(parent: QWidget | None, books: Books, code: str, env: DialogEnv) -> ReleaseDialog:
    return ReleaseDialog(parent, books, code, env)
