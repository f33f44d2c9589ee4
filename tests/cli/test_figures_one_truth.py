"""One truth for every figure (issue 12): the schedule table, `schedule --json`, the export, the draft
preview, `preview --json`, the dashboard and the issued invoice all show the same cents."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from milestone_desk.cli import main as cli_main
from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import Money
from milestone_desk.services.billing import invoicing
from milestone_desk.services.collections.queries import dashboard
from milestone_desk.services.construction import change_orders
from milestone_desk.services.construction.retainage import issue_deposit_invoice
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones, projects
from milestone_desk.services.interchange import exchange
from milestone_desk.ui import formatting
from milestone_desk.ui.schedule_model import AMOUNT, ScheduleModel, ScheduleRow

FIGURES = ("gross", "tax", "retainage", "deposit_applied", "amount_due")


def run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue() + err.getvalue()


def cli_json(*args: str) -> Any:
    code, out = run(*args)
    assert code == 0, out
    return json.loads(out)


def table_amounts(books: Books, code: str) -> list[str]:
    """What the window's schedule table shows in its Amount column, and its check mark."""
    detail = projects.project_detail(books, code)
    model = ScheduleModel()
    model.set_schedule(
        [ScheduleRow.of_view(m) for m in detail.milestones],
        detail.summary.totals.contract_to_date,
        detail.summary.currency,
        editable=False,
    )
    ok, text = model.check_text()
    assert ok, text
    return [str(model.data(model.index(r, AMOUNT))) for r in range(model.rowCount())]


def shown(decimal_text: str) -> str:
    return formatting.money(Money.parse(decimal_text, "USD").minor, "USD")


def exported(db: Path, code: str) -> dict[str, Any]:
    code_, out = run("export", str(db))
    assert code_ == 0, out
    return next(p for p in json.loads(out)["projects"] if p["code"] == code)


def test_kitchen_change_order_table_shows_the_books(qapp: Any, books: Books, db_path: Path) -> None:
    """The issue's case: the table showed Deposit $4,975.00, Demolition $7,462.50, Final $9,075.00."""
    milestones.complete_milestone(books, "P-001", "Deposit", date(2026, 1, 15))
    invoicing.issue_invoice(books, "P-001", "Deposit", date(2026, 1, 15))
    change_orders.add_change_order(books, "P-001", 125_000, "Outlets", date(2026, 1, 20), approve_it=True)
    assert table_amounts(books, "P-001") == [
        "$4,850.00",
        "$7,275.00",
        "$12,125.00",
        "$14,550.00",
        "$9,700.00",
        "$1,250.00",
    ]
    sched = cli_json("schedule", str(db_path), "P-001", "--json")
    assert [shown(r["amount"]) for r in sched] == table_amounts(books, "P-001")
    assert [r["status"] for r in sched][:2] == ["invoiced", "planned"]
    # a deductive order spread over the unbilled milestones: the invoiced deposit keeps its amount
    change_orders.add_change_order(
        books, "P-001", -80_000, "Cheaper tile", date(2026, 1, 21), spread_it=True, approve_it=True
    )
    sched = cli_json("schedule", str(db_path), "P-001", "--json")
    table = table_amounts(books, "P-001")
    assert [shown(r["amount"]) for r in sched] == table
    assert table[0] == "$4,850.00"
    assert sum(Money.parse(r["amount"], "USD").minor for r in sched) == 4_850_000 + 125_000 - 80_000
    project = exported(db_path, "P-001")
    assert [m["amount_computed"] for m in project["milestones"]] == [r["amount"] for r in sched]
    # the timeline, the table and the issued invoice give one Rough-in amount
    milestones.complete_milestone(books, "P-001", "Rough-in", date(2026, 3, 1))
    preview = cli_json("preview", str(db_path), "P-001", "Rough-in", "--json")
    number = invoicing.issue_invoice(books, "P-001", "Rough-in", date(2026, 3, 2))
    view = invoicing.invoice_view(books, number)
    assert shown(preview["gross"]) == table[2] == formatting.money(view.gross_cents)
    assert Money.parse(preview["amount_due"], "USD").minor == view.amount_due_cents


STEPPED: dict[str, Any] = {
    "format": "milestone-desk/1",
    "company": {"name": "Hartwell Remodeling", "currency": "USD"},
    "clients": [{"code": "C-1", "name": "Maria Delgado"}],
    "projects": [
        {
            "code": "P-2",
            "client": "C-1",
            "name": "Garage conversion",
            "contract_sum": "48500.00",
            "tax_percent": "7.5",
            "retainage_percent": "10",
            "retainage_step_down": {"at_percent_complete": "50", "to_percent": "5"},
            "deposit_policy": "applied",
            "deposit": "4850.00",
            "milestones": [
                {"name": "Framing", "percent": "30", "due": "2026-03-01"},
                {"name": "Roof", "percent": "30", "due": "2026-04-01"},
                {"name": "Finishes", "remainder": True, "due": "2026-05-01"},
            ],
        }
    ],
}


def test_draft_preview_dashboard_and_issued_agree_with_deposit_and_step_down(tmp_path: Path) -> None:
    """The draft and the dashboard used to ignore the applied deposit and the retainage step-down."""
    db = tmp_path / "s.mdesk"
    books = Books.open(db)
    try:
        exchange.import_data(books, json.loads(json.dumps(STEPPED)))
        issue_deposit_invoice(books, "P-2", date(2026, 2, 1))
        for name, day in (("Framing", date(2026, 3, 1)), ("Roof", date(2026, 4, 1))):
            milestones.complete_milestone(books, "P-2", name, day)
            preview = cli_json("preview", str(db), "P-2", name, "--date", day.isoformat(), "--json")
            coming = {
                m.name: m.amount_due
                for m in dashboard.dashboard(
                    books, today=date(2026, 2, 15), ahead_days=120
                ).upcoming_milestones
            }
            draft = PdfReader(io.BytesIO(invoicing.draft_invoice_pdf(books, "P-2", name, day)))
            draft_text = "".join(page.extract_text() for page in draft.pages)
            number = invoicing.issue_invoice(books, "P-2", name, day)
            issued = exported(db, "P-2")["invoices"]
            inv = next(i for i in issued if i["number"] == number)
            assert {k: inv[k] for k in FIGURES} == preview
            assert coming[name] == Money.parse(preview["amount_due"], "USD").minor
            assert formatting.money(Money.parse(preview["amount_due"], "USD").minor) in draft_text
        # Roof crossed the 50 % step-down: it withholds less than 10 % and deducts its deposit share
        roof = next(i for i in exported(db, "P-2")["invoices"] if i["milestone"] == "Roof")
        assert Decimal(roof["retainage"]) < Decimal(roof["gross"]) / 10
        assert Decimal(roof["deposit_applied"]) > 0
    finally:
        books.close()


def test_preview_writes_nothing_and_refuses_like_issue(books: Books, db_path: Path) -> None:
    before = db_path.read_bytes()
    code, out = run("preview", str(db_path), "P-001", "Demolition", "--json")
    assert code == 2 and "not completed" in out
    milestones.complete_milestone(books, "P-001", "Demolition", date(2026, 2, 10))
    code, out = run("preview", str(db_path), "P-001", "Demolition", "--date", "2026-02-01", "--json")
    assert code == 2 and "before milestone 'Demolition' was completed" in out
    books.close()
    before = db_path.read_bytes()
    assert cli_json("preview", str(db_path), "P-001", "Demolition", "--json")["gross"] == "7275.00"
    assert db_path.read_bytes() == before


# --- the property: random projects, every figure from one place --------------------------------

money_cents = st.integers(min_value=50_000, max_value=50_000_000)
rates = st.decimals(min_value=0, max_value=12, places=2)


@st.composite
def projects_and_steps(draw: st.DrawFn) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    contract = draw(money_cents)
    n = draw(st.integers(2, 4))
    percents = draw(st.lists(st.integers(5, 25), min_size=n - 1, max_size=n - 1))
    items: list[dict[str, Any]] = []
    for i, p in enumerate(percents):
        if draw(st.booleans()):
            items.append({"name": f"M{i}", "percent": str(p)})
        else:  # a fixed amount, mixed with percents
            items.append({"name": f"M{i}", "amount": str(Decimal(contract * p // 100) / 100)})
    items.append({"name": f"M{n - 1}", "remainder": True})
    applied = draw(st.booleans())
    if not applied and draw(st.booleans()):
        items[0]["deposit"] = True
    rate = draw(rates)
    project: dict[str, Any] = {
        "code": "P",
        "client": "C",
        "name": "Job",
        "contract_sum": str(Decimal(contract) / 100),
        "tax_percent": str(draw(rates)),
        "retainage_percent": str(rate),
        "retainage_basis": draw(st.sampled_from(["pre_tax", "post_tax"])),
        "milestones": items,
    }
    if draw(st.booleans()):
        to = min(Decimal(draw(st.integers(0, 12))), rate)
        project["retainage_step_down"] = {
            "at_percent_complete": str(draw(st.integers(0, 100))),
            "to_percent": str(to),
        }
    if applied:
        project["deposit_policy"] = "applied"
        project["deposit"] = str(Decimal(contract * draw(st.integers(1, 20)) // 100) / 100)
        project["deposit_applied"] = draw(st.sampled_from(["pro_rata", "final"]))
    steps: list[tuple[Any, ...]] = []
    for _ in range(draw(st.integers(1, 7))):
        if draw(st.integers(0, 2)) == 0:
            amount = draw(st.integers(1, contract // 5)) * draw(st.sampled_from([1, -1]))
            steps.append(("co", amount, draw(st.booleans()), draw(st.booleans())))
        else:
            steps.append(("issue", draw(st.integers(0, 10))))
    data = {
        "format": "milestone-desk/1",
        "company": {"name": "Firm", "currency": "USD"},
        "clients": [{"code": "C", "name": "Client"}],
        "projects": [project],
    }
    return data, steps


@pytest.fixture(scope="module")
def empty_company(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.mdesk"
    Books.open(path).close()
    return path


@pytest.mark.slow
@settings(
    max_examples=int(os.environ.get("FIGURES_EXAMPLES", "500")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(case=projects_and_steps())
def test_preview_equals_issued_and_schedule_views_agree(
    qapp: Any, tmp_path_factory: pytest.TempPathFactory, empty_company: Path, case: Any
) -> None:
    data, steps = case
    db = tmp_path_factory.mktemp("prop") / "p.mdesk"
    shutil.copyfile(empty_company, db)
    books = Books.open(db)
    try:
        exchange.import_data(books, data)
        day = date(2026, 1, 5)
        if data["projects"][0].get("deposit_policy") == "applied":
            issue_deposit_invoice(books, "P", day)
        previews: dict[str, dict[str, str]] = {}
        for step in steps:
            if step[0] == "co":
                _, amount, spread_it, approve_it = step
                try:
                    number = change_orders.add_change_order(
                        books, "P", amount, "Change", day, spread_it=spread_it
                    )
                except BadInput:
                    continue  # refused (deduction as its own milestone, nothing to spread over)
                try:
                    if approve_it:
                        change_orders.approve_change_order(books, "P", number)
                    else:
                        change_orders.reject_change_order(books, "P", number)
                except BadInput:
                    pass  # a spread that would bring a milestone to zero: the books stay as they were
                continue
            pending = [m for m in projects.project_detail(books, "P").milestones if m.status == "planned"]
            if not pending:
                continue
            m = pending[step[1] % len(pending)]
            milestones.complete_milestone(books, "P", m.name, day)
            preview = cli_json("preview", str(db), "P", m.name, "--date", day.isoformat(), "--json")
            number = invoicing.issue_invoice(books, "P", m.name, day)
            previews[number] = preview
        books.close()
        sched = cli_json("schedule", str(db), "P", "--json")
        project = exported(db, "P")
        assert [m["amount_computed"] for m in project["milestones"]] == [r["amount"] for r in sched]
        for inv in project["invoices"]:
            if inv["number"] in previews:
                assert {k: inv[k] for k in FIGURES} == previews[inv["number"]]
        assert len(previews) == sum(1 for i in project["invoices"] if i["kind"] == "milestone")
        books = Books.open(db)
        assert [shown(r["amount"]) for r in sched] == table_amounts(books, "P")
    finally:
        books.close()


def test_domain_schedule_and_change_order_figures() -> None:
    from milestone_desk.domain.change_orders import ChangeOrderBilling, amounts_after_change_order
    from milestone_desk.domain.schedule import ScheduleLine, Share, schedule_sums

    amounts = [485_000, 727_500, 1_212_500, 1_455_000, 970_000]
    open_ = [False, True, True, True, True]  # the deposit is invoiced
    after = amounts_after_change_order(amounts, open_, 125_000, ChangeOrderBilling.MILESTONE)
    assert after == [*amounts, 125_000]
    spread = amounts_after_change_order(after, [*open_, True], -80_000, ChangeOrderBilling.SPREAD)
    assert spread[0] == 485_000 and sum(spread) == sum(amounts) + 125_000 - 80_000
    with pytest.raises(BadInput, match="cannot be its own milestone"):
        amounts_after_change_order(amounts, open_, -1, ChangeOrderBilling.MILESTONE)
    lines = [ScheduleLine(f"M{i}", Share.remainder(), a) for i, a in enumerate(spread)]
    sums = schedule_sums(sum(spread), lines)
    assert sums.ok and sums.amounts == spread
    wrong = schedule_sums(sum(spread) + 1, lines)
    assert not wrong.ok and "contract to date" in wrong.problem


def test_outlook_starts_with_what_issuing_now_gives() -> None:
    from milestone_desk.domain.billing import (
        BillingTerms,
        EarlierInvoice,
        UnbilledMilestone,
        invoice_figures,
        project_outlook,
    )
    from milestone_desk.domain.retainage import RetainagePolicy, StepDown

    terms = BillingTerms(
        Decimal("7.5"),
        RetainagePolicy(Decimal(10), step_down=StepDown(Decimal(50), Decimal(5))),
        4_850_000,
        "applied",
    )
    earlier = [EarlierInvoice(1_455_000, 109_125, 145_500)]
    unbilled = [UnbilledMilestone("Roof", 1_455_000), UnbilledMilestone("Finishes", 1_940_000)]
    out = project_outlook(terms, unbilled, earlier, 485_000 - 145_500)
    now = invoice_figures(
        terms,
        1_455_000,
        earlier=earlier,
        deposit_left=485_000 - 145_500,
        unbilled_amounts=[1_455_000, 1_940_000],
    )
    assert out["Roof"] == now
    assert now.retainage < 145_500  # the step-down at 60 % brings total retainage to 5 %
    assert out["Roof"].deposit_applied + out["Finishes"].deposit_applied == 485_000 - 145_500
