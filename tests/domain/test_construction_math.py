"""Pure construction math: DESIGN §5 worked example, deposits, change orders, retainage, invariants."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milestone_desk.domain.allocation import allocate
from milestone_desk.domain.billing import milestone_invoice
from milestone_desk.domain.change_orders import spread
from milestone_desk.domain.deposit import FINAL, PRO_RATA, deduction
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import apply_rate
from milestone_desk.domain.progress import LineInput, pay_application, percent_of
from milestone_desk.domain.retainage import RetainagePolicy, StepDown, invoice_retainage

TEN = RetainagePolicy(Decimal(10))


def test_design_worked_example() -> None:
    # L1 100,000; change order +5,000 as its own line; 10 % retainage.
    app1 = pay_application(
        [
            LineInput("Work", 10_000_000, 0, 3_000_000, 500_000),
            LineInput("Change order 1", 500_000, 0),
        ],
        10_000_000,
        0,
        TEN,
    ).summary
    assert (app1.L3, app1.L4, app1.L5, app1.L6, app1.L7, app1.L8, app1.L9) == (
        10_500_000,
        3_500_000,
        350_000,
        3_150_000,
        0,
        3_150_000,
        7_350_000,
    )
    app2 = pay_application(
        [
            LineInput("Work", 10_000_000, 3_000_000, 4_000_000, 0),
            LineInput("Change order 1", 500_000, 0),
        ],
        10_000_000,
        app1.L6,
        TEN,
    ).summary
    assert (app2.L4, app2.L5, app2.L6, app2.L7, app2.L8, app2.L9) == (
        7_000_000,
        700_000,
        6_300_000,
        3_150_000,
        3_150_000,
        4_200_000,
    )


def test_work_above_the_line_value_is_bad_input() -> None:
    with pytest.raises(BadInput, match="left of its scheduled value"):
        pay_application([LineInput("Framing", 1000, 900, 101)], 1000, 0, TEN)


def test_percent_two_places_half_up() -> None:
    assert str(percent_of(3_500_000, 10_000_000)) == "35.00"
    assert str(percent_of(1, 3)) == "33.33"
    assert str(percent_of(2, 3)) == "66.67"


def test_step_down_releases_the_excess() -> None:
    policy = RetainagePolicy(Decimal(10), step_down=StepDown(Decimal(50), Decimal(5)))
    first = pay_application([LineInput("A", 100_000, 0, 40_000)], 100_000, 0, policy)
    assert first.summary.L5 == 4_000 and not first.stepped_down
    second = pay_application([LineInput("A", 100_000, 40_000, 20_000)], 100_000, first.summary.L6, policy)
    assert second.stepped_down and second.summary.L5 == 3_000
    # This period earned 20,000 less 5 % on it, plus 2,000 released (4,000 at 10 % → 2,000 at 5 %).
    assert second.summary.L8 == 20_000 - 1_000 + 2_000


def test_step_down_in_milestone_mode() -> None:
    policy = RetainagePolicy(Decimal(10), step_down=StepDown(Decimal(50), Decimal(5)))
    first = invoice_retainage(policy, 40_000, [], 0, 40_000, 100_000)
    assert first == 4_000
    second = invoice_retainage(policy, 20_000, [40_000], first, 60_000, 100_000)
    assert second == 3_000 - 4_000


def test_rates_over_100_are_bad_input() -> None:
    with pytest.raises(BadInput, match="more than 100"):
        RetainagePolicy(Decimal(101))
    with pytest.raises(BadInput, match="above the retainage rate"):
        RetainagePolicy(Decimal(5), step_down=StepDown(Decimal(50), Decimal(10)))


def test_deposit_final_and_pro_rata() -> None:
    assert deduction(4_850, [100, 200, 300], 0, FINAL) == 0
    assert deduction(4_850, [300], 0, FINAL) == 4_850
    assert deduction(1_000, [1, 1, 1], 0, PRO_RATA) == 334


def test_spread_by_weights_largest_remainder() -> None:
    assert spread(100, [1, 1, 1]) == [35, 34, 34]
    assert spread(-3, [10, 20]) == [9, 18]
    with pytest.raises(BadInput, match="no unbilled work"):
        spread(100, [])
    with pytest.raises(BadInput, match="zero or below"):
        spread(-40, [10, 20])


cents = st.integers(min_value=1, max_value=5_000_000)
rates = st.decimals(min_value=0, max_value=100, places=2)


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(cents, min_size=1, max_size=6),
    rate=rates,
    periods=st.lists(st.lists(st.integers(0, 100), min_size=6, max_size=6), min_size=1, max_size=5),
    stored=st.lists(st.integers(0, 100), min_size=6, max_size=6),
    step=st.one_of(st.none(), st.tuples(st.integers(0, 100), st.integers(0, 100))),
    change=st.integers(-1_000_000, 1_000_000),
)
def test_progress_payments_plus_release_equal_contract_to_date(
    values: list[int],
    rate: Decimal,
    periods: list[list[int]],
    stored: list[int],
    step: tuple[int, int] | None,
    change: int,
) -> None:
    step_down = None
    if step is not None:
        step_down = StepDown(Decimal(step[0]), min(Decimal(step[1]), rate))
    policy = RetainagePolicy(rate, step_down=step_down)
    original = sum(values)
    scheduled = list(values)
    if change + scheduled[0] > 0:
        scheduled[0] += change  # an approved change order raising or lowering the first line
    done = [0] * len(scheduled)
    previous, paid, stepped = 0, 0, False
    for k, period in enumerate([*periods, [100] * 6]):
        last = k == len(periods)
        lines = []
        for j, c in enumerate(scheduled):
            left = c - done[j]
            work = left if last else left * period[j] // 100
            keep = 0 if last else (left - work) * stored[j] // 100
            lines.append(LineInput(f"L{j}", c, done[j], work, keep))
        app = pay_application(lines, original, previous, policy, already_stepped=stepped)
        stepped = app.stepped_down
        assert app.summary.L3 == sum(scheduled)
        assert app.summary.L6 + app.summary.L9 == app.summary.L3
        paid += app.summary.L8
        previous = app.summary.L6
        done = [f.completed for f in app.lines]
    release = app.summary.L5
    assert paid + release == sum(scheduled)


@settings(max_examples=200, deadline=None)
@given(
    contract=st.integers(100, 10_000_000),
    weights=st.lists(st.integers(1, 100), min_size=1, max_size=6),
    tax=rates,
    rate=rates,
    post_tax=st.booleans(),
    deposit_pct=st.one_of(st.none(), st.integers(1, 50)),
    how=st.sampled_from([PRO_RATA, FINAL]),
    order=st.randoms(use_true_random=False),
    step=st.one_of(st.none(), st.tuples(st.integers(0, 100), st.integers(0, 100))),
    co=st.integers(-50, 5_000_000),
    co_spread=st.booleans(),
)
def test_milestone_amounts_due_plus_release_plus_deposit(
    contract: int,
    weights: list[int],
    tax: Decimal,
    rate: Decimal,
    post_tax: bool,
    deposit_pct: int | None,
    how: str,
    order: object,
    step: tuple[int, int] | None,
    co: int,
    co_spread: bool,
) -> None:
    import random

    assert isinstance(order, random.Random)
    step_down = None if step is None else StepDown(Decimal(step[0]), min(Decimal(step[1]), rate))
    policy = RetainagePolicy(rate, post_tax=post_tax, step_down=step_down)
    amounts = allocate(contract, weights)
    if min(amounts) <= 0:
        return
    deposit = 0 if deposit_pct is None else apply_rate(contract, Decimal(deposit_pct))
    billed: list[int] = []  # indexes invoiced so far
    bases: list[int] = []
    retained = dues = taxes = deducted = done = 0
    co_at = order.randrange(len(amounts) + 1)
    co_applied = False
    to_date = contract
    pending = list(range(len(amounts)))
    order.shuffle(pending)
    step_no = 0
    while pending or not co_applied:
        if not co_applied and step_no == co_at:
            co_applied = True
            unbilled = [i for i in range(len(amounts)) if i not in billed]
            if co_spread and unbilled and all(amounts[i] + co > 0 for i in unbilled):
                new = spread(co, [amounts[i] for i in unbilled])
                for i, v in zip(unbilled, new):
                    amounts[i] = v
                to_date += co
            elif co > 0:
                amounts.append(co)
                pending.append(len(amounts) - 1)
                to_date += co
            step_no += 1
            continue
        if not pending:
            step_no += 1
            continue
        i = pending.pop(0)
        unbilled = [j for j in range(len(amounts)) if j not in billed]
        gross = amounts[i]
        t = apply_rate(gross, tax)
        basis = policy.basis(gross, t)
        done += gross
        ret = invoice_retainage(policy, basis, bases, retained, done, to_date)
        dep = deduction(deposit - deducted, [amounts[j] for j in unbilled], unbilled.index(i), how)
        inv = milestone_invoice(gross, tax, Decimal(0), deposit_applied=dep)
        dues += inv.gross + inv.tax - ret - dep
        taxes += t
        retained += ret
        deducted += dep
        bases.append(basis)
        billed.append(i)
        step_no += 1
    assert sum(amounts) == to_date
    assert deducted == deposit
    assert dues + retained + deposit == to_date + taxes
