"""Refresh the screenshots the user guide shows (docs/screenshots/), then the bundled guide.

    python packaging/make_screenshots.py

The welcome screen in English and Spanish, and the main window on a fresh sample company taken
with the program's own ``--screenshot`` option. Run after UI changes so the guide stays current.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
#: The folder shown in the pictures (a typical Linux one, not the machine's real home).
EXAMPLE_TARGET = Path("/home/you/.local/share/Milestone Desk/company.mdesk")


def welcome_shots() -> None:
    from PySide6.QtWidgets import QApplication

    from milestone_desk.ui.i18n import install_translator
    from milestone_desk.ui.welcome import WelcomeDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    companies = (
        ("en", "Hartwell Remodeling LLC"),
        ("es", "Reformas Nieves S.L."),
        ("fr", "Rénovations Dupont"),
    )
    for lang, name in companies:
        install_translator(app, lang)
        dialog = WelcomeDialog(today=date.today(), target=EXAMPLE_TARGET)
        dialog.language.blockSignals(True)
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        dialog.show()
        dialog.grab().save(str(SHOTS / f"welcome-{lang}.png"))
        dialog.pages.setCurrentIndex(1)
        dialog.form.name.setText(name)
        dialog.grab().save(str(SHOTS / f"welcome-setup-{lang}.png"))
        dialog.close()
    install_translator(app, "en")


def main_window_shot(home: Path) -> None:
    env = {**os.environ, "MILESTONE_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    sample = home / "sample.mdesk"
    cli = [sys.executable, "-m", "milestone_desk"]
    subprocess.run([*cli, "demo", str(sample)], env=env, check=True, capture_output=True)
    for lang, name in (("en", "main-window.png"), ("es", "main-window-es.png")):
        lang_env = {**env, "MILESTONE_DESK_LANGUAGE": lang}
        out = str(SHOTS / name)
        subprocess.run([*cli, "--db", str(sample), "--screenshot", out], env=lang_env, check=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MILESTONE_DESK_HOME"] = tmp  # settings of the shots stay out of the real profile
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        SHOTS.mkdir(parents=True, exist_ok=True)
        welcome_shots()
        main_window_shot(Path(tmp))
    subprocess.run([sys.executable, str(ROOT / "packaging" / "make_guide.py")], check=True)
    print(f"Screenshots in {SHOTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
