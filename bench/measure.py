"""The measurements of the ten-year-firm benchmark, each ratio taken in the same run as its baseline."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def start_probe(args: list[str]) -> dict[str, float]:
    env = dict(os.environ, BENCH_T0=repr(time.time()), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-m", "bench.start_probe", *args], capture_output=True, text=True,
                         env=env, check=True, timeout=120)
    data: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


def cold_start(firm: Path, runs: int) -> dict[str, Any]:
    """App window on the firm vs a bare QMainWindow, alternating so load affects both alike."""
    app, bare, rss = [], [], []
    for _ in range(runs):
        b = start_probe(["--bare"])
        a = start_probe(["--db", str(firm)])
        bare.append(b["ms"])
        app.append(a["ms"])
        rss.append(a["rss_mb"])
    ratio = statistics.median(app) / statistics.median(bare)
    return {"start_ms": statistics.median(app), "bare_start_ms": statistics.median(bare),
            "start_ratio": ratio, "rss_mb": max(rss)}


def ledger_ms(firm: Path, runs: int) -> float:
    from milestone_desk.services import ledger
    from milestone_desk.services.books import Books

    with Books.open(firm, readonly=True) as books:
        ledger.ledger(books)  # warm the page cache and the SQLAlchemy statement cache
        return median_ms(lambda: ledger.ledger(books), runs)
