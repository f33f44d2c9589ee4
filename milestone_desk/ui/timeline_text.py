"""Every visible text of the milestone timeline: money, dates, statuses, tooltips, axis labels."""

from __future__ import annotations

import datetime
import html

from PySide6.QtCore import QDate, QLocale, QObject

from milestone_desk.domain.states import MilestoneStatus
from milestone_desk.services.core.dto import MilestoneView
from milestone_desk.ui.timeline_layout import DRAGGABLE, Tick


def qdate(d: datetime.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class TimelineTexts(QObject):
    """Owns the translatable strings (``self.tr``) so the widget module stays about behaviour."""

    def status(self, status: str) -> str:
        return {
            "planned": self.tr("Planned"),
            "in_progress": self.tr("In progress"),
            "completed": self.tr("Completed"),
            "invoiced": self.tr("Invoiced"),
            "paid": self.tr("Paid"),
        }.get(status, status)

    def overdue(self) -> str:
        return self.tr("overdue")

    def date(self, d: datetime.date) -> str:
        locale = QLocale()
        if locale.language() == QLocale.Language.C:  # no user locale: unambiguous ISO dates
            return d.isoformat()
        return locale.toString(qdate(d), QLocale.FormatType.ShortFormat)

    def tick(self, tick: Tick, unit: str) -> str:
        if unit in ("day", "week"):
            return str(tick.day.day)
        return QLocale().standaloneMonthName(tick.day.month, QLocale.FormatType.ShortFormat)

    def band(self, d: datetime.date, kind: str) -> str:
        if kind == "year":
            return str(d.year)
        return QLocale().toString(qdate(d), "MMMM yyyy")

    def tooltip(self, m: MilestoneView, amount: str, overdue: bool, today: datetime.date) -> str:
        """Rich-text details of one milestone; every user string is escaped."""
        e = html.escape
        rows = [f"<b>{e(m.name)}</b>", e(self.status(m.status))]
        if overdue and m.planned_date is not None:
            days = (today - m.planned_date).days
            late = self.tr("overdue by 1 day") if days == 1 else self.tr("overdue by {0} days").format(days)
            rows[-1] += f" — <span style='color:#D55E00'><b>{e(late)}</b></span>"
        share = f" ({m.share_percent.normalize():f} %)" if m.share_percent is not None else ""
        rows.append(e(self.tr("Amount: {0}").format(amount) + share))
        planned = self.date(m.planned_date) if m.planned_date else self.tr("no date")
        rows.append(e(self.tr("Planned: {0}").format(planned)))
        if m.completed_date is not None:
            rows.append(e(self.tr("Completed: {0}").format(self.date(m.completed_date))))
        if m.invoice_number:
            rows.append(e(self.tr("Invoice: {0}").format(m.invoice_number)))
        if m.is_deposit:
            rows.append(e(self.tr("Deposit")))
        if m.note:
            rows.append(f"<i>{e(m.note[:300])}</i>")
        hint = ""
        if m.status in DRAGGABLE:
            hint = self.tr("Drag to reschedule · double-click to mark complete")
        elif m.status == MilestoneStatus.COMPLETED:
            hint = self.tr("Double-click to issue its invoice")
        if hint:
            rows.append(f"<span style='color:gray'>{e(hint)}</span>")
        return "<br>".join(rows)
