"""Is this a field copy? Its marker in settings, its device's receipt series, its command log.

A field copy carries ``field.office`` (the office address without password), ``field.device``,
``field.synced_at`` and ``field.pulled_change`` (the office change counter it last pulled); a
partial copy also ``field.projects`` (its projects) and ``field.left_out`` (the numbers and the
UUIDs of the invoices, payments and credit notes of other projects, which the check of a partial copy
expects to miss: the number register and the audit trail are copied whole).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput
from milestone_desk.persistence.models import Setting
from milestone_desk.persistence.models_field import FieldCommand

OFFICE = "field.office"
DEVICE = "field.device"
SYNCED_AT = "field.synced_at"
PULLED = "field.pulled_change"
PROJECTS = "field.projects"
LEFT_OUT = "field.left_out"
#: The office's change point at the last pull (counter, time and writer of its last change).
PULLED_POINT = "field.pulled_point"
KEYS = (OFFICE, DEVICE, SYNCED_AT, PULLED, PROJECTS, LEFT_OUT, PULLED_POINT)

_DEVICE = re.compile(r"[A-Z0-9]{1,11}")


@dataclass(frozen=True)
class Marker:
    office: str
    device: str
    synced_at: str
    pulled_change: int
    projects: tuple[str, ...]
    pulled_point: str = ""


def clean_device(code: str) -> str:
    device = code.strip().upper()
    if not _DEVICE.fullmatch(device):
        raise BadInput(
            f"The device code {code!r} is not usable; give 1 to 11 letters or digits, e.g. TRUCK1."
        )
    return device


def _get(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return None if row is None else row.value


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def device_of(session: Session) -> str | None:
    """The device code when these books are a field copy, else None."""
    return _get(session, DEVICE)


def marker_of(session: Session) -> Marker | None:
    device = device_of(session)
    if device is None:
        return None
    projects = _get(session, PROJECTS) or ""
    return Marker(
        office=_get(session, OFFICE) or "",
        device=device,
        synced_at=_get(session, SYNCED_AT) or "",
        pulled_change=int(_get(session, PULLED) or 0),
        projects=tuple(p for p in projects.split(",") if p),
        pulled_point=_get(session, PULLED_POINT) or "",
    )


def put_left_out(session: Session, numbers: set[str], uuids: set[str]) -> None:
    put(session, LEFT_OUT, json.dumps({"numbers": sorted(numbers), "uuids": sorted(uuids)}))


def left_out(session: Session) -> tuple[set[str], set[str]]:
    """(numbers, UUIDs) a partial field copy left at the office; empty sets for whole books."""
    if device_of(session) is None:
        return set(), set()
    text = _get(session, LEFT_OUT)
    if not text:
        return set(), set()
    data = json.loads(text)
    return set(data.get("numbers", [])), set(data.get("uuids", []))


def receipt_series(device: str) -> str:
    return f"receipt:{device}"


def receipt_format(device: str) -> str:
    return f"RCT-{device}-{{year}}-{{seq:04d}}"


def is_device_series(series: str) -> bool:
    return series.startswith("receipt:")


def refuse_numbering(session: Session, series: str) -> None:
    """Field copies never number invoices or credit notes; only their own receipts."""
    if is_device_series(series) or device_of(session) is None:
        return
    if series == "invoice":
        raise BadInput(
            "Invoices are numbered at the office; this milestone will show as ready to invoice there "
            "after sync."
        )
    raise BadInput("Documents are numbered at the office; this is a field copy, so sync and issue it there.")


def refuse_on_copy(session: Session, what: str, instead: str = "") -> None:
    """Work that does not sync is refused on a field copy: the next pull would silently undo it."""
    if device_of(session) is not None:
        raise BadInput(
            f"{what} happens at the office; on a field copy it would be undone by the next sync{instead}."
        )


def add_command(session: Session, kind: str, payload: dict[str, Any]) -> FieldCommand:
    """Write one field action to the command log, inside the action's own transaction."""
    command = FieldCommand(kind=kind, payload=json.dumps(payload, sort_keys=True, default=str))
    session.add(command)
    return command


def stamp(now: datetime) -> str:
    return now.replace(microsecond=0).isoformat(sep=" ") + " UTC"
