"""Job-site laptops: field copies, offline work, sync to the office (file and PostgreSQL offices)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from milestone_desk.persistence.models import Setting
from milestone_desk.persistence.models_field import FieldCommand, SyncApplied
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.queries.check import check_books
from tests.field_support import certificates, office_with_deposits, pictures, receipts_by_series


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    where = str(tmp_path / "office.mdesk")
    office_with_deposits(where)
    return where


@pytest.fixture
def office_pg(pg_server: Any) -> str:
    url = str(pg_server.new_database())
    office_with_deposits(url)
    return url


def _settings(path: Path) -> dict[str, str]:
    with Books.open(path, create=False, readonly=True) as b, b.read() as s:
        return {r.key: r.value for r in s.scalars(select(Setting)) if r.key.startswith("field.")}


def test_a_field_copy_carries_its_marker_refuses_numbers_and_logs_its_work(
    office_file: str, tmp_path: Path, cli: Any, qapp: Any
) -> None:
    lap = tmp_path / "lap.mdesk"
    r = cli("field-copy", office_file, str(lap), "--device", "truck1", "--projects", "P-001")
    assert r.code == 0, r.err
    marker = _settings(lap)
    assert marker["field.device"] == "TRUCK1"
    assert marker["field.office"] == office_file
    assert marker["field.projects"] == "P-001" and marker["field.synced_at"].endswith("UTC")
    assert "field.pulled_change" in marker

    assert cli("complete", str(lap), "P-001", "Demolition", "--date", "2026-03-02").code == 0
    r = cli("issue", str(lap), "P-001", "Demolition")
    assert r.code == 2
    assert r.err.strip() == (
        "Invoices are numbered at the office; this milestone will show as ready to invoice there after sync."
    )
    assert [cli("pay", str(lap), "INV-2026-0001", "100.00").out.strip() for _ in range(2)] == [
        "RCT-TRUCK1-2026-0001",
        "RCT-TRUCK1-2026-0002",
    ]
    sig, photos = pictures(tmp_path)
    r = cli(
        "complete",
        str(lap),
        "P-001",
        "Rough-in",
        "--date",
        "2026-04-02",
        "--signed-by",
        "Maria Delgado",
        "--signature",
        str(sig),
        "--photo",
        str(photos[0]),
        "--photo",
        str(photos[1]),
        "--note",
        "Tidy & done",
    )
    assert r.code == 0, r.err
    assert cli("draft", str(lap), "P-001", "--note", "Client wants a second outlet").code == 0
    assert cli("draft", str(lap), "P-001", "--change-order", "350.00", "--description", "Outlet").code == 0
    with Books.open(lap, create=False, readonly=True) as b, b.read() as s:
        kinds = [c.kind for c in s.scalars(select(FieldCommand).order_by(FieldCommand.id))]
        assert all(c.pushed_at is None and len(c.uuid) == 36 for c in s.scalars(select(FieldCommand)))
    assert kinds == ["complete", "pay", "pay", "complete", "draft", "draft"]
    # The office saw nothing yet.
    with Books.open(office_file, create=False, readonly=True) as office:
        assert receipts_by_series(office) == {}
        assert certificates(office) == []
    # A bad picture is one sentence and changes nothing.
    (tmp_path / "x.png").write_text("not a picture")
    r = cli(
        "complete", str(lap), "P-001", "Cabinets", "--signed-by", "M", "--signature", str(tmp_path / "x.png")
    )
    assert r.code == 2 and "not a PNG or JPEG" in r.err
    r = cli("complete", str(lap), "P-001", "Cabinets", "--photo", str(photos[0]))
    assert r.code == 2 and "--signed-by" in r.err


def test_sync_pushes_once_pulls_the_office_and_the_certificate_prints_there(
    office_file: str, tmp_path: Path, cli: Any, qapp: Any
) -> None:
    lap = tmp_path / "lap.mdesk"
    assert cli("field-copy", office_file, str(lap), "--device", "TRUCK1").code == 0
    sig, photos = pictures(tmp_path)
    cli(
        "complete",
        str(lap),
        "P-001",
        "Demolition",
        "--date",
        "2026-03-02",
        "--signed-by",
        "Maria <b>Delgado</b> & Co",
        "--signature",
        str(sig),
        "--photo",
        str(photos[0]),
        "--photo",
        str(photos[1]),
    )
    cli("pay", str(lap), "INV-2026-0001", "1000.00", "--reference", "1001")
    assert cli("pay", office_file, "INV-2026-0002", "10.00").code == 0  # office work meanwhile
    r = cli("sync", str(lap), "--json")
    assert r.code == 0, r.err
    out = json.loads(r.out)
    assert out["pushed"] == 2 and out["conflicts"] == [] and out["pulled"] >= 1
    again = json.loads(cli("sync", str(lap), "--json").out)
    assert again == {"pushed": 0, "pulled": 0, "conflicts": []}
    with Books.open(office_file, create=False) as office:
        assert check_books(office) == []
        assert receipts_by_series(office)["RCT-TRUCK1-2026"] == ["RCT-TRUCK1-2026-0001"]
        assert len(certificates(office)) == 1
    # Ready to invoice at the office; the laptop now shows the office's receipt too.
    assert cli("issue", office_file, "P-001", "Demolition").out.strip() == "INV-2026-0004"
    with Books.open(lap, create=False, readonly=True) as b:
        assert "RCT-2026-0001" in receipts_by_series(b)["RCT-2026"]
    assert cli("pay", str(lap), "INV-2026-0001", "5.00").out.strip() == "RCT-TRUCK1-2026-0002"
    out_pdf = tmp_path / "cert.pdf"
    assert cli("certificate", office_file, "P-001", "Demolition", "-o", str(out_pdf)).code == 0
    reader = PdfReader(out_pdf)
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    assert "Maria <b>Delgado</b> & Co" in text and "1 Harbor View Rd" in text and "TRUCK1" in text
    assert len(reader.pages[0].images) == 3  # two photos and the signature
    packet = tmp_path / "packet.pdf"
    assert cli("packet", office_file, "P-001", "-o", str(packet)).code == 0
    ptext = "".join(p.extract_text() for p in PdfReader(packet).pages)
    for expected in ("Schedule", "INV-2026-0001", "INV-2026-0004", "Completion certificates", "Maria"):
        assert expected in ptext


def test_an_unreachable_office_is_one_sentence_and_the_laptop_keeps_working(
    office_file: str, tmp_path: Path, cli: Any
) -> None:
    lap = tmp_path / "lap.mdesk"
    assert cli("field-copy", office_file, str(lap), "--device", "TRUCK1").code == 0
    cli("pay", str(lap), "INV-2026-0001", "10.00")
    gone = "postgresql://nobody@/nothing?host=/nonexistent-socket-dir"
    r = cli("sync", str(lap), "--office", gone)
    assert r.code == 2
    assert r.err.count("\n") == 1 and "cannot be reached" in r.err and "next sync" in r.err
    assert cli("pay", str(lap), "INV-2026-0001", "10.00").out.strip() == "RCT-TRUCK1-2026-0002"
    assert json.loads(cli("sync", str(lap), "--json").out)["pushed"] == 2


@pytest.mark.slow
def test_scripted_day_two_laptops_and_the_office_on_postgresql(
    office_pg: str, tmp_path: Path, cli: Any, qapp: Any
) -> None:
    sig, photos = pictures(tmp_path)
    laps = {"TRUCK1": ("P-001", "INV-2026-0001"), "TRUCK2": ("P-002", "INV-2026-0002")}
    for device in laps:
        assert cli("field-copy", office_pg, str(tmp_path / f"{device}.mdesk"), "--device", device).code == 0
    for device, (project, invoice) in laps.items():
        lap = str(tmp_path / f"{device}.mdesk")
        for day, name in enumerate(("Demolition", "Rough-in", "Cabinets"), start=2):
            r = cli(
                "complete",
                lap,
                project,
                name,
                "--date",
                f"2026-03-0{day}",
                "--signed-by",
                f"Client of {project}",
                "--signature",
                str(sig),
                "--photo",
                str(photos[day % 2]),
            )
            assert r.code == 0, r.err
        assert cli("pay", lap, invoice, "1000.00").code == 0
        assert cli("pay", lap, invoice, "500.00").code == 0
    # The office works meanwhile: issues an invoice and records payments.
    assert cli("complete", office_pg, "P-003", "Demolition", "--date", "2026-03-05").code == 0
    assert (
        cli("issue", office_pg, "P-003", "Demolition", "--date", "2026-03-05").out.strip() == "INV-2026-0004"
    )
    assert cli("pay", office_pg, "INV-2026-0003", "4850.00").code == 0
    assert cli("pay", office_pg, "INV-2026-0001", "1000.00").code == 0
    results = {d: json.loads(cli("sync", str(tmp_path / f"{d}.mdesk"), "--json").out) for d in laps}
    assert all(r["pushed"] == 5 and r["conflicts"] == [] for r in results.values()), results
    with Books.open(office_pg, create=False) as office:
        assert check_books(office) == []
        series = receipts_by_series(office)
        assert series["RCT-TRUCK1-2026"] == ["RCT-TRUCK1-2026-0001", "RCT-TRUCK1-2026-0002"]
        assert series["RCT-TRUCK2-2026"] == ["RCT-TRUCK2-2026-0001", "RCT-TRUCK2-2026-0002"]
        assert series["RCT-2026"] == ["RCT-2026-0001", "RCT-2026-0002"]
        certs = certificates(office)
        assert len(certs) == 6 and len({c[2] for c in certs}) == 6
        with office.read() as s:
            assert s.scalar(select(SyncApplied.command_uuid).limit(1)) is not None
    ledger = {row["project"]: row for row in json.loads(cli("ledger", office_pg, "--json").out)}
    assert ledger["P-001"]["paid"] == "2500.00" and ledger["P-002"]["paid"] == "1500.00"
    for device, (project, _) in laps.items():  # ready to invoice at the office, and the laptops pulled it all
        assert cli("issue", office_pg, project, "Demolition").code == 0
        assert json.loads(cli("sync", str(tmp_path / f"{device}.mdesk"), "--json").out)["pushed"] == 0
        with Books.open(tmp_path / f"{device}.mdesk", create=False) as lap:
            assert check_books(lap) == []
            assert len(certificates(lap)) == 6
