"""The e-invoice half of `check`: every stored e-invoice against its SHA-256, its XML inside its PDF."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.persistence.models_einvoice import EInvoiceFile


def einvoice_problems(session: Session) -> list[str]:
    problems: list[str] = []
    for row in session.scalars(select(EInvoiceFile).order_by(EInvoiceFile.id)):
        if hashlib.sha256(row.data).hexdigest() != row.sha256:
            problems.append(f"The stored e-invoice {row.filename} ({row.format}) does not match its SHA-256.")
        elif row.data[:5] == b"%PDF-" and not _has_xml(row.data, row.xml):
            problems.append(f"The e-invoice PDF {row.filename} does not carry its stored XML.")
        elif row.data[:5] != b"%PDF-" and row.data != row.xml:
            problems.append(f"The stored e-invoice {row.filename} differs from its XML.")
    return problems


def _has_xml(pdf: bytes, xml: bytes) -> bool:
    import io

    from pypdf import PdfReader

    try:
        files = PdfReader(io.BytesIO(pdf)).attachments
    except Exception:
        return False
    return any(xml in data for data in files.values())
