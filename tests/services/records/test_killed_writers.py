"""Crash test: the real CLI writers (`pay`, `issue`, `complete`) killed with SIGKILL at random
moments, over and over, on one company file. After every kill the file must check out and every
payment whose receipt number was printed must be there (a printed number means committed)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.services.core.books import Books
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records.queries.check import check_books

RUNS = int(os.environ.get("MILESTONE_DESK_CRASH_RUNS", "300"))
MILESTONES = 120
WRITERS = 2  # writers per round, racing for the file as the window and scripts would


def pick(
    rng: random.Random, path: Path, planned: list[str], completed: list[str], invoices: list[str]
) -> list[str]:
    choices = (
        (["pay"] * 2 if invoices else [])
        + (["issue"] if completed else [])
        + (["complete"] if planned else [])
    )
    action = rng.choice(choices)
    if action == "pay":
        return ["pay", str(path), rng.choice(invoices), f"{rng.randint(1, 50000) / 100:.2f}"]
    if action == "issue":
        return ["issue", str(path), "P-1", rng.choice(completed)]
    return ["complete", str(path), "P-1", rng.choice(planned[:3])]


def big_job() -> dict[str, Any]:
    return {
        "format": "milestone-desk/1",
        "company": {"name": "Crash Test Builders", "address": "1 Test Rd", "currency": "USD"},
        "clients": [{"code": "C-1", "name": "Patient Client", "email": "", "address": ""}],
        "projects": [
            {
                "code": "P-1",
                "client": "C-1",
                "name": "Long job",
                "site_address": "",
                "contract_sum": f"{MILESTONES * 1000}.00",
                "tax_percent": "8.25",
                "retainage_percent": "5",
                "milestones": [{"name": f"M{i:03d}", "amount": "1000.00"} for i in range(MILESTONES)],
            }
        ],
    }


def state(path: Path) -> tuple[list[str], list[str], list[str]]:
    """Milestones to complete, milestones to issue, invoices that can take a payment."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name, status FROM milestones ORDER BY position").fetchall()
        invoices = [
            r[0]
            for r in conn.execute(
                "SELECT number FROM invoices WHERE status IN ('issued', 'partially_paid', 'paid') "
                "AND number IS NOT NULL ORDER BY id DESC LIMIT 5"
            )
        ]
    finally:
        conn.close()
    planned = [n for n, s in rows if s in ("planned", "in_progress")]
    completed = [n for n, s in rows if s == "completed"]
    return planned, completed, invoices


def receipts(path: Path) -> set[str]:
    """Receipt numbers in the file; also asserts each payment came whole (payment + its receipt)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        numbers = {r[0] for r in conn.execute("SELECT number FROM receipts")}
        orphans = conn.execute(
            "SELECT count(*) FROM payments p LEFT JOIN receipts r ON r.payment_id = p.id WHERE r.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0, "a payment without its receipt: a half-written transaction"
        for table in ("receipts", "invoices"):
            seqs = sorted(
                int(r[0].rsplit("-", 1)[1])
                for r in conn.execute(f"SELECT number FROM {table} WHERE number IS NOT NULL")
            )
            assert seqs == list(range(1, len(seqs) + 1)), f"{table} numbers have gaps or duplicates"
        return numbers
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_writers_at_random_moments(tmp_path: Path) -> None:
    path = tmp_path / "crash.mdesk"
    with Books.open(path) as books:
        exchange.import_data(books, big_job())
    rng = random.Random(4242)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    printed: set[str] = set()
    tally = {"killed": 0, "finished": 0, "killed_after_commit": 0, "pay": 0, "issue": 0, "complete": 0}
    durations: list[float] = []
    for argv in (["complete", "P-1", "M000"], ["issue", "P-1", "M000"], ["complete", "P-1", "M001"]):
        t0 = time.monotonic()  # calibrate: how long a whole writer run takes on this machine
        done = subprocess.run(
            [sys.executable, "-m", "milestone_desk", argv[0], str(path), *argv[1:]],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        durations.append(time.monotonic() - t0)
    full_run = sorted(durations)[1]
    started = time.monotonic()
    for rnd in range(RUNS // WRITERS):
        planned, completed, invoices = state(path)
        before = receipts(path)
        procs: list[tuple[list[str], subprocess.Popen[str], float]] = []
        for _ in range(WRITERS):
            argv = pick(rng, path, planned, completed, invoices)
            tally[argv[0]] += 1
            proc = subprocess.Popen(
                [sys.executable, "-m", "milestone_desk", *argv],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                text=True,
            )
            # Most kills land late, where the transaction runs; some hit start-up.
            late = rng.random() < 0.75
            delay = rng.uniform(0.6, 1.1) * full_run if late else rng.uniform(0.0, full_run)
            procs.append((argv, proc, time.monotonic() + delay))
        for argv, proc, deadline in procs:
            try:
                proc.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate(timeout=60)
            # Keep the kill window centred on the end of a run, whatever the machine's load.
            if proc.returncode == -signal.SIGKILL:
                tally["killed"] += 1
                full_run *= 1.04
            else:
                tally["finished"] += 1
                full_run *= 0.97
                assert proc.returncode in (0, 1, 2), (argv, proc.returncode, err)
                assert "Traceback" not in err and "unexpected" not in err, err
            if argv[0] == "pay" and out.strip():
                number = out.strip().splitlines()[0]
                assert number.startswith("RCT-"), out
                printed.add(number)
                if proc.returncode == -signal.SIGKILL:
                    tally["killed_after_commit"] += 1
        with Books.open(path, readonly=True) as books:
            problems = check_books(books)
        assert problems == [], (rnd, problems)
        now = receipts(path)
        assert printed <= now, f"round {rnd}: printed receipts missing: {printed - now}"
        assert before <= now
    elapsed = time.monotonic() - started
    print(
        f"\ncrash test: {RUNS} runs in {elapsed:.0f}s, kill window end {full_run:.2f}s; {tally}; "
        f"{len(printed)} printed receipts all present, {len(receipts(path))} receipts in the file"
    )
    assert tally["killed"] >= RUNS // 3
