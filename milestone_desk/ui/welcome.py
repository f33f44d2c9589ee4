"""The first start: set up a company or explore the sample one; the chosen file is remembered.

``choose_company_file(parent)`` is what the app calls at start when no ``--db`` is given: the
remembered file if it still exists, else the default company file if there is one, else this
welcome screen. It returns None when the user closes the screen without choosing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.paths import FILE_SUFFIX, data_dir, default_company_file
from milestone_desk.resources_loader import resource_path
from milestone_desk.services.setup.first_run import create_company_file, open_sample_company
from milestone_desk.ui.app_settings import known_company_file, remember_file
from milestone_desk.ui.company_setup_form import CompanySetupForm
from milestone_desk.ui.i18n import LANGUAGES, chosen_language, install_translator, save_language
from milestone_desk.ui.startup_shell import app_icon

SAMPLE_NAME = f"sample-company{FILE_SUFFIX}"


class WelcomeDialog(QDialog):
    """Two pages: the choice, then the setup form. ``chosen`` holds the company file picked."""

    def __init__(
        self, parent: QWidget | None = None, *, target: Path | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target or default_company_file()
        self.today = today
        self.chosen: Path | None = None
        self.setWindowIcon(app_icon())
        self.setMinimumSize(620, 520)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._build()

    def _build(self) -> None:
        """(Re)build both pages in the current language."""
        while self.pages.count():
            page = self.pages.widget(0)
            if page is None:
                break
            self.pages.removeWidget(page)
            page.deleteLater()
        self.setWindowTitle(self.tr("Welcome to Milestone Desk"))
        self.pages.addWidget(self._choice_page())
        self.form = CompanySetupForm(today=self.today)
        self.pages.addWidget(self._setup_page())

    def switch_language(self, language: str) -> None:
        """Save the language, install its translators and redraw the welcome screen in it."""
        save_language(language)
        app = QGuiApplication.instance()
        if app is not None:
            install_translator(app, language)
        self._build()

    def _choice_page(self) -> QWidget:
        page = QWidget()
        logo = QLabel()
        logo.setPixmap(QPixmap(str(resource_path("icons", "app-128.png"))).scaledToWidth(96))
        title = QLabel(self.tr("Welcome to Milestone Desk"))
        title.setObjectName("welcomeTitle")
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        lead = QLabel(
            self.tr(
                "Bill each job by its milestones — deposit, framing, roofing, finishing — with "
                "invoices and receipts exact to the cent. Your books stay on this computer, in one "
                "company file you own."
            )
        )
        lead.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(lead)
        header.addLayout(text, 1)
        self.setup_button = QCommandLinkButton(
            self.tr("Set up my company"),
            self.tr(
                "Enter your company's details, tax rate and invoice numbers, and start with empty books."
            ),
        )
        self.sample_button = QCommandLinkButton(
            self.tr("Explore the sample company"),
            self.tr(
                "Open a sample remodeling firm with projects in every stage. "
                "It is kept in its own file, apart from your books."
            ),
        )
        self.open_button = QPushButton(self.tr("Open an existing company file…"))
        self.open_button.setFlat(True)
        self.setup_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.sample_button.clicked.connect(self.explore_sample)
        self.open_button.clicked.connect(self.open_existing)
        self.choice_error = QLabel()
        self.choice_error.setWordWrap(True)
        self.choice_error.setStyleSheet("color: #b91c1c;")
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addSpacing(16)
        layout.addWidget(self.setup_button)
        layout.addWidget(self.sample_button)
        layout.addStretch(1)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language.currentIndexChanged.connect(
            lambda: self.switch_language(str(self.language.currentData() or ""))
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("Language")))
        bottom.addWidget(self.language)
        layout.addWidget(self.choice_error)
        layout.addLayout(bottom)
        return page

    def _setup_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Set up my company"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        where = QLabel(self.tr("Your books will be saved in {0}").format(self.target))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(self.tr("Back"))
        self.create_button = QPushButton(self.tr("Create my company"))
        self.create_button.setDefault(True)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_button.clicked.connect(self.create_company)
        self.form.validity_changed.connect(self.create_button.setEnabled)
        self.form.refresh()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(self.form, 1)
        layout.addWidget(where)
        layout.addLayout(buttons)
        return page

    def _finish(self, path: Path) -> None:
        self.chosen = path
        remember_file(path)
        self.accept()

    def create_company(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = create_company_file(self.target, self.form.setup())
        except MilestoneDeskError as exc:
            self.form.error.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._finish(path)

    def explore_sample(self) -> None:
        from milestone_desk.ui.background import run_op

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        target = data_dir() / SAMPLE_NAME
        try:  # writing the sample plays a year of billing forward: off the UI thread, with progress
            path = run_op(
                self, self.tr("Writing the sample company…"), lambda _c: open_sample_company(target)
            )
        except MilestoneDeskError as exc:
            self.choice_error.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._finish(path)

    def open_existing(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a company file"), str(data_dir()),
            self.tr("Milestone Desk company files (*{0})").format(FILE_SUFFIX),
        )  # fmt: skip
        if name:
            self._finish(Path(name))


def choose_company_file(parent: QWidget | None = None) -> Path | None:
    """The company file to open at start (see the module note); None if the user chose nothing."""
    return known_company_file() or show_welcome(parent)


def show_welcome(parent: QWidget | None = None) -> Path | None:
    """Always show the welcome screen (File → "Set up a company or open the sample…"): the file chosen."""
    dialog = WelcomeDialog(parent)
    dialog.exec()
    return dialog.chosen
