"""Change orders (DESIGN §5): contract to date, and spreading an amount over unbilled work by weight."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from milestone_desk.domain.allocation import allocate
from milestone_desk.domain.errors import BadInput


class ChangeOrderStatus(str, Enum):
    DRAFT = "draft"
    APPROVED = "approved"
    REJECTED = "rejected"


class ChangeOrderBilling(str, Enum):
    MILESTONE = "milestone"
    SPREAD = "spread"


def check_transition(number: int, current: str, new: str) -> None:
    """Only a draft can be approved or rejected; approved and rejected are final."""
    if current != ChangeOrderStatus.DRAFT.value:
        raise BadInput(f"Change order {number} is already {current}; only a draft can become {new}.")
    if new not in (ChangeOrderStatus.APPROVED.value, ChangeOrderStatus.REJECTED.value):
        raise BadInput(f"A change order can become approved or rejected, not {new}.")


def contract_to_date(original: int, approved: Sequence[int]) -> int:
    """The original contract sum plus every approved change order."""
    return original + sum(approved)


def spread(amount: int, values: Sequence[int], names: Sequence[str] | None = None) -> list[int]:
    """New values after spreading ``amount`` over ``values`` by their weights (largest remainder).

    Used for unbilled milestones (their amounts) and for schedule-of-values lines with balance left.
    Nothing to spread over, or a deduction that would bring a value to zero or below, is bad input.
    """
    if not values:
        raise BadInput("There is no unbilled work left to spread the change order over.")
    labels = list(names) if names is not None else [f"#{i + 1}" for i in range(len(values))]
    weights = [max(0, v) for v in values]
    shares = allocate(amount, weights)
    result = [v + s for v, s in zip(values, shares)]
    for label, value in zip(labels, result):
        if value <= 0:
            raise BadInput(
                f"Spreading this change order would bring {label!r} to zero or below; "
                "bill it as its own milestone or make it smaller."
            )
    return result
