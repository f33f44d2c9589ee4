"""`python -m bench` (or `make bench`): build the ten-year firm, measure, print the table, write results.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import measure
from bench.generate import generate

TARGETS: dict[str, tuple[str, str, Callable[[float], bool]]] = {
    "start_ratio": ("cold start ÷ bare QMainWindow", "≤ 3.0", lambda v: v <= 3.0),
    "start_full_ratio": ("  … full window with data ÷ bare", "-", lambda v: True),
    "switch_p50_ms": ("project switch p50 (ms)", "-", lambda v: True),
    "switch_p95_ms": ("project switch p95 (ms)", "≤ 30", lambda v: v <= 30),
    "issue_ratio": ("issue + PDF ÷ raw reportlab", "≤ 2.0", lambda v: v <= 2.0),
    "docs_per_s": ("pdf --all, rendered (docs/s)", "≥ 200", lambda v: v >= 200),
    "docs_frozen_per_s": ("pdf --all, frozen (docs/s)", "≥ 200", lambda v: v >= 200),
    "ledger_ms": ("ledger, whole firm (ms)", "≤ 200", lambda v: v <= 200),
    "aging_ms": ("aging, whole firm (ms)", "≤ 200", lambda v: v <= 200),
    "rss_mb": ("peak RSS, firm open (MB)", "≤ 250", lambda v: v <= 250),
}
DETAILS = (
    ("start_ms", "app start to first paint (ms)"),
    ("start_full_ms", "app start to the full window (ms)"),
    ("bare_start_ms", "bare QMainWindow start (ms)"),
    ("issue_ms", "issue one invoice incl. PDF (ms)"),
    ("raw_reportlab_ms", "raw reportlab, same page (ms)"),
    ("render_only_ms", "our PDF renderer alone (ms)"),
    ("rss_start_mb", "RSS at first paint (MB)"),
    ("rss_switch_mb", "RSS after 60 switches (MB)"),
)


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {load:.1f} at start"
    )


def table(results: dict[str, Any]) -> str:
    lines = [f"{'measure':<36} {'value':>10}  {'target':>7}  ok"]
    for key, (label, target, ok) in TARGETS.items():
        if key in results:
            value = float(results[key])
            verdict = "" if target == "-" else ("yes" if ok(value) else "NO")
            lines.append(f"{label:<36} {value:>10.2f}  {target:>7}  {verdict}")
        else:
            lines.append(f"{label:<36} {'n/a':>10}  {target:>7}  --")
    for key, label in DETAILS:
        if key in results:
            lines.append(f"  {label:<34} {float(results[key]):>10.2f}")
    lines.append(f"  imported at first paint: {', '.join(results.get('imported_at_paint', [])) or 'none'}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--docs", type=int, default=1000, help="documents in the rendered pdf --all sample")
    parser.add_argument("--out", default="bench/results.json")
    parser.add_argument("--work", default=None, help="folder for the generated firm (default: a temp folder)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    work = Path(args.work or tempfile.mkdtemp(prefix="md-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    firm = work / "firm.mdesk"
    t = time.perf_counter()
    counts = generate(firm)
    results: dict[str, Any] = {
        "machine": machine(),
        "counts": counts,
        "generate_s": round(time.perf_counter() - t, 2),
        "runs": args.runs,
    }
    print(f"Ten-year firm {counts} generated in {results['generate_s']} s; measuring…", flush=True)
    results.update(measure.cold_start(firm, args.runs))
    results["ledger_ms"] = measure.ledger_ms(firm, args.runs)
    results.update(measure.measure_aging(firm, work, args.runs))
    results.update(measure.measure_switch(firm, work, args.runs))
    results.update(measure.measure_issue(firm, work, args.runs))
    results.update(measure.measure_docs(firm, work, args.runs, sample=args.docs))
    results["rss_mb"] = max(results["rss_start_mb"], results["rss_switch_mb"])
    results["total_s"] = round(time.perf_counter() - started, 1)
    print(f"On {results['machine']} ({results['total_s']} s in all):")
    print(table(results))
    Path(args.out).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
