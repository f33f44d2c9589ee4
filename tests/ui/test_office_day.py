"""Acceptance: a whole office day through the real window on a 1280×800 laptop screen.

Set up the company, add a client, create a project, complete a milestone, issue its invoice, take
a payment, preview and print-preview the invoice, email it to a real SMTP server (aiosmtpd on
127.0.0.1), add a change order, make the client's statement and back up. Every dialog that opens
must fit the screen; each step is saved as a screenshot (into tmp_path; with
``MILESTONE_DESK_DAY_SHOTS=docs/screenshots/day`` into that folder, as committed).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller as SmtpController
from PySide6.QtCore import QDate, QRect
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from milestone_desk.services.billing import invoicing
from milestone_desk.services.firm import projects
from milestone_desk.services.mailing.mail_settings import SmtpConfig, save_smtp
from milestone_desk.ui import fit
from milestone_desk.ui.construction.change_orders_dialog import ChangeOrdersDialog
from milestone_desk.ui.dialogs.billing import IssueInvoiceDialog, RecordPaymentDialog
from milestone_desk.ui.dialogs.client import ClientDialog
from milestone_desk.ui.statement_dialog import StatementDialog
from tests.ui.test_billing_cycle_e2e import complete_step, fill_client, fill_company, fill_wizard
from tests.ui_support import TODAY, open_window

pytestmark = [
    pytest.mark.slow,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]
SCREEN = QRect(0, 0, 1280, 800)


class Mailbox:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def mailbox() -> Iterator[tuple[int, Mailbox]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    box = Mailbox()
    ctrl = SmtpController(box, hostname="127.0.0.1", port=port)
    ctrl.start()
    try:
        yield port, box
    finally:
        ctrl.stop()


class Day:
    """Screenshots and the screen check for every step and every dialog."""

    def __init__(self, shots: Path) -> None:
        self.shots = shots
        shots.mkdir(parents=True, exist_ok=True)
        self.step = 0
        self.sizes: dict[str, tuple[int, int]] = {}

    def fits(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        frame = widget.frameGeometry()
        self.sizes[name] = (frame.width(), frame.height())
        assert frame.width() <= SCREEN.width() and frame.height() <= SCREEN.height(), (name, frame)
        assert SCREEN.contains(widget.geometry()), (name, widget.geometry())

    def shot(self, widget: QWidget, name: str) -> None:
        self.step += 1
        QApplication.processEvents()
        assert widget.grab().save(str(self.shots / f"{self.step:02d}-{name}.png"))

    def dialog(self, d: QWidget, name: str) -> None:
        self.fits(d, name)
        self.shot(d, name)


def test_a_whole_day_fits_a_1280x800_laptop(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mailbox: tuple[int, Mailbox]
) -> None:
    monkeypatch.setattr(fit, "available", lambda widget=None: QRect(SCREEN))  # the laptop's screen
    shots = Path(os.environ.get("MILESTONE_DESK_DAY_SHOTS") or tmp_path / "day")
    day = Day(shots)
    window, script = open_window(qtbot, tmp_path / "day.mdesk", tmp_path)
    window.resize(1280, 800)
    window.move(0, 0)
    real_run = script.run

    def run(d: QDialog) -> int:  # every dialog the controller opens is checked against the screen
        d.show()
        day.fits(d, type(d).__name__)
        return real_run(d)

    window.controller.run_dialog = run

    # 1. set up the company
    def company(d: Any) -> None:
        day.shot(d, "company-profile")
        fill_company(d)

    script.then(company)
    window.setup_button.click()
    assert window.controller.has_company
    day.shot(window, "set-up-done")

    # 2. a client, from the Clients tab
    def client(d: ClientDialog) -> None:
        d.code.setText("C-050")
        d.name.setText("Harbor Logistics LLC")
        d.email.setText("ap@harbor.example")
        d.address.setPlainText("9 Pier Rd\nPortland, OR")
        day.shot(d, "new-client")
        d.ok_button.click()

    window.show_tab(2)
    window.clients_pane.wait()
    assert window.clients_pane.new_button.isEnabled()
    script.then(client)
    window.clients_pane.new_button.click()
    window.clients_pane.wait()
    assert window.clients_pane.select_code("C-050")
    day.shot(window, "clients")

    # 3. a project through the wizard (its own new client on the way)
    def wizard(w: Any) -> None:
        w.project_page.client.clear()  # the wizard's test fills a first client of its own
        fill_wizard(w)

    def wizard_client(d: ClientDialog) -> None:
        d.code.setText("C-001")
        fill_client(d)

    window.show_tab(1)
    script.then(wizard).then(wizard_client)
    window.new_project_action.trigger()
    assert window.projects_pane.current() is not None
    code = window.projects_pane.current().code  # type: ignore[union-attr]
    day.shot(window, "project")

    # 4. complete a milestone, 5. issue its invoice
    script.then(complete_step)
    window.milestone_pane.timeline.completeRequested.emit("Framing")

    def issue(d: IssueInvoiceDialog) -> None:
        d.date.setDate(QDate(2026, 3, 2))
        day.shot(d, "issue-invoice")
        d.ok_button.click()

    window.milestone_pane.select_name("Framing")
    script.then(issue)
    number = window.controller.issue_invoice("Framing")
    assert number
    day.shot(window, "issued")

    # 6. take a payment: focus is on the amount, a bad amount is refused inline
    def pay(d: RecordPaymentDialog) -> None:
        assert d.focusWidget() is d.amount
        d.amount.setText("abc")
        assert not d.ok_button.isEnabled()
        d.amount.setText("5,000.00")
        assert d.ok_button.isEnabled()
        day.shot(d, "record-payment")
        d.ok_button.click()

    window.invoices_pane.select_number(number)
    script.then(pay)
    window.controller.record_payment()
    assert invoicing.invoice_view(window.books, number).paid_cents == 500_000
    day.shot(window, "paid")

    # 7. preview the invoice, then Qt's print preview (painted, no crash)
    docs = window.invoice_actions._sync()
    preview = docs.preview_invoice(number)
    assert preview is not None
    qtbot.addWidget(preview)
    day.dialog(preview, "pdf-preview")
    assert preview.page_count == 1
    preview.close()
    docs.printer_factory = lambda: QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printing = docs.print_preview_invoice(number)
    assert printing is not None
    qtbot.addWidget(printing)
    qtbot.waitUntil(lambda: printing.property("pages_painted") == 1, timeout=5000)
    day.dialog(printing, "print-preview")
    printing.close()

    # 8. email it to the SMTP server on 127.0.0.1
    port, box = mailbox
    save_smtp(window.books, SmtpConfig("127.0.0.1", port, "none", "", "billing@hartwell.example"))
    email = docs.email_invoice(number)
    assert email is not None
    qtbot.addWidget(email)
    day.dialog(email, "email")
    with qtbot.waitSignal(email.finished_sending, timeout=20000):
        email.send_now()
    assert len(box.envelopes) == 1 and number.encode() in box.envelopes[0].content

    # 9. a change order, approved at once
    def change(d: ChangeOrdersDialog) -> None:
        d.amount.setText("1,250.00")
        d.description.setText("Under-cabinet LED lighting")
        d.approve_now.setChecked(True)
        d.add_button.click()
        assert d.error.isHidden(), d.error.text()
        day.shot(d, "change-order")

    env = window.construction_menu.env  # type: ignore[attr-defined]
    env.today = lambda: TODAY
    env.run_dialog = lambda d: (d.show(), day.fits(d, "change-orders"), script.then(change), real_run(d))[-1]
    window.construction_menu.open_change_orders()  # type: ignore[attr-defined]
    assert projects.project_detail(window.books, code).summary.totals.contract_to_date == 4_975_000

    # 10. the client's statement
    saved: list[Path] = []

    def statement(d: StatementDialog) -> None:
        day.shot(d, "statement")
        d.ask_save_path = lambda name: str(tmp_path / name)
        d.save_pdf()
        saved.append(d.saved)  # type: ignore[arg-type]

    script.then(statement)
    window.row_actions.statement("C-001")
    assert saved and saved[0] is not None and saved[0].read_bytes().startswith(b"%PDF")

    # 11. back up
    window.file_actions.backup_dir = tmp_path / "backups"
    made = window.file_actions.backup_now()
    assert made is not None and made.is_file()
    window.show_tab(0)
    window.dashboard.wait()
    day.shot(window, "dashboard-end-of-day")
    assert not script.errors, script.errors
    assert len(day.sizes) >= 8
    assert all(w <= 1280 and h <= 800 for w, h in day.sizes.values())
    assert window.width() <= 1280 and window.height() <= 800
