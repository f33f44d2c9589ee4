"""The new-project wizard: client and contract, then the payment schedule (from a template or typed)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.domain.money import Money, parse_percent
from milestone_desk.domain.schedule import Share
from milestone_desk.services.core.dto import ClientView, ProjectSpec
from milestone_desk.ui.dialogs.base import Report
from milestone_desk.ui.dialogs.new_project_sov import SovPage
from milestone_desk.ui.dialogs.new_project_terms import ConstructionTerms
from milestone_desk.ui.dialogs.templates import templates
from milestone_desk.ui.schedule_model import NAME, ScheduleModel


class ProjectPage(QWizardPage):
    def __init__(self, wizard: NewProjectWizard, clients: list[ClientView], code: str) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("The project"))
        self.setSubTitle(self.tr("Who it is for and what the contract is worth."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.client = QComboBox()
        self.new_client = QPushButton(self.tr("New client…"))
        row.addWidget(self.client, 1)
        row.addWidget(self.new_client)
        self.code = QLineEdit(code)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Kitchen remodel"))
        self.site = QLineEdit()
        self.contract = QLineEdit()
        self.contract.setPlaceholderText("48500.00")
        self.tax = QLineEdit("0")
        self.retainage = QLineEdit("0")
        self.terms = ConstructionTerms(wizard.currency)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        form.addRow(self.tr("Client"), row)
        form.addRow(self.tr("Project code"), self.code)
        form.addRow(self.tr("Project name"), self.name)
        form.addRow(self.tr("Site address"), self.site)
        form.addRow(self.tr("Contract sum"), self.contract)
        form.addRow(self.tr("Tax %"), self.tax)
        form.addRow(self.tr("Retainage %"), self.retainage)
        form.addRow(self.terms)
        form.addRow("", self.error)
        self.set_clients(clients)
        self.new_client.clicked.connect(self.w.add_client)

    def set_clients(self, clients: list[ClientView], select: str = "") -> None:
        self.client.clear()
        for c in clients:
            self.client.addItem(f"{c.name} ({c.code})", c.code)
        if select:
            self.client.setCurrentIndex(max(0, self.client.findData(select)))

    def contract_cents(self) -> int:
        return Money.parse(self.contract.text(), self.w.currency, what="contract sum").minor

    def validatePage(self) -> bool:
        try:
            if self.client.currentData() is None:
                raise MilestoneDeskError(self.tr("Choose a client, or add one with New client…"))
            for field, what in ((self.code, self.tr("project code")), (self.name, self.tr("project name"))):
                if not field.text().strip():
                    raise MilestoneDeskError(self.tr("The {0} is empty.").format(what))
            cents = self.contract_cents()
            if cents <= 0:
                raise MilestoneDeskError(self.tr("The contract sum must be more than zero."))
            parse_percent(self.tax.text(), "tax rate")
            self.terms.check(parse_percent(self.retainage.text(), "retainage rate"))
            deposit = self.terms.values().get("deposit_cents", 0)
            if deposit > cents:
                raise MilestoneDeskError(self.tr("The deposit cannot be more than the contract sum."))
        except MilestoneDeskError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.w.schedule.set_contract(cents)
        self.w.sov_page.set_contract(cents)
        return True

    def nextId(self) -> int:
        return NewProjectWizard.SOV if self.terms.progress() else NewProjectWizard.SCHEDULE


class SchedulePage(QWizardPage):
    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Payment schedule"))
        self.setSubTitle(
            self.tr(
                "Pick a template, then edit. A share is a percent (10%), an amount (5000.00) or “remainder”."
            )
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.template = QComboBox()
        for label, _ in templates():
            self.template.addItem(label)
        top.addWidget(QLabel(self.tr("Template")))
        top.addWidget(self.template, 1)
        layout.addLayout(top)
        self.table = QTableView()
        self.table.setModel(wizard.schedule)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("Add milestone"))
        self.remove = QPushButton(self.tr("Remove"))
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.check = QLabel()
        self.check.setWordWrap(True)
        layout.addWidget(self.check)
        self.template.currentIndexChanged.connect(self.apply_template)
        self.add.clicked.connect(lambda: wizard.schedule.add_row())
        self.remove.clicked.connect(
            lambda: (
                wizard.schedule.remove_row(self.table.currentIndex().row())
                if self.table.currentIndex().isValid()
                else None
            )
        )
        wizard.schedule.changed.connect(self.refresh)
        wizard.schedule.problem.connect(self.show_problem)  # "abc" in a share cell: say why it was refused
        self.apply_template(0)

    def apply_template(self, index: int) -> None:
        _, make = templates()[index]
        rows = make(self.w.today)
        self._made_for_applied = self._deposit_applied()
        if self._made_for_applied:  # the deposit is an advance outside the schedule, not a milestone
            rows = [r for r in rows if not r.is_deposit]
            rows[-1] = replace(rows[-1], share=Share.remainder())
        self.w.schedule.replace_all(rows, self.tr("Apply template"))

    def _deposit_applied(self) -> bool:
        page = getattr(self.w, "project_page", None)
        return page is not None and page.terms.deposit_policy.currentData() == "applied"

    def initializePage(self) -> None:
        if self._deposit_applied() != self._made_for_applied:
            self.apply_template(self.template.currentIndex())

    def refresh(self) -> None:
        ok, text = self.w.schedule.check_text()
        self.check.setText(text)
        self.check.setStyleSheet("color: #1e7e34;" if ok else "color: #b3261e;")
        self.completeChanged.emit()

    def show_problem(self, sentence: str) -> None:
        self.check.setText(sentence)
        self.check.setStyleSheet("color: #b3261e; font-weight: bold;")

    def isComplete(self) -> bool:
        return self.w.schedule.amounts()[0] is not None

    def nextId(self) -> int:
        return -1


class NewProjectWizard(QWizard):
    #: Page ids: the schedule of values (progress billing) comes before the payment schedule so that
    #: the milestone path still ends on the last page id.
    PROJECT, SOV, SCHEDULE = 0, 1, 2

    def __init__(
        self,
        parent: QWidget | None,
        clients: list[ClientView],
        currency: str,
        today: datetime.date,
        suggested_code: str,
        create: Callable[[ProjectSpec], object],
        new_client: Callable[[], tuple[list[ClientView], str] | None],
        report: Report | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.currency = currency
        self.today = today
        self._create = create
        self._new_client = new_client
        self.report = report
        self.schedule = ScheduleModel(self)
        self.schedule.set_schedule([], 0, currency)
        self.project_page = ProjectPage(self, clients, suggested_code)
        self.schedule_page = SchedulePage(self)
        self.sov_page = SovPage(self)
        self.setPage(self.PROJECT, self.project_page)
        self.setPage(self.SOV, self.sov_page)
        self.setPage(self.SCHEDULE, self.schedule_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create project"))
        self.resize(760, 680)
        self.created_code = ""

    def add_client(self) -> None:
        result = self._new_client()
        if result is not None:
            clients, code = result
            self.project_page.set_clients(clients, code)

    def spec(self) -> ProjectSpec:
        p = self.project_page
        terms = p.terms.values()
        progress = terms["billing_mode"] == "progress"
        return ProjectSpec(
            code=p.code.text().strip(),
            client_code=str(p.client.currentData() or ""),
            name=p.name.text(),
            contract_cents=p.contract_cents(),
            milestones=[] if progress else self.schedule.specs(),
            schedule_of_values=tuple(self.sov_page.lines()) if progress else (),
            **terms,
            site_address=p.site.text(),
            tax_percent=parse_percent(p.tax.text(), "tax rate") if p.tax.text().strip() else Decimal(0),
            retainage_percent=parse_percent(p.retainage.text(), "retainage rate")
            if p.retainage.text().strip()
            else Decimal(0),
        )

    def accept(self) -> None:
        try:
            spec = self.spec()
            self._create(spec)
        except MilestoneDeskError as exc:
            page = self.sov_page if self.project_page.terms.progress() else self.schedule_page
            page.check.setText(str(exc))
            page.check.setStyleSheet("color: #b3261e;")
            if self.report is not None:
                self.report(str(exc))
            return
        self.created_code = spec.code
        super().accept()
