"""Languages: Spanish and French translators, the language setting, locale-aware money and dates."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from milestone_desk.resources_loader import resource_path
from milestone_desk.ui.formatting_locale import format_amount_locale, format_date_locale, format_money_locale
from milestone_desk.ui.i18n import chosen_language, effective_language, install_translator, save_language
from milestone_desk.ui.language_dialog import LanguageDialog
from milestone_desk.ui.welcome import WelcomeDialog
from tests.conftest import shots_dir

TRANSLATIONS = resource_path("translations")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translator(qapp, "en")  # leave English for the other tests


def test_spanish_translator_translates_known_strings(app: QApplication) -> None:
    assert install_translator(app, "es") == "es"
    assert QCoreApplication.translate("WelcomeDialog", "Set up my company") == "Configurar mi empresa"
    assert QCoreApplication.translate("HelpMenu", "Copy diagnostics") == "Copiar diagnóstico"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own strings
    assert QLocale().name() == "es_ES"
    assert install_translator(app, "fr") == "fr"
    assert QCoreApplication.translate("WelcomeDialog", "Set up my company") == "Configurer mon entreprise"
    assert QCoreApplication.translate("WelcomeDialog", "Set up my company") != "Configurar mi empresa"
    assert install_translator(app, "en") == "en"
    assert QCoreApplication.translate("WelcomeDialog", "Set up my company") == "Set up my company"


def test_language_setting_round_trip(app: QApplication) -> None:
    assert chosen_language() == ""
    save_language("fr")
    assert chosen_language() == "fr" and effective_language() == "fr"
    assert install_translator(app) == "fr"  # None: the saved setting
    with pytest.raises(ValueError):
        save_language("de")


def test_environment_overrides_the_saved_language(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    save_language("fr")
    monkeypatch.setenv("MILESTONE_DESK_LANGUAGE", "es")
    assert install_translator(app) == "es"
    monkeypatch.setenv("MILESTONE_DESK_LANGUAGE", "klingon")
    assert chosen_language() == "fr"


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_compiled_qm_matches_the_ts_file(lang: str) -> None:
    """Every message is translated, and the committed .qm holds the .ts translations."""
    root = ET.parse(TRANSLATIONS / f"milestone_desk_{lang}.ts").getroot()
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"milestone_desk_{lang}.qm"))
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            kind = tr.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            assert kind != "unfinished", message.findtext("source")
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes":  # plural forms: one, then the others (es and fr)
                forms = [f.text for f in tr.iter("numerusform")]
                assert len(forms) == 2 and all(forms), source
                assert translator.translate(name, source, "", 1) == forms[0], source
                assert translator.translate(name, source, "", 5) == forms[1], source
                count += 1
                continue
            assert translator.translate(name, source) == tr.text, source
            count += 1
    assert count >= 40


@pytest.mark.parametrize(
    ("cents", "currency", "locale", "expected"),
    [
        (4_850_000, "USD", "en_US", "$48,500.00"),
        (123_456, "EUR", "es_ES", "1.234,56\xa0€"),
        (123_456, "EUR", "fr_FR", "1\u202f234,56\xa0€"),
        (123_456, "JPY", "ja_JP", "￥123,456"),  # no cents: 123456 yen, not 1234.56
        (123_456, "JPY", "en_US", "¥123,456"),
        (1_234_567, "KWD", "en_US", "KWD1,234.567"),
        (-5, "USD", "en_US", "-$0.05"),
        (10**17 + 1, "USD", "en_US", "$1,000,000,000,000,000.01"),  # exact, no float
    ],
)
def test_format_money_locale(cents: int, currency: str, locale: str, expected: str) -> None:
    assert format_money_locale(cents, currency, locale) == expected


def test_amounts_and_dates_follow_the_locale() -> None:
    assert format_amount_locale(-123_456, "USD", "fr_FR") == "-1\u202f234,56"
    assert format_amount_locale(123_456, "CLP", "es_CL") == "123.456"
    assert format_date_locale(date(2026, 3, 5), "es_ES") == "5 mar 2026"
    assert format_date_locale(date(2026, 3, 5), "fr_FR", "long") == "5 mars 2026"
    assert format_date_locale(date(2026, 3, 5), "not a locale") == "Mar 5, 2026"


def test_language_dialog_saves_installs_and_previews(app: QApplication, qtbot: QtBot) -> None:
    dialog = LanguageDialog(currency="EUR")
    qtbot.addWidget(dialog)
    dialog.combo.setCurrentIndex(dialog.combo.findData("es"))
    assert dialog.example.text() == "48.500,00\xa0€ · 5 de marzo de 2026"
    with qtbot.waitSignal(dialog.language_changed) as signal:
        dialog.apply()
    assert signal.args == ["es"]
    assert chosen_language() == "es"
    assert QCoreApplication.translate("WelcomeDialog", "Back") == "Atrás"


def test_welcome_screen_in_spanish(app: QApplication, qtbot: QtBot) -> None:
    dialog = WelcomeDialog(today=date(2026, 11, 26))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))  # switch from the screen itself
    assert chosen_language() == "es"
    assert dialog.windowTitle() == "Bienvenido a Milestone Desk"
    assert dialog.setup_button.text() == "Configurar mi empresa"
    assert dialog.sample_button.text() == "Explorar la empresa de ejemplo"
    assert dialog.grab().save(str(shots_dir() / "welcome-es.png"))
    dialog.setup_button.click()
    dialog.form.name.setText("Reformas Nieves")
    assert dialog.form.preview.text() == "Su próxima factura tendrá el número INV-2026-0001"
    assert dialog.form.terms.suffix() == " días"
    assert dialog.grab().save(str(shots_dir() / "welcome-setup-es.png"))
