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


@dataclass(frozen=True)
class ScheduleLine:
    """One milestone of a schedule: its share, and its amount in the books once saved.

    ``amount`` is what the books hold (after change orders; frozen once invoiced). A schedule being
    edited has no amounts yet (``None``): they are allocated from the shares.
    """

    name: str
    share: Share
    amount: int | None = None


@dataclass(frozen=True)
class ScheduleSums:
    """Each milestone's amount (None when the shares cannot be allocated), what they sum to, the
    contract to date they must sum to, and the problem sentence ('' when sound)."""

    amounts: list[int] | None
    total: int
    contract: int
    problem: str
    #: when the shares cannot be allocated: each amount as typed (a lone remainder gets what is
    #: left, other remainders None), so the editor shows figures beside the problem, not dashes.
    shown: tuple[int | None, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problem


def schedule_sums(contract: int, lines: Sequence[ScheduleLine], currency: str = "USD") -> ScheduleSums:
    """The schedule's amounts and check, the one way every screen, the CLI and the export see them.

    A saved schedule (every line has its amount) shows the books' amounts, which change orders have
    moved and invoices have frozen; they must sum to the contract to date. A schedule being edited is
    allocated from its shares over ``contract`` (``allocate_schedule``).
    """
    names = [ln.name for ln in lines]
    if lines and all(ln.amount is not None for ln in lines):
        amounts = [ln.amount or 0 for ln in lines]
        total = sum(amounts)
        problem = ""
        if total != contract:
            problem = (
                f"The schedule sums to {to_decimal_string(total, currency)} but the contract to date is "
                f"{to_decimal_string(contract, currency)}."
            )
        return ScheduleSums(amounts, total, contract, problem)
    shares = [ln.share for ln in lines]
    try:
        amounts = allocate_schedule(contract, shares, currency, names)
        return ScheduleSums(amounts, sum(amounts), contract, "")
    except BadInput as exc:
        shown: list[int | None] = []
        for s in shares:
            if s.kind is ShareKind.PERCENT:
                shown.append(apply_rate(contract, s.percent or Decimal(0)))
            elif s.kind is ShareKind.AMOUNT:
                shown.append(s.amount or 0)
            else:
                shown.append(None)
        total = sum(v for v in shown if v is not None)
        rest = [i for i, v in enumerate(shown) if v is None]
        if len(rest) == 1:  # the total stays what the fixed shares sum to
            shown[rest[0]] = contract - total
        return ScheduleSums(None, total, contract, str(exc), tuple(shown))


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
