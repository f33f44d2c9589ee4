"""Finding records by the names users type: project code, client code, milestone name, document number."""

from __future__ import annotations

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BooksError, NotFound
from milestone_desk.persistence.models import Client, Company, Invoice, Milestone, Project, Receipt


def company(session: Session) -> Company:
    """The company profile; read once per session (issuing one invoice asked for it five times, and
    `pdf --all` four times per document), then taken from the session while it is still there."""
    found = company_or_none(session)
    if found is None:
        raise BooksError("This company file has no company profile yet; set one up or import one.")
    return found


def company_or_none(session: Session) -> Company | None:
    """The company profile, or None in a file that has none yet (``company`` says so in a sentence)."""
    known = session.info.get("md_company")
    if known is not None and known in session and inspect(known).persistent:
        return known  # type: ignore[no-any-return]
    found = session.scalars(select(Company).order_by(Company.id).limit(1)).first()
    if found is not None:
        session.info["md_company"] = found
    return found


def project(session: Session, code: str) -> Project:
    found = session.scalars(select(Project).where(Project.code == code)).first()
    if found is None:
        raise NotFound(f"There is no project with the code {code!r}.")
    return found


def client(session: Session, code: str) -> Client:
    found = session.scalars(select(Client).where(Client.code == code)).first()
    if found is None:
        raise NotFound(f"There is no client with the code {code!r}.")
    return found


def milestone(session: Session, proj: Project, name: str) -> Milestone:
    found = session.scalars(
        select(Milestone).where(Milestone.project_id == proj.id, Milestone.name == name)
    ).first()
    if found is None:
        raise NotFound(f"Project {proj.code} has no milestone named {name!r}.")
    return found


def invoice(session: Session, number: str) -> Invoice:
    found = session.scalars(select(Invoice).where(Invoice.number == number)).first()
    if found is None:
        raise NotFound(f"There is no issued invoice numbered {number!r}.")
    return found


def receipt(session: Session, number: str) -> Receipt:
    found = session.scalars(select(Receipt).where(Receipt.number == number)).first()
    if found is None:
        raise NotFound(f"There is no receipt numbered {number!r}.")
    return found
