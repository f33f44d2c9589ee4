"""`check`: is the company file sound? SQLite integrity, foreign keys, and our own invariants.

Also numbering gaps and duplicates, credit notes and the guard triggers (check_records.py) and
the audit chain; any problem makes `check` exit 1.
"""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from milestone_desk.domain.money import to_decimal_string
from milestone_desk.domain.states import LIVE, InvoiceStatus
from milestone_desk.persistence import engines
from milestone_desk.persistence.models import (
    Company,
    Invoice,
    Milestone,
    Payment,
    PaymentApplication,
    Project,
)
from milestone_desk.services.billing import balances
from milestone_desk.services.billing.queries.consistency import milestone_invoice_problems
from milestone_desk.services.construction.change_orders import approved_by_project
from milestone_desk.services.core import audit
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.queries.check_construction import construction_problems
from milestone_desk.services.records.queries.check_proofs import (
    Digests,
    Finding,
    guard_findings,
    guarded,
    pdf_findings,
    record_findings,
    seal_findings,
)
from milestone_desk.services.records.queries.check_records import records_problems
from milestone_desk.services.records.queries.einvoice_check_books import einvoice_problems


def check_books(books: Books) -> list[str]:
    """Every problem found, as a sentence; an empty list means the books are sound."""
    return [f.text for f in check_findings(books)]


@dataclass(frozen=True)
class CheckReport:
    findings: list[Finding]
    notes: list[str]


def check_findings(books: Books) -> list[Finding]:
    """Every problem found, each with a kind (see ``check_report`` for the notes beside them)."""
    return check_report(books).findings


def check_report(books: Books) -> CheckReport:
    """The whole check: SQLite's full integrity check, then our invariants and proofs."""
    findings: list[Finding] = []
    notes: list[str] = []
    aside = _pdfs_aside(books)
    try:
        with books.read() as s:
            findings += check_session(s, notes, pdfs=aside)
    except Exception as exc:  # a file too damaged to read is a finding, not a crash
        failure = exc
        findings += guarded("file", lambda: _raise(failure))
    finally:
        if aside is not None:
            wait([aside])  # its connection is closed before the books are
    return CheckReport(findings, notes)


def _pdfs_aside(books: Books) -> Future[tuple[list[Finding], Digests]] | None:
    """The stored-PDF proof on a thread with its own read of a company file opened read-only, so
    reading and hashing ~2 GB of frozen documents overlaps the other proofs (SQLite and hashlib let
    go of the GIL). The documents cannot change under it (guard triggers). Else None: the proof runs
    in its turn (a writer's read takes the write lock, a server has no file to read)."""
    if not books.readonly or books.location.on_server:
        return None

    def proof() -> tuple[list[Finding], Digests]:
        digests: Digests = {}
        with books.read() as s:
            return guarded("stored documents", lambda: pdf_findings(s, digests)), digests

    pool = ThreadPoolExecutor(1, thread_name_prefix="check-pdfs")
    try:
        return pool.submit(proof)
    finally:
        pool.shutdown(wait=False)


def _raise(exc: BaseException) -> list[Finding]:
    raise exc


def check_session(
    s: Session, notes: list[str] | None = None, *, pdfs: Future[tuple[list[Finding], Digests]] | None = None
) -> list[Finding]:
    """The check inside an open session (also run on imported data before it is committed);
    ``pdfs``: the stored-PDF proof already running aside (``_pdfs_aside``)."""
    integrity = guarded("structure", lambda: _integrity(s))
    if integrity:
        return integrity
    found: list[Finding] = []
    found += guarded("links between records", lambda: _foreign_keys(s))
    found += guarded("figures", lambda: _as("figures", _figures(s)))
    found += guarded("numbers and credit notes", lambda: _as("records", records_problems(s)))
    found += guarded("construction records", lambda: _as("construction", construction_problems(s)))
    found += guarded("audit trail", lambda: _as("audit-chain", audit.verify_chain(s) + audit.verify_head(s)))
    found += guarded("e-invoices", lambda: _as("einvoice", einvoice_problems(s)))
    digests: Digests = {}

    def stored_documents() -> list[Finding]:
        if pdfs is None:
            return pdf_findings(s, digests)
        proved, read = pdfs.result()
        digests.update(read)
        return proved

    found += guarded("stored documents", stored_documents)
    found += guarded("issued records", lambda: record_findings(s, digests))
    found += guarded("protections", lambda: guard_findings(s))
    seal, seal_notes = seal_findings(s)
    found += seal
    if notes is not None:
        notes.extend(seal_notes)
    return found


def _as(kind: str, sentences: list[str]) -> list[Finding]:
    return [Finding(kind, text) for text in sentences]


def _integrity(s: Session) -> list[Finding]:
    # integrity_check, not quick_check: it also compares every index with its table.
    return [
        Finding("damaged", "The company file is damaged; " + p)
        for p in engines.integrity_problems(s.connection(), full=True)
    ]


def _foreign_keys(s: Session) -> list[Finding]:
    return [Finding("foreign-key", p) for p in engines.foreign_key_problems(s.connection())]


def _figures(s: Session) -> list[str]:
    problems: list[str] = []
    company = s.scalars(select(Company).order_by(Company.id).limit(1)).first()
    currency = company.currency if company is not None else "USD"

    def money(minor: int) -> str:
        return to_decimal_string(minor, currency)

    sums: dict[int, int] = defaultdict(int)
    for pid, amount in s.execute(select(Milestone.project_id, Milestone.amount_cents)):
        sums[pid] += amount
    changes = approved_by_project(s)
    for p in s.scalars(select(Project)):
        if p.billing_mode not in ("milestone", "progress"):
            problems.append(
                f"Project {p.code} has the unknown billing mode {p.billing_mode!r} (a damaged value)."
            )
        if p.billing_mode == "milestone" and sums.get(p.id, 0) != p.contract_cents + changes.get(p.id, 0):
            problems.append(
                f"Project {p.code}: the milestones sum to {money(sums.get(p.id, 0))}, "
                f"not the contract to date {money(p.contract_cents + changes.get(p.id, 0))}."
            )
    applied: dict[int, int] = defaultdict(int)
    by_payment: dict[int, int] = defaultdict(int)
    for pay_id, inv_id, amount in s.execute(
        select(PaymentApplication.payment_id, PaymentApplication.invoice_id, PaymentApplication.amount_cents)
    ):
        applied[inv_id] += amount
        by_payment[pay_id] += amount
        if amount <= 0:
            problems.append(f"A payment application of {money(amount)} is not positive.")
    for pay_id, amount in s.execute(select(Payment.id, Payment.amount_cents)):
        if by_payment.get(pay_id, 0) > amount:
            problems.append(f"Payment {pay_id} is applied for more than it was.")
    ms_info = {
        mid: (name, status)
        for mid, name, status in s.execute(select(Milestone.id, Milestone.name, Milestone.status))
    }
    credited = balances.credited_by_invoice(s)
    # Plain columns, not Invoice objects: the frozen PDFs stay on disk (a ten-year firm's would be
    # ~1 GB held at once), and 19,000 rows cost a tenth of 19,000 ORM objects.
    figures = (
        Invoice.id,
        Invoice.number,
        Invoice.kind,
        Invoice.status,
        Invoice.project_id,
        Invoice.milestone_id,
        Invoice.gross_cents,
        Invoice.tax_cents,
        Invoice.retainage_cents,
        Invoice.deposit_applied_cents,
        Invoice.amount_due_cents,
    )
    for inv in s.execute(select(*figures).where(Invoice.number.is_not(None))):
        expect = inv.gross_cents + inv.tax_cents - inv.retainage_cents - inv.deposit_applied_cents
        if inv.kind in ("milestone", "progress", "deposit") and inv.amount_due_cents != expect:
            problems.append(f"Invoice {inv.number}: amount due does not match its figures.")
        if inv.status == InvoiceStatus.VOID.value:
            continue
        paid, credit = applied.get(inv.id, 0), credited.get(inv.id, 0)
        if paid + credit > inv.amount_due_cents:
            problems.append(f"Invoice {inv.number} is paid and credited more than its amount due.")
        want = balances.status_for(inv.amount_due_cents, paid, credit).value
        if inv.status != want:
            problems.append(
                f"Invoice {inv.number} is marked {inv.status} but its payments and credits say {want}."
            )
        if inv.milestone_id is not None and inv.kind == "milestone":
            ms = "paid" if want == "paid" else "invoiced"
            name, status = ms_info[inv.milestone_id]
            if status != ms:
                problems.append(f"Milestone {name!r} of invoice {inv.number} is {status}, expected {ms}.")
    # Every project's live invoices and milestones in three queries, not three per project.
    # (rows with the attributes of an Invoice that milestone_invoice_problems reads)
    live: dict[int, dict[str, list[Invoice]]] = defaultdict(lambda: defaultdict(list))
    for row in s.execute(
        select(*figures)
        .where(Invoice.status.in_(LIVE), Invoice.kind.in_(("milestone", "deposit")))
        .order_by(Invoice.id)
    ):
        live[row.project_id][row.kind].append(cast(Invoice, row))
    for p in s.scalars(select(Project).options(selectinload(Project.milestones)).order_by(Project.code)):
        problems.extend(milestone_invoice_problems(s, p, currency, live.get(p.id, {})))
    return problems
