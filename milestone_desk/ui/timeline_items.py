"""The laid-out pieces of the timeline: one item per milestone, the press state, label placement."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from milestone_desk.services.core.dto import MilestoneView
from milestone_desk.ui import timeline_layout as lay
from milestone_desk.ui.timeline_paint import LabelFonts

MAX_NAME = 170.0  # px: longer milestone names are elided on the label (the tooltip has them whole)
HEADER = 26.0  # px: legend and zoom buttons
AXIS_H = 40.0  # px below the axis line: tick labels and month names
LANE_ROW = 20.0  # px per milestone in the "no date" lane


@dataclass
class Item:
    m: MilestoneView
    day: datetime.date | None
    overdue: bool
    detail: str = ""  # the formatted amount
    x: float = 0.0
    marker: QRectF | None = None  # hit area: around the marker, or the row in the "no date" lane
    label: QRectF | None = None


@dataclass
class Press:
    pos: QPointF
    name: str | None  # the milestone being dragged; None: panning the view
    scale: lay.Scale
    active: bool = False


def place_labels(
    visible: list[Item],
    fonts: LabelFonts,
    detail: Callable[[Item], str],
    baseline: float,
    top: float,
    left: float,
    right: float,
    selected: str | None,
) -> None:
    """Give labels rows above the axis without overlap: two-line cards when they all fit, else
    one-line ones; when even those do not all fit, the selected and overdue ones go first."""
    visible.sort(key=lambda i: i.x)
    prio = [0 if i.m.name == selected else 1 if i.overdue else 2 for i in visible]
    tried: list[list[lay.Box | None]] = []
    for compact, order in ((False, None), (True, None), (False, prio), (True, prio)):
        row_h = fonts.row_height(compact)
        rows = max(int((baseline - top) // row_h), 1)
        widths = [fonts.label_width(i.m.name, detail(i), MAX_NAME, compact) for i in visible]
        boxes = lay.label_boxes(
            [i.x for i in visible], widths, baseline, row_h, rows, left, right, 6.0, order
        )
        if None not in boxes:
            break
        tried.append(boxes)
    else:  # not every label fits: keep the important ones, then the most
        boxes = min(tried[2:], key=lambda b: b.count(None))
    # with rows to spare, lift the stack a little so the labels do not hug the axis
    placed = [b for b in boxes if b is not None]
    lift = 0.0
    if placed:
        spare = min(b.top for b in placed) - top
        lift = max(min(spare / 2, row_h * 0.9), 0.0)
    for item, box in zip(visible, boxes):
        item.label = None if box is None else QRectF(box.left, box.top - lift, box.width, box.height)
