"""Progress billing (AIA G702/G703 style, DESIGN §5): one pay application from a schedule of values.

Per line: C scheduled value, D from previous applications (previous D+E), E this period, F materials
presently stored, G = D+E+F, % = G/C, H = C−G, I retainage. Summary lines 1–9:
L1 original contract sum; L2 net change by change orders; L3 = L1+L2 (= ΣC); L4 = ΣG;
L5 = retainage on completed work (5a) + on stored material (5b); L6 = L4−L5;
L7 = L6 of the previous certificate; L8 = L6−L7 (current payment due); L9 = L3−L6.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import apply_rate, to_decimal_string
from milestone_desk.domain.retainage import RetainagePolicy


@dataclass(frozen=True)
class LineInput:
    """One schedule-of-values line as the period starts, with this period's figures."""

    name: str
    scheduled: int  # C
    from_previous: int  # D
    this_period: int = 0  # E
    stored: int = 0  # F


@dataclass(frozen=True)
class LineFigures:
    name: str
    scheduled: int
    from_previous: int
    this_period: int
    stored: int
    retainage_work: int
    retainage_stored: int

    @property
    def completed_and_stored(self) -> int:  # G
        return self.from_previous + self.this_period + self.stored

    @property
    def completed(self) -> int:  # D+E, the next application's D
        return self.from_previous + self.this_period

    @property
    def balance_to_finish(self) -> int:  # H
        return self.scheduled - self.completed_and_stored

    @property
    def retainage(self) -> int:  # I
        return self.retainage_work + self.retainage_stored

    @property
    def percent(self) -> Decimal:
        return percent_of(self.completed_and_stored, self.scheduled)


@dataclass(frozen=True)
class Summary:
    L1: int
    L2: int
    L3: int
    L4: int
    L5a: int
    L5b: int
    L7: int

    @property
    def L5(self) -> int:  # the G702 line names
        return self.L5a + self.L5b

    @property
    def L6(self) -> int:
        return self.L4 - self.L5

    @property
    def L8(self) -> int:
        return self.L6 - self.L7

    @property
    def L9(self) -> int:
        return self.L3 - self.L6

    def as_dict(self) -> dict[str, int]:
        return {f"L{i}": getattr(self, f"L{i}") for i in range(1, 10)}


@dataclass(frozen=True)
class PayApplicationMath:
    lines: list[LineFigures]
    summary: Summary
    retainage_percent: Decimal
    stepped_down: bool


def percent_of(part: int, whole: int) -> Decimal:
    """``part`` as a percent of ``whole``, two places, half-up (0 when the whole is 0)."""
    if whole == 0:
        return Decimal("0.00")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def pay_application(
    lines: Sequence[LineInput],
    original_contract: int,
    previous_certificate: int,
    policy: RetainagePolicy,
    *,
    already_stepped: bool = False,
    currency: str = "USD",
) -> PayApplicationMath:
    """All G702/G703 figures of one application; work beyond a line's value is bad input."""
    if not lines:
        raise BadInput("The schedule of values has no lines.")
    for line in lines:
        if line.this_period < 0 or line.stored < 0:
            raise BadInput(f"Work and stored materials on {line.name!r} cannot be negative.")
        left = line.scheduled - line.from_previous
        if line.this_period + line.stored > left:
            raise BadInput(
                f"Line {line.name!r} has {to_decimal_string(left, currency)} left of its scheduled value; "
                f"{to_decimal_string(line.this_period + line.stored, currency)} of work and stored "
                "materials is more than that. Add a change order first."
            )
    contract = sum(line.scheduled for line in lines)
    done = sum(line.from_previous + line.this_period + line.stored for line in lines)
    stepped = policy.step_down is not None and (already_stepped or policy.stepped(done, contract))
    rate = policy.step_down.to_percent if stepped and policy.step_down is not None else policy.percent
    figures = [
        LineFigures(
            line.name,
            line.scheduled,
            line.from_previous,
            line.this_period,
            line.stored,
            apply_rate(line.from_previous + line.this_period, rate),
            apply_rate(line.stored, rate),
        )
        for line in lines
    ]
    summary = Summary(
        L1=original_contract,
        L2=contract - original_contract,
        L3=contract,
        L4=done,
        L5a=sum(f.retainage_work for f in figures),
        L5b=sum(f.retainage_stored for f in figures),
        L7=previous_certificate,
    )
    return PayApplicationMath(figures, summary, rate, stepped)


def substantially_complete(lines: Sequence[LineFigures]) -> bool:
    """Progress mode: work completed (stored materials aside) equals every line's value."""
    return all(f.completed == f.scheduled for f in lines)
