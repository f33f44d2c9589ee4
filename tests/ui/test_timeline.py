"""The drawn milestone timeline: geometry, status rules, signals, drag to reschedule, zoom, labels."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import MilestoneView
from milestone_desk.services.firm import projects
from milestone_desk.services.setup import demo
from milestone_desk.ui import timeline_layout as lay
from milestone_desk.ui.formatting import money as money_text
from milestone_desk.ui.timeline import TimelineView
from milestone_desk.ui.timeline_paint import STATUS_COLORS

TODAY = date(2026, 11, 26)  # a Thursday


def ms(
    i: int,
    name: str,
    status: str = "planned",
    planned: date | None = TODAY,
    completed: date | None = None,
    cents: int = 150_000,
) -> MilestoneView:
    return MilestoneView(
        id=i,
        position=i,
        name=name,
        share_kind="percent",
        share_percent=Decimal(10),
        share_cents=None,
        amount_cents=cents,
        is_deposit=False,
        planned_date=planned,
        status=status,
        completed_date=completed,
        note="",
        invoice_number=None,
    )


def schedule() -> list[MilestoneView]:
    d = timedelta
    return [
        ms(0, "Deposit", "paid", TODAY - d(40), TODAY - d(38)),
        ms(1, "Framing", "invoiced", TODAY - d(20), TODAY - d(18)),
        ms(2, "Roofing", "completed", TODAY - d(6), TODAY - d(5)),
        ms(3, "Electrical", "in_progress", TODAY + d(3)),
        ms(4, "Plumbing", "planned", TODAY - d(2)),
        ms(5, "Drywall", "planned", TODAY + d(14)),
        ms(6, "Punch list", "planned", None),
    ]


@pytest.fixture
def view(qtbot) -> TimelineView:
    w = TimelineView()
    qtbot.addWidget(w)
    w.resize(1200, 220)
    w.set_milestones(schedule(), TODAY, "USD")
    w.show()
    qtbot.waitExposed(w)
    return w


def pt(p: QPointF) -> QPoint:
    return QPoint(round(p.x()), round(p.y()))


# --- pure geometry -------------------------------------------------------------------------------


@pytest.mark.parametrize("ppd", [0.4, 1.0, 3.7, 8.0, 25.5, 160.0])
def test_date_to_x_and_back_at_every_zoom(ppd: float) -> None:
    scale = lay.Scale(left=100.0, first_day=TODAY.toordinal() - 30.25, px_per_day=ppd)
    for offset in range(-400, 400, 7):
        d = TODAY + timedelta(days=offset)
        assert scale.date_at(scale.x_of(d)) == d
        assert scale.x_of(d + timedelta(days=1)) - scale.x_of(d) == pytest.approx(ppd)
        # anywhere inside the day's cell maps to that day
        assert scale.date_at(scale.day_start_x(d) + ppd * 0.99) == d


def test_zoom_keeps_the_day_under_the_pointer_and_pan_moves_content() -> None:
    scale = lay.Scale(0.0, TODAY.toordinal() - 10, 10.0)
    anchor = scale.x_of(TODAY)
    zoomed = scale.zoomed(2.0, anchor)
    assert zoomed.px_per_day == 20.0
    assert zoomed.x_of(TODAY) == pytest.approx(anchor)
    assert scale.zoomed(1000, 0).px_per_day == lay.MAX_PX_PER_DAY
    assert scale.zoomed(0.0001, 0).px_per_day == lay.MIN_PX_PER_DAY
    assert scale.panned(50).x_of(TODAY) == pytest.approx(scale.x_of(TODAY) + 50)


def test_ticks_follow_the_zoom() -> None:
    day = lay.Scale(0, TODAY.toordinal(), 40.0)
    assert {t.kind for t in lay.ticks(day, 800)} >= {"day", "week"}
    assert all(t.labelled for t in lay.ticks(day, 800))
    week = lay.Scale(0, TODAY.toordinal(), 10.0)
    labelled = [t for t in lay.ticks(week, 1000) if t.labelled]
    assert labelled and all(t.day.weekday() == 0 or t.day.day == 1 for t in labelled)
    month = lay.Scale(0, TODAY.toordinal(), 2.0)
    labelled = [t for t in lay.ticks(month, 1000) if t.labelled]
    assert labelled and all(t.day.day == 1 for t in labelled)
    assert lay.tick_unit(0.5) == "quarter"


def test_fit_shows_every_date_and_today() -> None:
    dates = [TODAY + timedelta(days=n) for n in (-30, 5, 60)]
    scale = lay.fit_scale(dates, TODAY, 20, 1000, 30, 100)
    for d in dates:
        assert 20 + 30 - 1 <= scale.x_of(d) <= 20 + 1000 - 100 + 1
    far = [date(2024, 1, 1), date(2024, 2, 1)]  # today far away: the schedule is not squeezed
    scale = lay.fit_scale(far, TODAY, 0, 1000, 30, 100)
    assert scale.x_of(TODAY) > 1000


def test_stacked_rows_never_overlap_and_priority_wins() -> None:
    lefts = [0, 10, 20, 30, 40]
    widths = [100] * 5
    rows = lay.stack_rows(lefts, widths, 3, 6)
    assert rows == [0, 1, 2, None, None]
    rows = lay.stack_rows(lefts, widths, 3, 6, priority=[2, 2, 2, 2, 0])
    assert rows[4] == 0 and rows.count(None) == 2


def test_status_rules() -> None:
    d = timedelta
    assert lay.is_overdue(ms(0, "a", "planned", TODAY - d(1)), TODAY)
    assert lay.is_overdue(ms(0, "a", "in_progress", TODAY - d(1)), TODAY)
    assert not lay.is_overdue(ms(0, "a", "planned", TODAY), TODAY)
    assert not lay.is_overdue(ms(0, "a", "planned", None), TODAY)
    assert not lay.is_overdue(ms(0, "a", "completed", TODAY - d(9), TODAY - d(1)), TODAY)
    done = ms(0, "a", "invoiced", TODAY - d(9), TODAY - d(2))
    assert lay.placed_date(done) == TODAY - d(2)
    assert lay.placed_date(ms(0, "a", "in_progress", TODAY + d(4))) == TODAY + d(4)
    assert [
        lay.can_drag(ms(0, "a", s)) for s in ("planned", "in_progress", "completed", "invoiced", "paid")
    ] == [
        True,
        True,
        False,
        False,
        False,
    ]


def test_money_is_formatted_exactly_from_cents() -> None:
    assert money_text(123_456, "USD") == "$1,234.56"
    assert money_text(5, "USD") == "$0.05"
    # beyond float precision: still every digit
    assert money_text(1_234_567_890_123_456_789, "USD") == "$12,345,678,901,234,567.89"
    assert money_text(48_500, "JPY") == "¥48,500"


# --- the widget ----------------------------------------------------------------------------------


def test_milestones_sit_at_completed_or_planned_date(view: TimelineView) -> None:
    s = view.scale
    assert view.marker_center("Roofing").x() == pytest.approx(s.x_of(TODAY - timedelta(days=5)))
    assert view.marker_center("Electrical").x() == pytest.approx(s.x_of(TODAY + timedelta(days=3)))
    # the undated one is listed in the "no date" lane, left of the axis
    left, _ = view._plot_range()
    assert view.marker_center("Punch list").x() < left


def test_overdue_detection_in_the_view(view: TimelineView) -> None:
    assert view.is_overdue("Plumbing")
    assert not view.is_overdue("Electrical")  # in progress, planned in the future
    assert not view.is_overdue("Roofing")
    tip = view.tooltip_for("Plumbing")
    assert "overdue by 2 days" in tip and "$1,500.00" in tip


def test_double_click_completes_planned_and_invoices_completed(view: TimelineView, qtbot) -> None:
    for name, signal in (
        ("Plumbing", view.completeRequested),
        ("Electrical", view.completeRequested),
        ("Roofing", view.issueRequested),
        ("Punch list", view.completeRequested),
    ):
        with qtbot.waitSignal(signal, timeout=1000) as blocker:
            qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=pt(view.marker_center(name)))
        assert blocker.args == [name]
    with qtbot.assertNotEmitted(view.completeRequested), qtbot.assertNotEmitted(view.issueRequested):
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=pt(view.marker_center("Framing")))


def _action(menu, key: str):
    return next(a for a in menu.actions() if a.data() == key)


def test_context_menu_entries_follow_status(view: TimelineView, qtbot) -> None:
    menu = view.context_menu("Plumbing")
    assert [_action(menu, k).isEnabled() for k in ("complete", "reopen", "issue")] == [True, False, False]
    with qtbot.waitSignal(view.completeRequested) as blocker:
        _action(menu, "complete").trigger()
    assert blocker.args == ["Plumbing"]

    menu = view.context_menu("Roofing")
    assert [_action(menu, k).isEnabled() for k in ("complete", "reopen", "issue")] == [False, True, True]
    with qtbot.waitSignal(view.reopenRequested) as blocker:
        _action(menu, "reopen").trigger()
    assert blocker.args == ["Roofing"]
    with qtbot.waitSignal(view.issueRequested) as blocker:
        _action(menu, "issue").trigger()
    assert blocker.args == ["Roofing"]

    for name in ("Deposit", "Framing", None):
        menu = view.context_menu(name)
        assert not any(_action(menu, k).isEnabled() for k in ("complete", "reopen", "issue"))


def _drag(qtbot, view: TimelineView, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    mid = QPoint((start.x() + end.x()) // 2, start.y())
    qtbot.mouseMove(view, mid)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_drag_reschedules_to_the_snapped_day(view: TimelineView, qtbot) -> None:
    view.zoom(1.6, view.marker_center("Electrical").x())
    ppd = view.scale.px_per_day
    assert ppd > 20
    start = pt(view.marker_center("Drywall"))
    end = start + QPoint(round(5 * ppd + ppd * 0.3), 0)  # a bit past five days snaps to five
    with qtbot.waitSignal(view.rescheduleRequested, timeout=1000) as blocker:
        _drag(qtbot, view, start, end)
    assert blocker.args == ["Drywall", TODAY + timedelta(days=14 + 5)]
    # backwards, and an in-progress one
    start = pt(view.marker_center("Electrical"))
    with qtbot.waitSignal(view.rescheduleRequested, timeout=1000) as blocker:
        _drag(qtbot, view, start, start - QPoint(round(3 * ppd), 0))
    assert blocker.args == ["Electrical", TODAY]


def test_done_milestones_cannot_be_dragged(view: TimelineView, qtbot) -> None:
    scale_before = view.scale
    for name in ("Roofing", "Framing", "Deposit"):
        start = pt(view.marker_center(name))
        with qtbot.assertNotEmitted(view.rescheduleRequested):
            _drag(qtbot, view, start, start + QPoint(120, 0))
        assert view.marker_center(name).x() == pytest.approx(start.x(), abs=1)
    assert view.scale == scale_before  # nor did the press turn into panning


def test_small_wobble_is_not_a_drag_and_background_drag_pans(view: TimelineView, qtbot) -> None:
    start = pt(view.marker_center("Drywall"))
    with qtbot.assertNotEmitted(view.rescheduleRequested):
        _drag(qtbot, view, start, start + QPoint(2, 0))
    first = view.scale.first_day
    empty = QPoint(view.width() // 2, 60)
    while view._hit(QPointF(empty)) is not None:
        empty += QPoint(0, 10)
    with qtbot.assertNotEmitted(view.rescheduleRequested):
        _drag(qtbot, view, empty, empty + QPoint(100, 0))
    assert view.scale.first_day == pytest.approx(first - 100 / view.scale.px_per_day)


def test_dragging_from_the_no_date_lane_sets_a_date(view: TimelineView, qtbot) -> None:
    target = view.scale.x_of(TODAY + timedelta(days=7))
    start = pt(view.marker_center("Punch list"))
    with qtbot.waitSignal(view.rescheduleRequested, timeout=1000) as blocker:
        _drag(qtbot, view, start, QPoint(round(target), start.y()))
    assert blocker.args == ["Punch list", TODAY + timedelta(days=7)]


def test_keyboard_selects_and_activates(view: TimelineView, qtbot) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == "Punch list"  # the "no date" lane comes first
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == "Deposit"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.selected == "Drywall"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected == "Electrical"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected == "Plumbing"
    with qtbot.waitSignal(view.completeRequested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["Plumbing"]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected == "Roofing"
    with qtbot.waitSignal(view.issueRequested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert blocker.args == ["Roofing"]


def _wheel(view: TimelineView, delta: int, ctrl: bool) -> None:
    pos = QPointF(view.width() / 2, 100)
    event = QWheelEvent(
        pos,
        QPointF(view.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def test_zoom_changes_the_scale(view: TimelineView, qtbot) -> None:
    fitted = view.scale.px_per_day
    _wheel(view, 120, ctrl=True)
    assert view.scale.px_per_day == pytest.approx(fitted * lay.ZOOM_STEP)
    _wheel(view, -240, ctrl=True)
    assert view.scale.px_per_day == pytest.approx(fitted / lay.ZOOM_STEP)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale.px_per_day == pytest.approx(fitted * lay.ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale.px_per_day == pytest.approx(fitted)
    _wheel(view, 120, ctrl=False)  # a plain wheel scrolls in time, keeps the zoom
    assert view.scale.px_per_day == pytest.approx(fitted)
    view.zoom_in_action.trigger()
    view.fit_action.trigger()
    assert view.scale.px_per_day == pytest.approx(fitted)


def test_same_schedule_keeps_the_view_another_project_refits(view: TimelineView) -> None:
    view.zoom(3.0)
    zoomed = view.scale
    moved = [
        m if m.name != "Drywall" else ms(5, "Drywall", "planned", TODAY + timedelta(days=16))
        for m in schedule()
    ]
    view.set_milestones(moved, TODAY, "USD")
    assert view.scale == zoomed
    view.set_milestones([ms(40, "Other job", "planned", TODAY + timedelta(days=100))], TODAY, "USD")
    assert view.scale != zoomed


def _assert_no_overlap(view: TimelineView) -> dict:
    rects = view.label_rects()
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        assert not ra.intersects(rb), f"labels of {a} and {b} overlap"
    inside = view.rect()
    assert all(inside.toRectF().contains(r) for r in rects.values())
    return rects


@pytest.mark.parametrize("size", [(1200, 220), (1800, 260), (900, 220)])
def test_twelve_milestones_in_two_weeks_get_labels_that_do_not_overlap(qtbot, size) -> None:
    w = TimelineView()
    qtbot.addWidget(w)
    w.resize(*size)
    crowd = [
        ms(i, f"Milestone number {i + 1}", "planned", TODAY + timedelta(days=i * 14 // 12), 100_000 * (i + 1))
        for i in range(12)
    ]
    w.set_milestones(crowd, TODAY, "USD")
    w.show()
    rects = _assert_no_overlap(w)
    assert len(rects) == 12


def test_crowded_small_view_hides_labels_rather_than_overlapping(qtbot) -> None:
    w = TimelineView()
    qtbot.addWidget(w)
    w.resize(800, 160)
    crowd = [ms(i, f"Phase {i}", "planned", TODAY + timedelta(days=i % 3)) for i in range(12)]
    crowd[7] = ms(7, "Phase 7", "planned", TODAY - timedelta(days=1))  # overdue: shown first
    w.set_milestones(crowd, TODAY, "USD")
    w.show()
    rects = _assert_no_overlap(w)
    assert "Phase 7" in rects
    assert w.minimumSizeHint().height() >= 160


def test_empty_state_shows_a_hint(qtbot) -> None:
    w = TimelineView()
    qtbot.addWidget(w)
    w.resize(600, 180)
    w.set_milestones([], TODAY, "USD")
    w.show()
    assert w.label_rects() == {}
    image = w.grab().toImage()
    assert not all(b.isVisible() for b in w._buttons)
    # some text was painted in the middle (not just the background colour)
    background = image.pixelColor(2, 2)
    middle = [image.pixelColor(x, 90) for x in range(150, 450)]
    assert any(c != background for c in middle)


def _status_pixels(image, top: int = 0, bottom: int | None = None) -> set[str]:
    found = set()
    wanted = {name: QColor(c).rgb() for name, c in STATUS_COLORS.items()}
    for y in range(top, image.height() if bottom is None else bottom):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y)
            for name, value in wanted.items():
                if rgb == value:
                    found.add(name)
    return found


def test_sample_company_renders_every_status(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "demo.mdesk"
    demo.write_demo(path, TODAY)
    with Books.open(path) as books:
        detail = projects.project_detail(books, "P-002")
    w = TimelineView()
    qtbot.addWidget(w)
    w.resize(1200, 220)
    w.set_milestones(detail.milestones, TODAY, detail.summary.currency)
    w.show()
    assert len(_assert_no_overlap(w)) == len(detail.milestones)
    image = w.grab().toImage()
    assert image.save(str(tmp_path / "timeline.png"))
    # the legend shows all five; the schedule itself has paid, invoiced, completed and planned ones
    assert _status_pixels(image, 0, 20) == set(STATUS_COLORS)
    assert {m.status for m in detail.milestones} == {"paid", "invoiced", "completed", "planned"}
    assert _status_pixels(image, 30) == {"paid", "invoiced", "completed", "planned"}


# Popups (menus, tooltips) make the offscreen platform say it cannot raise or grab: not our warning.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_right_click_menu_acts_on_the_milestone_under_the_pointer(view: TimelineView, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent

    seen: list[list[bool]] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None
        seen.append([_action(menu, k).isEnabled() for k in ("complete", "reopen", "issue")])
        _action(menu, "issue").trigger()
        menu.close()

    pos = pt(view.marker_center("Roofing"))
    QTimer.singleShot(50, pick)
    with qtbot.waitSignal(view.issueRequested, timeout=2000) as blocker:
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.mapToGlobal(pos))
        QApplication.sendEvent(view, event)
    assert blocker.args == ["Roofing"]
    assert seen == [[False, True, True]]
    assert view.selected == "Roofing"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_tooltip_names_the_milestone_under_the_pointer(view: TimelineView) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    pos = pt(view.marker_center("Roofing"))
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    assert "<b>Roofing</b>" in QToolTip.text() and "Completed" in QToolTip.text()
    assert "Double-click to issue its invoice" in QToolTip.text()
    QToolTip.hideText()


def test_controller_refresh_during_the_reschedule_signal_shows_the_new_date(
    view: TimelineView, qtbot
) -> None:
    def refresh(name: str, new: date) -> None:  # what the main window's controller does
        fresh = [ms(5, name, "planned", new) if m.name == name else m for m in schedule()]
        view.set_milestones(fresh, TODAY, "USD")

    view.rescheduleRequested.connect(refresh)
    start = pt(view.marker_center("Drywall"))
    ppd = view.scale.px_per_day
    _drag(qtbot, view, start, start - QPoint(round(4 * ppd), 0))
    assert view.marker_center("Drywall").x() == pytest.approx(view.scale.x_of(TODAY + timedelta(days=10)))
    assert "Drywall" in view.label_rects()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_tooltip_lists_every_milestone_on_the_same_day(qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    w = TimelineView()
    qtbot.addWidget(w)
    w.resize(900, 200)
    w.set_milestones(
        [ms(1, "Tile", planned=TODAY + timedelta(3)), ms(2, "Paint", planned=TODAY + timedelta(3))],
        TODAY,
        "USD",
    )
    w.show()
    assert set(w.label_rects()) == {"Tile", "Paint"}
    _assert_no_overlap(w)
    pos = pt(w.marker_center("Tile"))
    QApplication.sendEvent(w, QHelpEvent(QEvent.Type.ToolTip, pos, w.mapToGlobal(pos)))
    assert "<b>Tile</b>" in QToolTip.text() and "<b>Paint</b>" in QToolTip.text()
    QToolTip.hideText()
