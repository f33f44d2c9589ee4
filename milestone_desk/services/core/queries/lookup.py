"""Finding records by the names users type: project code, client code, milestone name, document number."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from milestone_desk.domain.errors import BooksError, NotFound
from milestone_desk.persistence.models import Client, Company, Invoice, Milestone, Project, Receipt


def company(session: Session) -> Company:
    found = session.scalars(select(Company).order_by(Company.id).limit(1)).first()
    if found is None:
        raise BooksError("This company file has no company profile yet; set one up or import one.")
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
