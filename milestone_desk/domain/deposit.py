"""An applied deposit (DESIGN §5): an advance outside the schedule, deducted from milestone invoices.

Pro rata: each invoice deducts its share of what is left of the deposit, weighed by the amounts of
the milestones not yet invoiced (largest remainder), so the deductions sum to the deposit exactly
once every milestone is invoiced. Final: everything left is deducted on the last invoice.
"""

from __future__ import annotations

from collections.abc import Sequence

from milestone_desk.domain.allocation import allocate

PRO_RATA = "pro_rata"
FINAL = "final"


def deduction(deposit_left: int, unbilled_amounts: Sequence[int], index: int, how: str = PRO_RATA) -> int:
    """What the invoice of unbilled milestone ``index`` deducts from the ``deposit_left``.

    ``unbilled_amounts`` lists every milestone not yet invoiced, the one being invoiced included.
    """
    if deposit_left <= 0 or not unbilled_amounts:
        return 0
    if len(unbilled_amounts) == 1:
        return deposit_left
    if how == FINAL:
        return 0
    weights = [max(0, a) for a in unbilled_amounts]
    return allocate(deposit_left, weights)[index]
