"""A seeded ten-year firm written with bulk inserts: 2,000 projects, 20,000 milestones, ~20,000 invoices,
~30,000 payments. The result passes `milestone-desk check`.

The ORM is ~50x slower for bulk rows (DESIGN §10), so rows go in through executemany on the
company file that Books.open created and migrated.
"""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from milestone_desk.domain.billing import milestone_invoice
from milestone_desk.domain.schedule import Share, allocate_schedule
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import CompanyProfile
from milestone_desk.services.firm.company import save_company

PROJECTS = 2_000
MILESTONES_PER_PROJECT = 10
CLIENTS = 400
START = date(2016, 12, 1)
TODAY = date(2026, 11, 26)
SCHEDULE = [Decimal(p) for p in ("10", "10", "10", "10", "10", "10", "10", "10", "10")]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def generate(
    path: Path,
    seed: int = 2026,
    projects: int = PROJECTS,
    clients: int = CLIENTS,
    *,
    frozen: bool = False,
) -> dict[str, int]:
    """Write the firm into a new company file at ``path``; returns row counts.

    Every invoice and receipt number is also in the number register (``document_numbers``) and the
    counters continue after them, so ``check`` finds no gaps. Bulk history has no frozen PDF bytes:
    a reprint (and ``pdf --all``) renders those documents from the books.
    """
    if path.exists():
        path.unlink()
    rng = random.Random(seed)
    with Books.open(path) as books:
        save_company(books, CompanyProfile(name="Tenyear Builders Inc.", address="1 Long Road\nSpringfield"))
    now = datetime(2026, 11, 26, 12, 0, 0).isoformat(sep=" ")
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=OFF")
    n_clients, n_projects = clients, projects
    client_rows = [
        (
            i + 1,
            f"C-{i + 1:04d}",
            f"Client {i + 1} {rng.choice(['LLC', 'Family', 'Corp', 'Dental'])}",
            f"client{i + 1}@example.com",
            f"{rng.randint(1, 999)} Main St",
            "",
            _uid(rng),
            now,
            now,
        )
        for i in range(n_clients)
    ]
    con.executemany(
        "INSERT INTO clients (id, code, name, email, address, phone, uuid, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        client_rows,
    )
    project_rows: list[tuple[object, ...]] = []
    milestones: list[list[Any]] = []
    invoices: list[list[Any]] = []
    lines: list[tuple[int, ...] | tuple[Any, ...]] = []
    span = (TODAY - START).days
    mid = 0
    for p in range(n_projects):
        pid = p + 1
        start = START + timedelta(days=int(span * p / n_projects))
        contract = rng.randint(5_000, 400_000) * 100
        retain = Decimal(rng.choice(["0", "5", "10"]))
        tax = Decimal(rng.choice(["0", "0", "8.25"]))
        project_rows.append(
            (
                pid,
                f"P-{pid:05d}",
                rng.randint(1, n_clients),
                f"Job {pid}",
                f"{pid} Site Ave",
                contract,
                str(tax),
                str(retain),
                "pre_tax",
                "milestone",
                "installment",
                "pro_rata",
                0,
                "active" if start > TODAY - timedelta(days=400) else "completed",
                _uid(rng),
                now,
                now,
            )
        )
        amounts = allocate_schedule(contract, [Share.of_percent(x) for x in SCHEDULE] + [Share.remainder()])
        age = (TODAY - start).days
        for k, cents in enumerate(amounts):
            mid += 1
            planned = start + timedelta(days=30 * k)
            done = planned <= TODAY - timedelta(days=5)
            status = (
                "invoiced"
                if done
                else ("in_progress" if planned <= TODAY + timedelta(days=30) else "planned")
            )
            milestones.append(
                [
                    mid,
                    pid,
                    k,
                    f"Phase {k + 1}",
                    "percent" if k < 9 else "remainder",
                    str(SCHEDULE[k]) if k < 9 else None,
                    None,
                    cents,
                    k == 0,
                    planned.isoformat(),
                    status,
                    planned.isoformat() if done else None,
                    "",
                    _uid(rng),
                    now,
                    now,
                ]
            )
            if done:
                m = milestone_invoice(cents, tax, retain, is_deposit=k == 0)
                invoices.append([pid, mid, planned, m, age])
    # Numbers per year in issue order: gapless like the real service gives.
    invoices.sort(key=lambda row: (row[2], row[1]))
    per_year: dict[int, int] = defaultdict(int)
    inv_rows, pay_rows, app_rows, rct_rows = [], [], [], []
    milestone_status: dict[int, str] = {}
    iid = pay_id = 0
    receipts_due: list[tuple[date, int, int, int, int]] = []
    client_of = {row[0]: row[2] for row in project_rows}
    for pid, m_id, issued, m, _age in invoices:
        iid += 1
        per_year[issued.year] += 1
        number = f"INV-{issued.year}-{per_year[issued.year]:04d}"
        due = issued + timedelta(days=30)
        paid = 0
        if issued < TODAY - timedelta(days=60) or rng.random() < 0.5:
            parts = (
                [m.amount_due]
                if rng.random() < 0.42
                else [m.amount_due // 2, m.amount_due - m.amount_due // 2]
            )
            for n, part in enumerate(parts):
                if part <= 0:
                    continue
                when = min(issued + timedelta(days=10 + 15 * n + rng.randint(0, 20)), TODAY)
                receipts_due.append((when, iid, client_of[pid], part, m_id))
                paid += part
        status = "paid" if paid >= m.amount_due else ("partially_paid" if paid else "issued")
        milestone_status[m_id] = "paid" if status == "paid" else "invoiced"
        inv_rows.append(
            (
                iid,
                pid,
                m_id,
                "milestone",
                "invoice",
                number,
                status,
                issued.isoformat(),
                due.isoformat(),
                "Phase",
                m.gross,
                m.tax,
                m.retainage,
                0,
                m.amount_due,
                _uid(rng),
                now,
                now,
            )
        )
        lines.append((iid, iid, 0, "work", "Phase", m.gross))
    receipts_due.sort()
    rct_year: dict[int, int] = defaultdict(int)
    for when, inv_id, client_id, part, _m in receipts_due:
        pay_id += 1
        rct_year[when.year] += 1
        pay_rows.append(
            (
                pay_id,
                client_id,
                when.isoformat(),
                part,
                rng.choice(["check", "ACH", "card"]),
                str(1000 + pay_id),
                1,
                when.isoformat(),
                _uid(rng),
                now,
                now,
            )
        )
        app_rows.append((pay_id, pay_id, inv_id, part))
        rct_rows.append(
            (
                pay_id,
                pay_id,
                f"RCT-{when.year}-{rct_year[when.year]:04d}",
                when.isoformat(),
                _uid(rng),
                now,
                now,
            )
        )
    for row in milestones:
        if row[0] in milestone_status:
            row[10] = milestone_status[row[0]]
    con.executemany(
        "INSERT INTO projects (id, code, client_id, name, site_address, contract_cents, tax_percent,"
        " retainage_percent, retainage_basis, billing_mode, deposit_policy, deposit_applied,"
        " deposit_cents, status, uuid, created_at, updated_at) VALUES"
        " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        project_rows,
    )
    con.executemany(
        "INSERT INTO milestones (id, project_id, position, name, share_kind, share_percent,"
        " share_cents, amount_cents, is_deposit, planned_date, status, completed_date, note, uuid,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        milestones,
    )
    con.executemany(
        "INSERT INTO invoices (id, project_id, milestone_id, kind, series, number, status,"
        " issue_date, due_date, description, gross_cents, tax_cents, retainage_cents,"
        " deposit_applied_cents, amount_due_cents, uuid, created_at, updated_at) VALUES"
        " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        inv_rows,
    )
    con.executemany(
        "INSERT INTO invoice_lines (id, invoice_id, position, kind, description, amount_cents)"
        " VALUES (?,?,?,?,?,?)",
        lines,
    )
    con.executemany(
        "INSERT INTO payments (id, client_id, date, amount_cents, method, reference, cleared,"
        " cleared_date, uuid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        pay_rows,
    )
    con.executemany(
        "INSERT INTO payment_applications (id, payment_id, invoice_id, amount_cents) VALUES (?,?,?,?)",
        app_rows,
    )
    con.executemany(
        "INSERT INTO receipts (id, payment_id, number, issue_date, uuid, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?)",
        rct_rows,
    )
    register = [("invoice", int(n[4:8]), int(n[9:]), n, now) for n in (row[5] for row in inv_rows)]
    register += [("receipt", int(n[4:8]), int(n[9:]), n, now) for n in (row[2] for row in rct_rows)]
    con.executemany(
        "INSERT INTO document_numbers (series, period, seq, number, taken_at) VALUES (?,?,?,?,?)", register
    )
    counters = [("invoice", y, n + 1) for y, n in per_year.items()]
    counters += [("receipt", y, n + 1) for y, n in rct_year.items()]
    con.executemany("INSERT INTO number_counters (series, period, next_value) VALUES (?,?,?)", counters)
    _audit_history(
        con,
        [("invoice", row[15], "issue", row[5]) for row in inv_rows]
        + [("payment", row[8], "record", str(row[5])) for row in pay_rows],
    )
    con.commit()
    con.close()
    if frozen:
        _freeze_all(path)
    return {
        "projects": len(project_rows),
        "milestones": len(milestones),
        "invoices": len(inv_rows),
        "payments": len(pay_rows),
    }


def _audit_history(con: sqlite3.Connection, events: list[tuple[str, str, str, str]]) -> None:
    """The issue event of every bulk document, chained onto the trail like services.core.audit writes it,
    and the chain's head moved (check finds a record with no event, or a cut trail)."""
    from milestone_desk.services.core.audit import HEAD_KEY, event_hash

    row = con.execute("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else ""
    at = datetime(2026, 11, 26, 12, 0, 0)
    stored_at = at.isoformat(sep=" ") + ".000000"
    rows = []
    for entity, uuid_text, action, what in events:
        after = json.dumps({"number": what}, sort_keys=True)
        digest = event_hash(prev, at.isoformat(), entity, uuid_text, action, "", after)
        rows.append((stored_at, entity, uuid_text, action, "", after, prev, digest))
        prev = digest
    con.executemany(
        "INSERT INTO audit_events (at, entity, entity_uuid, action, before, after, prev_hash, hash)"
        " VALUES (?,?,?,?,?,?,?,?)",
        rows,
    )
    count = con.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    con.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (HEAD_KEY, f"{count}:{prev}"))
    # The head moved outside the app, so seal it as services.core.audit does (the key stays outside the file).
    from milestone_desk.services.core.audit_seal import SEAL_KEY, seal_value, secret_for

    company = con.execute("SELECT uuid FROM company ORDER BY id LIMIT 1").fetchone()
    if company is not None:
        key = secret_for(company[0], create=True)
        if key is not None:
            con.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (SEAL_KEY, seal_value(key, f"{count}:{prev}")),
            )


#: The size of a real firm's frozen document (logo, terms, two embedded font subsets).
FROZEN_BYTES = 45_000


def _padded(pdf: bytes) -> bytes:
    """A rendered PDF grown to FROZEN_BYTES with a comment block after %%EOF (readers skip it)."""
    pad = max(0, FROZEN_BYTES - len(pdf) - 64)
    return pdf + b"\n%" + b"x" * pad + b"\n"


def _freeze_all(path: Path) -> None:
    """Store a frozen PDF on every issued invoice and receipt, as the app does at issue.

    The bytes are one real rendered invoice and one real receipt of this firm, padded to ~45 KB,
    each with the document's number appended (its own bytes, so its own SHA-256, which is stored
    next to it and which `check` can verify). ~49,000 documents make a ~2.2 GB file, the size of a
    real ten-year firm.
    """
    import hashlib

    from sqlalchemy import select

    from milestone_desk.documents import render_invoice, render_receipt
    from milestone_desk.persistence.models import Invoice, Receipt
    from milestone_desk.services.billing import documents

    with Books.open(path, readonly=True) as books, books.read() as s:
        inv = s.scalars(select(Invoice).where(Invoice.number.is_not(None)).limit(1)).one()
        rec = s.scalars(select(Receipt).limit(1)).one()
        templates = {
            "invoices": _padded(render_invoice(documents.invoice_document(s, inv))),
            "receipts": _padded(render_receipt(documents.receipt_document(s, rec))),
        }
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    for table, template in templates.items():
        ids = con.execute(f"SELECT id, number FROM {table} WHERE number IS NOT NULL").fetchall()
        batch: list[tuple[bytes, str, int]] = []
        for row_id, number in ids:
            data = template + f"%{number}\n".encode()
            batch.append((data, hashlib.sha256(data).hexdigest(), row_id))
            if len(batch) == 2000:
                con.executemany(f"UPDATE {table} SET pdf = ?, pdf_sha256 = ? WHERE id = ?", batch)
                batch.clear()
        con.executemany(f"UPDATE {table} SET pdf = ?, pdf_sha256 = ? WHERE id = ?", batch)
        con.commit()
    con.close()
