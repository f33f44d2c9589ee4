"""Applying a payment to invoices: oldest first, any excess kept as client credit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class OpenItem:
    """An invoice that can take money: its key and what is still owed."""

    key: int
    balance: int


@dataclass(frozen=True)
class Application:
    key: int
    amount: int


def apply_payment(amount: int, items: Sequence[OpenItem]) -> tuple[list[Application], int]:
    """Spread ``amount`` over ``items`` in the order given; return the applications and the credit left."""
    if amount <= 0:
        raise ValueError("a payment must be positive")
    left = amount
    applied: list[Application] = []
    for item in items:
        if left == 0:
            break
        if item.balance <= 0:
            continue
        take = min(left, item.balance)
        applied.append(Application(item.key, take))
        left -= take
    return applied, left
