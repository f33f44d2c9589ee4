"""Reading files shipped in ``resources/`` (installed as the ``milestone_desk_resources`` package)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A real filesystem path to a shipped resource (fonts and icons need one)."""
    base = resources.files("milestone_desk_resources")
    target = base.joinpath(*parts)
    return Path(str(target))


def read_bytes(*parts: str) -> bytes:
    return resources.files("milestone_desk_resources").joinpath(*parts).read_bytes()
