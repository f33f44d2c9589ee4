"""Run the PyInstaller spec's own logic for each system with PyInstaller's build steps recorded.

The real build happens only on the matching runner (CI) and, for Linux, in test_bundle.py; here the
spec is executed with stand-ins for Analysis/EXE/COLLECT/BUNDLE so that the macOS Info.plist and the
Windows executables are checked on any machine.
"""

from __future__ import annotations

import plistlib
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

from tests.paths import REPO

ROOT = REPO
SPEC = ROOT / "packaging" / "milestone_desk.spec"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def step(self, name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return types.SimpleNamespace(
                name=name,
                pure=[],
                scripts=[],
                binaries=[],
                datas=list(kwargs.get("datas", [])),
                kwargs=kwargs,
            )

        return call

    def named(self, name: str) -> list[dict[str, Any]]:
        return [kwargs for step, _, kwargs in self.calls if step == name]


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda name, **k: [name]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.collect_dynamic_libs = lambda *a, **k: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    rec = Recorder()
    namespace = {name: rec.step(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(SPEC.parent), DISTPATH=str(tmp_path / "dist"), __name__="__spec__")
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return rec


def test_analysis_ships_resources_migrations_and_cli_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rec = run_spec("linux", tmp_path, monkeypatch)
    (analysis,) = rec.named("Analysis")
    targets = {(Path(src).name, dest) for src, dest in analysis["datas"]}
    assert ("script.py.mako", "milestone_desk/persistence/migrations") in targets
    assert ("0001_initial_schema.py", "milestone_desk/persistence/migrations/versions") in targets
    assert ("app.svg", "milestone_desk_resources/icons") in targets
    assert ("milestone_desk_es.qm", "milestone_desk_resources/translations") in targets
    assert not any(name.endswith(".ts") for name, _ in targets)
    assert {"milestone_desk.cli", "alembic"} <= set(analysis["hiddenimports"])


def test_macos_bundle_info_plist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rec = run_spec("darwin", tmp_path, monkeypatch)
    (bundle,) = rec.named("BUNDLE")
    assert bundle["name"] == "Milestone Desk.app"
    assert bundle["bundle_identifier"] == "com.milestonedesk.MilestoneDesk"
    assert Path(bundle["icon"]).name == "app.icns" and Path(bundle["icon"]).is_file()
    plist = bundle["info_plist"]
    plistlib.dumps(plist)  # only plist-able values
    assert plist["CFBundleShortVersionString"] == VERSION and plist["NSHighResolutionCapable"] is True
    (doc,) = plist["CFBundleDocumentTypes"]
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["mdesk"]
    (exe,) = rec.named("EXE")
    assert exe["argv_emulation"] is True and exe["console"] is False


def test_windows_gets_a_windowed_and_a_console_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rec = run_spec("win32", tmp_path, monkeypatch)
    exes = {kwargs["name"]: kwargs for kwargs in rec.named("EXE")}
    assert exes["MilestoneDesk"]["console"] is False and exes["milestone-desk"]["console"] is True
    assert all(Path(e["icon"]).suffix == ".ico" and Path(e["icon"]).is_file() for e in exes.values())
    assert not rec.named("BUNDLE")
    iss = (ROOT / "packaging" / "windows" / "milestone_desk.iss").read_text(encoding="utf-8")
    assert '#define AppExe "MilestoneDesk.exe"' in iss and '#define CliExe "milestone-desk.exe"' in iss


def test_linux_folder_gets_desktop_entry_mime_and_icons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_spec("linux", tmp_path, monkeypatch)
    out = tmp_path / "dist" / "milestone-desk"
    assert (out / "share/applications/milestone-desk.desktop").is_file()
    assert (out / "share/mime/packages/milestone-desk.xml").is_file()
    assert (out / "share/icons/hicolor/scalable/apps/milestone-desk.svg").is_file()
    assert (out / "VERSION").read_text().strip() == VERSION
