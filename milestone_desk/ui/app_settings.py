"""The app's own preferences (last company file, language, window state) — not the company's books.

``app_settings()`` is the one way to reach them. Normally they live where Qt keeps native
settings (registry, plist, ~/.config); with ``MILESTONE_DESK_HOME`` set (tests, portable installs)
they live in ``settings.ini`` in that folder, beside the company files.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from milestone_desk.paths import APP_NAME

LAST_FILE = "last_file"
LANGUAGE = "language"


def app_settings() -> QSettings:
    home = os.environ.get("MILESTONE_DESK_HOME")
    if home:
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(APP_NAME, APP_NAME)


def last_file() -> Path | None:
    """The company file opened last, when it still exists."""
    value = app_settings().value(LAST_FILE, "")
    if not value:
        return None
    path = Path(str(value))
    return path if path.is_file() else None


def remember_file(path: Path) -> None:
    settings = app_settings()
    settings.setValue(LAST_FILE, str(Path(path).resolve()))
    settings.sync()


def forget_file() -> None:
    """Stop reopening the last file (it could not be opened): the next start asks again."""
    settings = app_settings()
    settings.remove(LAST_FILE)
    settings.sync()


def known_company_file() -> Path | None:
    """The file to open at start without asking: the one opened last, else the default one."""
    from milestone_desk.paths import default_company_file

    remembered = last_file()
    if remembered is not None:
        return remembered
    default = default_company_file()
    if default.is_file():
        remember_file(default)
        return default
    return None
