"""Payment schedules: turn each milestone's share (percent, fixed amount or remainder) into cents.

The percent shares form one pool, Σ percent × contract sum rounded half-up once, split among them
by the largest-remainder rule; fixed amounts stay as written; the remainder takes what is left.
The shares must sum to the contract sum exactly, else a clear error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from milestone_desk.domain.allocation import allocate
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import apply_rate, to_decimal_string


class ShareKind(str, Enum):
    PERCENT = "percent"
    AMOUNT = "amount"
    REMAINDER = "remainder"


@dataclass(frozen=True)
class Share:
    """How one milestone's amount is defined."""

    kind: ShareKind
    percent: Decimal | None = None
    amount: int | None = None  # minor units, for ShareKind.AMOUNT

    @classmethod
    def of_percent(cls, percent: Decimal) -> Share:
        return cls(ShareKind.PERCENT, percent=percent)

    @classmethod
    def of_amount(cls, minor: int) -> Share:
        return cls(ShareKind.AMOUNT, amount=minor)

    @classmethod
    def remainder(cls) -> Share:
        return cls(ShareKind.REMAINDER)


def allocate_schedule(
    contract: int, shares: Sequence[Share], currency: str = "USD", names: Sequence[str] | None = None
) -> list[int]:
    """Each milestone's amount in minor units; raises ``BadInput`` when they cannot sum exactly."""
    if contract <= 0:
        raise BadInput("The contract sum must be more than zero.")
    if not shares:
        raise BadInput("A schedule needs at least one milestone.")
    labels = list(names) if names is not None else [f"#{i + 1}" for i in range(len(shares))]
    remainders = [i for i, s in enumerate(shares) if s.kind is ShareKind.REMAINDER]
    if len(remainders) > 1:
        raise BadInput("Only one milestone can take the remainder.")
    result = [0] * len(shares)
    pct_idx = [i for i, s in enumerate(shares) if s.kind is ShareKind.PERCENT]
    for i in pct_idx:
        pct = shares[i].percent
        if pct is None or pct <= 0:
            raise BadInput(f"Milestone {labels[i]!r} needs a percent above zero.")
    pct_total = sum((shares[i].percent or Decimal(0) for i in pct_idx), Decimal(0))
    if pct_total > 100:
        raise BadInput(f"The percent shares add up to {pct_total} %, more than 100 %.")
    if pct_idx:
        pool = apply_rate(contract, pct_total)
        for i, part in zip(pct_idx, allocate(pool, [shares[i].percent or Decimal(0) for i in pct_idx])):
            result[i] = part
    for i, s in enumerate(shares):
        if s.kind is ShareKind.AMOUNT:
            if s.amount is None or s.amount <= 0:
                raise BadInput(f"Milestone {labels[i]!r} needs an amount above zero.")
            result[i] = s.amount
    taken = sum(result)
    left = contract - taken
    if remainders:
        if left <= 0:
            raise BadInput(
                f"Nothing is left for the remainder milestone {labels[remainders[0]]!r}: the other "
                f"shares already take {to_decimal_string(taken, currency)} of "
                f"{to_decimal_string(contract, currency)}."
            )
        result[remainders[0]] = left
    elif left != 0:
        raise BadInput(
            f"The schedule sums to {to_decimal_string(taken, currency)} but the contract sum is "
            f"{to_decimal_string(contract, currency)}; adjust the shares or add a remainder milestone."
        )
    return result


#: Work done a little ahead of plan is normal; a completion this many days before the start is not.
EARLY_GRACE_DAYS = 90


def project_start(planned_dates: Iterable[date | None]) -> date | None:
    """When a project starts: the earliest planned date of its milestones (None when none is planned)."""
    days = [d for d in planned_dates if d is not None]
    return min(days) if days else None


def completed_too_early(day: date, start: date | None) -> bool:
    """A completion well before the project's start (more than ``EARLY_GRACE_DAYS`` ahead of it) is
    most likely a typing slip (a wrong year): the window asks, the command line needs ``--before-start``."""
    return start is not None and (start - day).days > EARLY_GRACE_DAYS
