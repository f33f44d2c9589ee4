"""Reading untrusted JSON: typed access whose error sentences name the place (``projects[0].due``).

Duplicate keys are refused (json would silently keep the last); dates must be strings in range.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from milestone_desk.domain.dates import FIRST_YEAR, LAST_YEAR
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money, parse_percent


class JsonDoc:
    """Typed access to untrusted JSON with error sentences that name the place."""

    def __init__(self, data: Any, where: str, *, root: bool = False) -> None:
        if not isinstance(data, dict):
            raise BadInput(f"{where} must be a JSON object.")
        self.data: dict[str, Any] = data
        self.where = where
        #: The whole file: its children are named ``projects[0]``, not ``The file.projects[0]``.
        self.root = root

    def _place(self, key: str) -> str:
        return key if self.root else f"{self.where}.{key}"

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise BadInput(f"{self.where} has no {key!r}.")
        if not isinstance(value, str):
            raise BadInput(f"{self.where}.{key} must be a string.")
        return value

    def money(self, key: str, currency: str, *, default: str | None = None, negative: bool = False) -> int:
        raw = self.data.get(key, default)
        if isinstance(raw, bool) or not isinstance(raw, (str, int)):
            raise BadInput(f'{self.where}.{key} must be a decimal string such as "1250.00".')
        try:
            return Money.parse(str(raw), currency, what="value", allow_negative=negative).minor
        except BadInput as exc:
            raise BadInput(f"{self._place(key)}: {lower_first(str(exc))}") from exc

    def percent(self, key: str, default: str = "0") -> Decimal:
        raw = self.data.get(key, default)
        if isinstance(raw, bool) or not isinstance(raw, (str, int)):
            raise BadInput(f'{self.where}.{key} must be a decimal string such as "5".')
        try:
            return parse_percent(str(raw), "value")
        except BadInput as exc:
            raise BadInput(f"{self._place(key)}: {lower_first(str(exc))}") from exc

    def day(self, key: str) -> date | None:
        raw = self.data.get(key)
        if raw is None:
            return None
        if not isinstance(raw, str):
            raise BadInput(f'{self._place(key)} must be a date string such as "2026-01-15".')
        try:
            day = date.fromisoformat(raw)
        except ValueError as exc:
            raise BadInput(f"{self._place(key)} {raw!r} is not a date like 2026-01-15.") from exc
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise BadInput(f"{self._place(key)} {raw} is out of range; use a date between 1900 and 2200.")
        return day

    def flag(self, key: str) -> bool:
        raw = self.data.get(key, False)
        if not isinstance(raw, bool):
            raise BadInput(f"{self.where}.{key} must be true or false.")
        return raw

    def items(self, key: str) -> list[JsonDoc]:
        raw = self.data.get(key, [])
        if not isinstance(raw, list):
            raise BadInput(f"{self.where}.{key} must be a list.")
        return [JsonDoc(item, f"{self._place(key)}[{i}]") for i, item in enumerate(raw)]

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(key, default)
        if value not in allowed:
            raise BadInput(f"{self.where}.{key} must be one of {', '.join(allowed)}.")
        return value


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """object_pairs_hook: a key given twice is refused (json would silently keep the last)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise BadInput(f"The file gives the key {key!r} twice in one object; keep only one.")
        out[key] = value
    return out


def parse_json_text(text: str | bytes) -> Any:
    """JSON from text, refusing duplicate keys."""
    return json.loads(text, object_pairs_hook=_no_duplicate_keys)


def load_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"Cannot read {path}: {exc.strerror}.") from exc
    try:
        return parse_json_text(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise BadInput(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}).") from exc
    except RecursionError as exc:
        raise BadInput(f"{path} is nested too deeply to be a company file.") from exc
