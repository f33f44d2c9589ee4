"""Pure geometry and rules of the milestone timeline: no Qt here, so it is tested on its own.

Days are cells on the x axis: a date occupies ``[x_of_day_start, x_of_day_start + px_per_day)`` and a
milestone is drawn at the centre of its cell, so ``date_at(x_of(d)) == d`` at every zoom.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from milestone_desk.domain.states import BILLED, COMPLETED, OPEN_WORK
from milestone_desk.services.core.dto import MilestoneView

MIN_PX_PER_DAY = 0.4
MAX_PX_PER_DAY = 160.0
ZOOM_STEP = 1.25

DRAGGABLE = OPEN_WORK
DONE = (COMPLETED, *BILLED)


# --- rules about one milestone -------------------------------------------------------------------


def placed_date(m: MilestoneView) -> date | None:
    """Where a milestone sits: its completed date once done, else its planned date (None: no date)."""
    if m.status in DONE and m.completed_date is not None:
        return m.completed_date
    return m.planned_date


def is_overdue(m: MilestoneView, today: date) -> bool:
    """Planned or in progress with a planned date before today."""
    return m.status in DRAGGABLE and m.planned_date is not None and m.planned_date < today


def can_drag(m: MilestoneView) -> bool:
    return m.status in DRAGGABLE


def order_key(m: MilestoneView) -> tuple[int, int, int]:
    """Undated milestones first (they sit in the "no date" lane), then by date, then schedule order."""
    d = placed_date(m)
    return (0, 0, m.position) if d is None else (1, d.toordinal(), m.position)


# --- the scale -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scale:
    """Maps dates to pixels: ``left`` is the pixel of the plot's left edge, ``first_day`` the (fractional)
    day ordinal shown there, ``px_per_day`` the zoom."""

    left: float
    first_day: float
    px_per_day: float

    def x_of(self, d: date) -> float:
        return self.left + (d.toordinal() + 0.5 - self.first_day) * self.px_per_day

    def day_start_x(self, d: date) -> float:
        return self.left + (d.toordinal() - self.first_day) * self.px_per_day

    def date_at(self, x: float) -> date:
        ordinal = math.floor(self.first_day + (x - self.left) / self.px_per_day)
        return date.fromordinal(min(max(ordinal, 1), date.max.toordinal()))

    def day_at(self, x: float) -> float:
        return self.first_day + (x - self.left) / self.px_per_day

    def zoomed(self, factor: float, anchor_x: float) -> Scale:
        """Zoom by ``factor`` keeping the day under ``anchor_x`` where it is."""
        ppd = min(max(self.px_per_day * factor, MIN_PX_PER_DAY), MAX_PX_PER_DAY)
        day = self.day_at(anchor_x)
        return Scale(self.left, day - (anchor_x - self.left) / ppd, ppd)

    def panned(self, dx: float) -> Scale:
        """Content follows the mouse: dragging right by ``dx`` shows earlier days."""
        return Scale(self.left, self.first_day - dx / self.px_per_day, self.px_per_day)


def fit_scale(
    dates: Sequence[date], today: date, left: float, width: float, pad_left: float, pad_right: float
) -> Scale:
    """A scale showing every date (and today when that does not squeeze the schedule by half)."""
    if not dates:
        ppd = 8.0
        return Scale(left, today.toordinal() + 0.5 - (width / 3) / ppd, ppd)
    lo, hi = min(dates).toordinal(), max(dates).toordinal() + 1
    span = hi - lo
    t = today.toordinal()
    if lo <= t < hi or (max(hi, t + 1) - min(lo, t)) <= span * 1.5 + 7:
        lo, hi = min(lo, t), max(hi, t + 1)
    span = max(hi - lo, 7)
    usable = max(width - pad_left - pad_right, 40.0)
    ppd = min(max(usable / span, MIN_PX_PER_DAY), MAX_PX_PER_DAY)
    centre = (lo + hi) / 2
    # centre the range inside the usable band
    first = centre - (pad_left + usable / 2) / ppd
    return Scale(left, first, ppd)


# --- ticks ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    day: date
    kind: str  # "day", "week", "month", "year"
    labelled: bool


def tick_unit(px_per_day: float) -> str:
    """Finest labelled unit that leaves room for its label."""
    if px_per_day >= 24:
        return "day"
    if px_per_day >= 6.5:
        return "week"
    if px_per_day >= 1.6:
        return "month"
    return "quarter"


def ticks(scale: Scale, right: float) -> list[Tick]:
    """Ticks between the scale's left edge and ``right``: every day, Monday, month or quarter start."""
    first = scale.date_at(scale.left)
    last = scale.date_at(right)
    unit = tick_unit(scale.px_per_day)
    out: list[Tick] = []
    d = first
    while d <= last:
        if d.day == 1 and d.month == 1:
            out.append(Tick(d, "year", unit in ("month", "quarter")))
        elif d.day == 1:
            labelled = unit == "month" or (unit == "quarter" and d.month % 3 == 1)
            out.append(Tick(d, "month", labelled))
        elif d.weekday() == 0 and scale.px_per_day * 7 >= 5:
            out.append(Tick(d, "week", unit == "week"))
        elif unit == "day":
            out.append(Tick(d, "day", True))
        d += timedelta(days=1)
    if unit == "day":
        out = [Tick(t.day, t.kind, True) for t in out]
    elif unit == "week":
        out = [Tick(t.day, t.kind, t.kind == "week" or t.labelled) for t in out]
    return out


def month_starts(scale: Scale, right: float) -> list[date]:
    """First day of every month touching the visible range (the first may lie left of the plot)."""
    first = scale.date_at(scale.left)
    last = scale.date_at(right)
    d = date(first.year, first.month, 1)
    out = []
    while d <= last:
        out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


# --- labels --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def intersects(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x < self.right and self.top <= y < self.bottom


def stack_rows(
    lefts: Sequence[float],
    widths: Sequence[float],
    rows: int,
    gap: float,
    priority: Sequence[int] | None = None,
) -> list[int | None]:
    """Give each label the lowest row where it clears every label already there by ``gap``.

    Labels are placed by ``priority`` (lower first: overdue or selected ones win a row), then left to
    right; a label gets None when no row is free for it (it is then not drawn)."""
    taken: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    out: list[int | None] = [None] * len(lefts)
    prio = priority or [0] * len(lefts)
    for i in sorted(range(len(lefts)), key=lambda k: (prio[k], lefts[k])):
        lo, hi = lefts[i], lefts[i] + widths[i]
        for r in range(rows):
            if all(hi + gap <= a or b + gap <= lo for a, b in taken[r]):
                taken[r].append((lo, hi))
                out[i] = r
                break
    return out


def label_boxes(
    anchors: Sequence[float],
    widths: Sequence[float],
    baseline: float,
    row_height: float,
    rows: int,
    min_left: float,
    max_right: float,
    gap: float = 8.0,
    priority: Sequence[int] | None = None,
) -> list[Box | None]:
    """Boxes for labels anchored at marker x positions: a label starts a little left of its marker,
    is kept inside ``[min_left, max_right]`` and rows stack upwards from ``baseline``."""
    lefts = []
    for x, w in zip(anchors, widths):
        left = x - 10
        left = min(left, max_right - w)
        lefts.append(max(left, min_left))
    assigned = stack_rows(lefts, widths, rows, gap, priority)
    boxes: list[Box | None] = []
    for left, w, row in zip(lefts, widths, assigned):
        if row is None:
            boxes.append(None)
        else:
            boxes.append(Box(left, baseline - (row + 1) * row_height, w, row_height - 4))
    return boxes
