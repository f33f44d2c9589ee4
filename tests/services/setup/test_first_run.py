"""First-run services: a new company file from the welcome form, and the sample company."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from milestone_desk.domain.errors import BadInput
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import CompanyProfile
from milestone_desk.services.firm import projects
from milestone_desk.services.firm.company import get_company
from milestone_desk.services.setup.first_run import (
    CompanySetup,
    company_settings,
    create_company_file,
    open_sample_company,
    preview_number,
)

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def test_preview_of_the_next_number() -> None:
    assert preview_number("INV-{year}-{seq:04d}", date(2026, 3, 1)) == "INV-2026-0001"
    assert preview_number("{yy}/{seq:03d}", date(2027, 1, 1)) == "27/001"
    with pytest.raises(BadInput, match="must contain"):
        preview_number("INV-{year}")
    with pytest.raises(BadInput, match="not valid"):
        preview_number("INV-{seq:04q}")


def test_create_company_file_stores_profile_logo_and_settings(tmp_path: Path) -> None:
    path = tmp_path / "new" / "company.mdesk"
    profile = CompanyProfile(
        name="Nieves Reformas S.L.",
        address="Calle Mayor 1\nMadrid",
        currency="eur",
        payment_terms_days=15,
        invoice_format="F{yy}-{seq:05d}",
    )
    create_company_file(path, CompanySetup(profile, "10.50", "es_ES", PNG))
    with Books.open(path, create=False) as books:
        saved = get_company(books)
        assert (saved.name, saved.currency, saved.payment_terms_days) == ("Nieves Reformas S.L.", "EUR", 15)
        assert saved.invoice_format == "F{yy}-{seq:05d}"
        assert company_settings(books) == {"default_tax_percent": "10.5", "company_locale": "es_ES"}
        assert projects.list_projects(books) == []
        with books.read() as s:
            from milestone_desk.persistence.models import Company

            assert s.query(Company).one().logo_png == PNG


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (CompanySetup(CompanyProfile(name=""), "0"), "company name"),
        (CompanySetup(CompanyProfile(name="A", currency="EURO"), "0"), "three-letter"),
        (CompanySetup(CompanyProfile(name="A"), "120"), "more than 100"),
        (CompanySetup(CompanyProfile(name="A"), "ten"), "default tax rate"),
        (CompanySetup(CompanyProfile(name="A", invoice_format="INV"), "0"), "must contain"),
        (CompanySetup(CompanyProfile(name="A"), "0", "en_US", b"GIF89a"), "PNG"),
        (CompanySetup(CompanyProfile(name="A"), "0", "en US; drop"), "locale"),
    ],
)
def test_bad_setup_leaves_no_file(tmp_path: Path, setup: CompanySetup, message: str) -> None:
    path = tmp_path / "company.mdesk"
    with pytest.raises(BadInput, match=message):
        create_company_file(path, setup)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "company.mdesk"
    path.write_bytes(b"precious")
    with pytest.raises(BadInput, match="already exists"):
        create_company_file(path, CompanySetup(CompanyProfile(name="A")))
    assert path.read_bytes() == b"precious"


def test_sample_company_is_written_once_then_reused(tmp_path: Path) -> None:
    path = tmp_path / "sample-company.mdesk"
    assert open_sample_company(path) == path
    with Books.open(path, create=False) as books:
        count = len(projects.list_projects(books))
    assert count >= 6
    stamp = path.stat().st_mtime_ns
    assert open_sample_company(path) == path
    assert path.stat().st_mtime_ns == stamp
