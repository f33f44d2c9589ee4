"""Child process for the project-switch and in-window benchmarks: the real MainWindow on a copy of
the firm, shown offscreen.

Switch: selects projects through the projects pane's public API (``select_code``), spins the event
loop until all three panes show the chosen project (the projects table's current row, the
milestone pane's detail, the invoices pane's rows and title), then until the window has settled
(no background job, nothing painted for 50 ms; bench/settle.py). The time is to the last paint.

Issue and pay in the window: on projects with an unbilled milestone (completed beforehand, not
timed), ``controller.issue_invoice(name)`` with the dialog accepted as shown (number, PDF frozen,
the window's refresh), then ``controller.record_payment`` of that invoice in full, each until the
window has settled. Prints JSON with every time in ms and the process's peak RSS.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any


def _unbilled(books: Any, count: int) -> list[tuple[str, str]]:
    from sqlalchemy import func, select

    from milestone_desk.persistence.models import Milestone, Project

    with books.read() as s:
        first = (
            select(Milestone.project_id, func.min(Milestone.position).label("pos"))
            .where(Milestone.status.in_(("planned", "in_progress")))
            .group_by(Milestone.project_id)
            .subquery()
        )
        return [
            (str(code), str(name))
            for code, name in s.execute(
                select(Project.code, Milestone.name)
                .join(first, first.c.project_id == Project.id)
                .join(Milestone, (Milestone.project_id == Project.id) & (Milestone.position == first.c.pos))
                .order_by(Project.id.desc())
                .limit(count)
            )
        ]


def main() -> None:
    db = sys.argv[sys.argv.index("--db") + 1]  # a company file or a server address (issue 14)
    count = int(sys.argv[sys.argv.index("--switches") + 1]) if "--switches" in sys.argv else 60
    writes = int(sys.argv[sys.argv.index("--writes") + 1]) if "--writes" in sys.argv else 0
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog

    from bench.settle import Settle
    from milestone_desk.services.core.books import Books
    from milestone_desk.services.firm import milestones
    from milestone_desk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    settle = Settle(app)
    settings_dir = tempfile.mkdtemp(prefix="md-bench-settings-")
    settings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
    books = Books.open(db)
    window = MainWindow(books, settings)
    window.remember_layout = False
    window.resize(1280, 800)
    window.show()
    window.controller.wait_loaded()
    window.show_tab(1)
    settle.wait(window, time.perf_counter())
    pane = window.projects_pane
    codes = [pane.model.record(r).code for r in range(pane.model.rowCount())]
    rng = random.Random(9)
    picks = [rng.choice(codes) for _ in range(count + 5)]

    def updated(code: str) -> bool:
        current = pane.current()
        detail = window.milestone_pane.detail
        invoices = window.invoices_pane.model.records()
        return (
            current is not None
            and current.code == code
            and detail is not None
            and detail.summary.code == code
            and all(r.project_code == code for r in invoices)
            and window.invoices_pane.title.text().endswith(code)
        )

    def switch(code: str) -> float:
        t = time.perf_counter()
        pane.select_code(code)
        while not updated(code):
            app.processEvents()
            if time.perf_counter() - t > 10:
                raise SystemExit(f"the panes never showed {code}")
        return settle.wait(window, t) * 1000

    times: list[float] = []
    for i, code in enumerate(picks):
        if pane.current() is not None and pane.current().code == code:  # type: ignore[union-attr]
            continue
        took = switch(code)
        if i >= 5:  # the first switches warm caches
            times.append(took)

    # issue and pay in the window, the dialogs accepted as filled in
    controller = window.controller

    def accept(dialog: QDialog) -> int:
        dialog.submit()  # type: ignore[attr-defined]
        return int(QDialog.DialogCode.Accepted.value)

    controller.run_dialog = accept  # type: ignore[assignment]
    controller.today = lambda: date(2026, 11, 26)  # type: ignore[method-assign]
    issue_ms: list[float] = []
    pay_ms: list[float] = []
    for k, (code, name) in enumerate(_unbilled(books, writes)):
        milestones.complete_milestone(books, code, name, date(2026, 11, 26))
        switch(code)
        t = time.perf_counter()
        number = controller.issue_invoice(name)
        issued = settle.wait(window, t) * 1000
        if not number:
            raise SystemExit(f"issuing {code} {name} in the window failed")
        window.invoices_pane.select_number(number)
        settle.wait(window, time.perf_counter())
        invoice = window.invoices_pane.payable()
        if invoice is None or invoice.number != number:
            raise SystemExit(f"invoice {number} is not payable in the window")
        t = time.perf_counter()
        controller.record_payment(invoice)
        paid = settle.wait(window, t) * 1000
        if controller.last_payment is None:
            raise SystemExit(f"paying {number} in the window failed")
        if k >= 2:  # the first rounds warm fonts and statement caches
            issue_ms.append(issued)
            pay_ms.append(paid)
    from bench.rss import peak_mb

    rss_mb = peak_mb()
    window.close()
    books.close()
    print(json.dumps({"times_ms": times, "issue_ms": issue_ms, "pay_ms": pay_ms, "rss_mb": rss_mb}))


if __name__ == "__main__":
    main()
