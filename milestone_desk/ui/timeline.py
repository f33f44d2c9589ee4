"""STUB of the drawn timeline (the real one is built in its own branch with this same interface).

It lists the milestones along a simple axis so the window is usable and testable meanwhile.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from milestone_desk.services.dto import MilestoneView
from milestone_desk.ui import formatting

COLOURS = {
    "planned": "#7f8c9a",
    "in_progress": "#2f80ed",
    "completed": "#f2994a",
    "invoiced": "#9b51e0",
    "paid": "#27ae60",
}


class TimelineView(QWidget):
    completeRequested = Signal(str)
    reopenRequested = Signal(str)
    issueRequested = Signal(str)
    rescheduleRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._milestones: list[MilestoneView] = []
        self._today = datetime.date.today()
        self._currency = "USD"
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_milestones(self, milestones: list[MilestoneView], today: datetime.date, currency: str) -> None:
        self._milestones = list(milestones)
        self._today = today
        self._currency = currency
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        n = len(self._milestones)
        if not n:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No project selected."))
            return
        w = self.width() - 40
        y = self.height() // 2
        p.setPen(QColor("#9aa5b1"))
        p.drawLine(20, y, 20 + w, y)
        step = w / max(n, 1)
        for i, m in enumerate(self._milestones):
            x = 20 + step * (i + 0.5)
            p.setBrush(QColor(COLOURS.get(m.status, "#7f8c9a")))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QRectF(x - 7, y - 7, 14, 14))
            p.setPen(self.palette().text().color())
            box = QRectF(x - step / 2, y - 48, step, 36)
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, m.name)
            when = m.completed_date or m.planned_date
            below = f"{formatting.money(m.amount_cents, self._currency)}\n{formatting.day(when)}"
            p.drawText(QRectF(x - step / 2, y + 12, step, 40), Qt.AlignmentFlag.AlignHCenter, below)
