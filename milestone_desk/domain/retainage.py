"""Retainage (DESIGN §5): a rate per project, pre- or post-tax basis, an optional step-down.

Retainage is computed per line or invoice, rounded half-up to the cent, then summed. With a
step-down, once work completed and stored reaches ``at_percent`` of the contract to date, the
total retainage becomes ``to_percent`` on all work to date; the excess is released at that point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import apply_rate


@dataclass(frozen=True)
class StepDown:
    """Lower the retainage rate to ``to_percent`` once ``at_percent`` of the contract is done."""

    at_percent: Decimal
    to_percent: Decimal


@dataclass(frozen=True)
class RetainagePolicy:
    percent: Decimal = Decimal(0)
    post_tax: bool = False
    step_down: StepDown | None = None

    def __post_init__(self) -> None:
        check_rate(self.percent, "retainage rate")
        if self.step_down is not None:
            check_rate(self.step_down.at_percent, "step-down threshold")
            check_rate(self.step_down.to_percent, "stepped-down retainage rate")
            if self.step_down.to_percent > self.percent:
                raise BadInput("The stepped-down retainage rate cannot be above the retainage rate.")

    def basis(self, gross: int, tax: int) -> int:
        """What retainage is a percent of: the gross alone, or gross plus tax."""
        return gross + tax if self.post_tax else gross

    def rate(self, done: int, contract_to_date: int, *, already_stepped: bool = False) -> Decimal:
        """The rate that applies when ``done`` of ``contract_to_date`` is completed and stored."""
        if self.stepped(done, contract_to_date) or (already_stepped and self.step_down is not None):
            assert self.step_down is not None
            return self.step_down.to_percent
        return self.percent

    def stepped(self, done: int, contract_to_date: int) -> bool:
        """Has the work to date reached the step-down threshold?"""
        if self.step_down is None or contract_to_date <= 0:
            return False
        return Decimal(done) * 100 >= self.step_down.at_percent * Decimal(contract_to_date)


def check_rate(rate: Decimal, what: str) -> None:
    """A percent must lie between 0 and 100."""
    if rate < 0:
        raise BadInput(f"The {what} cannot be negative.")
    if rate > 100:
        raise BadInput(f"The {what} cannot be more than 100 %.")


def total_retainage(bases: Sequence[int], percent: Decimal) -> int:
    """Retainage on each basis rounded half-up to the cent, then summed."""
    return sum(apply_rate(b, percent) for b in bases)


def invoice_retainage(
    policy: RetainagePolicy,
    basis: int,
    earlier_bases: Sequence[int],
    earlier_retained: int,
    done: int,
    contract_to_date: int,
) -> int:
    """Retainage withheld on one milestone invoice (negative when a step-down releases some).

    ``earlier_bases`` are the retainage bases of the project's earlier invoices that carry retainage,
    ``earlier_retained`` what they withheld; ``done`` is the work billed to date, this invoice included.
    Once the step-down threshold is reached, total retainage becomes the lower rate on all work to
    date, so this invoice withholds that total less what was withheld before.
    """
    if policy.step_down is not None and policy.stepped(done, contract_to_date):
        target = total_retainage([*earlier_bases, basis], policy.step_down.to_percent)
        return target - earlier_retained
    return apply_rate(basis, policy.percent)
