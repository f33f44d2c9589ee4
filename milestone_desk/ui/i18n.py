"""Interface language: Qt translators for the app's strings and Qt's own, plus the matching locale.

The choice is kept in the app settings under ``language``: "" means the system's language;
"en", "es" and "fr" are offered. ``install_translator`` is called once at start, and again by the
language dialog; widgets built afterwards come up in the new language.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from milestone_desk.resources_loader import resource_path
from milestone_desk.ui.app_settings import LANGUAGE, app_settings

#: Offered languages, by code, with their names written in themselves.
LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
#: The locale used for money and dates when the system's territory does not speak the language.
DEFAULT_LOCALES = {"en": "en_US", "es": "es_ES", "fr": "fr_FR"}

_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The language setting: "" (follow the system) or one of LANGUAGES.

    ``MILESTONE_DESK_LANGUAGE`` overrides the saved setting for one run (screenshots, support).
    """
    override = os.environ.get("MILESTONE_DESK_LANGUAGE", "")
    if override in LANGUAGES:
        return override
    value = str(app_settings().value(LANGUAGE, "") or "")
    return value if value in LANGUAGES else ""


def save_language(language: str) -> None:
    if language and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings = app_settings()
    settings.setValue(LANGUAGE, language)
    settings.sync()


def effective_language(language: str | None = None) -> str:
    """The language actually used: the setting, else the system's if offered, else English."""
    chosen = chosen_language() if language is None else language
    if chosen in LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def locale_for(language: str) -> str:
    """A full locale (es_MX, fr_CA …) for money and dates: the system's when it speaks ``language``."""
    system = QLocale.system().name()
    if system.split("_")[0] == language and "_" in system:
        return system
    return DEFAULT_LOCALES.get(language, "en_US")


def ui_locale() -> str:
    """The locale name money and dates are shown in (follows the chosen language)."""
    return locale_for(effective_language())


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Install translators for ``language`` (None: the saved setting) and return the language used.

    Replaces translators installed earlier by this function; also sets the default QLocale so
    that Qt's own number and date widgets follow the same language.
    """
    lang = effective_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(locale_for(lang)))
    if lang == "en":
        return lang
    ours = QTranslator(app)
    if ours.load(f"milestone_desk_{lang}", str(resource_path("translations"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


def plural(text: str, n: int) -> str:
    """The English fallback of a ``tr("… %n thing(s) …", "", n)`` text: the catalogues give each
    language its own plural forms; untranslated (English) "(s)" becomes "" for one, "s" otherwise."""
    return text.replace("(s)", "" if n == 1 else "s")
