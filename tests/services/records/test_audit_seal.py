"""Issue 13, point 2: the audit seal's key lives outside the file — keyring first, private file else."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.services.core import audit_seal
from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import exchange
from tests.safety_helpers import FakeKeyring, use_keyring
from tests.trust_helpers import issue


def test_key_goes_to_the_keyring_and_never_into_the_file(
    kitchen_data: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ring = use_keyring(monkeypatch, FakeKeyring())
    books = Books.open(db_path)
    exchange.import_data(books, kitchen_data)
    issue(books, "Deposit")
    books.close()
    ((service, _user), secret) = next(iter(ring.store.items()))
    assert service == audit_seal.SERVICE
    assert secret not in db_path.read_bytes().decode("latin-1")
    assert not (tmp_path / "home" / "seals").exists()


def test_without_a_keyring_the_key_is_a_private_file(
    kitchen_data: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cli: Any
) -> None:
    use_keyring(monkeypatch, FakeKeyring(broken=True))
    books = Books.open(db_path)
    exchange.import_data(books, kitchen_data)
    issue(books, "Deposit")
    books.close()
    (key,) = (tmp_path / "home" / "seals").iterdir()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert cli("check", str(db_path)).code == 0
    # on a computer without the key the seal cannot be verified: said as a note, not a failure
    key.unlink()
    audit_seal._cache.clear()
    r = cli("check", str(db_path), "--json")
    assert r.code == 0
    assert "not verified" in json.loads(r.out)["notes"][0]
