"""Tests never touch the real home folder: also not from a module-scoped fixture, which pytest makes
before any function fixture (issue 12: one used to write pre-upgrade backups into $HOME's data folder)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from milestone_desk.paths import data_dir
from milestone_desk.persistence.backups import backup_dir_for
from milestone_desk.services.core.books import Books
from tests.paths import SAMPLES

SAMPLE = SAMPLES / "0001.mdesk"


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An old file opened (and migrated, which backs it up first) at module scope."""
    path = tmp_path_factory.mktemp("old") / "old.mdesk"
    shutil.copyfile(SAMPLE, path)
    Books.open(path).close()
    return data_dir(), backup_dir_for(path, create=False)


def test_module_scoped_fixture_writes_under_the_test_temp_folder(
    migrated: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder, backups = migrated
    base = tmp_path_factory.getbasetemp().resolve()
    assert folder.resolve().is_relative_to(base), folder
    assert backups.resolve().is_relative_to(base)
    assert any(backups.glob("*pre-upgrade*")), "the migration backup was made (into the temp folder)"


def test_function_tests_get_their_own_home(tmp_path: Path) -> None:
    assert data_dir().resolve().is_relative_to(tmp_path.resolve())
