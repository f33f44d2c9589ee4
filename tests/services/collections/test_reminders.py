"""Reminders on the firm's schedule, safe templates, never twice per step; late fees once per period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from milestone_desk.domain.errors import BadInput
from milestone_desk.services.billing import invoicing
from milestone_desk.services.collections import late_fees, reminders, templates
from milestone_desk.services.collections.queries import aging
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import ClientSpec
from milestone_desk.services.firm import projects
from milestone_desk.services.records.queries.check import check_books
from tests.collections_helpers import amount_due, issue, pay

D0 = date(2026, 1, 10)
DUE = D0 + timedelta(days=30)


def test_template_rendering_is_safe() -> None:
    values = {"client": "{invoice} & <b>", "invoice": "INV-1", "amount": "10.00 USD"}
    assert (
        templates.render("Hi {client}, {invoice} {{literal}}", values)
        == "Hi {invoice} & <b>, INV-1 {literal}"
    )
    assert templates.render("a\r\nBcc: x@y {invoice}", values, single_line=True) == "a Bcc: x@y INV-1"
    for bad in ("{client.__class__}", "{amount:>99999}", "{0}", "{nope}", "lone { brace"):
        with pytest.raises(BadInput):
            templates.check_template(bad)
    templates.check_template(templates.DEFAULT_BODY)


def test_schedule_and_never_twice(books: Books) -> None:
    projects.update_client(books, "C-001", ClientSpec("C-001", "Maria Delgado", "maria@example.com"))
    number = issue(books, "P-001", "Deposit", D0)
    assert reminders.due_reminders(books, DUE - timedelta(days=8)) == []
    [early] = reminders.due_reminders(books, DUE - timedelta(days=7))
    assert (
        early.step_days == -7 and early.invoice_number == number and early.client_email == "maria@example.com"
    )
    assert "is due on 2026-02-09" in early.body and "4,850.00 USD" in early.subject
    assert reminders.mark_reminder_sent(books, early.invoice_id, early.step_days) is True
    assert reminders.mark_reminder_sent(books, early.invoice_id, early.step_days) is False
    assert reminders.due_reminders(books, DUE - timedelta(days=3)) == []

    [on_day] = reminders.due_reminders(books, DUE)
    assert on_day.step_days == 0
    reminders.mark_reminder_sent(books, on_day.invoice_id, 0)
    # The file was not opened for three weeks: only the latest step (14) is due, not 7 and 14.
    [late] = reminders.due_reminders(books, DUE + timedelta(days=21))
    assert late.step_days == 14 and late.days_overdue == 21
    assert "21 days overdue" in late.body and "Dear Maria Delgado" in late.body
    reminders.mark_reminder_sent(books, late.invoice_id, 14)
    assert reminders.due_reminders(books, DUE + timedelta(days=29)) == []
    assert reminders.due_reminders(books, DUE + timedelta(days=21)) == []  # step 7 stays skipped
    assert [r.step_days for r in reminders.due_reminders(books, DUE + timedelta(days=30))] == [30]

    pay(books, number, amount_due(books, number), DUE + timedelta(days=30))
    assert reminders.due_reminders(books, DUE + timedelta(days=60)) == []


def test_settings_roundtrip_and_validation(books: Books) -> None:
    cfg = reminders.get_settings(books)
    assert cfg.steps == (-7, 0, 7, 14, 30) and cfg.enabled
    saved = reminders.save_settings(
        books, replace(cfg, steps=(10, 3, 3), subject="Pay {invoice} now", body_overdue="{client}: {amount}")
    )
    assert saved.steps == (3, 10) and saved.subject == "Pay {invoice} now"
    with pytest.raises(BadInput):
        reminders.save_settings(books, replace(cfg, body_overdue="{password}"))
    assert reminders.get_settings(books).body_overdue == "{client}: {amount}"
    with pytest.raises(BadInput):
        reminders.parse_steps("7, soon")
    number = issue(books, "P-001", "Deposit", D0)
    [r] = reminders.due_reminders(books, DUE + timedelta(days=4))
    assert (r.step_days, r.subject, r.body) == (3, f"Pay {number} now", "Maria Delgado: 4,850.00 USD")
    reminders.save_settings(books, replace(saved, enabled=False))
    assert reminders.due_reminders(books, DUE + timedelta(days=4)) == []


def test_collection_list(books: Books) -> None:
    a = issue(books, "P-001", "Deposit", D0)
    b = issue(books, "P-001", "Demolition", D0 + timedelta(days=25))  # due D0 + 55
    c = issue(books, "P-001", "Rough-in", D0 + timedelta(days=60))  # due D0 + 90
    today = D0 + timedelta(days=45)
    items = reminders.collection_list(books, today, soon_days=14)
    assert [i.invoice_number for i in items] == [a, b]
    assert items[0].overdue and items[0].days_overdue == 15 and not items[1].overdue
    assert c not in [i.invoice_number for i in reminders.collection_list(books, today)]


def test_late_fees_off_by_default_then_once_per_period(books: Books) -> None:
    number = issue(books, "P-001", "Deposit", D0)
    assert late_fees.get_settings(books).mode == "off"
    assert late_fees.charge_late_fees(books, DUE + timedelta(days=40)) == []

    late_fees.save_settings(
        books, late_fees.LateFeeSettings(mode="percent", percent=Decimal("1.5"), grace_days=5)
    )
    assert late_fees.charge_late_fees(books, DUE + timedelta(days=5)) == []  # inside the grace
    [fee1] = late_fees.charge_late_fees(books, DUE + timedelta(days=6))
    assert late_fees.charge_late_fees(books, DUE + timedelta(days=20)) == []  # same period
    view = invoicing.invoice_view(books, fee1)
    assert view.kind == "late_fee" and view.amount_due_cents == 7_275  # 1.5 % of 4,850.00
    assert view.number == "INV-2026-0002" and view.due_date == DUE + timedelta(days=6)
    [fee2] = late_fees.charge_late_fees(books, DUE + timedelta(days=36))
    assert fee2 == "INV-2026-0003"
    # a late fee never earns a late fee, even when it is itself overdue
    assert [f.invoice_number for f in late_fees.due_late_fees(books, DUE + timedelta(days=80))] == [number]
    report = aging.aging(books, DUE + timedelta(days=36))
    assert report.total.total == 485_000 + 7_275 + 7_275
    assert check_books(books) == []  # includes the audit chain
    with books.read() as s:
        from sqlalchemy import select

        from milestone_desk.persistence.models import AuditEvent

        actions = list(
            s.scalars(select(AuditEvent.action).where(AuditEvent.entity_uuid == "late-fee-settings"))
        )
    assert actions == ["update"]

    with pytest.raises(BadInput):
        late_fees.save_settings(books, late_fees.LateFeeSettings(mode="percent", percent=Decimal(40)))
    with pytest.raises(BadInput):
        late_fees.save_settings(books, late_fees.LateFeeSettings(mode="weekly"))


def test_flat_fee_and_period_math() -> None:
    cfg = late_fees.LateFeeSettings(mode="flat", flat_cents=2_500, period_days=30, grace_days=0)
    assert [late_fees.period_of(d, cfg) for d in (-3, 0, 1, 30, 31, 60, 61)] == [0, 0, 1, 1, 2, 2, 3]
    assert late_fees.fee_for(1_000_000, cfg) == 2_500
