"""AR aging: buckets by days past due, as-of dates, credit apart, the CLI contract and CSV safety."""

from __future__ import annotations

import csv
import json
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milestone_desk.services.collections.queries import aging
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import ClientSpec
from milestone_desk.services.firm import projects
from milestone_desk.services.interchange import exchange
from milestone_desk.services.interchange.queries import csv_export
from tests.collections_helpers import KITCHEN_MILESTONES, amount_due, issue, pay

D0 = date(2026, 1, 10)


def test_bucket_edges() -> None:
    assert [aging.bucket_of(d) for d in (-5, 0, 1, 30, 31, 60, 61, 90, 91, 400)] == [
        "current",
        "current",
        "1_30",
        "1_30",
        "31_60",
        "31_60",
        "61_90",
        "61_90",
        "90_plus",
        "90_plus",
    ]


def test_aging_places_invoices_by_days_past_due_and_honours_as_of(books: Books) -> None:
    dep = issue(books, "P-001", "Deposit", D0)  # due D0 + 30
    demo = issue(books, "P-001", "Demolition", D0 + timedelta(days=40))  # due D0 + 70
    dep_due, demo_due = amount_due(books, dep), amount_due(books, demo)
    assert (dep_due, demo_due) == (485_000, 691_125)
    pay(books, dep, 100_000, D0 + timedelta(days=50))

    as_of = D0 + timedelta(days=75)  # deposit 45 days late, demolition 5 days late
    report = aging.aging(books, as_of)
    [row] = report.rows
    assert row.buckets == {"current": 0, "1_30": 691_125, "31_60": 385_000, "61_90": 0, "90_plus": 0}
    assert report.total.total == 691_125 + 385_000

    # Before the payment's date the payment does not count; before the second issue it does not exist.
    early = aging.aging(books, D0 + timedelta(days=35))
    assert early.total.buckets["1_30"] == 485_000
    assert early.total.total == 485_000
    assert aging.aging(books, D0 - timedelta(days=1)).rows == []


def test_overpayment_is_credit_shown_apart(books: Books) -> None:
    dep = issue(books, "P-001", "Deposit", D0)
    pay(books, dep, 500_000, D0 + timedelta(days=3))  # 15,000.00 too much
    report = aging.aging(books, D0 + timedelta(days=10))
    [row] = report.rows
    assert row.total == 0
    assert row.credit == 15_000
    data = aging.aging_json(report)
    assert data["clients"][0]["credit"] == "150.00"
    assert data["total"]["total"] == "0.00"


def test_cli_aging_json_contract(books: Books, db_path: Path, cli: Any) -> None:
    dep = issue(books, "P-001", "Deposit", D0)
    pay(books, dep, 85_000, D0 + timedelta(days=5))
    books.close()
    res = cli("aging", str(db_path), "--as-of", "2026-03-01", "--json")
    assert res.code == 0, res.err
    data = json.loads(res.out)
    assert set(data) == {"as_of", "clients", "total"}
    assert data["as_of"] == "2026-03-01"
    keys = {"current", "1_30", "31_60", "61_90", "90_plus", "total", "credit"}
    assert set(data["clients"][0]) == {"client", "name"} | keys
    assert set(data["total"]) == keys
    assert data["clients"][0]["client"] == "C-001"
    assert data["clients"][0]["name"] == "Maria Delgado"
    assert data["clients"][0]["1_30"] == "4000.00"  # due 2026-02-09, 20 days late
    assert data["total"]["total"] == "4000.00"

    text = cli("aging", str(db_path), "--as-of", "2026-03-01")
    assert text.code == 0 and "Maria Delgado" in text.out and "4,000.00" not in text.out
    assert "4000.00" in text.out


def test_cli_errors_are_sentences(db_path: Path, tmp_path: Path, cli: Any, books: Books) -> None:
    books.close()
    bad = cli("aging", str(db_path), "--as-of", "yesterday")
    assert bad.code == 2 and "Traceback" not in bad.err
    missing = cli("aging", str(tmp_path / "nope.mdesk"))
    assert missing.code == 2 and "no company file" in missing.err
    both = cli("aging", str(db_path), "--json", "--csv")
    assert both.code == 2
    unknown = cli("statement", str(db_path), "C-999", "-o", str(tmp_path / "s.pdf"))
    assert unknown.code != 0 and "C-999" in unknown.err
    assert not (tmp_path / "s.pdf").exists()


def test_csv_formula_injection_is_inert(books: Books, db_path: Path, tmp_path: Path, cli: Any) -> None:
    evil = '=HYPERLINK("http://x","y")'
    projects.update_client(books, "C-001", ClientSpec("C-001", evil, "m@example.com"))
    projects.create_client(books, ClientSpec("C-002", "@SUM(A1:A2)"))
    projects.create_client(books, ClientSpec("C-003", "+1-555\tx"))
    dep = issue(books, "P-001", "Deposit", D0)
    pay(books, dep, 100_000, D0 + timedelta(days=1))
    books.close()
    for kind in ("invoices", "payments", "aging"):
        out = tmp_path / f"{kind}.csv"
        res = cli(
            "csv", str(db_path), kind, "-o", str(out), *(["--as-of", "2026-02-01"] if kind == "aging" else [])
        )
        assert res.code == 0, res.err
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        cells = [c for r in rows for c in r]
        assert f"'{evil}" in cells, kind
        assert evil not in cells
        for cell in cells:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
            if cell.startswith("-"):
                float(cell)  # only plain negative numbers may start with a minus
    with (tmp_path / "aging.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["client_name"] == f"'{evil}"
    assert rows[0]["client"] == "C-001"
    assert rows[-1]["client"] == "TOTAL"


def test_neutralise() -> None:
    n = csv_export.neutralise
    assert [n(x) for x in ("=1+1", "+1", "-x", "@a", "\tx", "\rx", "-12.50", "abc", "", None)] == [
        "'=1+1",
        "'+1",
        "'-x",
        "'@a",
        "'\tx",
        "'\rx",
        "-12.50",
        "abc",
        "",
        "",
    ]


# ---- property: buckets sum to open receivables, for random histories -------------------------

HISTORY = st.lists(
    st.tuples(
        st.integers(0, 1),  # project (and so client)
        st.integers(0, 4),  # milestone
        st.integers(0, 200),  # issue offset
        st.lists(
            st.tuples(st.integers(0, 150), st.integers(1, 12_000_00)), max_size=3
        ),  # payments, from the issue day on (issue 13: a payment is never dated before its invoice)
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda t: (t[0], t[1]),
)


def _two_jobs(data: dict[str, Any]) -> dict[str, Any]:
    """The kitchen job plus the same job for a second client (a fresh copy: fixtures outlive examples)."""
    data = json.loads(json.dumps(data))
    data["clients"].append({"code": "C-002", "name": "Second Client"})
    twin = json.loads(json.dumps(data["projects"][0]))
    twin.update(code="P-002", client="C-002", name="Twin kitchen")
    data["projects"].append(twin)
    return data


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=HISTORY, probes=st.lists(st.integers(-10, 420), min_size=1, max_size=6))
def test_property_buckets_sum_to_open_receivables(
    tmp_path: Path, kitchen_data: dict[str, Any], history: list[Any], probes: list[int]
) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.mdesk"
    # (client, issued, due date, amount due, [(paid on, cents, applied)])
    invoices: list[tuple[str, date, date, int, list[tuple[date, int, int]]]] = []
    with Books.open(path) as b:
        exchange.import_data(b, _two_jobs(kitchen_data))
        for job, index, offset, pays in history:
            on = D0 + timedelta(days=offset)
            number = issue(b, f"P-00{job + 1}", KITCHEN_MILESTONES[index], on)
            due = amount_due(b, number)
            left = due
            recorded: list[tuple[date, int, int]] = []
            for after, cents in pays:
                if left == 0:  # a paid invoice takes no more payments (review finding 19)
                    break
                applied = pay(b, number, cents, on + timedelta(days=after))
                assert applied == min(cents, left)
                left -= applied
                recorded.append((on + timedelta(days=after), cents, applied))
            invoices.append((f"C-00{job + 1}", on, on + timedelta(days=30), due, recorded))
        for probe in probes:
            as_of = D0 + timedelta(days=probe)
            expected: dict[str, dict[str, int]] = {}
            credit: dict[str, int] = {}
            for client, issued, due_on, due, recorded in invoices:
                # applied money counts once the payment is dated and the invoice exists
                credit[client] = credit.get(client, 0) + sum(
                    c - (a if issued <= as_of else 0) for d, c, a in recorded if d <= as_of
                )
                if issued > as_of:
                    continue
                open_cents = due - sum(a for d, _c, a in recorded if d <= as_of)
                if open_cents:
                    row = expected.setdefault(client, dict.fromkeys(aging.BUCKETS, 0))
                    row[aging.bucket_of((as_of - due_on).days)] += open_cents
            report = aging.aging(b, as_of)
            expected_open = sum(sum(r.values()) for r in expected.values())
            assert report.total.total == expected_open
            assert sum(report.total.buckets.values()) == expected_open
            assert report.total.credit == sum(credit.values())
            for row in report.rows:
                assert row.buckets == expected.get(row.client_code, dict.fromkeys(aging.BUCKETS, 0))
                assert row.credit == credit.get(row.client_code, 0)
                assert sum(row.buckets.values()) == row.total
            assert {r.client_code for r in report.rows} == set(expected) | {c for c, v in credit.items() if v}
            assert sum(i.outstanding for i in report.items) == expected_open
            assert all(aging.bucket_of(i.days_past_due) == i.bucket for i in report.items)


def test_csv_contents(books: Books, db_path: Path, tmp_path: Path, cli: Any) -> None:
    dep = issue(books, "P-001", "Deposit", D0)
    demo = issue(books, "P-001", "Demolition", D0 + timedelta(days=3))
    pay(books, dep, 500_000, D0 + timedelta(days=4))  # 150.00 left as credit
    books.close()
    out = {}
    for kind in ("invoices", "payments"):
        path = tmp_path / f"{kind}.csv"
        res = cli("csv", str(db_path), kind, "-o", str(path))
        assert res.code == 0 and res.out.startswith(
            "Wrote 2 row(s)" if kind == "invoices" else "Wrote 1 row(s)"
        )
        with path.open(encoding="utf-8-sig", newline="") as fh:
            out[kind] = list(csv.DictReader(fh))
    first, second = out["invoices"]
    assert (first["number"], first["amount_due"], first["paid"], first["balance"]) == (
        dep,
        "4850.00",
        "4850.00",
        "0.00",
    )
    assert (second["number"], second["balance"], second["retainage_held"]) == (demo, "6911.25", "363.75")
    assert second["client_name"] == "Maria Delgado" and second["due_date"] == "2026-02-12"
    [p] = out["payments"]
    assert (p["amount"], p["applied_to"], p["unapplied"]) == ("5000.00", f"{dep}:4850.00", "150.00")
    assert p["receipt"].startswith("RCT-")
