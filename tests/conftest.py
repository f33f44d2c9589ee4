"""Shared fixtures: a real SQLite company file per test, the kitchen job, and a CLI runner.

Qt runs offscreen; Qt warnings fail tests (qt_log_level_fail in pyproject).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from milestone_desk.cli import main as cli_main
from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import exchange

KITCHEN: dict[str, Any] = {
    "format": "milestone-desk/1",
    "company": {
        "name": "Hartwell Remodeling",
        "address": "418 Cedar Lane\nPortland, OR 97205",
        "currency": "USD",
        "tax_id": "93-1234567",
    },
    "clients": [
        {
            "code": "C-001",
            "name": "Maria Delgado",
            "email": "maria@example.com",
            "address": "22 Birch St, Portland, OR",
        }
    ],
    "projects": [
        {
            "code": "P-001",
            "client": "C-001",
            "name": "Kitchen remodel",
            "site_address": "22 Birch St",
            "contract_sum": "48500.00",
            "tax_percent": "0",
            "retainage_percent": "5",
            "milestones": [
                {"name": "Deposit", "percent": "10", "deposit": True, "due": "2026-01-15"},
                {"name": "Demolition", "percent": "15"},
                {"name": "Rough-in", "percent": "25"},
                {"name": "Cabinets", "amount": "14550.00"},
                {"name": "Final", "remainder": True},
            ],
        }
    ],
}


def _isolate(set_env: Any, root: Path) -> None:
    set_env("MILESTONE_DESK_HOME", str(root / "home"))
    set_env("XDG_CONFIG_HOME", str(root / "config"))
    set_env("XDG_DATA_HOME", str(root / "data"))
    set_env("XDG_CACHE_HOME", str(root / "cache"))


@pytest.fixture(scope="session", autouse=True)
def _isolated_session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module- and session-scoped fixtures run before any function fixture: keep them (and their
    automatic backups) away from the real data folder too."""
    patch = pytest.MonkeyPatch()
    _isolate(patch.setenv, tmp_path_factory.mktemp("session-home"))
    # HOME too, once for the session (not inside each test's tmp_path, which some tests expect empty):
    # anything that reads the home folder directly (Qt, fontconfig, a keyring file backend) writes
    # under the session's temporary folder, never into the real one.
    patch.setenv("HOME", str(tmp_path_factory.mktemp("session-user")))
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real data folder and settings; screenshots go to tmp_path
    (or to the folder named by MILESTONE_DESK_SHOTS, to look at them)."""
    _isolate(monkeypatch.setenv, tmp_path)
    monkeypatch.setenv(
        "MILESTONE_DESK_TEST_SHOTS", os.environ.get("MILESTONE_DESK_SHOTS") or str(tmp_path / "shots")
    )


def shots_dir() -> Path:
    """The folder the running test saves its screenshots in (created)."""
    folder = Path(os.environ["MILESTONE_DESK_TEST_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def kitchen_data() -> dict[str, Any]:
    return json.loads(json.dumps(KITCHEN))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "company.mdesk"


@pytest.fixture
def books(db_path: Path) -> Iterator[Books]:
    """An open company file holding the kitchen job."""
    b = Books.open(db_path)
    exchange.import_data(b, json.loads(json.dumps(KITCHEN)))
    yield b
    b.close()


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the CLI in-process, returning exit code, stdout and stderr."""

    def run(*args: str) -> Result:
        try:
            code = cli_main(list(args))
        except SystemExit as exc:  # argparse usage errors and --version
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def run_cli_process(
    *args: str, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point in a subprocess (for crash, lock and exit-code tests)."""
    return subprocess.run(
        [sys.executable, "-m", "milestone_desk", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """A throwaway PostgreSQL cluster on a unix socket, for the whole session."""
    from tests.pg_support import Cluster, find_bin

    bindir = find_bin()
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL binaries (initdb, pg_ctl) are missing; CI must install postgresql.")
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed here.")
    cluster = Cluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def where_any(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where new, empty books go: a company file, or a fresh database on the test server."""
    if request.param == "sqlite":
        return str(tmp_path / "company.mdesk")
    return str(request.getfixturevalue("pg_server").new_database())


@pytest.fixture
def books_any(where_any: str) -> Iterator[Books]:
    """The kitchen job in a company file and on the office server (parametrised)."""
    b = Books.open(where_any)
    exchange.import_data(b, json.loads(json.dumps(KITCHEN)))
    yield b
    b.close()
