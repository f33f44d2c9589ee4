"""Helpers for the issue-13 safety tests: a firm with every kind of record, a fake keyring."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.services.billing import credits
from milestone_desk.services.construction import change_orders
from milestone_desk.services.core import audit_seal
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.queries.check import check_report
from milestone_desk.services.setup import demo


class FakeKeyring:
    """An in-memory OS keyring (CI has no keyring backend)."""

    def __init__(self, *, broken: bool = False) -> None:
        self.store: dict[tuple[str, str], str] = {}
        self.broken = broken

    def get_password(self, service: str, user: str) -> str | None:
        if self.broken:
            raise RuntimeError("No recommended backend was available.")
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, value: str) -> None:
        if self.broken:
            raise RuntimeError("No recommended backend was available.")
        self.store[(service, user)] = value


def use_keyring(monkeypatch: pytest.MonkeyPatch, ring: FakeKeyring) -> FakeKeyring:
    monkeypatch.setattr(audit_seal, "_keyring", lambda: ring)
    audit_seal._cache.clear()
    return ring


def make_firm(path: Path) -> None:
    """The sample company plus change orders in two projects (each numbered 1) and a credit note."""
    demo.write_demo(path, today=date(2026, 6, 15))
    with Books.open(path) as b:
        for code in ("P-003", "P-005"):
            change_orders.add_change_order(b, code, 50000, "Extra outlet", date(2026, 6, 1), approve_it=True)
        credits.issue_credit_note(b, "INV-2026-0008", 10000, "Goodwill", date(2026, 6, 2))


def copy_firm(template: Path, dest: Path) -> Path:
    shutil.copyfile(template, dest)
    return dest


def sql(path: Path, script: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.executescript(script)
    finally:
        con.close()


def kinds(path: Path) -> list[str]:
    with Books.open(path, create=False, readonly=True) as b:
        return [f.kind for f in check_report(b).findings]


def triggers(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return [(r[0], r[1]) for r in con.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")]
    finally:
        con.close()


def without_triggers(path: Path, script: str) -> None:
    """Drop every trigger, run the edit, put the very same triggers back (what a careful forger does)."""
    saved = triggers(path)
    drops = "".join(f"DROP TRIGGER {name};" for name, _ in saved)
    creates = "".join(f"{text};" for _, text in saved)
    sql(path, f"BEGIN;{drops}{script}{creates}COMMIT;")


def dump_rows(path: Path, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every row of every table (what "a row differs" is judged by), leaving out the ``skip`` columns."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out: dict[str, Any] = {}
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{name}")') if r[1] not in skip]
            listed = ", ".join(f'"{c}"' for c in cols)
            out[name] = sorted(map(repr, con.execute(f'SELECT {listed} FROM "{name}"').fetchall()))
        return out
    finally:
        con.close()
