"""Invoice math for one milestone (DESIGN §5): gross, tax, retainage, deposit applied, amount due."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from milestone_desk.domain.money import apply_rate


@dataclass(frozen=True)
class InvoiceMath:
    """All the figures of one invoice, in minor units."""

    gross: int
    tax: int
    retainage: int
    deposit_applied: int = 0

    @property
    def amount_due(self) -> int:
        return self.gross + self.tax - self.retainage - self.deposit_applied


def milestone_invoice(
    gross: int,
    tax_percent: Decimal,
    retainage_percent: Decimal,
    *,
    is_deposit: bool = False,
    retainage_post_tax: bool = False,
    deposit_applied: int = 0,
) -> InvoiceMath:
    """The figures of a milestone invoice; a deposit carries no retainage."""
    tax = apply_rate(gross, tax_percent)
    if is_deposit:
        retainage = 0
    else:
        basis = gross + tax if retainage_post_tax else gross
        retainage = apply_rate(basis, retainage_percent)
    return InvoiceMath(gross=gross, tax=tax, retainage=retainage, deposit_applied=deposit_applied)
