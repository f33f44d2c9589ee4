"""Cash-flow forecast: where expected and actual money lands, and the chart that shows it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF
from pytestqt.qtbot import QtBot

from milestone_desk.services.collections.queries import forecast
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.ui.forecast_chart import ForecastChart, nice_ceiling
from tests.collections_helpers import amount_due, issue, pay

D0 = date(2026, 1, 10)
TODAY = date(2026, 3, 15)


def _history(books: Books) -> dict[str, str]:
    dep = issue(books, "P-001", "Deposit", D0)  # due 02-09: paid
    demo = issue(books, "P-001", "Demolition", date(2026, 1, 20))  # due 02-19: overdue on 03-15
    rough = issue(books, "P-001", "Rough-in", date(2026, 3, 1))  # due 03-31
    pay(books, dep, 485_000, date(2026, 2, 5))
    pay(books, demo, 100_000, date(2026, 3, 2))
    milestones.reschedule_milestone(books, "P-001", "Cabinets", date(2026, 4, 10))  # → due 05-10
    milestones.reschedule_milestone(books, "P-001", "Final", date(2026, 2, 1))  # late: today + 30
    return {"dep": dep, "demo": demo, "rough": rough}


def test_forecast_by_month(books: Books) -> None:
    n = _history(books)
    f = forecast.forecast(books, TODAY, "month", past=2, ahead=3)
    assert [p.label for p in f.periods] == [
        "Jan 2026",
        "Feb 2026",
        "Mar 2026",
        "Apr 2026",
        "May 2026",
        "Jun 2026",
    ]
    jan, feb, mar, apr, may, jun = f.periods
    assert feb.actual == 485_000 and mar.actual == 100_000 and jan.actual == 0
    assert [(i.kind, i.reference) for i in mar.expected_items] == [
        ("overdue", n["demo"]),
        ("invoice", n["rough"]),
    ]
    assert mar.expected == amount_due(books, n["demo"]) - 100_000 + amount_due(books, n["rough"])
    # Final was planned in the past and is unbilled: expected today + 30 days (April)
    assert [(i.kind, i.reference, i.amount) for i in apr.expected_items] == [
        ("milestone", "Final", 921_500)
    ]  # 9,700.00 less 5 %
    # Cabinets 14,550.00 less 5 % retainage, due 30 days after its planned date
    [cab] = may.expected_items
    assert (cab.reference, cab.on, cab.amount) == ("Cabinets", date(2026, 5, 10), 1_382_250)
    assert jun.expected == 0 and jan.expected == 0 and feb.expected == 0
    assert f.actual_total == 585_000


def test_forecast_by_week_and_bad_period(books: Books) -> None:
    _history(books)
    f = forecast.forecast(books, TODAY, "week", past=2, ahead=8)
    assert all(p.start.weekday() == 0 and (p.end - p.start).days == 6 for p in f.periods)
    assert sum(1 for p in f.periods if p.contains(TODAY)) == 1
    assert f.actual_total == 100_000  # the February payment is before the window
    import pytest

    from milestone_desk.domain.errors import BadInput

    with pytest.raises(BadInput):
        forecast.forecast(books, TODAY, "year")


def test_nice_ceiling() -> None:
    assert [nice_ceiling(v) for v in (0, 7, 10, 11, 180, 260, 9_999_999)] == [
        100,
        8,
        10,
        12,
        200,
        300,
        10_000_000,
    ]


def test_chart_hover_names_the_items(books: Books, qtbot: QtBot, tmp_path: Path) -> None:
    n = _history(books)
    chart = ForecastChart()
    qtbot.addWidget(chart)
    chart.resize(800, 320)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_forecast(forecast.forecast(books, TODAY, "month", past=2, ahead=3))
    bars = chart.bars()
    assert {(b.period, b.which) for b in bars} == {
        (1, "actual"),
        (2, "actual"),
        (2, "expected"),
        (3, "expected"),
        (4, "expected"),
    }
    # taller bar for more money
    mar_expected = next(b for b in bars if (b.period, b.which) == (2, "expected"))
    mar_actual = next(b for b in bars if (b.period, b.which) == (2, "actual"))
    assert mar_expected.rect.height() > mar_actual.rect.height() > 0
    tip = chart.tooltip_for(mar_expected)
    assert n["demo"] in tip and n["rough"] in tip and "overdue" in tip and "Maria Delgado" in tip
    assert chart.bar_at(QPointF(1, 1)) is None
    centre = mar_expected.rect.center().toPoint()
    qtbot.mouseMove(chart, centre)
    qtbot.waitUntil(lambda: n["rough"] in chart.toolTip(), timeout=3000)
    actual = next(b for b in bars if (b.period, b.which) == (1, "actual"))
    qtbot.mouseMove(chart, actual.rect.center().toPoint())
    qtbot.waitUntil(lambda: "Received" in chart.toolTip() and "4,850.00" in chart.toolTip(), timeout=3000)
    qtbot.mouseMove(chart, QPoint(2, 2))
    qtbot.waitUntil(lambda: chart.toolTip() == "", timeout=3000)
    assert chart.grab().save(str(tmp_path / "chart.png"))
