"""Schedule templates offered by the new-project wizard."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from milestone_desk.domain.schedule import Share
from milestone_desk.ui.schedule_model import ScheduleRow


def _rows(start: datetime.date, plan: list[tuple[str, Share, int]], deposit: bool) -> list[ScheduleRow]:
    return [
        ScheduleRow(name, share, deposit and i == 0, start + datetime.timedelta(days=days))
        for i, (name, share, days) in enumerate(plan)
    ]


def five_phase(start: datetime.date) -> list[ScheduleRow]:
    p = Share.of_percent
    plan = [
        (QCoreApplication.translate("templates", "Deposit"), p(Decimal(10)), 0),
        (QCoreApplication.translate("templates", "Framing"), p(Decimal(25)), 30),
        (QCoreApplication.translate("templates", "Rough-in"), p(Decimal(25)), 60),
        (QCoreApplication.translate("templates", "Finishes"), p(Decimal(30)), 90),
        (QCoreApplication.translate("templates", "Final"), p(Decimal(10)), 120),
    ]
    return _rows(start, plan, True)


def deposit_thirds(start: datetime.date) -> list[ScheduleRow]:
    p = Share.of_percent
    plan = [
        (QCoreApplication.translate("templates", "Deposit"), p(Decimal(10)), 0),
        (QCoreApplication.translate("templates", "First third"), p(Decimal(30)), 30),
        (QCoreApplication.translate("templates", "Second third"), p(Decimal(30)), 60),
        (QCoreApplication.translate("templates", "Final third"), Share.remainder(), 90),
    ]
    return _rows(start, plan, True)


def simple(start: datetime.date) -> list[ScheduleRow]:
    plan = [
        (QCoreApplication.translate("templates", "Deposit"), Share.of_percent(Decimal(10)), 0),
        (QCoreApplication.translate("templates", "Completion"), Share.remainder(), 60),
    ]
    return _rows(start, plan, True)


def templates() -> list[tuple[str, Callable[[datetime.date], list[ScheduleRow]]]]:
    return [
        (QCoreApplication.translate("templates", "Five phases: 10 / 25 / 25 / 30 / 10 %"), five_phase),
        (QCoreApplication.translate("templates", "Deposit 10 % + equal thirds"), deposit_thirds),
        (QCoreApplication.translate("templates", "Deposit + completion (edit freely)"), simple),
    ]
