"""Customer statement…: pick a client and dates; save the PDF or queue it in the outbox."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.reports import Statement
from milestone_desk.services.collections.queries import report_pdfs, statements
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import ClientView
from milestone_desk.services.records import window_reads
from milestone_desk.services.records.filesafety import write_output


def _qdate(d: datetime.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> datetime.date:
    return datetime.date(q.year(), q.month(), q.day())


class StatementDialog(QDialog):
    """The statement is computed on each change; Save PDF… writes it, Email… queues it in the outbox."""

    def __init__(
        self,
        books: Books,
        clients: list[ClientView],
        today: datetime.date,
        ask_save_path: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.books = books
        self.ask_save_path = ask_save_path
        #: the window's document actions (print dialog seams); tests set their own
        self.document_actions: Any = None
        self.saved: Path | None = None
        self.queued: int | None = None
        self.setWindowTitle(self.tr("Customer statement"))
        self.setMinimumWidth(520)
        self.client = QComboBox()
        for c in clients:
            self.client.addItem(f"{c.name} ({c.code})", c.code)
        self._emails = {c.code: c.email for c in clients}
        self.from_all = QCheckBox(self.tr("From the beginning"))
        self.from_all.setChecked(True)
        self.date_from = QDateEdit(_qdate(today.replace(day=1)))
        self.date_from.setCalendarPopup(True)
        self.date_from.setEnabled(False)
        self.date_to = QDateEdit(_qdate(today))
        self.date_to.setCalendarPopup(True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.layout_box = QComboBox()
        self.layout_box.addItem(self.tr("Balance forward and open items"), "both")
        self.layout_box.addItem(self.tr("Balance forward"), "balance-forward")
        self.layout_box.addItem(self.tr("Open items"), "open-item")
        self.to = QLineEdit()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("From"), self.from_all)
        form.addRow("", self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Layout"), self.layout_box)
        form.addRow(self.tr("Email to"), self.to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.email_button = QPushButton(self.tr("Email… (outbox)"))
        self.print_button = QPushButton(self.tr("Print…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.email_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.email_button.clicked.connect(self.email)
        self.from_all.toggled.connect(lambda on: self.date_from.setEnabled(not on))
        for signal in (self.client.currentIndexChanged, self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(lambda *_: self.refresh())
        self.from_all.toggled.connect(lambda *_: self.refresh())
        self.refresh()

    def client_code(self) -> str:
        return str(self.client.currentData() or "")

    def statement(self) -> Statement:
        start = None if self.from_all.isChecked() else _pydate(self.date_from.date())
        return statements.statement(self.books, self.client_code(), start, _pydate(self.date_to.date()))

    def refresh(self) -> None:
        from milestone_desk.documents.statement_pdf import balance_sentence

        code = self.client_code()
        self.to.setText(self._emails.get(code, ""))
        self.error.clear()
        if not code:
            self.summary.setText(self.tr("There are no clients yet."))
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            self.email_button.setEnabled(False)
            return
        try:
            self.summary.setText(balance_sentence(self.statement()))
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.email_button.setEnabled(not self.books.readonly)

    def pdf(self) -> bytes:
        return report_pdfs.statement_pdf(self.statement(), str(self.layout_box.currentData()))

    def _name(self) -> str:
        return f"statement-{self.client_code()}-{_pydate(self.date_to.date()).isoformat()}.pdf"

    def print_pdf(self) -> bool:
        """Print… the statement: the PDF itself through CUPS where there is lp, else Qt printing."""
        from milestone_desk.ui.document_actions import DocumentActions

        try:
            data = self.pdf()
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            return False
        actions = self.document_actions or DocumentActions(self.books, self)
        actions.show_error = self.error.setText
        return actions.print_bytes(data, self._name().removesuffix(".pdf"))

    def save_pdf(self) -> Path | None:
        from milestone_desk.documents.statement_pdf import render_statement
        from milestone_desk.ui.background import run_op

        start = None if self.from_all.isChecked() else _pydate(self.date_from.date())
        end, code, style, books = (
            _pydate(self.date_to.date()),
            self.client_code(),
            str(self.layout_box.currentData()),
            self.books,
        )
        try:  # the statement is read and drawn off the UI thread (a long client history takes a while)
            data = run_op(
                self,
                self.tr("Making the statement…"),
                lambda _c: render_statement(statements.statement(books, code, start, end), style=style),
            )
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            return None
        chosen = self.ask_save_path(self._name())
        if not chosen:
            return None
        try:
            write_output(Path(chosen), data, force=True)  # the dialog asked before replacing
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            return None
        self.saved = Path(chosen)
        self.summary.setText(self.tr("Saved {0}.").format(chosen))
        return self.saved

    def email(self) -> int | None:
        from milestone_desk.documents.statement_pdf import balance_sentence

        try:
            st = self.statement()
            data = report_pdfs.statement_pdf(st, str(self.layout_box.currentData()))
            self.queued = window_reads.queue_message(
                self.books,
                self.to.text(),
                self.tr("Statement of account to {0}").format(st.date_to.isoformat()),
                self.tr("Please find your statement of account attached.\n\n{0}").format(
                    balance_sentence(st)
                ),
                self._name(),
                data,
            )
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            return None
        self.summary.setText(self.tr("The statement is in the outbox; File → Outbox… sends it."))
        return self.queued
