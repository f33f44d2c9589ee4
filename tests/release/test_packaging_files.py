"""The packaging files agree with the project: version, icons, desktop entry, MIME type, installers."""

from __future__ import annotations

import configparser
import struct
import tomllib
import xml.etree.ElementTree as ET

import pytest

import milestone_desk
from milestone_desk.launcher import desktop_argv
from tests.paths import REPO

ROOT = REPO
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def test_version_in_package_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert milestone_desk.__version__ == project["version"]
    assert "pyinstaller" in " ".join(project["optional-dependencies"]["package"]).lower()


def test_spec_reads_pyproject_and_ships_resources_and_migrations() -> None:
    spec = (PACKAGING / "milestone_desk.spec").read_text(encoding="utf-8")
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec
    assert '"milestone_desk_resources"' in spec
    assert '"milestone_desk/persistence/migrations"' in spec
    assert 'collect_submodules("milestone_desk")' in spec
    assert "CFBundleDocumentTypes" in spec and "NSHighResolutionCapable" in spec
    assert '"public.filename-extension": ["mdesk"]' in spec
    compile(spec, "milestone_desk.spec", "exec")  # at least valid Python


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_ico_holds_png_entries_16_to_256() -> None:
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        png = data[offset : offset + length]
        assert _png_size(png) == (w or 256, h or 256)
        assert (planes, bpp) == (1, 32)
        sizes.append(w or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_elements_are_pngs_of_the_declared_size() -> None:
    data = (ICONS / "app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        found[kind] = _png_size(data[pos + 8 : pos + length])[0]
        pos += length
    assert pos == len(data)
    assert found[b"ic07"] == 128 and found[b"ic10"] == 1024 and found[b"icp4"] == 16


def test_generated_icons_are_current_with_the_svg(qapp: object) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec and spec.loader
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    from PySide6.QtGui import QImage

    fresh, committed = QImage(), QImage(str(ICONS / "app-48.png"))
    assert fresh.loadFromData(make_icons.render_png(ICONS / "app.svg", 48))
    assert committed.size() == fresh.size()

    def far(x: int, y: int) -> bool:
        pairs = zip(fresh.pixelColor(x, y).getRgb(), committed.pixelColor(x, y).getRgb())
        return max(abs(a - b) for a, b in pairs) > 8

    differing = sum(1 for x in range(48) for y in range(48) if far(x, y))
    assert differing < 48 * 48 // 100, "app.svg changed: run python packaging/make_icons.py"


def test_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "milestone-desk.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "milestone-desk %f"
    assert entry["Icon"] == "milestone-desk"
    assert "application/x-milestone-desk;" in entry["MimeType"]
    assert entry["Categories"].endswith(";")


def test_mime_type_matches_the_file_suffix() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "linux" / "milestone-desk.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-milestone-desk"
    glob = mime.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*.mdesk"


def test_inno_setup_script_has_start_menu_association_and_uninstaller() -> None:
    iss = (PACKAGING / "windows" / "milestone_desk.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert 'Name: "{group}\\{#AppName}"' in iss
    assert 'Subkey: "Software\\Classes\\.mdesk"' in iss
    assert "ChangesAssociations=yes" in iss
    assert "{uninstallexe}" in iss
    assert '"%1"' in iss


def test_workflow_builds_on_three_systems() -> None:
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in workflow
    assert "packaging/milestone_desk.spec" in workflow and "milestone_desk.iss" in workflow


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], []),
        (["/home/a/books.mdesk"], ["--db", "/home/a/books.mdesk"]),
        (["C:\\Users\\a\\Books.MDESK"], ["--db", "C:\\Users\\a\\Books.MDESK"]),
        (["-psn_0_12345", "/x/b.mdesk"], ["--db", "/x/b.mdesk"]),
        (["--version"], ["--version"]),
        (["ledger", "b.mdesk"], ["ledger", "b.mdesk"]),
        (["notes.txt"], ["notes.txt"]),
    ],
)
def test_a_shell_opened_company_file_becomes_db(argv: list[str], expected: list[str]) -> None:
    assert desktop_argv(argv) == expected


def test_launcher_version(capsys: pytest.CaptureFixture[str]) -> None:
    from milestone_desk.launcher import main

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"milestone-desk {milestone_desk.__version__}"
