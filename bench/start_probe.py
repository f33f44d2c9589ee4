"""Child process for the start-up benchmark: time from process launch to the first painted window.

`--bare` shows an empty QMainWindow (the baseline); otherwise the app starts as a user starts it
(`milestone-desk --db FILE`): "ms" is its first painted window (the light splash frame),
"window_ms" the first paint of the full main window, and "full_ms" the dashboard drawn and idle:
the app has switched to the dashboard, every background job of the window is done, and nothing has
been painted for 50 ms (the time of the last paint is reported). Prints JSON: {"ms": …, "rss_mb": …}.
"""

from __future__ import annotations

import json
import os
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

    state: dict[str, object] = {"last_paint": 0.0, "asked": False, "window": None, "quiet": 0.0}

    class FirstPaint(QObject):
        """The first paint of any top-level window, of the full main window, and the last paint."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            state["last_paint"] = time.time()
            if isinstance(obj, QMainWindow):
                now = (time.time() - LAUNCHED) * 1000
                if "ms" not in result:
                    result["ms"] = now
                    loaded.update(sys.modules)
                if bare and "full_ms" not in result:
                    result["full_ms"] = result["window_ms"] = now
                    QTimer.singleShot(0, app.quit)
                if not bare and "window_ms" not in result and type(obj).__name__ == "MainWindow":
                    result["window_ms"] = now
                    state["window"] = obj
                    watch_dashboard(type(obj))
                    poll.start(5)
            return False

    def settled() -> None:
        """Dashboard asked for, no background job pending, nothing painted for 50 ms."""
        window = state["window"]
        if not state["asked"] or window is None:
            return
        from milestone_desk.ui.background import Worker

        now = time.time()
        if any(w.busy() for w in window.findChildren(Worker)):  # type: ignore[attr-defined]
            state["quiet"] = now
            return
        quiet_from = max(float(state["last_paint"]), float(state["quiet"]))  # type: ignore[arg-type]
        if (now - quiet_from) * 1000 >= 50:
            result["full_ms"] = (float(state["last_paint"]) - LAUNCHED) * 1000  # type: ignore[arg-type]
            poll.stop()
            app.quit()

    poll = QTimer()
    poll.timeout.connect(settled)

    def watch_dashboard(cls: type) -> None:
        """Note when the app switches to the dashboard (patched at the window's first paint, which
        comes before that switch, so the probe itself imports nothing before the splash)."""
        show_tab = cls.show_tab  # type: ignore[attr-defined]

        def asked(self: object, index: int) -> None:
            show_tab(self, index)
            if index == 0:
                state["asked"] = True

        cls.show_tab = asked  # type: ignore[attr-defined]
        window = state["window"]
        if getattr(getattr(window, "tabs", None), "currentIndex", lambda: 1)() == 0:
            state["asked"] = True  # the window opens on projects (tab 1): 0 means already switched

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
    from bench.rss import peak_mb

    result["rss_mb"] = peak_mb()
    heavy = ("sqlalchemy.orm", "alembic", "reportlab")
    print(json.dumps({"imported_at_paint": [m for m in heavy if m in loaded]}), file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
