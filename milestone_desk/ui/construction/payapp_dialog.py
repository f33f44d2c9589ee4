"""A pay application (G702/G703 style): type this period's work and stored materials per line and the
summary lines 1–9 follow as you type; Issue numbers it APP-…, then its frozen PDF can be previewed
or saved.
"""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.construction import payapps
from milestone_desk.services.construction.queries.construction_desk import PayAppDraft, pay_application_draft
from milestone_desk.services.core.books import Books
from milestone_desk.ui import formatting
from milestone_desk.ui.construction.common import (
    DialogEnv,
    FigureGrid,
    date_edit,
    error_label,
    heading,
    note_label,
    safe_file_name,
    write_pdf,
)
from milestone_desk.ui.construction.payapp_model import NAME, PayAppModel
from milestone_desk.ui.pdf_preview import PdfPreviewDialog

SUMMARY_KEYS = ("L1", "L2", "L3", "L4", "L5a", "L5b", "L5", "L6", "L7", "L8", "L9")


def first_period(draft: PayAppDraft, today: datetime.date) -> datetime.date:
    if draft.last_period_to is not None and today <= draft.last_period_to:
        return draft.last_period_to + datetime.timedelta(days=1)
    return today


class PayAppDialog(QDialog):
    def __init__(self, parent: QWidget | None, books: Books, draft: PayAppDraft, env: DialogEnv) -> None:
        super().__init__(parent)
        self.books, self.draft, self.env = books, draft, env
        self.code = draft.code
        self.number = ""
        self.invoice_number = ""
        self.setWindowTitle(self.tr("Pay application — {0}").format(draft.code))
        self.resize(1180, 700)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.heading = heading(
            self.tr("Application No. {0} — {1} {2}").format(draft.seq, draft.code, draft.name)
        )
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Period to")))
        self.period = date_edit(first_period(draft, env.today()))
        top.addWidget(self.period)
        layout.addLayout(top)
        hint = self.tr(
            "Type work completed this period (E) and materials presently stored (F) in the shaded cells."
        )
        if draft.last_period_to is not None:
            hint += " " + self.tr("Previous application's period ended {0}.").format(
                formatting.day(draft.last_period_to)
            )
        layout.addWidget(note_label(hint))

        self.model = PayAppModel(draft, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        box = QGroupBox(self.tr("Application for payment (summary)"))
        self.summary = FigureGrid(draft.currency)
        for key, text, bold in self._summary_rows():
            self.summary.add(key, text, bold=bold)
        box.setLayout(self.summary)
        box.setMinimumWidth(560)
        bottom.addWidget(box, 3)

        side = QVBoxLayout()
        self.error = error_label()
        side.addWidget(self.error)
        self.status = QLabel(
            self.tr(
                "Issue numbers the application (APP-…), bills line 8 through a progress invoice and issues "
                "its conditional progress lien waiver. The PDF is frozen at issue; preview or save it here."
            )
        )
        self.status.setWordWrap(True)
        side.addWidget(self.status)
        side.addStretch(1)
        pdf_row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview PDF…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        for b in (self.preview_button, self.save_button):
            b.setEnabled(False)
            pdf_row.addWidget(b)
        side.addLayout(pdf_row)
        bottom.addLayout(side, 2)
        layout.addLayout(bottom)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.issue_button = self.buttons.addButton(
            self.tr("Issue application"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.rejected.connect(self.reject)
        self.issue_button.clicked.connect(self.issue)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)
        layout.addWidget(self.buttons)

        self.model.recomputed.connect(self.refresh)
        self.model.problem.connect(self._problem)
        self.refresh()

    def _summary_rows(self) -> list[tuple[str, str, bool]]:
        return [
            ("L1", self.tr("1. Original contract sum"), False),
            ("L2", self.tr("2. Net change by change orders"), False),
            ("L3", self.tr("3. Contract sum to date (line 1 ± 2)"), True),
            ("L4", self.tr("4. Total completed and stored to date (column G)"), False),
            ("L5a", self.tr("5. Retainage: a. on completed work"), False),
            ("L5b", self.tr("    b. on stored material"), False),
            ("L5", self.tr("    Total retainage (lines 5a + 5b)"), False),
            ("L6", self.tr("6. Total earned less retainage (line 4 − line 5)"), False),
            ("L7", self.tr("7. Less previous certificates for payment"), False),
            ("L8", self.tr("8. Current payment due"), True),
            ("L9", self.tr("9. Balance to finish, including retainage (line 3 − line 6)"), False),
        ]

    # live figures
    def refresh(self) -> None:
        math = self.model.math
        if math is None:
            for key in SUMMARY_KEYS:
                self.summary.values[key].setText("—")
            self._problem(self.model.error)
        else:
            figures = {**math.summary.as_dict(), "L5a": math.summary.L5a, "L5b": math.summary.L5b}
            for key in SUMMARY_KEYS:
                self.summary.set(key, figures[key])
            rate = formatting.percent(math.retainage_percent)
            self.summary.names["L5a"].setText(self.tr("5. Retainage: a. {0} of completed work").format(rate))
            self.summary.names["L5b"].setText(self.tr("    b. {0} of stored material").format(rate))
            if not self.number:
                self.error.hide()
        self.issue_button.setEnabled(math is not None and not self.number)

    def _problem(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))

    def figure(self, key: str) -> str:
        return self.summary.text(key)

    # issue and the PDF
    def issue(self) -> str:
        math = self.model.math
        if math is None or self.number:
            return ""
        period = formatting.from_qdate(self.period.date()) or self.env.today()
        question = self.tr(
            "Issue pay application No. {0} for the period to {1}? Current payment due {2}. "
            "Issued applications cannot be edited."
        ).format(
            self.draft.seq, formatting.day(period), formatting.money(math.summary.L8, self.draft.currency)
        )
        if not self.env.confirm(self, question):
            return ""
        try:
            view = payapps.issue_pay_application(
                self.books, self.code, period, self.model.work_by_name(), self.model.stored_by_name()
            )
        except MilestoneDeskError as exc:
            self._problem(str(exc))
            return ""
        self.number, self.invoice_number = view.number, view.invoice_number
        self.model.read_only = True
        self.model.layoutChanged.emit()
        self.period.setEnabled(False)
        self.issue_button.setEnabled(False)
        self.heading.setText(self.tr("Application {0}").format(view.number))
        self.status.setText(
            self.tr(
                "Issued {0} with invoice {1} and its conditional lien waiver. Preview or save the PDF:"
            ).format(view.number, view.invoice_number)
        )
        self.preview_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.error.hide()
        return view.number

    def _pdf(self) -> bytes | None:
        try:
            return payapps.pay_application_pdf(self.books, self.number)
        except MilestoneDeskError as exc:
            self._problem(str(exc))
            return None

    def preview(self) -> PdfPreviewDialog | None:
        data = self._pdf() if self.number else None
        if data is None:
            return None
        dialog = PdfPreviewDialog(
            self.tr("Pay application {0}").format(self.number), data, self, on_save=self.save_pdf
        )
        self.env.kept.append(dialog)
        self.env.show_preview(dialog)
        return dialog

    def save_pdf(self) -> str:
        data = self._pdf() if self.number else None
        if data is None:
            return ""
        path, problem = write_pdf(self, self.env, data, f"{safe_file_name(self.number)}.pdf")
        if problem:
            self._problem(problem)
        if path is None:
            return ""
        self.status.setText(self.tr("Saved {0}.").format(path))
        return str(path)


def make_payapp_dialog(parent: QWidget | None, books: Books, code: str, env: DialogEnv) -> PayAppDialog:
    return PayAppDialog(parent, books, pay_application_draft(books, code), env)
