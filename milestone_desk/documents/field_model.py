"""What the site documents show: a completion certificate and the job-site packet (plain data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from milestone_desk.documents.model import CompanyInfo


@dataclass(frozen=True)
class CertificateDocument:
    company: CompanyInfo
    project_code: str
    project_name: str
    client_name: str
    milestone_name: str
    completed_on: date
    signed_by: str
    site_address: str
    note: str
    device: str
    signature_png: bytes | None
    photos: list[bytes] = field(default_factory=list)


@dataclass(frozen=True)
class PacketDocument:
    company: CompanyInfo
    currency: str
    project_code: str
    project_name: str
    client_name: str
    site_address: str
    as_of: date
    #: (milestone, planned date or "", status, amount in minor units)
    schedule: list[tuple[str, str, str, int]]
    #: (number, issued, due, amount due, still open)
    open_invoices: list[tuple[str, str, str, int, int]]
    #: (milestone, date, signed by)
    certificates: list[tuple[str, str, str]]
    #: (number, description, amount, status)
    change_orders: list[tuple[str, str, int, str]]
    #: (kind, invoice, through date, amount)
    waivers: list[tuple[str, str, str, int]]
