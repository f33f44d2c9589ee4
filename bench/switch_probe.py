"""Child process for the project-switch benchmark: the real MainWindow on the firm, shown offscreen.

Selects projects through the projects pane's public API (``select_code``) and spins the event loop
until all three panes show the chosen project: the projects table's current row, the milestone
pane's detail, and the invoices pane's rows (each belongs to the project). Prints JSON with every
switch time in ms and the process's peak RSS.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    db = sys.argv[sys.argv.index("--db") + 1]  # a company file or a server address (issue 14)
    count = int(sys.argv[sys.argv.index("--switches") + 1]) if "--switches" in sys.argv else 60
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from milestone_desk.services.books import Books
    from milestone_desk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    settings_dir = tempfile.mkdtemp(prefix="md-bench-settings-")
    settings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
    books = Books.open(db)
    window = MainWindow(books, settings)
    window.remember_layout = False
    window.resize(1280, 800)
    window.show()
    window.controller.wait_loaded()
    app.processEvents()
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

    times: list[float] = []
    for i, code in enumerate(picks):
        if pane.current() is not None and pane.current().code == code:  # type: ignore[union-attr]
            continue
        t = time.perf_counter()
        pane.select_code(code)
        while not updated(code):
            app.processEvents()
            if time.perf_counter() - t > 10:
                raise SystemExit(f"the panes never showed {code}")
        app.processEvents()  # let the views lay out the new rows, as a user would see them
        if i >= 5:  # the first switches warm caches
            times.append((time.perf_counter() - t) * 1000)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    books.close()
    print(json.dumps({"times_ms": times, "rss_mb": rss_mb}))


if __name__ == "__main__":
    main()
