"""Invoice math for one milestone (DESIGN §5): gross, tax, retainage, deposit applied, amount due.

``invoice_figures`` is the one function that computes the figures of a milestone invoice: the issued
invoice, the draft preview, the issue dialog, the dashboard and the forecast all call it (through
``project_outlook`` when several milestones are looked at ahead of time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from milestone_desk.domain.deposit import PRO_RATA, deduction
from milestone_desk.domain.money import apply_rate
from milestone_desk.domain.retainage import RetainagePolicy, invoice_retainage


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


@dataclass(frozen=True)
class EarlierInvoice:
    """An earlier live milestone invoice of the project (not of a deposit milestone)."""

    gross: int
    tax: int
    retainage: int


@dataclass(frozen=True)
class BillingTerms:
    """What a project's invoices are computed under."""

    tax_percent: Decimal
    retainage: RetainagePolicy
    contract_to_date: int
    deposit_policy: str = "installment"  # "applied": an advance outside the schedule, deducted
    deposit_how: str = PRO_RATA


@dataclass(frozen=True)
class UnbilledMilestone:
    """A milestone not yet invoiced: its amount and whether it is the deposit milestone."""

    key: object
    amount: int
    is_deposit: bool = False


def invoice_figures(
    terms: BillingTerms,
    gross: int,
    *,
    is_deposit: bool = False,
    earlier: Sequence[EarlierInvoice] = (),
    deposit_left: int = 0,
    unbilled_amounts: Sequence[int] = (),
    index: int = 0,
) -> InvoiceMath:
    """The figures of a milestone invoice issued now.

    ``earlier`` are the live invoices of the project's non-deposit milestones issued before it;
    ``deposit_left`` is the applied deposit invoiced and not yet deducted; ``unbilled_amounts`` lists
    the non-deposit milestones not yet invoiced (this one included, at ``index``). A deposit milestone
    carries no retainage and deducts no deposit.
    """
    tax = apply_rate(gross, terms.tax_percent)
    if is_deposit:
        return InvoiceMath(gross=gross, tax=tax, retainage=0)
    policy = terms.retainage
    retainage = invoice_retainage(
        policy,
        policy.basis(gross, tax),
        [policy.basis(e.gross, e.tax) for e in earlier],
        sum(e.retainage for e in earlier),
        sum(e.gross for e in earlier) + gross,
        terms.contract_to_date,
    )
    applied = 0
    if terms.deposit_policy == "applied" and unbilled_amounts:
        applied = deduction(deposit_left, unbilled_amounts, index, terms.deposit_how)
    return InvoiceMath(gross=gross, tax=tax, retainage=retainage, deposit_applied=applied)


def project_outlook(
    terms: BillingTerms,
    unbilled: Sequence[UnbilledMilestone],
    earlier: Sequence[EarlierInvoice],
    deposit_left: int,
) -> dict[object, InvoiceMath]:
    """The figures each unbilled milestone would get, issued one after the other in the order given.

    The first is exactly what issuing it now gives (``invoice_figures``); each later one sees the
    invoices before it as issued (retainage step-down, deposit deducted so far).
    """
    out: dict[object, InvoiceMath] = {}
    done = list(earlier)
    left = deposit_left
    pending = [u for u in unbilled if not u.is_deposit]
    for u in unbilled:
        if u.is_deposit:
            out[u.key] = invoice_figures(terms, u.amount, is_deposit=True)
            continue
        amounts = [p.amount for p in pending]
        index = pending.index(u)
        math = invoice_figures(
            terms, u.amount, earlier=done, deposit_left=left, unbilled_amounts=amounts, index=index
        )
        out[u.key] = math
        done.append(EarlierInvoice(math.gross, math.tax, math.retainage))
        left -= math.deposit_applied
        pending.pop(index)
    return out


def milestone_invoice(
    gross: int,
    tax_percent: Decimal,
    retainage_percent: Decimal,
    *,
    is_deposit: bool = False,
    retainage_post_tax: bool = False,
    deposit_applied: int = 0,
) -> InvoiceMath:
    """The figures of a lone milestone invoice (no step-down, no earlier invoices): a shorthand of
    ``invoice_figures`` for examples and benchmarks, with the deposit deduction given."""
    terms = BillingTerms(tax_percent, RetainagePolicy(retainage_percent, post_tax=retainage_post_tax), gross)
    math = invoice_figures(terms, gross, is_deposit=is_deposit)
    return InvoiceMath(math.gross, math.tax, math.retainage, deposit_applied)
