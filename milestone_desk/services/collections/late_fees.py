"""Optional late fees: flat or a percent of the overdue balance, at most once per period per invoice.

Off by default. A fee is a numbered invoice of kind ``late_fee`` (the company's invoice series and
format), due on the day it is charged, on the overdue invoice's project. Periods count from the due
date after a grace: period 1 covers days grace+1 … grace+period_days past due, and so on. Only the
current period is ever charged, never missed earlier ones, and fees never earn fees.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from milestone_desk.domain.errors import BadInput
from milestone_desk.domain.money import apply_rate, format_money, parse_decimal
from milestone_desk.persistence.models import Invoice, InvoiceLine
from milestone_desk.persistence.models_collections import LateFeeCharge
from milestone_desk.services.billing import documents
from milestone_desk.services.collections.queries import receivables
from milestone_desk.services.core import audit, numbering, settings_store
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup

PREFIX = "late_fee."
MODES = ("off", "flat", "percent")


@dataclass(frozen=True)
class LateFeeSettings:
    mode: str = "off"
    flat_cents: int = 0
    percent: Decimal = Decimal(0)
    period_days: int = 30
    grace_days: int = 0


@dataclass(frozen=True)
class LateFeeDTO:
    invoice_id: int
    invoice_number: str
    client_code: str
    project_code: str
    days_overdue: int
    period: int
    outstanding_cents: int
    fee_cents: int


def get_settings(books: Books) -> LateFeeSettings:
    with books.read() as s:
        raw = settings_store.get_many(s, PREFIX)
    return LateFeeSettings(
        mode=raw.get(PREFIX + "mode", "off"),
        flat_cents=int(raw.get(PREFIX + "flat_cents", "0")),
        percent=Decimal(raw.get(PREFIX + "percent", "0")),
        period_days=int(raw.get(PREFIX + "period_days", "30")),
        grace_days=int(raw.get(PREFIX + "grace_days", "0")),
    )


def check_settings(cfg: LateFeeSettings) -> Decimal:
    """Refuse settings that make no sense, with a sentence; returns the exact percent."""
    if cfg.mode not in MODES:
        raise BadInput(f"The late fee mode {cfg.mode!r} is not one of {', '.join(MODES)}.")
    if cfg.flat_cents < 0:
        raise BadInput("A flat late fee cannot be negative.")
    percent = parse_decimal(str(cfg.percent), "late fee percent")
    if not 0 <= percent <= 25:
        raise BadInput("A late fee percent must be between 0 and 25 %.")
    if not 1 <= cfg.period_days <= 366:
        raise BadInput("The late fee period must be between 1 and 366 days.")
    if not 0 <= cfg.grace_days <= 366:
        raise BadInput("The grace period must be between 0 and 366 days.")
    if cfg.mode == "flat" and cfg.flat_cents == 0:
        raise BadInput("Set the flat late fee amount, or turn late fees off.")
    if cfg.mode == "percent" and percent == 0:
        raise BadInput("Set the late fee percent, or turn late fees off.")
    return percent


def save_settings(books: Books, cfg: LateFeeSettings) -> LateFeeSettings:
    percent = check_settings(cfg)
    before = get_settings(books)
    with books.write() as s:
        audit.record(
            s,
            "setting",
            "late-fee-settings",
            "update",
            {k: str(v) for k, v in before.__dict__.items()},
            {k: str(v) for k, v in replace(cfg, percent=percent).__dict__.items()},
        )
        for key, value in (
            ("mode", cfg.mode),
            ("flat_cents", str(cfg.flat_cents)),
            ("percent", str(percent)),
            ("period_days", str(cfg.period_days)),
            ("grace_days", str(cfg.grace_days)),
        ):
            settings_store.put(s, PREFIX + key, value)
    return get_settings(books)


def period_of(days_overdue: int, cfg: LateFeeSettings) -> int:
    """The fee period an invoice is in (0 while within the grace or not yet due)."""
    late = days_overdue - cfg.grace_days
    return 0 if late <= 0 else (late - 1) // cfg.period_days + 1


def fee_for(outstanding: int, cfg: LateFeeSettings) -> int:
    if cfg.mode == "flat":
        return cfg.flat_cents
    if cfg.mode == "percent":
        return apply_rate(outstanding, cfg.percent)
    return 0


def due_late_fees(books: Books, today: date) -> list[LateFeeDTO]:
    """Fees that charging today would issue (nothing when late fees are off)."""
    cfg = get_settings(books)
    if cfg.mode == "off":
        return []
    with books.read() as s:
        charged = {
            (int(a), int(b)) for a, b in s.execute(select(LateFeeCharge.invoice_id, LateFeeCharge.period))
        }
        out: list[LateFeeDTO] = []
        for inv in receivables.invoices_as_of(s, today, open_only=True):
            if inv.kind == "late_fee" or inv.outstanding <= 0:
                continue
            days = inv.days_past_due(today)
            period = period_of(days, cfg)
            fee = fee_for(inv.outstanding, cfg)
            if period == 0 or fee <= 0 or (inv.id, period) in charged:
                continue
            out.append(
                LateFeeDTO(
                    inv.id, inv.number, inv.client_code, inv.project_code, days, period, inv.outstanding, fee
                )
            )
    return out


def charge_late_fees(books: Books, today: date) -> list[str]:
    """Issue the due late fees as numbered invoices in one transaction; returns their numbers."""
    fees = due_late_fees(books, today)
    numbers: list[str] = []
    if not fees:
        return numbers
    with books.write() as s:
        company = lookup.company(s)
        done = {
            (int(a), int(b)) for a, b in s.execute(select(LateFeeCharge.invoice_id, LateFeeCharge.period))
        }
        for fee in fees:
            if (fee.invoice_id, fee.period) in done:  # another writer got there first
                continue
            source = s.get(Invoice, fee.invoice_id)
            assert source is not None
            number = numbering.take_number(s, "invoice", company.invoice_format, today)
            owed = format_money(fee.outstanding_cents, company.currency)
            text = f"Late fee on invoice {fee.invoice_number} ({fee.days_overdue} days overdue on {owed})"
            invoice = Invoice(
                project_id=source.project_id,
                kind="late_fee",
                series="invoice",
                number=number,
                status="issued",
                issue_date=today,
                due_date=today,
                description=text,
                gross_cents=fee.fee_cents,
                amount_due_cents=fee.fee_cents,
            )
            invoice.lines.append(
                InvoiceLine(position=0, kind="late_fee", description=text, amount_cents=fee.fee_cents)
            )
            s.add(invoice)
            s.flush()
            s.add(
                LateFeeCharge(
                    invoice_id=fee.invoice_id, period=fee.period, fee_invoice_id=invoice.id, charged_on=today
                )
            )
            s.flush()
            documents.freeze_invoice(s, invoice)  # issued with its PDF, in the same transaction
            audit.record(
                s,
                "invoice",
                invoice.uuid,
                "late_fee",
                None,
                {
                    "number": number,
                    "on": fee.invoice_number,
                    "period": fee.period,
                    "amount_due": fee.fee_cents,
                },
            )
            numbers.append(number)
    return numbers
