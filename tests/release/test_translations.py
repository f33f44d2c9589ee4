"""Every visible string in the UI has a Spanish and French translation in the committed files.

Fails when new tr() strings were added without running ``make translations`` and translating them
(resources/translations/milestone_desk_{es,fr}.ts, e.g. with pyside6-linguist).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.paths import REPO

ROOT = REPO
TRANSLATIONS = ROOT / "resources" / "translations"


def _make_translations() -> object:
    script = ROOT / "packaging" / "make_translations.py"
    spec = importlib.util.spec_from_file_location("make_translations", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_ui_string_is_translated(lang: str, tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    ts = tmp_path / f"milestone_desk_{lang}.ts"
    shutil.copy2(TRANSLATIONS / ts.name, ts)
    sources = _make_translations().sources()  # type: ignore[attr-defined]
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation[@type='unfinished']") is not None
    ]
    assert not untranslated, f"run `make translations` and translate in {ts.name}: {untranslated}"
