"""Where the company file and settings live by default (the user's data folder, via platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Milestone Desk"
FILE_SUFFIX = ".mdesk"


def data_dir() -> Path:
    """The per-user data folder; ``MILESTONE_DESK_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("MILESTONE_DESK_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_company_file() -> Path:
    return data_dir() / f"company{FILE_SUFFIX}"
