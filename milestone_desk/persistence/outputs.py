"""The one rule for writing a document or an export to a path the user named.

- an existing file is replaced only with ``force``;
- a company file (SQLite header, ``.mdesk`` name, or its ``-wal``/``-journal``/``.lock``), a backup,
  a device, a folder, a link or anything that is not a regular file is never replaced, even with ``force``;
- the bytes go to a temporary file in the same folder created with ``O_EXCL | O_NOFOLLOW``
  (0600: documents and exports are readable by the user only), fsynced, then renamed over the target.
"""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.paths import FILE_SUFFIX
from milestone_desk.persistence.backups import parse_name
from milestone_desk.persistence.sqlite import SQLITE_MAGIC

#: Names of files that belong to a company file (never an output).
_COMPANION = ("-wal", "-shm", "-journal", ".lock", ".lock.takeover", ".swap")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def output_refusal(path: Path, *, force: bool = False) -> str | None:
    """Why ``path`` may not be written as an output (None when it may)."""
    name = path.name
    if not name:
        return f"{path} is not a file name."
    if not path.parent.is_dir():
        return f"The folder {path.parent} does not exist."
    lower = name.lower()
    if parse_name(path) is not None or lower.endswith(".partial"):
        return f"{name} is a backup name; documents and exports are never written over a backup."
    if lower.endswith(FILE_SUFFIX) or any(lower.endswith(FILE_SUFFIX + c) for c in _COMPANION):
        return f"{name} is a company file name; documents and exports are never written over books."
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{path} cannot be used: {exc.strerror}."
    if stat.S_ISLNK(st.st_mode):
        return f"{path} is a link; name the file itself (links are never followed)."
    if stat.S_ISDIR(st.st_mode):
        return f"{path} is a folder; give a file name."
    if not stat.S_ISREG(st.st_mode):
        return f"{path} is not a regular file (a device or a pipe); it is never written over."
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        head = b""
    if head == SQLITE_MAGIC:
        return f"{path} is a database (perhaps a company file or a backup); it is never written over."
    if not force:
        return f"{path} exists; add --force to replace it."
    return None


def write_output(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` whole or not at all, under ``output_refusal``'s rule; returns the path."""
    out = Path(path)
    refusal = output_refusal(out, force=force)
    if refusal is not None:
        raise BadInput(refusal)
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW, 0o600)
        try:
            view = memoryview(data)
            while view:
                done = os.write(fd, view)
                view = view[done:]
            os.fsync(fd)
        finally:
            os.close(fd)
        # Looked at again right before the swap: a file put there meanwhile is not clobbered blindly.
        refusal = output_refusal(out, force=force)
        if refusal is not None:
            raise BadInput(refusal)
        os.replace(tmp, out)
    except OSError as exc:
        raise BooksError(f"Cannot write {out}: {exc.strerror or exc}; nothing was written.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out
