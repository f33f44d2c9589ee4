"""The office server (issue 14): the same books, rules and commands on PostgreSQL as on a file.

Service-level tests run on both engines through ``books_any``/``where_any`` (conftest.py); the
server is a throwaway cluster on a unix socket (tests/pg_support.py).
"""

from __future__ import annotations

import json
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest

from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.domain.schedule import Share, ShareKind
from milestone_desk.persistence import engines, postgres_guards, sqlite_guards
from milestone_desk.services.billing import credits, invoicing, payments, voiding
from milestone_desk.services.collections.queries import ledger
from milestone_desk.services.construction import change_orders
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import MilestoneSpec
from milestone_desk.services.core.queries import changes
from milestone_desk.services.firm import milestones, projects
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records import office
from milestone_desk.services.records.queries.check import check_books
from milestone_desk.services.setup.demo import write_demo
from tests.conftest import KITCHEN
from tests.paths import REPO
from tests.pg_support import add_role, dbname
from tests.services.billing import test_numbering as numbering_tests
from tests.services.billing import test_void_credit as void_tests
from tests.trust_helpers import DAY, issue, write_json

# ------------------------------------------------------------- the existing service tests, both engines
PORTED = [
    void_tests.test_void_keeps_number_frees_milestone_and_reissue_takes_next_number,
    void_tests.test_void_refused_when_paid_names_credit_note_or_refund,
    void_tests.test_partial_credit_lowers_balance_and_outstanding,
    void_tests.test_full_credit_marks_invoice_and_milestone_paid,
    void_tests.test_refund_leaves_balance_and_needs_money_paid,
    void_tests.test_credit_above_balance_and_bad_amounts_refused,
    void_tests.test_history_of_an_invoice_lists_issue_payment_credit,
    numbering_tests.test_series_have_their_own_counters_and_formats,
    numbering_tests.test_format_clash_between_series_is_refused_and_writes_nothing,
    numbering_tests.test_a_rolled_back_issue_leaves_no_gap,
    numbering_tests.test_nothing_is_numbered_before_issue,
]


@pytest.mark.parametrize("case", PORTED, ids=[f.__name__.removeprefix("test_") for f in PORTED])
def test_service_rules_hold_on_both_engines(case: Any, books_any: Books) -> None:
    case(books_any)


def test_issue_pay_void_credit_change_order_and_round_trip(books_any: Books, tmp_path: Path) -> None:
    a = issue(books_any, "Deposit")
    assert payments.record_payment(books_any, a, 4850_00, DAY).receipt_number == "RCT-2026-0001"
    b = issue(books_any, "Demolition")
    credits.issue_credit_note(books_any, b, 911_25, "Debris haul not needed", DAY)
    c = issue(books_any, "Rough-in")
    voiding.void_invoice(books_any, c, "Wrong amount")
    number = change_orders.add_change_order(
        books_any, "P-001", 2500_00, "Extra outlets", DAY, approve_it=True
    )
    assert number == 1
    first = exchange.export_text(books_any)
    with Books.open(tmp_path / "copy.mdesk") as copy:
        exchange.import_data(copy, json.loads(first))
        assert exchange.export_text(copy) == first
        assert ledger.ledger(copy) == ledger.ledger(books_any)
    assert check_books(books_any) == []


def test_audit_trail_names_who_and_which_machine(books_any: Books) -> None:
    issue(books_any, "Deposit")
    from milestone_desk.persistence.models import AuditEvent

    with books_any.read() as s:
        events = s.query(AuditEvent).all()
        expected = engines.who(s.connection())
    assert events and {e.actor for e in events} == {expected} and expected
    assert {e.machine for e in events} == {engines.machine()}


def test_a_stale_draft_edit_is_refused_with_who_and_when(
    where_any: str, kitchen_data: dict[str, Any]
) -> None:
    with Books.open(where_any) as one:
        exchange.import_data(one, kitchen_data)
        co = change_orders.add_change_order(one, "P-001", 1000_00, "Skylight", DAY)
        co_seen = change_orders.change_order_log(one, "P-001").entries[0].version
        with Books.open(where_any) as other:
            reject_first = change_orders.change_order_log(other, "P-001").entries[0].version
            change_orders.reject_change_order(other, "P-001", co, seen=reject_first)
        with pytest.raises(BadInput, match=r"Change order 1 of P-001 was changed by .+ at .+ — reload"):
            change_orders.approve_change_order(one, "P-001", co, seen=co_seen)
        assert change_orders.change_order_log(one, "P-001").entries[0].status == "rejected"


def test_a_stale_schedule_edit_is_refused(tmp_path: Path, kitchen_data: dict[str, Any]) -> None:
    kitchen_data["projects"][0]["milestones"] = [
        {"name": "Start", "percent": "50"},
        {"name": "Finish", "remainder": True},
    ]
    path = tmp_path / "c.mdesk"
    with Books.open(path) as one:
        exchange.import_data(one, kitchen_data)
        loaded = projects.project_detail(one, "P-001")
        specs = [
            MilestoneSpec("Start", Share.of_percent(Decimal("40"))),
            MilestoneSpec("Finish", Share(ShareKind.REMAINDER)),
        ]
        projects.edit_schedule(one, "P-001", specs, seen=loaded.version)  # nobody else saved: fine
        with pytest.raises(BadInput, match=r"The schedule of P-001 was changed by .+ — reload"):
            projects.edit_schedule(one, "P-001", specs, seen=loaded.version)
        fresh = projects.project_detail(one, "P-001")
        projects.edit_schedule(one, "P-001", specs, seen=fresh.version)


def test_the_change_counter_moves_with_every_saved_change(books_any: Books) -> None:
    before = changes.mark(books_any)
    issue(books_any, "Deposit")
    after = changes.mark(books_any)
    assert after.counter >= before.counter + 2  # complete + issue
    assert after.by and after.at is not None
    with pytest.raises(BadInput):
        milestones.complete_milestone(books_any, "P-001", "No such milestone", DAY)
    assert changes.mark(books_any) == after  # a refused change counts nothing


# ------------------------------------------------------------- the server only
def test_addresses_never_show_a_password() -> None:
    where = engines.locate("postgresql://ann:s3cret@office:5433/books")
    assert where.on_server and "s3cret" not in where.shown
    assert where.shown == "postgresql://ann@office:5433/books"
    assert where.name == "books on office"
    sock = engines.locate("postgresql://ann@/books?host=/var/run/postgresql")
    assert sock.shown == "postgresql://ann@/books?host=/var/run/postgresql"
    with pytest.raises(BadInput, match="names no database"):
        engines.locate("postgresql://ann@office/")
    with pytest.raises(BadInput, match="not understood") as info:
        engines.locate("postgresql://ann:pw@office/books?evil=1")
    assert "pw" not in str(info.value)
    assert office.server_address(host="office", port=5432, database="books", user="ann") == (
        "postgresql://ann@office/books"
    )
    fields = office.address_fields("postgresql://ann@/books?host=/run/pg")
    assert (fields.host, fields.database, fields.user) == ("/run/pg", "books", "ann")


def test_an_unreachable_server_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(BooksError, match="cannot be reached"):
        Books.open(f"postgresql://nobody@/books?host={tmp_path}", create=False)


def test_raw_sql_cannot_change_issued_records(pg_server: Any) -> None:
    url = pg_server.new_database()
    with Books.open(url) as books:
        exchange.import_data(books, json.loads(json.dumps(KITCHEN)))
        number = issue(books, "Deposit")
        payments.record_payment(books, number, 100_00, DAY)
    refused = [
        "UPDATE invoices SET amount_due_cents = 1 WHERE number IS NOT NULL",
        "UPDATE invoices SET status = 'draft' WHERE number IS NOT NULL",
        "DELETE FROM invoices WHERE number IS NOT NULL",
        "DELETE FROM invoice_lines",
        "UPDATE payments SET amount_cents = 1",
        "DELETE FROM payments",
        "DELETE FROM payment_applications",
        "UPDATE receipts SET number = 'X'",
        "UPDATE audit_events SET after = '{}'",
        "DELETE FROM audit_events",
        "TRUNCATE audit_events",
        "TRUNCATE payments CASCADE",
        "UPDATE settings SET value = '1:x' WHERE key = 'audit.head'",
        "UPDATE number_counters SET next_value = 1",
        "DELETE FROM document_numbers",
    ]
    with psycopg.connect(
        host=pg_server.socket_dir, user="postgres", dbname=dbname(url), autocommit=True
    ) as conn:
        for statement in refused:
            with pytest.raises(psycopg.Error, match="Milestone Desk: "):
                conn.execute(statement)
    with Books.open(url, readonly=True) as books:
        assert check_books(books) == []
        # the owner can drop a guard, as a file's owner can in sqlite3: check says so
    pg_server.sql(url, "ALTER TABLE payments DISABLE TRIGGER guard_payments_frozen")
    with Books.open(url, readonly=True) as books:
        problems = check_books(books)
    assert problems and "protection of issued records is missing" in problems[0]


def test_the_server_guards_are_the_file_guards(pg_server: Any) -> None:
    assert set(sqlite_guards.GUARDS) <= set(postgres_guards.expected())
    url = pg_server.new_database()
    Books.open(url).close()
    with Books.open(url, readonly=True) as books, books.read() as s:
        assert engines.missing_guards(s.connection()) == []


def test_move_the_sample_company_and_back(pg_server: Any, tmp_path: Path, cli: Any) -> None:
    sample = tmp_path / "sample.mdesk"
    write_demo(sample, date(2026, 11, 26))
    url = pg_server.new_database()
    res = cli("move", str(sample), url)
    assert res.code == 0, res.err
    assert "Copied" in res.out and "rows" in res.out
    file_json = cli("export", str(sample)).out
    server_json = cli("export", url).out
    assert file_json and file_json == server_json
    assert cli("check", url).code == 0
    again = cli("move", str(sample), url)
    assert again.code == 2 and "already holds books" in again.err
    out = tmp_path / "backups"
    out.mkdir()
    res = cli("backup", url, "-o", str(out))
    assert res.code == 0, res.err
    made = Path(res.out.strip())
    assert made.parent == out and made.suffix == ".mdesk"
    assert cli("export", str(made)).out == file_json
    assert cli("check", str(made)).code == 0
    # the copied server keeps working: numbers continue after the moved ones
    with Books.open(url) as books:
        before = invoicing.list_invoices(books)
        assert before


def test_import_sets_an_empty_server_database_up_and_commands_take_urls(
    pg_server: Any, tmp_path: Path, cli: Any, kitchen_data: dict[str, Any]
) -> None:
    url = pg_server.new_database()
    assert cli("export", url).code == 2  # empty: nothing to read yet
    data = write_json(tmp_path / "k.json", kitchen_data)
    res = cli("import", url, str(data))
    assert res.code == 0, res.err
    assert cli("complete", url, "P-001", "Deposit", "--date", "2026-03-02").code == 0
    res = cli("issue", url, "P-001", "Deposit", "--date", "2026-03-02")
    assert res.code == 0 and res.out.strip() == "INV-2026-0001"
    res = cli("pay", url, "INV-2026-0001", "4850.00", "--date", "2026-03-02")
    assert res.code == 0 and res.out.strip() == "RCT-2026-0001"
    res = cli("check", url)
    assert res.code == 0 and "sound" in res.out
    res = cli("ledger", url, "--json")
    assert json.loads(res.out)[0]["paid"] == "4850.00"


def test_a_read_only_role_can_look_and_print_but_not_write(
    pg_server: Any, kitchen_data: dict[str, Any]
) -> None:
    url = pg_server.new_database()
    with Books.open(url) as books:
        exchange.import_data(books, kitchen_data)
        number = issue(books, "Deposit")
    reader = add_role(pg_server, url, "auditor", write=False)
    with Books.open(reader) as books:
        assert books.readonly and books.shared
        assert ledger.ledger(books)[0]["billed"] == "4850.00"
        from milestone_desk.services.billing import documents

        assert documents.invoice_pdf(books, number).startswith(b"%PDF")
        with pytest.raises(BooksError, match="may only read"):
            payments.record_payment(books, number, 100_00, DAY)
    with psycopg.connect(host=pg_server.socket_dir, user="auditor", dbname=dbname(url)) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE clients SET name = 'x'")


def test_two_users_see_each_others_payment_within_five_seconds(
    pg_server: Any, kitchen_data: dict[str, Any], qtbot: Any
) -> None:
    url = pg_server.new_database()
    with Books.open(url) as books:
        exchange.import_data(books, kitchen_data)
        number = issue(books, "Deposit")
    ann = add_role(pg_server, url, "ann", write=True)
    bob = add_role(pg_server, url, "bob", write=True)
    from milestone_desk.ui.main_window import MainWindow

    with Books.open(ann) as ann_books:
        bob_books = Books.open(bob)
        window = MainWindow(bob_books)
        qtbot.addWidget(window)
        window.select_first_active_project()

        def status_in_window() -> str:
            window.controller.wait_loaded()
            rows = window.invoices_pane.model.records()
            return next((r.status for r in rows if r.number == number), "")

        qtbot.waitUntil(lambda: status_in_window() == "issued", timeout=5000)
        window.watcher.poll()  # the counter as it is now
        start = time.monotonic()
        payments.record_payment(ann_books, number, 4850_00, DAY)
        qtbot.waitUntil(lambda: status_in_window() == "paid", timeout=5000)
        seen_after = time.monotonic() - start
        window.close()
        bob_books.close()
    with Books.open(url, readonly=True) as books, books.read() as s:
        from milestone_desk.persistence.models import AuditEvent

        actors = [e.actor for e in s.query(AuditEvent).order_by(AuditEvent.id)]
    assert actors[-1] == "ann"
    assert seen_after < 5


# ------------------------------------------------------------- acceptance: many writers
@pytest.mark.slow
def test_eight_writers_fifty_issues_and_payments_each(
    where_any: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    import subprocess
    import sys
    from collections import Counter

    from tests.trust_helpers import many_milestones

    workers, per_worker = 8, 50
    total = workers * per_worker
    with Books.open(where_any) as books:
        exchange.import_data(books, many_milestones(total))
    go = tmp_path / "go"
    root = REPO
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.office_worker",
                where_any,
                str(go),
                str(w * per_worker),
                str(per_worker),
            ],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(workers)
    ]
    time.sleep(3)  # every writer has its books open
    start = time.monotonic()
    go.touch()
    outputs = [p.communicate(timeout=1200) for p in procs]
    elapsed = time.monotonic() - start
    failures = [err for p, (_out, err) in zip(procs, outputs) if p.returncode != 0]
    assert failures == []
    print(f"\n[office] writers finished in {elapsed:.1f} s")
    printed = [line.split() for out, _ in outputs for line in out.splitlines()]
    with Books.open(where_any, readonly=True) as books:
        with books.read() as s:
            from milestone_desk.persistence.models import Invoice, Receipt

            invoices = [str(n) for (n,) in s.query(Invoice.number)]
            receipts = [str(n) for (n,) in s.query(Receipt.number)]
        assert check_books(books) == []
    assert sorted(invoices) == [f"INV-2026-{n:04d}" for n in range(1, total + 1)]  # no duplicate, no gap
    assert sorted(receipts) == [f"RCT-2026-{n:04d}" for n in range(1, total + 1)]
    assert not [n for n, c in Counter(p[0] for p in printed).items() if c > 1]
    assert len(printed) == total
    engine = "server" if engines.is_server_address(where_any) else "file"
    print(
        f"\n[office] {engine}: {workers} processes x {per_worker} issues+payments: {total} invoices, "
        f"{len(receipts)} receipts in {elapsed:.1f} s; failures 0, duplicates 0, gaps 0"
    )


def test_demo_on_an_empty_server_and_restore_says_move(pg_server: Any, tmp_path: Path, cli: Any) -> None:
    url = pg_server.new_database()
    res = cli("demo", url)
    assert res.code == 0, res.err
    assert cli("check", url).code == 0
    again = cli("demo", url)
    assert again.code == 2 and "already holds books" in again.err
    res = cli("restore", str(tmp_path / "x.mdesk"), url)
    assert res.code == 2 and "milestone-desk move BACKUP URL" in res.err
