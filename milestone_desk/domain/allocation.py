"""Largest-remainder allocation: split a total in minor units by weights, exactly (DESIGN §3)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, localcontext

from milestone_desk.domain.money import floor_minor


def allocate(total: int, weights: Sequence[Decimal | int]) -> list[int]:
    """Split ``total`` minor units in proportion to ``weights``.

    Floor each exact share, then give the leftover units one by one to the largest fractional
    parts, ties to the earliest. The shares sum to ``total`` and each is within one unit of its
    exact value. Negative totals are split as the mirror of the positive split.
    """
    if not weights:
        raise ValueError("allocate needs at least one weight")
    dec = [Decimal(w) for w in weights]
    if any(w < 0 for w in dec):
        raise ValueError("weights must not be negative")
    whole = sum(dec, Decimal(0))
    if total < 0:
        return [-share for share in allocate(-total, weights)]
    if whole == 0:
        # Nothing to weigh by: split evenly.
        dec = [Decimal(1)] * len(dec)
        whole = Decimal(len(dec))
    with localcontext() as ctx:
        ctx.prec = 60
        exact = [Decimal(total) * w / whole for w in dec]
    shares = [floor_minor(e) for e in exact]
    leftover = total - sum(shares)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in order[:leftover]:
        shares[i] += 1
    return shares
