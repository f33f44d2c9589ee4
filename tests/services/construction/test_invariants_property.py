"""The §5 invariants on real company files, under hypothesis (few examples: each one is a SQLite file)."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import to_decimal_string
from milestone_desk.services.billing import invoicing
from milestone_desk.services.construction import change_orders, payapps, retainage
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.firm.projects import project_detail
from milestone_desk.services.interchange import exchange

HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


def company(project: dict[str, object]) -> dict[str, object]:
    return {
        "format": "milestone-desk/1",
        "company": {"name": "Prop Co", "currency": "USD"},
        "clients": [{"code": "C", "name": "Client"}],
        "projects": [{"code": "P", "client": "C", "name": "Job", **project}],
    }


def money(cents: int) -> str:
    return to_decimal_string(cents)


@pytest.mark.slow  # hypothesis over real files: 20-40 s (issue 18, fast lane)
@settings(max_examples=12, deadline=None, suppress_health_check=HEALTH)
@given(
    values=st.lists(st.integers(100, 3_000_000), min_size=1, max_size=4),
    rate=st.decimals(0, 20, places=2),
    step=st.booleans(),
    periods=st.lists(st.lists(st.integers(0, 100), min_size=4, max_size=4), min_size=1, max_size=3),
    co=st.integers(-50_000, 500_000),
    co_spread=st.booleans(),
)
def test_progress_payments_plus_release_equal_contract_to_date(
    values: list[int], rate: Decimal, step: bool, periods: list[list[int]], co: int, co_spread: bool
) -> None:
    project: dict[str, object] = {
        "contract_sum": money(sum(values)),
        "retainage_percent": str(rate),
        "billing": "progress",
        "schedule_of_values": [{"name": f"L{i}", "value": money(v)} for i, v in enumerate(values)],
    }
    if step:
        project["retainage_step_down"] = {"at_percent_complete": "50", "to_percent": str(rate / 2)}
    with tempfile.TemporaryDirectory() as tmp, Books.open(Path(tmp) / "p.mdesk") as books:
        exchange.import_data(books, company(project))
        if co:
            try:
                change_orders.add_change_order(books, "P", co, "Change", spread_it=co_spread, approve_it=True)
            except BadInput:
                pass  # a deduction as its own line, or one that would empty a line
        day = date(2026, 1, 31)
        paid = 0
        for k, period in enumerate([*periods, None]):
            views = payapps.list_pay_applications(books, "P")
            last = views[-1] if views else None
            with books.read() as s:
                lines = change_orders.sov(s, change_orders.lookup.project(s, "P").id)
            done = {f.name: f.completed for f in last.lines} if last else {}
            work = {}
            for i, ln in enumerate(lines):
                left = ln.value_cents - done.get(ln.name, 0)
                share = 100 if period is None else period[i % 4]
                work[ln.name] = left * share // 100
            if not any(work.values()):
                continue
            view = payapps.issue_pay_application(books, "P", day + timedelta(days=31 * k), work)
            paid += view.summary.L8
        release = view.summary.L5
        if release:
            retainage.issue_release(books, "P")
        with books.read() as s:
            to_date = change_orders.contract_to_date(s, change_orders.lookup.project(s, "P"))
        assert paid + release == to_date == view.summary.L3


@pytest.mark.slow  # hypothesis over real files: 20-40 s (issue 18, fast lane)
@settings(max_examples=12, deadline=None, suppress_health_check=HEALTH)
@given(
    contract=st.integers(10_000, 5_000_000),
    pcts=st.lists(st.integers(5, 40), min_size=1, max_size=3),
    tax=st.decimals(0, 12, places=3),
    rate=st.decimals(0, 10, places=1),
    post_tax=st.booleans(),
    applied=st.sampled_from([None, "pro_rata", "final"]),
    co=st.integers(-100_000, 300_000),
    co_spread=st.booleans(),
    co_after=st.integers(0, 3),
)
def test_milestone_amounts_due_plus_release_plus_deposit(
    contract: int,
    pcts: list[int],
    tax: Decimal,
    rate: Decimal,
    post_tax: bool,
    applied: str | None,
    co: int,
    co_spread: bool,
    co_after: int,
) -> None:
    if sum(pcts) >= 100:
        pcts = [10]
    ms: list[dict[str, object]] = [{"name": f"M{i}", "percent": str(p)} for i, p in enumerate(pcts)]
    ms.append({"name": "Final", "remainder": True})
    project: dict[str, object] = {
        "contract_sum": money(contract),
        "tax_percent": str(tax),
        "retainage_percent": str(rate),
        "retainage_basis": "post_tax" if post_tax else "pre_tax",
        "milestones": ms,
    }
    if applied:
        project.update(
            {"deposit_policy": "applied", "deposit_applied": applied, "deposit": money(contract // 10)}
        )
    names = [str(m["name"]) for m in ms]
    with tempfile.TemporaryDirectory() as tmp, Books.open(Path(tmp) / "m.mdesk") as books:
        exchange.import_data(books, company(project))
        if applied:
            retainage.issue_deposit_invoice(books, "P", date(2026, 1, 5))
        for k in range(len(names) + 1):
            if k == co_after and co:
                try:
                    change_orders.add_change_order(
                        books, "P", co, "Extra", spread_it=co_spread, approve_it=True
                    )
                except BadInput:
                    pass
            if k < len(names):
                milestones.complete_milestone(books, "P", names[k], date(2026, 2, 1))
                invoicing.issue_invoice(books, "P", names[k], date(2026, 2, 2))
        pending = [m.name for m in project_detail(books, "P").milestones if m.status == "planned"]
        for name in pending:
            milestones.complete_milestone(books, "P", name, date(2026, 3, 1))
            invoicing.issue_invoice(books, "P", name, date(2026, 3, 2))
        held = sum(i.retainage_cents for i in invoicing.list_invoices(books, "P"))
        if held:
            retainage.issue_release(books, "P")
        invoices = invoicing.list_invoices(books, "P")
        with books.read() as s:
            to_date = change_orders.contract_to_date(s, change_orders.lookup.project(s, "P"))
        due = sum(i.amount_due_cents for i in invoices)
        taxes = sum(i.tax_cents for i in invoices)
        assert due == to_date + taxes
        assert sum(i.deposit_applied_cents for i in invoices) == (contract // 10 if applied else 0)
