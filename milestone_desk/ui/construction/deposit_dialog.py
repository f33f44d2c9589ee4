"""The applied deposit of a project: what it is, and its invoice (no tax, no retainage) after a yes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.construction import retainage
from milestone_desk.services.construction.queries.construction_desk import construction_state
from milestone_desk.services.core.books import Books
from milestone_desk.ui import formatting
from milestone_desk.ui.construction.common import DialogEnv, FigureGrid, date_edit, error_label, note_label


class DepositDialog(QDialog):
    def __init__(self, parent: QWidget | None, books: Books, code: str, env: DialogEnv) -> None:
        super().__init__(parent)
        self.books, self.code, self.env = books, code, env
        self.number = ""
        state = construction_state(books, code)
        self.setWindowTitle(self.tr("Deposit invoice — {0}").format(code))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "The deposit is an advance outside the payment schedule: it is invoiced now with no tax "
                    "and no retainage, and later milestone invoices deduct it."
                )
            )
        )
        self.figures = FigureGrid(state.currency)
        self.figures.add("contract", self.tr("Contract sum to date"), state.contract_to_date_cents)
        self.figures.add("deposit", self.tr("Deposit (amount due)"), state.deposit_cents, bold=True)
        layout.addLayout(self.figures)
        form = QFormLayout()
        self.date = date_edit(env.today())
        form.addRow(self.tr("Invoice date"), self.date)
        layout.addLayout(form)
        self.blocker = note_label(state.deposit_blocker)
        self.blocker.setVisible(bool(state.deposit_blocker))
        layout.addWidget(self.blocker)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.issue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.issue_button.setText(self.tr("Issue deposit invoice"))
        self.issue_button.setEnabled(not state.deposit_blocker)
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.deposit_cents, self.currency = state.deposit_cents, state.currency

    def issue(self) -> str:
        question = self.tr(
            "Issue the deposit invoice of {0} for {1}? Issued invoices cannot be edited."
        ).format(self.code, formatting.money(self.deposit_cents, self.currency))
        if not self.env.confirm(self, question):
            return ""
        try:
            self.number = retainage.issue_deposit_invoice(
                self.books, self.code, formatting.from_qdate(self.date.date())
            )
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return ""
        self.accept()
        return self.number


def make_deposit_dialog(parent: QWidget | None, books: Books, code: str, env: DialogEnv) -> DepositDialog:
    return DepositDialog(parent, books, code, env)
