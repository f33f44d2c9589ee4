"""Opening a company file and running one transaction at a time on it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from milestone_desk.domain.errors import BadInput, BooksError, MilestoneDeskError
from milestone_desk.persistence import schema
from milestone_desk.persistence.sqlite import (
    create_private_file,
    known_error_sentence,
    looks_like_sqlite,
    make_engine,
)


class Books:
    """One company's books in one SQLite file.

    ``write()`` yields a session inside ``BEGIN IMMEDIATE`` and commits it; ``read()`` yields a
    session that cannot write. Known SQLite failures become ``BooksError`` with a plain sentence.
    """

    def __init__(self, path: Path, engine: Engine, *, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True, readonly: bool = False) -> Books:
        """Open (and, for writers, create or upgrade) a company file."""
        path = Path(path).expanduser()
        fresh = False
        if not path.exists():
            if readonly or not create:
                raise BadInput(f"There is no company file at {path}.")
            try:
                create_private_file(path)
            except OSError as exc:
                raise BooksError(f"Cannot create the company file at {path}: {exc.strerror}.") from exc
            fresh = True
        elif path.is_dir():
            raise BooksError(f"{path} is a folder, not a company file.")
        elif path.stat().st_size == 0:
            raise BooksError(f"{path} is empty: it is not a company file. Restore it from a backup.")
        elif not looks_like_sqlite(path):
            raise BooksError(f"{path} is not a Milestone Desk company file.")
        engine = make_engine(path, readonly=readonly)
        try:
            with engine.connect() as conn:
                revision = schema.current_revision(conn)
            if schema.needs_upgrade(revision):
                if readonly:
                    raise BooksError("This company file needs an upgrade; open it in the app first.")
                schema.upgrade(engine)
        except MilestoneDeskError:
            engine.dispose()
            if fresh:
                path.unlink(missing_ok=True)
            raise
        except (SQLAlchemyError, OSError) as exc:
            engine.dispose()
            if fresh:
                path.unlink(missing_ok=True)
            raise BooksError(
                known_error_sentence(exc) or f"The company file cannot be opened: {exc}"
            ) from exc
        return cls(path, engine, readonly=readonly)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Books:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: all of it is saved, or none of it."""
        if self.readonly:
            raise BooksError("This company file is open read-only; nothing can be changed.")
        with self._guard(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent snapshot for reading; never writes."""
        with self._guard(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            sentence = known_error_sentence(exc)
            if sentence is None:
                raise
            raise BooksError(sentence) from exc
