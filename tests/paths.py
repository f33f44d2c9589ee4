"""Where tests find the repository and the stored sample company files, wherever the test file sits."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SAMPLES = TESTS / "migrations"
