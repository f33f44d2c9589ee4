"""The two kinds of failure the app knows (DESIGN §6).

``BadInput`` is the user's to fix: it carries one plain sentence. ``BooksError`` is a known
environmental failure (disk full, locked, corrupt file). Anything else is a bug.
"""


class MilestoneDeskError(Exception):
    """A known failure with a sentence fit to show the user."""

    exit_code = 1


class BadInput(MilestoneDeskError):
    """The user asked for something invalid; nothing was changed."""

    exit_code = 2


class NotFound(BadInput):
    """A code or number that names nothing in the books."""


class NeedsConfirmation(BadInput):
    """Allowed only when the user says so: the window asks ``question``; the CLI needs a flag."""

    def __init__(self, sentence: str, question: str) -> None:
        super().__init__(sentence)
        self.question = question


class BooksError(MilestoneDeskError):
    """The company file cannot be used as asked (corrupt, locked, newer, read-only, full disk)."""
