"""Child process for the start-up benchmark: time from process launch to the first painted window.

`--bare` shows an empty QMainWindow (the baseline); otherwise the app's own window on `--db FILE`,
built the way app.run_gui builds it. Prints JSON: {"ms": …, "rss_mb": …}.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

LAUNCHED = float(os.environ["BENCH_T0"])


def main() -> None:
    bare = "--bare" in sys.argv
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if bare:
        window = QMainWindow()
        window.resize(1280, 800)
    else:
        from milestone_desk.services.books import Books
        from milestone_desk.ui.main_window import MainWindow

        books = Books.open(sys.argv[sys.argv.index("--db") + 1])
        window = MainWindow(books)
        window.resize(1280, 800)
    result: dict[str, float] = {}
    loaded: set[str] = set()

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "ms" not in result:
                result["ms"] = (time.time() - LAUNCHED) * 1000
                loaded.update(sys.modules)
                QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result["rss_mb"] = rss_kb / 1024
    heavy = ("sqlalchemy.orm", "alembic", "reportlab")
    print(json.dumps({"imported_at_paint": [m for m in heavy if m in loaded]}), file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
