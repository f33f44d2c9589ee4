"""The seal of the audit trail: an HMAC of the chain's head keyed by a secret kept outside the file.

Why an HMAC with an outside secret: the chain links each event to the previous one, but anyone with
the file and the sqlite3 shell can recompute every hash after editing a row. The seal
(``settings['audit.seal']`` = HMAC-SHA256(secret, ``audit.head``)) cannot be recomputed without the
secret, which never enters the company file: it lives in the OS keyring (service
``milestone-desk-audit-seal``, user = the company's UUID) and, where there is no keyring (a
headless server, CI), in ``<data folder>/seals/<company uuid>.key`` (0600 in a 0700 folder).

What it proves and what it cannot: on a computer that holds the secret, ``check`` detects a
recomputed chain, a moved head and a removed seal. A file opened on a computer without the secret
cannot be verified there (``check`` says so); a file last changed on another computer carries that
computer's seal and ``check`` here names that as the likely reason.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from milestone_desk.paths import data_dir
from milestone_desk.persistence.models import Setting
from milestone_desk.services.core.queries.lookup import company_or_none

SEAL_KEY = "audit.seal"
SERVICE = "milestone-desk-audit-seal"
_cache: dict[str, bytes] = {}


def _keyring() -> Any:
    """The keyring module, or None when it cannot be imported (tests replace this)."""
    try:
        import keyring
    except Exception:  # pragma: no cover - keyring is a dependency
        return None
    return keyring


def _key_file(company_uuid: str) -> Path:
    return data_dir() / "seals" / f"{company_uuid}.key"


def _read_key_file(path: Path) -> str | None:
    for _ in range(50):  # a file just created by another writer may not hold its key yet
        try:
            text = path.read_text(encoding="ascii").strip()
        except OSError:
            return None
        if text:
            return text
        time.sleep(0.01)
    return None


def secret_for(company_uuid: str, *, create: bool) -> bytes | None:
    """The sealing secret of a company: keyring first, then the private file; created when asked."""
    if company_uuid in _cache:
        return _cache[company_uuid]
    found: str | None = None
    ring = _keyring()
    if ring is not None:
        try:
            found = ring.get_password(SERVICE, company_uuid)
        except Exception:  # no backend (NoKeyringError), locked, D-Bus gone: use the file
            found = None
    path = _key_file(company_uuid)
    if not found:
        found = _read_key_file(path) if path.exists() else None
    if not found and create:
        found = secrets.token_hex(32)
        stored = False
        if ring is not None:
            try:
                ring.set_password(SERVICE, company_uuid, found)
                found = ring.get_password(SERVICE, company_uuid) or found  # another process may have won
                stored = True
            except Exception:
                stored = False
        if not stored:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:  # another writer created it first: use theirs
                found = _read_key_file(path) or found
            else:
                try:
                    os.write(fd, found.encode("ascii"))
                    os.fsync(fd)
                finally:
                    os.close(fd)
    if not found:
        return None
    key = bytes.fromhex(found) if all(c in "0123456789abcdef" for c in found) else found.encode()
    _cache[company_uuid] = key
    return key


def seal_value(key: bytes, head: str) -> str:
    return hmac.new(key, head.encode("utf-8"), hashlib.sha256).hexdigest()


def _company_uuid(session: Session) -> str | None:
    found = company_or_none(session)
    return None if found is None else found.uuid


def reseal(session: Session, head: str) -> None:
    """Seal a new head inside the caller's transaction (no company yet: nothing to key it by)."""
    company = _company_uuid(session)
    if company is None:
        return
    key = secret_for(company, create=True)
    if key is None:  # pragma: no cover - create=True always yields a key or raises
        return
    value = seal_value(key, head)
    row = session.get(Setting, SEAL_KEY)
    if row is None:
        session.add(Setting(key=SEAL_KEY, value=value))
    else:
        row.value = value


def verify(session: Session, head: str | None) -> tuple[list[str], str | None]:
    """(problems, note): a seal that does not match the head is a problem; no secret here is a note."""
    company = _company_uuid(session)
    if company is None or head is None:
        return [], None
    key = secret_for(company, create=False)
    row = session.get(Setting, SEAL_KEY)
    if key is None:
        return [], "The audit trail's seal was not verified: this computer does not hold its key."
    if row is None:
        return [
            "The audit trail is not sealed although this computer sealed it: its seal was removed "
            "and the trail may have been rewritten."
        ], None
    if not hmac.compare_digest(row.value, seal_value(key, head)):
        return [
            "The audit trail's seal does not match its head: the trail was recomputed or rewritten "
            "(or the file was last changed on another computer, whose key this one does not hold)."
        ], None
    return [], None
