"""Child process for the start-up benchmark: time from process launch to the first painted window.

`--bare` shows an empty QMainWindow (the baseline); otherwise the app starts as a user starts it
(`milestone-desk --db FILE`): "ms" is its first painted window, "full_ms" the full main window. Prints JSON: {"ms": …, "rss_mb": …}.
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
    result: dict[str, float] = {}
    loaded: set[str] = set()

    class FirstPaint(QObject):
        """The first paint of any top-level window, and of the full main window."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                now = (time.time() - LAUNCHED) * 1000
                if "ms" not in result:
                    result["ms"] = now
                    loaded.update(sys.modules)
                if "full_ms" not in result and (bare or type(obj).__name__ == "MainWindow"):
                    result["full_ms"] = now
                    QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaint()
    app.installEventFilter(probe)
    if bare:
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        app.exec()
    else:
        # The app's own start path (cli.main → app.run_gui): the frame first, then the books and the
        # full window; settings and backups go to a scratch MILESTONE_DESK_HOME set by the parent.
        from milestone_desk.cli import main as app_main

        app_main(["--db", sys.argv[sys.argv.index("--db") + 1]])
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result["rss_mb"] = rss_kb / 1024
    heavy = ("sqlalchemy.orm", "alembic", "reportlab")
    print(json.dumps({"imported_at_paint": [m for m in heavy if m in loaded]}), file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
