"""A sync killed at random moments (SIGKILL) is finished by the next: nothing lost, nothing doubled.

The number of kills is ``MD_SYNC_KILLS`` (default 200), within ``MD_SYNC_KILL_SECONDS`` (default
180 s; the count reached is printed). Between kills the laptop keeps working offline.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from milestone_desk.persistence.models import Payment
from milestone_desk.persistence.models_field import FieldCommand, FieldDraft
from milestone_desk.services.billing import payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.field import field_sync, field_work
from milestone_desk.services.records.queries.check import check_books
from tests.field_support import certificates, office_with_deposits, receipts_by_series


def _offline_work(lap: Path, n: int) -> None:
    with Books.open(lap, create=False) as b:
        for i in range(2):
            payments.record_payment(
                b, f"INV-2026-000{1 + (n + i) % 3}", 100, date(2026, 3, 1), "check", f"k{n}-{i}"
            )
        field_work.add_draft(b, "P-001", "note", f"note {n}")


@pytest.mark.slow
def test_sync_killed_at_random_moments_then_synced_again(pg_server: Any, tmp_path: Path) -> None:
    url = str(pg_server.new_database())
    office_with_deposits(url)
    lap = tmp_path / "lap.mdesk"
    field_sync.take_field_copy(url, lap, "TRUCK1")
    with Books.open(lap, create=False) as b:
        field_work.sign_off(b, "P-001", "Demolition", date(2026, 3, 2), "Maria")
    rng = random.Random(int(os.environ.get("MD_SYNC_SEED", "15")))
    wanted = int(os.environ.get("MD_SYNC_KILLS", "200"))
    budget = float(os.environ.get("MD_SYNC_KILL_SECONDS", "180"))
    env = {**os.environ, "MILESTONE_DESK_HOME": str(tmp_path / "home")}
    _offline_work(lap, 999)
    t0 = time.monotonic()  # one whole sync, to spread the kills over all of its moments
    done = subprocess.run(
        [sys.executable, "-m", "milestone_desk", "sync", str(lap)], env=env, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    whole = time.monotonic() - t0
    start = time.monotonic()
    kills = finished = rounds = 0
    while kills < wanted and time.monotonic() - start < budget:
        with Books.open(lap, create=False) as b:
            if field_sync.pending(b) == 0:
                _offline_work(lap, rounds)
        rounds += 1
        proc = subprocess.Popen(
            [sys.executable, "-m", "milestone_desk", "sync", str(lap)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.0, whole * 1.1))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        else:
            finished += 1
            assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
        proc.wait()
        if proc.stderr:
            proc.stderr.close()
    print(
        f"\none sync {whole:.1f} s; sync killed {kills} times, finished {finished} times, in {time.monotonic() - start:.0f} s"
    )
    assert kills >= min(wanted, 20)
    result = field_sync.sync(lap)
    assert field_sync.sync(lap).pushed == 0
    with Books.open(lap, create=False, readonly=True) as b, b.read() as s:
        made = {
            json.loads(c.payload)["receipt"]
            for c in s.scalars(select(FieldCommand).where(FieldCommand.kind == "pay"))
        }
        drafts = len(list(s.scalars(select(FieldCommand).where(FieldCommand.kind == "draft"))))
    with Books.open(url, create=False) as office:
        assert check_books(office) == []
        device = receipts_by_series(office)["RCT-TRUCK1-2026"]
        assert len(device) == len(set(device)) == len(made) and set(device) == made
        assert device == [f"RCT-TRUCK1-2026-{n:04d}" for n in range(1, len(made) + 1)]  # gapless
        assert len(certificates(office)) == 1
        with office.read() as s:
            assert len(list(s.scalars(select(Payment.id).where(Payment.reference.like("k%"))))) == len(made)
            assert len(list(s.scalars(select(FieldDraft.id)))) == drafts
    assert result.conflicts == []
    with Books.open(lap, create=False) as b:
        assert check_books(b) == []
    assert not Path(f"{lap}.pulling").exists()
