"""The company as every document's header shows it (plain data for ``documents``)."""

from __future__ import annotations

from milestone_desk.domain.reports import CompanyInfo
from milestone_desk.persistence.models import Company


def company_info(c: Company) -> CompanyInfo:
    return CompanyInfo(c.name, c.address, c.tax_id, c.email, c.phone, c.page_size, c.logo_png)
