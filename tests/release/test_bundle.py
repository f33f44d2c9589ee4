"""Smoke test of the PyInstaller Linux bundle: build it, then run it like a user would.

Builds with packaging/milestone_desk.spec into tmp_path (about a minute here), unless
MILESTONE_DESK_BUNDLE names an already built folder (CI builds once, then tests it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.paths import REPO

ROOT = REPO
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = [pytest.mark.bundle, pytest.mark.skipif(sys.platform != "linux", reason="Linux bundle only")]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    prebuilt = os.environ.get("MILESTONE_DESK_BUNDLE")
    if prebuilt:
        return Path(prebuilt).resolve()
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[package]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
            str(ROOT / "packaging" / "milestone_desk.spec"),
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return work / "dist" / "milestone-desk"


def run(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MILESTONE_DESK_HOME": str(home),
        "PYTHONPATH": "",  # the bundle must not lean on the source tree
    }
    return subprocess.run(
        [str(bundle / "milestone-desk"), *args],
        cwd=home.parent, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_bundle_layout(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "milestone_desk/persistence/migrations/script.py.mako").is_file()
    assert (internal / "milestone_desk/persistence/migrations/versions/0001_initial_schema.py").is_file()
    assert (internal / "milestone_desk_resources/icons/app.svg").is_file()
    assert (internal / "milestone_desk_resources/translations/milestone_desk_es.qm").is_file()
    assert (internal / "milestone_desk_resources/docs/guide.html").is_file()
    assert (bundle / "share/applications/milestone-desk.desktop").is_file()
    assert (bundle / "share/mime/packages/milestone-desk.xml").is_file()
    assert (bundle / "VERSION").read_text().strip() == VERSION


def test_bundle_version(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, "--version", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"milestone-desk {VERSION}"


def test_bundle_screenshot_of_sample_company(bundle: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    home = tmp_path / "home"
    company = tmp_path / "sample.mdesk"
    made = run(bundle, "demo", str(company), home=home)  # migrations run inside the bundle
    assert made.returncode == 0, made.stderr
    checked = run(bundle, "check", str(company), home=home)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    shot = tmp_path / "main.png"
    done = run(bundle, "--db", str(company), "--screenshot", str(shot), "--size", "1024x700", home=home)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 700)
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 3, "the screenshot is blank"
    assert shot.stat().st_size > 5000


def test_install_script_for_one_user(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "user"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    script = bundle / "install.sh"
    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    desktop = (share / "applications" / "milestone-desk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle}/milestone-desk" %f' in desktop
    assert (share / "mime" / "packages" / "milestone-desk.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "milestone-desk.png").is_file()
    launcher = home / ".local" / "bin" / "milestone-desk"
    version = subprocess.run([str(launcher), "--version"], capture_output=True, text=True, check=False)
    assert version.stdout.strip() == f"milestone-desk {VERSION}"
    removed = subprocess.run(["sh", str(script), "--remove"], env=env, capture_output=True, text=True)
    assert removed.returncode == 0 and not launcher.exists()
    assert not (share / "applications" / "milestone-desk.desktop").exists()
