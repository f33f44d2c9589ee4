"""Turn docs/guide.md into resources/docs/guide.html (shipped; Help → User guide opens it).

    python packaging/make_guide.py

Qt's own Markdown reader does the conversion, so nothing beyond PySide6 is needed. The screenshots
the guide shows are copied beside it. Run again whenever the guide or its screenshots change.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "docs" / "guide.md"
TARGET = ROOT / "resources" / "docs"

STYLE = """
body { font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; max-width: 50em;
       margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1f2937; }
h1, h2 { color: #1e3a8a; } table { border-collapse: collapse; }
td, th { border: 1px solid #d1d5db; padding: 4px 8px; vertical-align: top; }
pre { background: #f3f4f6; padding: 0.8em; overflow-x: auto; }
img { max-width: 100%; border: 1px solid #d1d5db; }
"""


def markdown_to_html(text: str) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setMarkdown(text)
    body = doc.toHtml()
    start, end = body.find("<body"), body.rfind("</body>")
    inner = body[body.find(">", start) + 1 : end]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Milestone Desk — user guide</title><style>{STYLE}</style></head>\n"
        f"<body>{inner}</body></html>\n"
    )


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    TARGET.mkdir(parents=True, exist_ok=True)
    html = markdown_to_html(SOURCE.read_text(encoding="utf-8"))
    (TARGET / "guide.html").write_text(html, encoding="utf-8")
    shots = TARGET / "screenshots"
    shots.mkdir(exist_ok=True)
    text = SOURCE.read_text(encoding="utf-8")
    for old in shots.glob("*.png"):  # ship only the pictures the guide shows
        if f"screenshots/{old.name}" not in text:
            old.unlink()
    for png in sorted((ROOT / "docs" / "screenshots").glob("*.png")):
        if f"screenshots/{png.name}" in text:
            shutil.copy2(png, shots / png.name)
    print(f"Wrote {TARGET / 'guide.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
