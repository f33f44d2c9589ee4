"""`python -m bench` (or `make bench`): build the ten-year firm, measure, print the table, write results.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from bench import measure
from bench.generate import generate

TARGETS = {
    "start_ratio": ("cold start ÷ bare QMainWindow", "≤ 3.0", lambda v: v <= 3.0),
    "switch_p95_ms": ("project switch p95 (ms)", "≤ 30", lambda v: v <= 30),
    "issue_ratio": ("issue + PDF ÷ raw reportlab", "≤ 2.0", lambda v: v <= 2.0),
    "docs_per_s": ("pdf --all (documents/s)", "≥ 200", lambda v: v >= 200),
    "ledger_ms": ("ledger, whole firm (ms)", "≤ 200", lambda v: v <= 200),
    "aging_ms": ("aging, whole firm (ms)", "≤ 200", lambda v: v <= 200),
    "rss_mb": ("peak RSS, firm open (MB)", "≤ 250", lambda v: v <= 250),
}


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", default="bench/results.json")
    parser.add_argument("--work", default=None, help="folder for the generated firm (default: a temp folder)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    work = Path(args.work or tempfile.mkdtemp(prefix="md-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    firm = work / "firm.mdesk"
    t = time.perf_counter()
    counts = generate(firm)
    results: dict[str, Any] = {
        "machine": machine(),
        "counts": counts,
        "generate_s": round(time.perf_counter() - t, 2),
    }
    results.update(measure.cold_start(firm, args.runs))
    results["ledger_ms"] = measure.ledger_ms(firm, args.runs)
    for name in ("switch", "issue", "docs", "aging"):
        fn = getattr(measure, f"measure_{name}", None)
        if fn is not None:
            results.update(fn(firm, work, args.runs))
    print(f"Ten-year firm: {counts} (generated in {results['generate_s']} s) on {results['machine']}")
    print(f"{'measure':<34} {'value':>10}  {'target':>8}  ok")
    for key, (label, target, ok) in TARGETS.items():
        if key in results:
            value = results[key]
            print(f"{label:<34} {value:>10.2f}  {target:>8}  {'yes' if ok(value) else 'NO'}")
        else:
            print(f"{label:<34} {'n/a':>10}  {target:>8}  --")
    Path(args.out).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
