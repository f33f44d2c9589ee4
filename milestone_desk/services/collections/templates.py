"""Reminder templates: ``{client}``-style placeholders filled safely.

Only the known names are replaced; there is no attribute access, indexing or format spec (so a
template can never reach into Python objects), ``{{`` and ``}}`` are literal braces, and values
are inserted as plain text. Subjects lose line breaks so no header can be smuggled in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from milestone_desk.domain.errors import BadInput

PLACEHOLDERS = ("client", "invoice", "amount", "due_date", "days_overdue", "company")
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")

DEFAULT_SUBJECT = "Invoice {invoice} from {company}: {amount} due {due_date}"
DEFAULT_BODY = (
    "Dear {client},\n\n"
    "This is a reminder that invoice {invoice} for {amount} was due on {due_date} "
    "({days_overdue} days overdue).\n"
    "If you have already paid, thank you, and please disregard this message.\n\n"
    "Kind regards,\n{company}\n"
)
DEFAULT_UPCOMING_BODY = (
    "Dear {client},\n\n"
    "A friendly note that invoice {invoice} for {amount} is due on {due_date}.\n\n"
    "Kind regards,\n{company}\n"
)


def check_template(template: str, what: str = "template") -> None:
    """Refuse a template with an unknown or malformed placeholder, with a sentence naming it."""
    if len(template) > 10_000:
        raise BadInput(f"The {what} is longer than 10,000 characters.")
    for match in _TOKEN.finditer(template):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        name = match.group(1)
        if name is None:
            raise BadInput(f"The {what} has a lone brace; write {{{{ or }}}} for a literal brace.")
        if name not in PLACEHOLDERS:
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise BadInput(f"The {what} uses the unknown placeholder {{{name}}}; use one of {known}.")


def render(template: str, values: Mapping[str, str], *, single_line: bool = False) -> str:
    """Fill a template; unknown placeholders are left as written (they were refused on save)."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        if name is not None and name in values:
            return values[name]
        return token

    text = _TOKEN.sub(swap, template)
    if single_line:
        text = " ".join(text.split())
    return text
