"""Refresh the Qt translation files and compile them.

    python packaging/make_translations.py

1. pyside6-lupdate reads every tr()/translate() string in milestone_desk/ui and milestone_desk/app.py
   into resources/translations/milestone_desk_{en,es,fr}.ts (existing translations are kept; new strings
   are marked unfinished — translate them in Qt Linguist: pyside6-linguist FILE.ts).
2. pyside6-lrelease compiles each .ts into the .qm the app loads (commit both).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "es", "fr")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not installed (it comes with PySide6).")
    return found


def sources() -> list[str]:
    files = [*sorted((ROOT / "milestone_desk" / "ui").rglob("*.py")), ROOT / "milestone_desk" / "app.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"milestone_desk_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-source-language", "en", "-target-language", lang,
             "-locations", "none", "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT, check=True,
        )  # fmt: skip
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
