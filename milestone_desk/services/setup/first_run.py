"""First start: create a new company file from the welcome screen, or write the sample company.

The company profile goes through ``company.put_company`` like every other edit; what the profile
has no column for (default tax rate for new projects, the company's locale) is kept in the
``settings`` table under the keys in ``SETTING_KEYS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.domain.money import parse_percent
from milestone_desk.persistence.models import Setting
from milestone_desk.services.core import audit, numbering
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import CompanyProfile
from milestone_desk.services.firm.company import put_company
from milestone_desk.services.setup.demo import write_demo

DEFAULT_TAX_KEY = "default_tax_percent"
LOCALE_KEY = "company_locale"
SETTING_KEYS = (DEFAULT_TAX_KEY, LOCALE_KEY)
#: A logo larger than this is refused (the UI scales logos down before handing them over).
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class CompanySetup:
    """What the "Set up my company" form collects."""

    profile: CompanyProfile
    default_tax_percent: str = "0"
    locale: str = "en_US"
    logo_png: bytes | None = None


def preview_number(fmt: str, on: date | None = None) -> str:
    """The first number a format gives (``INV-2026-0001``); BadInput with a sentence if it is not valid."""
    numbering.validate_format(fmt)
    return numbering.render(fmt, (on or date.today()).year, 1)


def _check(setup: CompanySetup) -> str:
    tax = parse_percent(setup.default_tax_percent or "0", "default tax rate")
    if setup.logo_png is not None:
        if not setup.logo_png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise BadInput("The logo must be given as a PNG image.")
        if len(setup.logo_png) > MAX_LOGO_BYTES:
            raise BadInput("The logo is larger than 2 MB; choose a smaller picture.")
    locale = setup.locale.strip()
    if not locale or len(locale) > 20 or not locale.replace("_", "").replace("-", "").isalnum():
        raise BadInput(f"The locale {setup.locale!r} is not like en_US.")
    return format(tax.normalize(), "f")


def create_company_file(path: Path, setup: CompanySetup) -> Path:
    """Create a new company file at ``path`` holding the profile; nothing is left behind on failure."""
    path = Path(path).expanduser()
    if path.exists():
        raise BadInput(f"{path} already exists; open it instead of setting up a new company there.")
    tax = _check(setup)
    preview_number(setup.profile.invoice_format)
    path.parent.mkdir(parents=True, exist_ok=True)
    books = Books.open(path, create=True)
    try:
        with books.write() as s:
            company = put_company(s, setup.profile)
            if setup.logo_png is not None:
                company.logo_png = setup.logo_png
            for key, value in ((DEFAULT_TAX_KEY, tax), (LOCALE_KEY, setup.locale.strip())):
                s.merge(Setting(key=key, value=value))
            audit.record(s, "settings", company.uuid, "create", None, {DEFAULT_TAX_KEY: tax})
    except (BadInput, BooksError):
        books.close()
        _remove(path)
        raise
    books.close()
    return path


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_sample_company(path: Path) -> Path:
    """The sample company at ``path``: written on first use, reused afterwards."""
    path = Path(path).expanduser()
    if not (path.exists() and path.stat().st_size > 0):
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_demo(path)
        except BaseException:
            _remove(path)
            raise
    return path


def company_settings(books: Books) -> dict[str, str]:
    """The first-run settings stored in the file (missing keys are left out)."""
    with books.read() as s:
        rows = s.query(Setting).filter(Setting.key.in_(SETTING_KEYS)).all()
        return {row.key: row.value for row in rows}
