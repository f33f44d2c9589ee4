"""Printing like a desktop application: the PDF itself goes to the printer where the system can.

On macOS and Linux (CUPS) the document's own PDF is handed to ``lp``: vector pages, the document's
paper size (``media=Letter`` / ``media=A4`` read from the PDF), no scaling (``print-scaling=none``).
Where there is no ``lp`` (Windows), the window falls back to Qt printing at the document's size.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from milestone_desk.domain.errors import BadInput, BooksError

#: PDF page sizes (points, portrait) → the CUPS media name
MEDIA = {(612, 792): "Letter", (595, 842): "A4", (612, 1008): "Legal"}


@dataclass(frozen=True)
class PrintJob:
    command: list[str]
    reply: str  # what lp said (``request id is office-12 (1 file(s))``)


def lp_path() -> str | None:
    """The ``lp`` of this system, or None where the system cannot print a PDF file itself."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


def can_print_pdf() -> bool:
    return lp_path() is not None


def media_of(pdf: bytes) -> str:
    """The CUPS media name of the PDF's first page (Letter, A4, Legal), or "" when unknown."""
    from pypdf import PdfReader

    try:
        box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    except Exception:
        return ""
    w, h = sorted((round(float(box.width)), round(float(box.height))))
    return MEDIA.get((w, h), "")


def lp_command(
    path: str, *, media: str, title: str, printer: str = "", copies: int = 1, lp: str = "lp"
) -> list[str]:
    """The ``lp`` command line that prints ``path`` as it is: its own paper size, not scaled."""
    if copies < 1 or copies > 999:
        raise BadInput("The number of copies must be between 1 and 999.")
    cmd = [lp]
    if printer:
        cmd += ["-d", printer]
    cmd += ["-n", str(copies), "-t", title or "Milestone Desk document"]
    if media:
        cmd += ["-o", f"media={media}"]
    cmd += ["-o", "print-scaling=none", "-o", "fit-to-page=false", "--", path]
    return cmd


def print_pdf(pdf: bytes, *, title: str, printer: str = "", copies: int = 1, timeout: float = 60) -> PrintJob:
    """Send the PDF to the printer through ``lp``; a sentence when the system cannot or lp refuses."""
    lp = lp_path()
    if lp is None:
        raise BadInput(
            "This system has no 'lp' command (CUPS), so the PDF cannot be sent to a printer from here; "
            "save the PDF and print it, or print from the window."
        )
    fd, name = tempfile.mkstemp(prefix="milestone-desk-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
        cmd = lp_command(name, media=media_of(pdf), title=title, printer=printer, copies=copies, lp=lp)
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BooksError(f"The print command did not run: {exc}.") from exc
        if done.returncode != 0:
            said = (done.stderr or done.stdout).strip() or f"exit code {done.returncode}"
            raise BadInput(f"The printer refused the document: {said}")
        return PrintJob(cmd, done.stdout.strip())
    finally:
        # lp copies the file into the spool before it returns
        try:
            os.unlink(name)
        except OSError:
            pass


__all__ = ["PrintJob", "can_print_pdf", "lp_command", "lp_path", "media_of", "print_pdf"]
