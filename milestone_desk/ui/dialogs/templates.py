"""Schedule templates offered by the new-project wizard."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from milestone_desk.domain.schedule import Share
from milestone_desk.ui.schedule_model import ScheduleRow


def tr(text: str) -> str:
    return QCoreApplication.translate("templates", text)


def _rows(start: datetime.date, plan: list[tuple[str, Share, int]], deposit: bool) -> list[ScheduleRow]:
    return [
        ScheduleRow(name, share, deposit and i == 0, start + datetime.timedelta(days=days))
        for i, (name, share, days) in enumerate(plan)
    ]


def five_phase(start: datetime.date) -> list[ScheduleRow]:
    p = Share.of_percent
    plan = [
        (tr("Deposit"), p(Decimal(10)), 0),
        (tr("Framing"), p(Decimal(25)), 30),
        (tr("Rough-in"), p(Decimal(25)), 60),
        (tr("Finishes"), p(Decimal(30)), 90),
        (tr("Final"), p(Decimal(10)), 120),
    ]
    return _rows(start, plan, True)


def deposit_thirds(start: datetime.date) -> list[ScheduleRow]:
    p = Share.of_percent
    plan = [
        (tr("Deposit"), p(Decimal(10)), 0),
        (tr("First third"), p(Decimal(30)), 30),
        (tr("Second third"), p(Decimal(30)), 60),
        (tr("Final third"), Share.remainder(), 90),
    ]
    return _rows(start, plan, True)


def simple(start: datetime.date) -> list[ScheduleRow]:
    plan = [(tr("Deposit"), Share.of_percent(Decimal(10)), 0), (tr("Completion"), Share.remainder(), 60)]
    return _rows(start, plan, True)


def templates() -> list[tuple[str, Callable[[datetime.date], list[ScheduleRow]]]]:
    return [
        (tr("Five phases: 10 / 25 / 25 / 30 / 10 %"), five_phase),
        (tr("Deposit 10 % + equal thirds"), deposit_thirds),
        (tr("Deposit + completion (edit freely)"), simple),
    ]
