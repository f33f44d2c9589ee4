"""Connects the panes' and dialogs' signals to the services; views hold layout, this holds the flow."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox

from milestone_desk.domain.errors import BadInput, MilestoneDeskError, NeedsConfirmation
from milestone_desk.services.billing import invoicing, payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import (
    ClientSpec,
    ClientView,
    InvoiceView,
    MilestoneView,
    PaymentResult,
    ProjectDetail,
    ProjectSpec,
    ProjectSummary,
)
from milestone_desk.services.firm import company, milestones, projects
from milestone_desk.ui import formatting
from milestone_desk.ui.background import Worker
from milestone_desk.ui.dialogs.billing import CompleteMilestoneDialog, IssueInvoiceDialog, RecordPaymentDialog
from milestone_desk.ui.dialogs.client import ClientDialog
from milestone_desk.ui.dialogs.company import CompanyDialog
from milestone_desk.ui.dialogs.wizard import NewProjectWizard

if TYPE_CHECKING:
    from milestone_desk.ui.main_window import MainWindow


def next_code(prefix: str, codes: list[str]) -> str:
    """The next free code like P-009 after the highest numbered one."""
    best = 0
    for code in codes:
        tail = code[len(prefix) :] if code.startswith(prefix) else ""
        if tail.isdigit():
            best = max(best, int(tail))
    return f"{prefix}{best + 1:03d}"


_T = TypeVar("_T")

#: The PDF renderer's imports and fonts are warmed this long after the first load (start of the day).
WARM_AFTER_MS = 3000


def warm_documents() -> None:
    """Import the PDF renderer and register its fonts (on the worker thread, after the window shows)."""
    from milestone_desk.documents import fonts, invoice  # noqa: F401 - imported to warm

    fonts.register_fonts()


def passed_milestones(rows: list[MilestoneView], name: str, when: datetime.date) -> list[str]:
    """The milestones a move of ``name`` to ``when`` jumps over (schedule order vs. planned dates)."""
    names = [m.name for m in rows]
    at = names.index(name)
    before = [m for m in rows[:at] if m.planned_date is not None and m.planned_date > when]
    after = [m for m in rows[at + 1 :] if m.planned_date is not None and m.planned_date < when]
    return [m.name for m in (*before, *after)]


class _Move(QUndoCommand):
    """A saved timeline move; undo writes the old date back, redo the new one."""

    def __init__(
        self, controller: Controller, code: str, name: str, old: datetime.date | None, new: datetime.date
    ) -> None:
        super().__init__(QCoreApplication.translate("Controller", "Move {0}").format(name))
        self.controller, self.code, self.name, self.old, self.new = controller, code, name, old, new
        self.done = True  # pushed after the move was written

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self.controller._write_move(self.code, self.name, self.new)

    def undo(self) -> None:
        self.controller._write_move(self.code, self.name, self.old)


class Controller(QObject):
    """One per window. Tests replace ``run_dialog``, ``show_error`` and ``confirm`` to stay non-modal."""

    changed = Signal()  # after any successful write
    loaded = Signal()  # the project list was (re)loaded and shown
    message = Signal(str)  # a short status-bar message

    def __init__(self, window: MainWindow, books: Books) -> None:
        super().__init__(window)
        self.window = window
        self.books = books
        self.today: Callable[[], datetime.date] = datetime.date.today
        self.run_dialog: Callable[[QDialog], int] = lambda d: d.exec()
        self.show_error: Callable[[str], None] = self._error_box
        self.confirm: Callable[[str], bool] = self._ask
        self.has_company = False
        self.currency = "USD"
        self.clients: list[ClientView] = []
        self.detail: ProjectDetail | None = None
        self.show_all_invoices = False
        self.last_payment: PaymentResult | None = None
        self.worker = Worker(self)
        self.switcher = Worker(self)  # the projects' reads on a user's switch (not behind a long load)
        self._switch_generation = 0
        self.move_stack = QUndoStack(self)  # timeline moves (saved at once) for Edit → Undo
        self._generation = 0
        self._warmed = False

    # message boxes (replaced in tests)
    def _error_box(self, sentence: str) -> None:
        QMessageBox.warning(self.window, self.tr("Milestone Desk"), sentence)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self.window, self.tr("Milestone Desk"), question)
        return answer == QMessageBox.StandardButton.Yes

    def writable(self) -> bool:
        """False (and the reason shown) when this window has the file read-only."""
        if self.books.readonly:
            self.show_error(self.tr("This window shows the file read-only; nothing can be changed here."))
            return False
        return True

    def _guard(self, work: Callable[[], object]) -> bool:
        """Run a service call; a known failure becomes a sentence in a message box, nothing is lost."""
        try:
            work()
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return False
        return True

    # loading
    def _read_all(self) -> tuple[bool, str, list[ClientView], list[ProjectSummary]]:
        """Everything the project list needs; safe on a worker thread (its own connection)."""
        books = self.books
        if not company.has_company(books):
            return False, "USD", [], []
        currency = company.get_company(books).currency
        return True, currency, projects.list_clients(books), projects.list_projects(books)

    def load(self) -> None:
        """Load the project list on the worker thread; the window stays responsive meanwhile."""
        self._generation += 1
        generation = self._generation
        self.message.emit(self.tr("Loading projects…"))
        self.worker.submit(self._read_all, lambda result: self._apply(generation, result), self.show_error)

    def wait_loaded(self) -> None:
        self.worker.wait()
        self.switcher.wait()

    def reload(self) -> None:
        """Reload the project list now (after a write); drops any older background result."""
        self._generation += 1
        self._apply(self._generation, self._read_all())

    def _apply(
        self, generation: int, result: tuple[bool, str, list[ClientView], list[ProjectSummary]]
    ) -> None:
        if generation != self._generation:
            return  # a newer load has already been shown
        self.has_company, self.currency, self.clients, rows = result
        current = self.detail.summary.code if self.detail else ""
        self.window.projects_pane.set_data(rows, self.clients)
        self.window.update_company_state()
        if not self.has_company:
            self.select_project(None, force=True)
        elif current:
            selected = self.window.projects_pane.current()
            if selected is not None and selected.code == current:
                self.select_project(selected)  # unsaved schedule edits survive a reload
        if self.window.statusBar().currentMessage() == self.tr("Loading projects…"):
            self.window.statusBar().clearMessage()
        self.loaded.emit()
        if not self._warmed and self.has_company and not self.books.readonly:
            self._warmed = True  # the first issue of the day should not pay for fonts and imports;
            # a few seconds later, so that the dashboard's first read does not share the cores with it
            QTimer.singleShot(WARM_AFTER_MS, self, self._warm_documents)  # dropped if the window closed

    def _may_leave(self, summary: ProjectSummary | None, force: bool) -> bool:
        """False when the user keeps unsaved schedule edits (or is back on their project)."""
        pane = self.window.milestone_pane
        if self.detail is None or not pane.is_dirty() or force:
            return True
        code = self.detail.summary.code
        if summary is not None and summary.code == code:
            return False  # back on the project whose edits were kept
        question = self.tr("Discard the unsaved changes to the schedule of {0}?").format(code)
        if not self.confirm(question):
            self.window.projects_pane.select_code(code)
            return False
        return True

    def _warm_documents(self) -> None:
        self.worker.submit(warm_documents, lambda _r: None, lambda _s: None)

    def select_project(self, summary: ProjectSummary | None, *, force: bool = False) -> None:
        """Show one project now: a fixed number of queries whatever the number of projects."""
        if not self._may_leave(summary, force):
            return
        self._switch_generation += 1  # an answer still on its way for an earlier click is dropped
        detail: ProjectDetail | None = None
        if summary is not None:
            try:
                detail = projects.project_detail(self.books, summary.code)
            except MilestoneDeskError as exc:
                self.show_error(str(exc))
        self._show_project(detail)
        self.load_invoices()
        self.window.update_actions()

    def select_project_later(self, summary: ProjectSummary) -> None:
        """The user's click or key: the project's reads run on the switch lane, the panes are filled on
        the UI thread when they come back (a newer click drops an older answer). Same queries as
        ``select_project``."""
        if not self._may_leave(summary, False):
            return
        self._switch_generation += 1
        generation = self._switch_generation
        code = summary.code
        everything = self.show_all_invoices and self.has_company
        books = self.books

        def read() -> tuple[ProjectDetail, list[InvoiceView]]:
            detail = projects.project_detail(books, code)
            return detail, invoicing.list_invoices(books, None if everything else code)

        def done(result: tuple[ProjectDetail, list[InvoiceView]]) -> None:
            if generation != self._switch_generation:
                return
            detail, rows = result
            self._show_project(detail)
            self.window.invoices_pane.set_invoices(rows, self.currency, code)
            self.window.update_actions()

        def failed(sentence: str) -> None:
            if generation != self._switch_generation:
                return
            self.show_error(sentence)
            self._show_project(None)
            self.load_invoices()
            self.window.update_actions()

        self.switcher.submit(read, done, failed)

    def _show_project(self, detail: ProjectDetail | None) -> None:
        today = self.today()
        self.window.invoices_pane.model.today = today
        self.detail = detail
        self.window.milestone_pane.set_project(detail, today)

    def load_invoices(self) -> None:
        code = self.detail.summary.code if self.detail else None
        if self.show_all_invoices and self.has_company:
            rows = invoicing.list_invoices(self.books, None)
        elif code is not None:
            rows = invoicing.list_invoices(self.books, code)
        else:
            rows = []
        self.window.invoices_pane.set_invoices(rows, self.currency, code or "")

    def set_show_all(self, on: bool) -> None:
        self.show_all_invoices = on
        self.load_invoices()

    def _after_write(self, text: str, codes: list[str] | None = None) -> None:
        """Show a write: only the touched projects' rows and totals when ``codes`` names them, else all."""
        if codes and self.has_company:
            try:
                fresh = projects.project_summaries(self.books, codes)
            except MilestoneDeskError:
                fresh = []
            if fresh:
                pane = self.window.projects_pane
                pane.model.update_projects(fresh)
                current = self.detail.summary.code if self.detail else ""
                if current in codes:
                    summary = next(p for p in fresh if p.code == current)
                    self.select_project(summary, force=True)
                self.changed.emit()
                self.message.emit(text)
                return
        self.reload()
        self.changed.emit()
        self.message.emit(text)

    def _code(self) -> str:
        return self.detail.summary.code if self.detail else ""

    # company and clients
    def make_company_dialog(self) -> CompanyDialog:
        from milestone_desk.services.firm import company_extras

        profile = company.get_company(self.books) if self.has_company else None
        extras = company_extras.get_extras(self.books) if self.has_company else None
        return CompanyDialog(
            self.window,
            profile,
            lambda p: company.save_company(self.books, p),
            self.show_error,
            extras=extras,
            save_extras=(lambda x: company_extras.save_extras(self.books, x)) if self.has_company else None,
        )

    def edit_company(self) -> None:
        if self.run_dialog(self.make_company_dialog()) == QDialog.DialogCode.Accepted:
            self._after_write(self.tr("Company profile saved."))

    def make_client_dialog(self, client: ClientView | None = None) -> ClientDialog:
        from milestone_desk.services.firm import trade

        def save(spec: ClientSpec) -> None:
            details = trade.validated(dialog.trade())  # refused before anything is written
            if client is None:
                projects.create_client(self.books, spec)
            else:
                projects.update_client(self.books, client.code, spec)
            if client is not None or details != trade.TradeSpec():
                trade.save_client_trade(self.books, spec.code if client is None else client.code, details)

        code = next_code("C-", [c.code for c in self.clients])
        current = trade.client_trade(self.books, client.code) if client is not None else None
        dialog = ClientDialog(self.window, client, save, self.show_error, suggested_code=code, trade=current)
        return dialog

    def new_client(self) -> str | None:
        dlg = self.make_client_dialog()
        if self.run_dialog(dlg) != QDialog.DialogCode.Accepted:
            return None
        self._after_write(self.tr("Client {0} added.").format(dlg.saved_code))
        return dlg.saved_code

    def edit_client(self) -> None:
        code = self.detail.summary.client_code if self.detail else ""
        client = next((c for c in self.clients if c.code == code), None)
        if client is None:
            self.show_error(self.tr("Select a project to edit its client."))
            return
        self.edit_client_view(client)

    def edit_client_view(self, client: ClientView) -> bool:
        """Edit one client (from the project or the clients pane); True when saved."""
        if not self.writable():
            return False
        if self.run_dialog(self.make_client_dialog(client)) == QDialog.DialogCode.Accepted:
            self._after_write(self.tr("Client {0} saved.").format(client.code))
            return True
        return False

    # projects
    def make_project_wizard(self) -> NewProjectWizard:
        codes = [p.code for p in self.window.projects_pane.model.all_projects()]

        def add_client() -> tuple[list[ClientView], str] | None:
            code = self.new_client()
            return (self.clients, code) if code else None

        def create(spec: ProjectSpec) -> None:
            projects.create_project(self.books, spec)

        return NewProjectWizard(
            self.window,
            self.clients,
            self.currency,
            self.today(),
            next_code("P-", codes),
            create,
            add_client,
            self.show_error,
        )

    def new_project(self) -> None:
        if not self.has_company:
            self.show_error(self.tr("Set up the company profile first (File → Company profile)."))
            return
        wizard = self.make_project_wizard()
        if self.run_dialog(wizard) == QDialog.DialogCode.Accepted:
            self._after_write(self.tr("Project {0} created.").format(wizard.created_code))
            self.window.projects_pane.select_code(wizard.created_code)

    def set_project_status(self, status: str) -> None:
        code = self._code()
        if not code:
            return
        if status == "archived" and not self.confirm(
            self.tr("Archive project {0}? It leaves the active list; nothing is deleted.").format(code)
        ):
            return
        if self._guard(lambda: projects.set_project_status(self.books, code, status)):
            self._after_write(self.tr("Project {0} is now {1}.").format(code, status), [code])

    def save_schedule(self) -> None:
        code = self._code()
        pane = self.window.milestone_pane
        if not code or not pane.is_dirty():
            return
        specs = pane.model.specs()
        seen = pane.detail.version if pane.detail is not None else None
        if self._guard(lambda: projects.edit_schedule(self.books, code, specs, seen=seen)):
            pane.model.undo_stack.setClean()
            self._after_write(self.tr("Schedule of {0} saved.").format(code), [code])

    def discard_schedule_edits(self) -> bool:
        """Ask before unsaved schedule edits are thrown away; True when it is fine to go on."""
        pane = self.window.milestone_pane
        if not pane.is_dirty():
            return True
        if self.confirm(self.tr("Discard the unsaved changes to this schedule?")):
            pane.revert()
            return True
        return False

    # milestones (the timeline's signals land here)
    def make_complete_dialog(self, name: str) -> CompleteMilestoneDialog:
        code = self._code()
        return CompleteMilestoneDialog(
            self.window,
            name,
            self.today(),
            lambda on, note: self._confirmed(
                lambda ok: milestones.complete_milestone(self.books, code, name, on, note, confirmed=ok)
            ),
            self.show_error,
        )

    def _confirmed(self, action: Callable[[bool], _T]) -> _T:
        """Run a write; when the service wants the user's word (an odd date, a huge credit), ask first."""
        try:
            return action(False)
        except NeedsConfirmation as exc:
            if not self.confirm(exc.question):
                raise BadInput(self.tr("Nothing was changed; check the entry.")) from exc
            return action(True)

    def complete_milestone(self, name: str) -> None:
        if not self.writable():
            return
        if not self._code() or not self.discard_schedule_edits():
            return
        if self.run_dialog(self.make_complete_dialog(name)) == QDialog.DialogCode.Accepted:
            self._after_write(self.tr("{0} marked complete.").format(name), [self._code()])
            self.window.milestone_pane.select_name(name)

    def reopen_milestone(self, name: str) -> None:
        if not self.writable():
            return
        code = self._code()
        if not code or not self.confirm(self.tr("Reopen {0}? It goes back to in progress.").format(name)):
            return
        if self._guard(lambda: milestones.reopen_milestone(self.books, code, name)):
            self._after_write(self.tr("{0} reopened.").format(name), [code])

    def reschedule_milestone(self, name: str, when: datetime.date) -> None:
        """A timeline drag: saved at once, undoable (Edit → Undo), confirmed when it changes the order."""
        if not self.writable():
            return
        code = self._code()
        detail = self.detail
        if not code or detail is None:
            return
        moved = next((m for m in detail.milestones if m.name == name), None)
        if moved is None:
            return
        passed = passed_milestones(detail.milestones, name, when)
        if passed and not self.confirm(
            self.tr(
                "Move {0} to {1}, past {2}? The milestones would then be planned out of their order."
            ).format(name, formatting.day(when), ", ".join(passed))
        ):
            self.window.milestone_pane.set_project(detail, self.today())  # back where it was
            return
        if self._write_move(code, name, when):
            self.move_stack.push(_Move(self, code, name, moved.planned_date, when))
            self.window.undo_group.setActiveStack(self.move_stack)

    def _write_move(self, code: str, name: str, when: datetime.date | None) -> bool:
        if when is None or not self._guard(
            lambda: milestones.reschedule_milestone(self.books, code, name, when)
        ):
            return False
        self._after_write(self.tr("{0} moved to {1}.").format(name, formatting.day(when)), [code])
        return True

    def make_issue_dialog(self, name: str) -> IssueInvoiceDialog | None:
        code = self._code()
        try:
            math = invoicing.preview_invoice(self.books, code, name)
            terms = company.get_company(self.books).payment_terms_days
        except MilestoneDeskError as exc:
            self.show_error(str(exc))
            return None
        return IssueInvoiceDialog(
            self.window,
            code,
            name,
            math,
            self.currency,
            terms,
            self.today(),
            lambda on: invoicing.issue_invoice(self.books, code, name, on),
            self.show_error,
        )

    def issue_invoice(self, name: str) -> str:
        if not self.writable():
            return ""
        if not self._code() or not self.discard_schedule_edits():
            return ""
        dlg = self.make_issue_dialog(name)
        if dlg is None or self.run_dialog(dlg) != QDialog.DialogCode.Accepted:
            return ""
        self._after_write(self.tr("Invoice {0} issued.").format(dlg.number), [self._code()])
        self.window.invoices_pane.select_number(dlg.number)
        return dlg.number

    # payments
    def make_payment_dialog(self, invoice: InvoiceView) -> RecordPaymentDialog:
        number = invoice.number or ""
        self.last_payment = None

        def save(cents: int, on: datetime.date, method: str, ref: str) -> None:
            self.last_payment = self._confirmed(
                lambda ok: payments.record_payment(self.books, number, cents, on, method, ref, credit_ok=ok)
            )

        return RecordPaymentDialog(self.window, invoice, self.today(), save, self.show_error)

    def record_payment(self, invoice: InvoiceView | None = None) -> None:
        if not self.writable():
            return
        invoice = invoice or self.window.invoices_pane.payable()
        if invoice is None:
            self.show_error(self.tr("Select an open invoice in the invoices pane first."))
            return
        dlg = self.make_payment_dialog(invoice)
        if self.run_dialog(dlg) != QDialog.DialogCode.Accepted or self.last_payment is None:
            return
        result = self.last_payment
        text = self.tr("Payment recorded, receipt {0}.").format(result.receipt_number)
        if result.credit_cents:
            credit = formatting.money(result.credit_cents, self.currency)
            text += " " + self.tr("{0} kept as client credit.").format(credit)
        self._after_write(
            text, [invoice.project_code] if invoice.project_code and not result.credit_cents else None
        )
        if invoice.number:
            self.window.invoices_pane.select_number(invoice.number)
        self.window.receipt_bar.offer(
            result.receipt_number,
            text + " " + self.tr("Give the client the receipt:"),
            can_email=not self.books.readonly,
        )
