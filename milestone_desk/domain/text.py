"""Validation of user text (names, descriptions, notes): one rule for every place that takes text."""

from __future__ import annotations

from milestone_desk.domain.errors import BadInput

MAX_TEXT = 200


def clean_text(value: str, what: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    """Trim user text and refuse empty, overlong or control-character input with a sentence."""
    text = (value or "").strip()
    if required and not text:
        raise BadInput(f"The {what} is empty.")
    if len(text) > limit:
        raise BadInput(f"The {what} is longer than {limit} characters.")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise BadInput(f"The {what} contains control characters.")
    return text
