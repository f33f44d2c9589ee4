"""The welcome screen, clicked like a first-time user would; screenshots are saved to look at."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from milestone_desk.paths import data_dir, default_company_file
from milestone_desk.resources_loader import resource_path
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import projects
from milestone_desk.services.firm.company import get_company
from milestone_desk.services.setup.first_run import company_settings
from milestone_desk.ui.app_settings import last_file, remember_file
from milestone_desk.ui.welcome import WelcomeDialog, choose_company_file
from tests.conftest import shots_dir


def make(qtbot: QtBot, **kw: object) -> WelcomeDialog:
    dialog = WelcomeDialog(today=date(2026, 11, 26), **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_set_up_my_company_creates_and_remembers_the_file(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.pages.currentIndex() == 0
    dialog.grab().save(str(shots_dir() / "welcome-choice.png"))
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    form = dialog.form
    assert not dialog.create_button.isEnabled()  # no name yet
    qtbot.keyClicks(form.name, "Nieves & Hijos")  # QTest types ASCII only
    form.name.setText(form.name.text() + " Construcción")
    form.address.setPlainText("Calle Mayor 1\n28013 Madrid")
    form.currency.setCurrentText("EUR")
    form.tax.setText("21")
    form.numbering.setCurrentText("F{yy}-{seq:05d}")
    assert form.preview.text() == "Your next invoice will be number F26-00001"
    form.terms.setValue(15)
    assert form.set_logo(resource_path("icons", "app-256.png"))
    assert dialog.create_button.isEnabled()
    dialog.grab().save(str(shots_dir() / "welcome-setup.png"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    target = default_company_file()
    assert dialog.chosen == target and dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert last_file() == target.resolve()
    with Books.open(target, create=False) as books:
        profile = get_company(books)
        assert (profile.name, profile.currency, profile.payment_terms_days) == (
            "Nieves & Hijos Construcción", "EUR", 15,
        )  # fmt: skip
        assert company_settings(books)["default_tax_percent"] == "21"


def test_numbering_without_seq_blocks_creation(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.pages.setCurrentIndex(1)
    qtbot.keyClicks(dialog.form.name, "Acme")
    assert dialog.create_button.isEnabled()
    dialog.form.numbering.setCurrentText("INV-{year}")
    assert not dialog.create_button.isEnabled()
    assert "{seq}" in dialog.form.preview.text()
    dialog.form.numbering.setCurrentText("INV-{year}-{seq}")
    dialog.form.tax.setText("150")
    assert not dialog.create_button.isEnabled()
    assert "between 0 and 100" in dialog.form.error.text()


def test_a_file_in_the_way_gives_a_sentence_not_a_dead_end(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "taken.mdesk"
    target.write_bytes(b"x")
    dialog = make(qtbot, target=target)
    dialog.pages.setCurrentIndex(1)
    qtbot.keyClicks(dialog.form.name, "Acme")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.form.error.text()
    assert dialog.chosen is None and dialog.isVisible()
    assert target.read_bytes() == b"x"


def test_explore_the_sample_company(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    sample = data_dir() / "sample-company.mdesk"
    assert dialog.chosen == sample and last_file() == sample.resolve()
    with Books.open(sample, create=False) as books:
        assert len(projects.list_projects(books)) >= 6


def test_choose_company_file_prefers_the_remembered_file(tmp_path: Path, qapp: QApplication) -> None:
    books_file = tmp_path / "mine.mdesk"
    Books.open(books_file).close()
    remember_file(books_file)
    assert choose_company_file() == books_file.resolve()
    books_file.unlink()
    Books.open(default_company_file()).close()  # remembered one is gone: the default file
    assert choose_company_file() == default_company_file()


@pytest.mark.parametrize("close", [False, True])
def test_choose_company_file_shows_the_welcome_screen(qtbot: QtBot, close: bool) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WelcomeDialog)
        if close:
            dialog.reject()
        else:
            dialog.sample_button.click()

    QTimer.singleShot(0, act)
    chosen = choose_company_file()
    assert chosen == (None if close else data_dir() / "sample-company.mdesk")


def test_logo_is_scaled_to_fit_and_non_pictures_are_refused(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from milestone_desk.ui.company_setup_form import logo_png

    big = QImage(1200, 300, QImage.Format.Format_RGB32)
    big.fill(QColor("#1e3a8a"))
    path = tmp_path / "logo.jpg"
    assert big.save(str(path))
    data = logo_png(path)
    assert data is not None and data.startswith(b"\x89PNG")
    scaled = QImage.fromData(data)
    assert (scaled.width(), scaled.height()) == (600, 150)
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    dialog = make(qtbot)
    assert not dialog.form.set_logo(text)
    assert dialog.form.logo is None
    assert "not a picture" in dialog.form.error.text()
