"""`check`: is the company file sound? SQLite integrity, foreign keys, and our own invariants."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select, text

from milestone_desk.domain.states import InvoiceStatus, invoice_status_after_payment
from milestone_desk.persistence.models import Invoice, Milestone, Payment, PaymentApplication, Project
from milestone_desk.services import audit
from milestone_desk.services.books import Books
from milestone_desk.services.change_orders import approved_by_project
from milestone_desk.services.check_construction import construction_problems


def check_books(books: Books) -> list[str]:
    """Every problem found, as a sentence; an empty list means the books are sound."""
    problems: list[str] = []
    with books.read() as s:
        integrity = [row[0] for row in s.execute(text("PRAGMA quick_check"))]
        if integrity != ["ok"]:
            problems.append("SQLite reports damage: " + "; ".join(integrity[:5]))
            return problems
        for row in s.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"Table {row[0]} row {row[1]} points to a missing {row[2]} record.")
        sums: dict[int, int] = defaultdict(int)
        for pid, amount in s.execute(select(Milestone.project_id, Milestone.amount_cents)):
            sums[pid] += amount
        changes = approved_by_project(s)
        for p in s.scalars(select(Project)):
            if p.billing_mode == "milestone" and sums.get(p.id, 0) != p.contract_cents + changes.get(p.id, 0):
                problems.append(
                    f"Project {p.code}: the milestones sum to {sums.get(p.id, 0)} cents, "
                    f"not the contract to date {p.contract_cents + changes.get(p.id, 0)}."
                )
        applied: dict[int, int] = defaultdict(int)
        by_payment: dict[int, int] = defaultdict(int)
        for pay_id, inv_id, amount in s.execute(
            select(
                PaymentApplication.payment_id, PaymentApplication.invoice_id, PaymentApplication.amount_cents
            )
        ):
            applied[inv_id] += amount
            by_payment[pay_id] += amount
            if amount <= 0:
                problems.append(f"A payment application of {amount} cents is not positive.")
        for pay_id, amount in s.execute(select(Payment.id, Payment.amount_cents)):
            if by_payment.get(pay_id, 0) > amount:
                problems.append(f"Payment {pay_id} is applied for more than it was.")
        for inv in s.scalars(select(Invoice).where(Invoice.number.is_not(None))):
            expect = inv.gross_cents + inv.tax_cents - inv.retainage_cents - inv.deposit_applied_cents
            if inv.kind in ("milestone", "progress", "deposit") and inv.amount_due_cents != expect:
                problems.append(f"Invoice {inv.number}: amount due does not match its figures.")
            if inv.status == InvoiceStatus.VOID.value:
                continue
            paid = applied.get(inv.id, 0)
            if paid > inv.amount_due_cents:
                problems.append(f"Invoice {inv.number} is paid more than its amount due.")
            want = invoice_status_after_payment(inv.amount_due_cents, paid).value
            if inv.status != want:
                problems.append(f"Invoice {inv.number} is marked {inv.status} but its payments say {want}.")
            if inv.milestone is not None and inv.kind == "milestone":
                ms = "paid" if want == "paid" else "invoiced"
                if inv.milestone.status != ms:
                    problems.append(
                        f"Milestone {inv.milestone.name!r} of invoice {inv.number} is "
                        f"{inv.milestone.status}, expected {ms}."
                    )
        problems.extend(construction_problems(s))
        problems.extend(audit.verify_chain(s))
    return problems
