"""The fingerprint of a frozen document (DESIGN §6): SHA-256 of its PDF bytes, checked on every read."""

from __future__ import annotations

import hashlib

from milestone_desk.domain.errors import BooksError


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_pdf(pdf: bytes | None, digest: str | None, what: str) -> bytes | None:
    """The stored bytes when they match their fingerprint; ``None`` when nothing is stored."""
    if pdf is None:
        return None
    if digest != sha256(pdf):
        raise BooksError(f"The stored PDF of {what} does not match its fingerprint; restore a backup.")
    return pdf
