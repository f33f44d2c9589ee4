"""The installed programs' entry point (PyInstaller bundles, file associations).

Desktop shells open a document by appending its path: ``milestone-desk /home/me/books.mdesk``
(Linux ``Exec=… %f``, the Windows ``"%1"`` association, macOS argv emulation). The command line
has no positional file, so a lone company-file path is turned into ``--db PATH`` here. A
windowed Windows build has no console streams; they are pointed at the null device so that
printing never crashes the app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from milestone_desk.paths import FILE_SUFFIX


def desktop_argv(argv: Sequence[str]) -> list[str]:
    """Arguments as the command line understands them, with a shell-opened file made ``--db``."""
    args = [a for a in argv if not a.startswith("-psn_")]  # old macOS process serial numbers
    if len(args) == 1 and not args[0].startswith("-") and args[0].lower().endswith(FILE_SUFFIX):
        return ["--db", args[0]]
    return args


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    _ensure_streams()
    from milestone_desk.cli import main as cli_main

    return cli_main(desktop_argv(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
