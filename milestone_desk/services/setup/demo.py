"""A realistic sample company, built through the same services a user drives."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.schedule import Share
from milestone_desk.services.billing import invoicing, payments
from milestone_desk.services.construction import change_orders, payapps, retainage
from milestone_desk.services.construction.queries import construction_desk
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import ClientSpec, CompanyProfile, MilestoneSpec, ProjectSpec
from milestone_desk.services.firm import milestones, projects
from milestone_desk.services.firm.company import save_company

P = Share.of_percent


def _ms(start: date, plan: list[tuple[str, Share, int]], deposit: bool = True) -> list[MilestoneSpec]:
    return [
        MilestoneSpec(name, share, is_deposit=deposit and i == 0, planned_date=start + timedelta(days=d))
        for i, (name, share, d) in enumerate(plan)
    ]


def write_demo(path: Path | str, today: date | None = None) -> None:
    """Write the sample company into a new file (or an empty server database): 4 clients, 9 projects
    in every state, a change order, a progress-billing project with its pay applications and retainage
    held then released, and an overdue invoice."""
    from milestone_desk.services.records import office

    if isinstance(path, str) and office.is_server_address(path):
        office.require_empty(path)
    else:
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise BadInput(f"{path} already exists; choose a new file name for the sample company.")
    today = today or date.today()
    with Books.open(path) as books:
        save_company(
            books,
            CompanyProfile(
                name="Hartwell Remodeling & Build LLC",
                address="418 Cedar Lane\nPortland, OR 97205",
                currency="USD",
                tax_id="EIN 93-1234567",
                email="office@hartwell-remodel.example",
                phone="(503) 555-0142",
                payment_instructions="Checks payable to Hartwell Remodeling & Build LLC. "
                "ACH: First Cascade Bank, routing 123000220, account 0048213377.",
            ),
        )
        for code, name, email, address in [
            ("C-001", "Maria & Tom Delgado", "delgado.family@example.com", "22 Birch St, Portland, OR"),
            ("C-002", "Brightwater Dental Group", "ap@brightwater.example", "900 SW 5th Ave, Portland, OR"),
            ("C-003", "Søren Østergaard", "soren@example.dk", "7 Harbor View Rd, Lake Oswego, OR"),
            ("C-004", "Oak & Anchor Café", "owner@oakanchor.example", "31 Main St, Beaverton, OR"),
        ]:
            projects.create_client(books, ClientSpec(code, name, email, address))
        t = today
        jobs: list[tuple[str, str, str, str, int, str, str, date, list[tuple[str, Share, int]], str]] = [
            (
                "P-001",
                "C-001",
                "Kitchen remodel",
                "22 Birch St",
                4_850_000,
                "0",
                "5",
                t - timedelta(days=120),
                [
                    ("Deposit", P(Decimal(10)), 0),
                    ("Demolition", P(Decimal(15)), 21),
                    ("Rough-in", P(Decimal(25)), 49),
                    ("Cabinets", Share.of_amount(1_455_000), 84),
                    ("Final walkthrough", Share.remainder(), 125),
                ],
                "paid_all",
            ),
            (
                "P-002",
                "C-002",
                "Dental office build-out",
                "900 SW 5th Ave, Suite 210",
                18_640_000,
                "0",
                "10",
                t - timedelta(days=75),
                [
                    ("Deposit", P(Decimal(10)), 0),
                    ("Framing", P(Decimal(25)), 30),
                    ("MEP rough-in", P(Decimal(25)), 60),
                    ("Finishes", P(Decimal(30)), 100),
                    ("Final", P(Decimal(10)), 130),
                ],
                "midway",
            ),
            (
                "P-003",
                "C-003",
                "Cedar deck and pergola",
                "7 Harbor View Rd",
                2_275_000,
                "0",
                "0",
                t - timedelta(days=40),
                [
                    ("Deposit", P(Decimal("33.34")), 0),
                    ("Framing", P(Decimal("33.33")), 20),
                    ("Completion", P(Decimal("33.33")), 45),
                ],
                "overdue",
            ),
            (
                "P-004",
                "C-004",
                "Café kitchen electrical upgrade",
                "31 Main St",
                3_120_000,
                "8.5",
                "5",
                t - timedelta(days=10),
                [
                    ("Deposit", P(Decimal(20)), 0),
                    ("Panel & service", P(Decimal(40)), 25),
                    ("Fixtures & inspection", Share.remainder(), 50),
                ],
                "started",
            ),
            (
                "P-005",
                "C-001",
                "Basement finish",
                "22 Birch St",
                6_200_000,
                "0",
                "5",
                t + timedelta(days=20),
                [
                    ("Deposit", P(Decimal(10)), 0),
                    ("Framing", P(Decimal(25)), 30),
                    ("Drywall", P(Decimal(25)), 55),
                    ("Flooring & trim", P(Decimal(30)), 80),
                    ("Final", P(Decimal(10)), 100),
                ],
                "planned",
            ),
            (
                "P-006",
                "C-002",
                "Reception millwork",
                "900 SW 5th Ave, Suite 210",
                1_480_000,
                "0",
                "0",
                t - timedelta(days=300),
                [("Deposit", P(Decimal(50)), 0), ("Install", Share.remainder(), 30)],
                "archived",
            ),
            (
                "P-007",
                "C-003",
                "Bathroom refresh",
                "7 Harbor View Rd",
                2_890_000,
                "0",
                "5",
                t - timedelta(days=60),
                [
                    ("Deposit", P(Decimal(10)), 0),
                    ("Demo & plumbing", P(Decimal(40)), 20),
                    ("Tile", P(Decimal(30)), 40),
                    ("Fixtures", Share.remainder(), 58),
                ],
                "completed",
            ),
            (
                "P-008",
                "C-004",
                "Patio cover",
                "31 Main St",
                975_050,
                "0",
                "0",
                t - timedelta(days=15),
                [
                    ("Deposit", P(Decimal(10)), 0),
                    ("Posts & beams", P(Decimal(45)), 10),
                    ("Roofing", Share.remainder(), 35),
                ],
                "partial",
            ),
        ]
        for code, client, name, site, contract, tax, ret, start, plan, state in jobs:
            projects.create_project(
                books,
                ProjectSpec(
                    code=code,
                    client_code=client,
                    name=name,
                    contract_cents=contract,
                    site_address=site,
                    tax_percent=Decimal(tax),
                    retainage_percent=Decimal(ret),
                    milestones=_ms(start, plan),
                ),
            )
            _advance(books, code, start, plan, state, today)
        _progress_job(books, today)


def _progress_job(books: Books, today: date) -> None:
    """P-009, progress billing: a change order, two pay applications with retainage held, the
    retainage released at the end, everything paid (the sample's other figures stay as they were)."""
    t = today
    projects.create_project(
        books,
        ProjectSpec(
            code="P-009",
            client_code="C-002",
            name="Lab tenant improvement",
            contract_cents=12_000_000,
            site_address="900 SW 5th Ave, Suite 400",
            retainage_percent=Decimal(10),
            billing_mode="progress",
            milestones=[],
            schedule_of_values=(
                ("Demolition", 1_500_000),
                ("Framing & drywall", 4_500_000),
                ("Mechanical & electrical", 4_000_000),
                ("Finishes", 2_000_000),
            ),
        ),
    )
    change_orders.add_change_order(
        books, "P-009", 800_000, "Add fume-hood exhaust duct", t - timedelta(days=70), approve_it=True
    )
    first = payapps.issue_pay_application(
        books,
        "P-009",
        t - timedelta(days=62),
        work={"Demolition": 1_500_000, "Framing & drywall": 2_250_000},
    )
    _pay_in_full(books, first.invoice_number, t - timedelta(days=40), "1904")
    sov = construction_desk.pay_application_draft(books, "P-009")
    done = {line.name: line.scheduled - line.from_previous for line in sov.lines}
    second = payapps.issue_pay_application(books, "P-009", t - timedelta(days=32), work=done)
    _pay_in_full(books, second.invoice_number, t - timedelta(days=20), "1931")
    released = retainage.issue_release(books, "P-009", t - timedelta(days=14))
    _pay_in_full(books, released, t - timedelta(days=5), "1958")
    projects.set_project_status(books, "P-009", "completed")


def _pay_in_full(books: Books, number: str, on: date, reference: str) -> None:
    view = invoicing.invoice_view(books, number)
    payments.record_payment(books, number, view.balance_cents, on, "ACH", reference)


def _advance(
    books: Books, code: str, start: date, plan: list[tuple[str, Share, int]], state: str, today: date
) -> None:
    """Play the job forward to the wanted state with real completes, invoices and payments."""
    count = {
        "paid_all": len(plan),
        "completed": len(plan),
        "archived": len(plan),
        "midway": 3,
        "overdue": 2,
        "started": 1,
        "partial": 2,
        "planned": 0,
    }[state]
    for i, (name, _share, offset) in enumerate(plan[:count]):
        done = min(start + timedelta(days=offset + 2), today)
        milestones.complete_milestone(books, code, name, done)
        number = invoicing.issue_invoice(books, code, name, done)
        view = invoicing.invoice_view(books, number)
        last = i == count - 1
        if state == "overdue" and last:
            continue
        if state == "partial" and last:
            payments.record_payment(
                books,
                number,
                view.amount_due_cents // 2,
                min(done + timedelta(days=9), today),
                "check",
                "1187",
            )
            continue
        if state == "midway" and last:
            continue
        payments.record_payment(
            books,
            number,
            view.amount_due_cents,
            min(done + timedelta(days=12), today),
            "ACH" if i % 2 else "check",
            f"{1000 + i * 37}",
        )
    if state == "midway":  # finished on site, waiting for the office to invoice it
        milestones.complete_milestone(
            books, code, plan[count][0], today - timedelta(days=1), "Inspection passed; ready to bill."
        )
    if state == "started":
        milestones.start_milestone(books, code, plan[1][0])
    if state == "completed":
        projects.set_project_status(books, code, "completed")
    if state == "archived":
        projects.set_project_status(books, code, "archived")
