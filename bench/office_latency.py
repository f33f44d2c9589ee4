"""Office server against the company file: move the ten-year firm, then time issue, pay and switch.

Usage: .venv/bin/python -m bench.office_latency URL [--projects N] [--runs N]
URL names an empty PostgreSQL database. Prints the move's time and sizes, then the median of each
operation on the file and on the server, and the ratio (target ≤ 1.5).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from milestone_desk.services.billing import invoicing, payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones, projects
from milestone_desk.services.records import office


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _planned(books: Books, count: int) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from milestone_desk.persistence.models import Milestone, Project

    with books.read() as s:
        rows = s.execute(
            select(Project.code, Milestone.name)
            .join(Milestone, Milestone.project_id == Project.id)
            .where(Milestone.status == "planned", Project.status == "active")
            .order_by(Project.id, Milestone.position)
            .limit(count)
        ).all()
    return [(str(c), str(n)) for c, n in rows]


def measure(where: str, runs: int) -> dict[str, float]:
    on = date(2026, 11, 27)
    with Books.open(where, create=False) as books:
        todo = iter(_planned(books, runs * 2))
        issued: list[str] = []

        def issue_one() -> None:
            code, name = next(todo)
            milestones.complete_milestone(books, code, name, on)
            start = time.perf_counter()
            issued.append(invoicing.issue_invoice(books, code, name, on))
            issue_times.append((time.perf_counter() - start) * 1000)

        issue_times: list[float] = []
        for _ in range(runs):
            issue_one()
        pays = iter(issued)
        pay = _median_ms(lambda: payments.record_payment(books, next(pays), 100_00, on), runs)
        codes = [p.code for p in projects.list_projects(books)][:200:7]
        it = iter(codes * 10)

        def switch() -> None:
            code = next(it)
            projects.project_detail(books, code)
            invoicing.list_invoices(books, code)

        switch_ms = _median_ms(switch, runs * 2)
    return {"issue_ms": statistics.median(issue_times), "pay_ms": pay, "switch_ms": switch_ms}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--projects", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from bench.generate import generate

    work = Path(tempfile.mkdtemp(prefix="md-office-"))
    firm = work / "firm.mdesk"
    counts = generate(firm, projects=args.projects, clients=max(10, args.projects // 8))
    file_size = firm.stat().st_size
    start = time.perf_counter()
    moved = office.copy_books(firm, args.url)
    move_s = time.perf_counter() - start
    from sqlalchemy import text

    with Books.open(args.url, readonly=True) as books, books.read() as s:
        server_size = int(s.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
    cli = [sys.executable, "-m", "milestone_desk"]
    t0 = time.perf_counter()
    a = subprocess.run([*cli, "export", str(firm)], capture_output=True, text=True, check=True).stdout
    b = subprocess.run([*cli, "export", args.url], capture_output=True, text=True, check=True).stdout
    export_s = time.perf_counter() - t0
    check = subprocess.run([*cli, "check", args.url], capture_output=True, text=True)
    file_ = measure(str(firm), args.runs)
    server = measure(args.url, args.runs)
    out = {
        "firm": counts,
        "move_rows": moved.rows,
        "move_s": round(move_s, 1),
        "file_bytes": file_size,
        "server_bytes": server_size,
        "export_identical": a == b,
        "exports_s": round(export_s, 1),
        "check_server_exit": check.returncode,
        "file": {k: round(v, 1) for k, v in file_.items()},
        "server": {k: round(v, 1) for k, v in server.items()},
        "ratio": {k: round(server[k] / file_[k], 2) for k in file_},
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
