"""The measurements of the ten-year-firm benchmark, each ratio taken in the same run as its baseline."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def start_probe(args: list[str], home: str | None = None) -> dict[str, Any]:
    env = dict(
        os.environ,
        BENCH_T0=repr(time.time()),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    if home is not None:
        env["MILESTONE_DESK_HOME"] = home
    out = subprocess.run(
        [sys.executable, "-m", "bench.start_probe", *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    for line in out.stderr.splitlines():
        if line.startswith('{"imported_at_paint"'):
            data.update(json.loads(line))
    return data


def cold_start(firm: Path, runs: int) -> dict[str, Any]:
    """App window on the firm vs a bare QMainWindow, alternating so load affects both alike."""
    app, full, window, bare, rss = [], [], [], [], []
    imported: list[str] = []
    home = tempfile.mkdtemp(prefix="md-bench-home-")  # settings, lock and daily backup go here
    for _ in range(runs):
        b = start_probe(["--bare"])
        a = start_probe(["--db", str(firm)], home)
        bare.append(b["ms"])
        app.append(a["ms"])
        full.append(a["full_ms"])
        window.append(a["window_ms"])
        rss.append(a["rss_mb"])
        imported = a.get("imported_at_paint", [])
    ratio = statistics.median(app) / statistics.median(bare)
    return {
        "start_ms": statistics.median(app),
        "start_full_ms": statistics.median(full),
        "start_full_ratio": statistics.median(full) / statistics.median(bare),
        "start_window_ms": statistics.median(window),
        "bare_start_ms": statistics.median(bare),
        "start_ratio": ratio,
        "rss_start_mb": max(rss),
        "imported_at_paint": imported,
    }


def ledger_ms(firm: Path, runs: int) -> float:
    from milestone_desk.services.collections.queries import ledger
    from milestone_desk.services.core.books import Books

    with Books.open(firm, readonly=True) as books:
        ledger.ledger(books)  # warm the page cache and the SQLAlchemy statement cache
        return median_ms(lambda: ledger.ledger(books), runs)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def measure_switch(firm: Path, work: Path, runs: int, writes: int = 8) -> dict[str, Any]:
    """Project switches, then issue and pay, in the real window (child process, on a copy of the firm);
    p50/p95 per run, median over runs; each until the window has settled (bench/settle.py)."""
    p50, p95, rss, issue, pay = [], [], [], [], []
    for _ in range(max(3, runs // 2)):
        copy = _copy(firm, work / "window.mdesk")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.switch_probe",
                "--db",
                str(copy),
                "--switches",
                "60",
                "--writes",
                str(writes),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=600,
        )
        data = json.loads(out.stdout.strip().splitlines()[-1])
        p50.append(_percentile(data["times_ms"], 0.50))
        p95.append(_percentile(data["times_ms"], 0.95))
        rss.append(data["rss_mb"])
        issue.extend(data["issue_ms"])
        pay.extend(data["pay_ms"])
        copy.unlink()
    return {
        "switch_p50_ms": statistics.median(p50),
        "switch_p95_ms": statistics.median(p95),
        "rss_switch_mb": max(rss),
        "gui_issue_ms": statistics.median(issue),
        "gui_pay_ms": statistics.median(pay),
    }


def _copy(firm: Path, to: Path) -> Path:
    import sqlite3

    if to.exists():
        to.unlink()
    src, dst = sqlite3.connect(firm), sqlite3.connect(to)
    src.backup(dst)
    src.close()
    dst.close()
    return to


def measure_issue(firm: Path, work: Path, runs: int) -> dict[str, Any]:
    """Issue one invoice (numbering, audit, PDF frozen, committed) vs raw reportlab drawing that page.

    On a copy of the firm: each round completes a milestone (not timed), issues its invoice (timed),
    then draws the very same InvoiceDocument with bench.raw_page (timed), so both see the same load.
    """
    from sqlalchemy import func, select

    from bench.raw_page import raw_invoice
    from milestone_desk.documents import render_invoice
    from milestone_desk.persistence.models import Milestone, Project
    from milestone_desk.services.billing import documents, invoicing
    from milestone_desk.services.core.books import Books
    from milestone_desk.services.core.queries import lookup
    from milestone_desk.services.firm import milestones

    copy = _copy(firm, work / "issue.mdesk")
    rounds = max(15, runs * 3)
    issue, raw, render = [], [], []
    with Books.open(copy) as books:
        with books.read() as s:
            first = (
                select(Milestone.project_id, func.min(Milestone.position).label("pos"))
                .where(Milestone.status.in_(("planned", "in_progress")))
                .group_by(Milestone.project_id)
                .subquery()
            )
            todo = s.execute(
                select(Project.code, Milestone.name)
                .join(first, first.c.project_id == Project.id)
                .join(Milestone, (Milestone.project_id == Project.id) & (Milestone.position == first.c.pos))
                .order_by(Project.id)
                .limit(rounds + 3)
            ).all()
        if len(todo) < rounds:
            raise SystemExit("the firm has too few unbilled first milestones to measure issuing")
        for i, (code, name) in enumerate(todo):
            on = date(2026, 11, 26)
            milestones.complete_milestone(books, code, name, on)
            t = time.perf_counter()
            number = invoicing.issue_invoice(books, code, name, on)
            took = (time.perf_counter() - t) * 1000
            with books.read() as s:
                doc = documents.invoice_document(s, lookup.invoice(s, number))
            t = time.perf_counter()
            raw_invoice(doc)
            raw_took = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            render_invoice(doc)
            render_took = (time.perf_counter() - t) * 1000
            if i >= 3:  # first rounds warm fonts and statement caches, for both sides
                issue.append(took)
                raw.append(raw_took)
                render.append(render_took)
    copy.unlink()
    return {
        "issue_ms": statistics.median(issue),
        "raw_reportlab_ms": statistics.median(raw),
        "render_only_ms": statistics.median(render),
        "issue_ratio": statistics.median(issue) / statistics.median(raw),
    }


def _freeze_first(path: Path, count: int) -> None:
    """Store frozen PDFs (as issuing does) for the first ``count`` invoices of a copy of the firm."""
    from sqlalchemy import select

    from milestone_desk.persistence.models import Invoice
    from milestone_desk.services.billing import documents
    from milestone_desk.services.core.books import Books

    with Books.open(path) as books, books.write() as s:
        for inv in s.scalars(
            select(Invoice).where(Invoice.number.is_not(None)).order_by(Invoice.id).limit(count)
        ):
            documents.freeze_invoice(s, inv)


def _write_all_rate(firm: Path, work: Path, runs: int, sample: int) -> float:
    import itertools
    import shutil

    from milestone_desk.services.billing import pdf_pool
    from milestone_desk.services.core.books import Books

    rates = []
    with Books.open(firm, readonly=True) as books:
        for _ in range(runs):
            folder = work / "pdfs"
            shutil.rmtree(folder, ignore_errors=True)
            t = time.perf_counter()
            n = sum(1 for _ in itertools.islice(pdf_pool.write_all(books, folder), sample))
            rates.append(n / (time.perf_counter() - t))
            shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(rates)


def measure_docs(
    firm: Path, work: Path, runs: int, sample: int = 1000, frozen_firm: bool = False
) -> dict[str, Any]:
    """`pdf --all` throughput through its own code path (services.billing.pdf_pool.write_all) on fixed samples.

    Rendered: the first ``sample`` documents of the firm, whose bulk history has no frozen bytes, so
    each is drawn afresh (the worst case). Frozen: a copy whose first 300 invoices carry the PDF
    stored at issue, which is what every document issued by the app has; those are copied out.
    """
    from bench.generate import generate

    if frozen_firm:
        # every document of the firm carries its frozen bytes: copy them out; render on a plain firm
        frozen = _write_all_rate(firm, work, runs, sample)
        plain = work / "plain.mdesk"
        generate(plain, projects=500, clients=100)
        rendered = _write_all_rate(plain, work, max(2, runs // 3), sample)
        plain.unlink()
    else:
        rendered = _write_all_rate(firm, work, max(2, runs // 3), sample)
        copy = _copy(firm, work / "frozen.mdesk")
        _freeze_first(copy, 300)
        # the sample is all frozen, as on a firm whose documents were all issued by the app: the
        # rest of the copy has none, which would otherwise start the drawing pool for nothing
        from milestone_desk.services.billing import pdf_pool

        pool_from, pdf_pool.POOL_FROM = pdf_pool.POOL_FROM, 10**9
        try:
            frozen = _write_all_rate(copy, work, runs, 300)
        finally:
            pdf_pool.POOL_FROM = pool_from
        copy.unlink()
    return {"docs_per_s": rendered, "docs_sample": sample, "docs_frozen_per_s": frozen}


def measure_aging(firm: Path, work: Path, runs: int) -> dict[str, Any]:
    from milestone_desk.services.collections.queries import aging
    from milestone_desk.services.core.books import Books

    with Books.open(firm, readonly=True) as books:
        aging.aging(books, date(2026, 11, 26))
        return {"aging_ms": median_ms(lambda: aging.aging(books, date(2026, 11, 26)), runs)}


def _cli(argv: list[str], home: str) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout's last line of one `milestone-desk` command, in its own
    process (export's JSON goes to /dev/null)."""
    code = (
        "import sys\n"
        "from milestone_desk.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "sys.stdout.flush()\n"
        "from bench.rss import peak_mb\n"
        "print(peak_mb(), file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    env = dict(os.environ, MILESTONE_DESK_HOME=home)
    quiet = argv[0] == "export"
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *argv],
        stdout=subprocess.DEVNULL if quiet else subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=900,
    )
    took = time.perf_counter() - t
    if out.returncode != 0:
        raise SystemExit(f"milestone-desk {' '.join(argv)} failed: {out.stderr.strip()[-500:]}")
    last = "" if quiet else (out.stdout.strip().splitlines() or [""])[-1]
    return took, float(out.stderr.strip().splitlines()[-1]), last


def measure_export_check(firm: Path, runs: int) -> dict[str, Any]:
    """`milestone-desk export FILE` (to /dev/null) and `milestone-desk check FILE`, each a process."""
    home = tempfile.mkdtemp(prefix="md-bench-home-")
    exports = [_cli(["export", str(firm)], home) for _ in range(max(1, runs // 3))]
    checks = [_cli(["check", str(firm)], home) for _ in range(max(1, runs // 3))]
    return {
        "export_s": statistics.median(e[0] for e in exports),
        "export_rss_mb": max(e[1] for e in exports),
        "check_s": statistics.median(c[0] for c in checks),
        "check_rss_mb": max(c[1] for c in checks),
    }


def measure_cli_issue(firm: Path, work: Path, runs: int) -> dict[str, Any]:
    """`milestone-desk issue` and `pay` (whole processes, the CLI's own start) ÷ `python -c pass`,
    alternating in the same rounds; `complete` beforehand is not timed."""
    import re

    from bench.switch_probe import _unbilled
    from milestone_desk.services.core.books import Books

    copy = _copy(firm, work / "cli.mdesk")
    home = tempfile.mkdtemp(prefix="md-bench-home-")
    with Books.open(copy, readonly=True) as books:
        todo = _unbilled(books, max(3, runs // 2) + 1)
    issue, pay, bare = [], [], []
    for k, (code, name) in enumerate(todo):
        _cli(["complete", str(copy), code, name, "--date", "2026-11-26"], home)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        took_bare = time.perf_counter() - t
        took_issue, _, said = _cli(["issue", str(copy), code, name, "--date", "2026-11-26"], home)
        found = re.search(r"INV-\d{4}-\d+", said)
        if found is None:
            raise SystemExit(f"issue said {said!r}")
        took_pay, _, _ = _cli(["pay", str(copy), found.group(0), "1.00", "--date", "2026-11-26"], home)
        if k:  # the first round warms the page cache
            bare.append(took_bare)
            issue.append(took_issue)
            pay.append(took_pay)
    copy.unlink()
    return {
        "cli_issue_ratio": statistics.median(issue) / statistics.median(bare),
        "cli_issue_ms": statistics.median(issue) * 1000,
        "cli_pay_ms": statistics.median(pay) * 1000,
        "python_pass_ms": statistics.median(bare) * 1000,
    }


#: Daily operations timed at each scale of the flatness table (warm, median ms).
def daily_operations(firm: Path, work: Path, runs: int) -> dict[str, float]:
    """Service-level daily operations on one firm: what grows with the firm shows here."""
    from bench.switch_probe import _unbilled
    from milestone_desk.services.billing import invoicing, payments
    from milestone_desk.services.collections.queries import aging, dashboard, ledger
    from milestone_desk.services.core.books import Books
    from milestone_desk.services.core.queries import lookup
    from milestone_desk.services.firm import milestones, projects

    copy = _copy(firm, work / "daily.mdesk")
    out: dict[str, float] = {}
    today = date(2026, 11, 26)
    with Books.open(copy) as books:
        codes = [c for c, _ in _unbilled(books, runs + 3)]
        out["ledger_ms"] = median_ms(lambda: ledger.ledger(books), runs)
        out["aging_ms"] = median_ms(lambda: aging.aging(books, today), runs)
        it = iter(codes * 3)
        out["switch_services_ms"] = median_ms(
            lambda: (projects.project_detail(books, next(it)), invoicing.list_invoices(books, next(it))), runs
        )
        if hasattr(projects, "list_clients"):
            out["list_clients_ms"] = median_ms(lambda: projects.list_clients(books), runs)
        if hasattr(dashboard, "dashboard"):
            out["dashboard_ms"] = median_ms(lambda: dashboard.dashboard(books, today), runs)
        times_issue, times_pay = [], []
        for code, name in _unbilled(books, runs + 2):
            milestones.complete_milestone(books, code, name, today)
            t = time.perf_counter()
            number = invoicing.issue_invoice(books, code, name, today)
            times_issue.append((time.perf_counter() - t) * 1000)
            with books.read() as s:
                due = lookup.invoice(s, number).amount_due_cents
            t = time.perf_counter()
            payments.record_payment(books, number, due, today, "check", "")
            times_pay.append((time.perf_counter() - t) * 1000)
        out["issue_ms"] = statistics.median(times_issue[2:])
        out["pay_ms"] = statistics.median(times_pay[2:])
    copy.unlink()
    return out
