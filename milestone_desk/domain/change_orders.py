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
    #: Takes an unbilled milestone out of the schedule; its amount (negative) comes off the contract.
    REMOVE = "remove"


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


def amounts_after_change_order(
    amounts: Sequence[int],
    open_to_change: Sequence[bool],
    amount: int,
    billing: ChangeOrderBilling,
    names: Sequence[str] | None = None,
) -> list[int]:
    """A schedule's milestone amounts once an approved change order is in it.

    ``open_to_change`` marks the milestones a spread may move (not invoiced, not the deposit);
    invoiced amounts never change. Billed as its own milestone, the order is appended as a new
    milestone of its amount; spread, it moves the open ones by their weights (``spread``). The
    result always sums to the old sum plus ``amount``: the contract to date.
    """
    if billing is ChangeOrderBilling.REMOVE:
        raise BadInput("A change order that removes a milestone names the milestone it removes.")
    if billing is ChangeOrderBilling.MILESTONE:
        if amount <= 0:
            raise BadInput(
                "A deductive change order cannot be its own milestone; spread it over the unbilled work."
            )
        return [*amounts, amount]
    labels = list(names) if names is not None else [f"#{i + 1}" for i in range(len(amounts))]
    idx = [i for i, open_ in enumerate(open_to_change) if open_]
    moved = spread(amount, [amounts[i] for i in idx], [labels[i] for i in idx])
    result = list(amounts)
    for i, value in zip(idx, moved):
        result[i] = value
    return result


def check_removal(
    name: str,
    amount: int,
    co_amount: int,
    *,
    unbilled: bool,
    is_deposit: bool,
    others: int,
    display: str,
) -> None:
    """May an approved change order of ``co_amount`` take milestone ``name`` (of ``amount``) away?

    Only an unbilled milestone, not the deposit, never the last one; the order takes exactly the
    milestone's amount off the contract, so the schedule still sums to the contract to date.
    """
    if not unbilled:
        raise BadInput(
            f"Milestone {name!r} is invoiced; issued invoices never change, so a change order cannot "
            "remove it (a deductive change order spread over the unbilled work, or a credit note, can)."
        )
    if is_deposit:
        raise BadInput(f"Milestone {name!r} is the deposit; a change order cannot remove it.")
    if others == 0:
        raise BadInput(
            f"Milestone {name!r} is the project's last milestone; a change order cannot remove it."
        )
    if co_amount != -amount:
        raise BadInput(
            f"Removing milestone {name!r} takes {display} off the contract; give -{display} as the amount."
        )
