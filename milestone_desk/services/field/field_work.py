"""Work done on site: milestone sign-off with a completion certificate, and drafts for the office.

Both work on the office books and on a field copy; on a field copy each is also written to the
command log (photos and signature included), so that ``sync`` can replay it at the office.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BadInput, NotFound
from milestone_desk.domain.text import clean_text
from milestone_desk.persistence.models import new_uuid
from milestone_desk.persistence.models_field import (
    CertificatePhoto,
    CompletionCertificate,
    FieldCommand,
    FieldDraft,
)
from milestone_desk.services.core import audit, field_marker
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.queries import lookup
from milestone_desk.services.firm import milestones

#: One image at most this big (a phone photo is 2–6 MB); a certificate holds at most this many photos.
MAX_IMAGE = 12 * 1024 * 1024
MAX_PHOTOS = 12
DRAFT_KINDS = ("change_order", "note")


def image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def check_image(data: bytes, what: str) -> bytes:
    if not data:
        raise BadInput(f"The {what} is empty.")
    if len(data) > MAX_IMAGE:
        raise BadInput(f"The {what} is larger than 12 MB; give a smaller picture.")
    if image_kind(data) is None:
        raise BadInput(f"The {what} is not a PNG or JPEG picture.")
    return data


@dataclass(frozen=True)
class CertificateView:
    uuid: str
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
    photos: list[bytes]


def _encode(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _decode(text: str | None) -> bytes | None:
    return None if text is None else base64.b64decode(text)


def store_certificate(s: Session, data: dict[str, Any]) -> CompletionCertificate:
    """Write a certificate (as carried in a command payload) inside the caller's transaction."""
    cert = CompletionCertificate(
        uuid=data["uuid"],
        project_code=data["project"],
        milestone_name=data["milestone"],
        milestone_uuid=data["milestone_uuid"],
        completed_on=date.fromisoformat(data["date"]),
        signed_by=data["signed_by"],
        site_address=data["site_address"],
        note=data.get("note", ""),
        device=data.get("device", ""),
        signature_png=_decode(data.get("signature")),
    )
    s.add(cert)
    s.flush()
    for i, photo in enumerate(data.get("photos", []), start=1):
        s.add(
            CertificatePhoto(certificate=cert, position=i, name=photo["name"], image=_decode(photo["image"]))
        )
    s.flush()
    audit.record(
        s,
        "certificate",
        cert.uuid,
        "record",
        None,
        {
            "project": cert.project_code,
            "milestone": cert.milestone_name,
            "date": cert.completed_on,
            "signed_by": cert.signed_by,
            "photos": len(data.get("photos", [])),
            "device": cert.device,
        },
    )
    return cert


def sign_off(
    books: Books,
    project_code: str,
    milestone_name: str,
    on: date,
    signed_by: str,
    *,
    signature: bytes | None = None,
    photos: list[tuple[str, bytes]] | None = None,
    note: str = "",
    confirmed: bool = False,
) -> str:
    """Complete a milestone on site with its certificate; returns the certificate's UUID."""
    who = clean_text(signed_by, "name of the person signing", limit=200)
    note = clean_text(note, "note", required=False, limit=2000)
    pictures = photos or []
    if len(pictures) > MAX_PHOTOS:
        raise BadInput(f"A certificate holds at most {MAX_PHOTOS} photos.")
    if signature is not None:
        check_image(signature, "signature")
    for name, img in pictures:
        check_image(img, f"photo {name}")
    with books.write() as s:
        project = lookup.project(s, project_code)
        m = lookup.milestone(s, project, milestone_name)
        device = field_marker.device_of(s)
        seen = milestones.seen_state(m)
        milestones.complete_in(s, m, on, note, confirmed=confirmed)
        data: dict[str, Any] = {
            "uuid": new_uuid(),
            "project": project.code,
            "milestone": m.name,
            "milestone_uuid": m.uuid,
            "date": on.isoformat(),
            "signed_by": who,
            "site_address": project.site_address,
            "note": note,
            "device": device or "",
            "signature": _encode(signature),
            "photos": [{"name": name[:200], "image": _encode(img)} for name, img in pictures],
        }
        store_certificate(s, data)
        if device is not None:
            milestones.add_completion_command(s, device, m, seen, on, note, data)
        return str(data["uuid"])


def add_draft(books: Books, project_code: str, kind: str, text: str, amount_cents: int | None = None) -> str:
    """A change-order request or a note for the office; returns its UUID."""
    if kind not in DRAFT_KINDS:
        raise BadInput("A draft is a change-order request or a note.")
    body = clean_text(text, "description" if kind == "change_order" else "note", limit=4000)
    if kind == "change_order" and (amount_cents is None or amount_cents == 0):
        raise BadInput("A change-order request needs an amount (more or less than zero).")
    with books.write() as s:
        project = lookup.project(s, project_code)
        device = field_marker.device_of(s) or ""
        data: dict[str, Any] = {
            "uuid": new_uuid(),
            "kind": kind,
            "project": project.code,
            "text": body,
            "amount": amount_cents,
            "device": device,
        }
        store_draft(s, data)
        if device:
            field_marker.add_command(s, "draft", data)
        return str(data["uuid"])


def store_draft(s: Session, data: dict[str, Any]) -> None:
    s.add(
        FieldDraft(
            uuid=data["uuid"],
            kind=data["kind"],
            project_code=data["project"],
            text=data["text"],
            amount_cents=data["amount"],
            device=data["device"],
        )
    )
    s.flush()


def certificate_in(s: Session, project_code: str, milestone_name: str) -> CertificateView:
    """The newest certificate of a milestone, with its photos."""
    project = lookup.project(s, project_code)
    cert = s.scalars(
        select(CompletionCertificate)
        .where(
            CompletionCertificate.project_code == project.code,
            CompletionCertificate.milestone_name == milestone_name,
        )
        .order_by(CompletionCertificate.id.desc())
        .limit(1)
    ).first()
    if cert is None:
        raise NotFound(
            f"Milestone {milestone_name!r} of project {project.code} has no completion certificate."
        )
    return _view(cert, project.name, project.client.name)


def _view(cert: CompletionCertificate, project_name: str, client_name: str) -> CertificateView:
    return CertificateView(
        uuid=cert.uuid,
        project_code=cert.project_code,
        project_name=project_name,
        client_name=client_name,
        milestone_name=cert.milestone_name,
        completed_on=cert.completed_on,
        signed_by=cert.signed_by,
        site_address=cert.site_address,
        note=cert.note,
        device=cert.device,
        signature_png=cert.signature_png,
        photos=[p.image for p in cert.photos],
    )


def certificates_of(s: Session, project_code: str) -> list[CertificateView]:
    project = lookup.project(s, project_code)
    rows = s.scalars(
        select(CompletionCertificate)
        .where(CompletionCertificate.project_code == project.code)
        .order_by(CompletionCertificate.id)
    )
    return [_view(c, project.name, project.client.name) for c in rows]


def certificate(books: Books, project_code: str, milestone_name: str) -> CertificateView:
    with books.read() as s:
        return certificate_in(s, project_code, milestone_name)


def site_address(books: Books, project_code: str) -> str:
    with books.read() as s:
        return lookup.project(s, project_code).site_address


@dataclass(frozen=True)
class DraftView:
    """A change-order request or note, and where it is: waiting on this laptop, sent, or at the office."""

    uuid: str
    project_code: str
    kind: str
    text: str
    amount_cents: int | None
    device: str
    written_at: datetime
    #: On a field copy: written here and not yet pushed to the office.
    waiting: bool
    #: When this laptop pushed it (None for one waiting, or one the office already had).
    pushed_at: datetime | None


def drafts(books: Books, project_code: str | None = None) -> list[DraftView]:
    """Every draft (of one project, when given), oldest first, with its sync state."""
    with books.read() as s:
        q = select(FieldDraft).order_by(FieldDraft.id)
        if project_code:
            q = q.where(FieldDraft.project_code == lookup.project(s, project_code).code)
        sent: dict[str, datetime | None] = {}
        if field_marker.device_of(s) is not None:
            for payload, pushed_at in s.execute(
                select(FieldCommand.payload, FieldCommand.pushed_at).where(FieldCommand.kind == "draft")
            ):
                sent[str(json.loads(payload)["uuid"])] = pushed_at
        return [
            DraftView(
                d.uuid,
                d.project_code,
                d.kind,
                d.text,
                d.amount_cents,
                d.device,
                d.created_at,
                d.uuid in sent and sent[d.uuid] is None,
                sent.get(d.uuid),
            )
            for d in s.scalars(q)
        ]
