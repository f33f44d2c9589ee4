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
from bench.generate import CLIENTS, PROJECTS, generate

TARGETS: dict[str, tuple[str, str, Callable[[float], bool]]] = {
    "start_full_ratio": ("start to dashboard idle ÷ bare window", "≤ 4.0", lambda v: v <= 4.0),
    "switch_p95_ms": ("project switch p95, settled (ms)", "≤ 30", lambda v: v <= 30),
    "issue_ratio": ("issue + frozen PDF ÷ raw reportlab", "≤ 2.0", lambda v: v <= 2.0),
    "gui_issue_ms": ("issue in the window, settled (ms)", "≤ 100", lambda v: v <= 100),
    "gui_pay_ms": ("pay in the window, settled (ms)", "-", lambda v: True),
    "docs_per_s": ("pdf --all, rendered (docs/s)", "≥ 200", lambda v: v >= 200),
    "docs_frozen_per_s": ("pdf --all, frozen (docs/s)", "≥ 500", lambda v: v >= 500),
    "ledger_ms": ("ledger, whole firm (ms)", "≤ 200", lambda v: v <= 200),
    "aging_ms": ("aging, whole firm (ms)", "≤ 200", lambda v: v <= 200),
    "rss_mb": ("peak RSS, window on the firm (MB)", "≤ 250", lambda v: v <= 250),
    "export_s": ("export, whole firm (s)", "≤ 10", lambda v: v <= 10),
    "export_rss_mb": ("export, peak RSS (MB)", "≤ 300", lambda v: v <= 300),
    "check_s": ("check, whole firm (s)", "≤ 10", lambda v: v <= 10),
    "cli_issue_ratio": ("CLI issue ÷ python -c pass", "≤ 10", lambda v: v <= 10),
    # the worst lateness of a 10 ms timer on the UI thread, wall clock (bench/stall_probe.py)
    "stall_start_ms": ("UI stall at start, wall (ms)", "≤ 100", lambda v: v <= 100),
    "stall_switch_ms": ("UI stall on switch, wall (ms)", "≤ 100", lambda v: v <= 100),
    "stall_issue_ms": ("UI stall on issue, wall (ms)", "≤ 100", lambda v: v <= 100),
    "stall_pay_ms": ("UI stall on pay, wall (ms)", "≤ 100", lambda v: v <= 100),
    "stall_search_ms": ("UI stall on search, wall (ms)", "≤ 100", lambda v: v <= 100),
}
#: The same keys measured on the 4× firm (`--scale 4` or `make bench-full`).
TARGETS_4X: dict[str, tuple[str, str, Callable[[float], bool]]] = {
    "start_full_ratio_4x": ("4×: start to dashboard idle ÷ bare", "≤ 6.0", lambda v: v <= 6.0),
    "ledger_ms_4x": ("4×: ledger, whole firm (ms)", "≤ 600", lambda v: v <= 600),
    "aging_ms_4x": ("4×: aging, whole firm (ms)", "≤ 600", lambda v: v <= 600),
}
DETAILS = (
    ("start_ms", "app start to the splash frame (ms)"),
    ("start_ratio", "splash frame ÷ bare window"),
    ("start_window_ms", "app start to the main window's 1st paint"),
    ("start_full_ms", "app start to dashboard idle (ms)"),
    ("bare_start_ms", "bare QMainWindow start (ms)"),
    ("switch_p50_ms", "project switch p50, settled (ms)"),
    ("issue_ms", "issue one invoice incl. PDF (ms)"),
    ("raw_reportlab_ms", "raw reportlab, same page (ms)"),
    ("render_only_ms", "our PDF renderer alone (ms)"),
    ("cli_issue_ms", "CLI issue, whole process (ms)"),
    ("cli_pay_ms", "CLI pay, whole process (ms)"),
    ("python_pass_ms", "python -c pass (ms)"),
    ("check_rss_mb", "check, peak RSS (MB)"),
    ("rss_start_mb", "RSS at dashboard idle (MB)"),
    ("rss_switch_mb", "RSS after switches, issue, pay (MB)"),
    ("file_mb", "company file size (MB)"),
    ("stall_start_cpu_ms", "UI-thread CPU, worst gap at start (ms)"),
    ("stall_switch_cpu_ms", "UI-thread CPU, worst gap on switch (ms)"),
    ("stall_issue_cpu_ms", "UI-thread CPU, worst gap on issue (ms)"),
    ("stall_pay_cpu_ms", "UI-thread CPU, worst gap on pay (ms)"),
    ("stall_search_cpu_ms", "UI-thread CPU, worst gap on search (ms)"),
    ("stall_build_ms", "making the main window (ms)"),
)


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {load:.1f} at start"
    )


def _row(label: str, target: str, ok: Callable[[float], bool], value: float | None) -> str:
    if value is None:
        return f"{label:<40} {'n/a':>10}  {target:>7}  --"
    verdict = "" if target == "-" else ("met" if ok(value) else "NOT MET")
    return f"{label:<40} {value:>10.2f}  {target:>7}  {verdict}"


def table(results: dict[str, Any]) -> str:
    lines = [f"{'measure':<40} {'value':>10}  {'target':>7}  verdict"]
    for key, (label, target, ok) in TARGETS.items():
        lines.append(_row(label, target, ok, results.get(key)))
    for key, (label, target, ok) in TARGETS_4X.items():
        lines.append(_row(label, target, ok, results.get(key)))
    for key, label in DETAILS:
        if key in results:
            lines.append(f"  {label:<38} {float(results[key]):>10.2f}")
    lines.append(f"  imported at first paint: {', '.join(results.get('imported_at_paint', [])) or 'none'}")
    flat = results.get("flatness")
    if flat:
        scales = list(flat)
        ops = list(flat[scales[0]])
        lines.append("")
        lines.append("daily operations (ms) " + "".join(f"{s:>10}" for s in scales) + "   4× ÷ 1×")
        for op in ops:
            cells = "".join(f"{flat[s].get(op, float('nan')):>10.1f}" for s in scales)
            one, four = flat.get("1×", {}).get(op), flat.get("4×", {}).get(op)
            growth = f"{four / one:>9.2f}" if one and four else ""
            lines.append(f"  {op:<20}" + cells + growth)
    return "\n".join(lines)


def _firm(work: Path, scale: float, frozen: bool) -> tuple[Path, dict[str, int], float]:
    name = f"firm-{scale:g}x{'-frozen' if frozen else ''}.mdesk"
    firm = work / name
    t = time.perf_counter()
    counts = generate(
        firm, projects=int(PROJECTS * scale), clients=max(10, int(CLIENTS * scale)), frozen=frozen
    )
    return firm, counts, round(time.perf_counter() - t, 2)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--docs", type=int, default=1000, help="documents in the rendered pdf --all sample")
    parser.add_argument("--out", default="bench/results.json")
    parser.add_argument("--work", default=None, help="folder for the generated firm (default: a temp folder)")
    parser.add_argument("--scale", type=float, default=1.0, help="firm size (1 = 2,000 projects)")
    parser.add_argument(
        "--frozen",
        action="store_true",
        help="every issued document carries a ~45 KB frozen PDF (~2.2 GB at 1×)",
    )
    parser.add_argument(
        "--full", action="store_true", help="also the 4× firm and the 0.25×/1×/4× flatness table"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    work = Path(args.work or tempfile.mkdtemp(prefix="md-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    firm, counts, took = _firm(work, args.scale, args.frozen)
    results: dict[str, Any] = {
        "machine": machine(),
        "counts": counts,
        "scale": args.scale,
        "frozen": args.frozen,
        "generate_s": took,
        "file_mb": firm.stat().st_size / 1e6,
        "runs": args.runs,
    }
    print(
        f"Firm ×{args.scale:g}{' with frozen PDFs' if args.frozen else ''} {counts} "
        f"({results['file_mb']:.0f} MB) generated in {took} s; measuring…",
        flush=True,
    )
    results.update(measure.cold_start(firm, args.runs))
    results["ledger_ms"] = measure.ledger_ms(firm, args.runs)
    results.update(measure.measure_aging(firm, work, args.runs))
    results.update(measure.measure_switch(firm, work, args.runs))
    results.update(measure.measure_issue(firm, work, args.runs))
    results.update(measure.measure_docs(firm, work, args.runs, sample=args.docs, frozen_firm=args.frozen))
    results.update(measure.measure_export_check(firm, args.runs))
    results.update(measure.measure_cli_issue(firm, work, args.runs))
    results["rss_mb"] = max(results["rss_start_mb"], results["rss_switch_mb"])
    from bench.stall_probe import run_in_child

    results.update(run_in_child(firm, max(1, min(3, args.runs))))  # last: it adds an invoice and a payment
    results["stall_load_average"] = round(os.getloadavg()[0], 2)
    if args.full:
        flat: dict[str, dict[str, float]] = {}
        for scale in (0.25, 1.0, 4.0):
            label = f"{scale:g}×"
            other, _, _ = (
                (firm, None, 0) if scale == args.scale and not args.frozen else _firm(work, scale, False)
            )
            print(f"Daily operations at {label}…", flush=True)
            flat[label] = measure.daily_operations(other, work, args.runs)
            if scale == 4.0:
                start = measure.cold_start(other, max(3, args.runs // 2))
                results["start_full_ratio_4x"] = start["start_full_ratio"]
                results["start_full_ms_4x"] = start["start_full_ms"]
                results["ledger_ms_4x"] = flat[label]["ledger_ms"]
                results["aging_ms_4x"] = flat[label]["aging_ms"]
            if other != firm:
                other.unlink()
        results["flatness"] = flat
    firm.unlink()
    results["total_s"] = round(time.perf_counter() - started, 1)
    print(f"On {results['machine']} ({results['total_s']} s in all):")
    print(table(results))
    Path(args.out).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
