"""Opening a company file and running one transaction at a time on it."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from milestone_desk.domain.errors import BadInput, BooksError, MilestoneDeskError
from milestone_desk.persistence import backups, schema
from milestone_desk.persistence.lockfile import wait_for_swap
from milestone_desk.persistence.probe import OpenProblem, probe_file
from milestone_desk.persistence.sqlite import (
    FileReplaced,
    create_private_file,
    known_error_sentence,
    make_engine,
)

#: How long a writer waits for its turn (other writers, a restore) before saying the file is busy.
WRITE_WAIT_SECONDS = 120.0


def _remove_fresh(path: Path) -> None:
    """Take back a file this open created and could not finish."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _make_private(path: Path) -> None:
    """A company file copied in readable by others is narrowed to its owner (0600) by a writer."""
    if os.name == "nt":
        return
    try:
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
    except OSError:
        pass  # not ours to change: SQLite will say so if it cannot write either


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
        """Open (and, for writers, create or upgrade) a company file.

        An existing file is first probed read-only (integrity, ownership, schema revision): a
        damaged, empty, foreign or newer file raises ``OpenProblem`` and is never written to. An
        upgrade is preceded by a backup. Every failure is a ``BooksError``/``BadInput`` sentence.
        """
        path = Path(path).expanduser()
        fresh = False
        revision: str | None = None
        try:
            exists = path.exists()
        except OSError as exc:
            raise BooksError(f"{path} cannot be reached: {exc.strerror}.") from exc
        if not exists:
            if readonly or not create:
                raise BadInput(f"There is no company file at {path}.")
            try:
                create_private_file(path)
            except OSError as exc:
                raise BooksError(f"Cannot create the company file at {path}: {exc.strerror}.") from exc
            fresh = True
        else:
            revision = probe_file(path)
            if revision is None and (readonly or not create):
                raise OpenProblem("empty", f"{path.name} holds no company books yet.", path)
        if not readonly and not fresh:
            _make_private(path)
        needs_upgrade = schema.needs_upgrade(revision)
        if needs_upgrade and readonly:
            raise BooksError("This company file needs an upgrade; open it in the app first.")
        if needs_upgrade and revision is not None:
            backups.make_backup(path, kind="pre-upgrade")
        engine = make_engine(path, readonly=readonly)
        try:
            if needs_upgrade:
                schema.upgrade(engine)
            else:
                with engine.connect():
                    pass
        except MilestoneDeskError:
            engine.dispose()
            if fresh:
                _remove_fresh(path)
            raise
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            engine.dispose()
            if fresh:
                _remove_fresh(path)
            raise BooksError(
                known_error_sentence(exc) or f"The company file cannot be opened ({exc})."
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
        """One write transaction: all of it is saved, or none of it.

        Writers wait their turn: ``BEGIN IMMEDIATE`` is retried with backoff for ``WRITE_WAIT_SECONDS``
        while another writer holds the file, and a writer reconnects when a restore replaced the file.
        """
        if self.readonly:
            raise BooksError("This company file is open read-only; nothing can be changed.")
        with self._guard():
            session = self._begin_writing()
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def _begin_writing(self) -> Session:
        """A session inside ``BEGIN IMMEDIATE`` on the file now at the path, waiting for its turn."""
        deadline = time.monotonic() + WRITE_WAIT_SECONDS
        delay = 0.02
        while True:
            session = self._sessions()
            try:
                session.connection()  # BEGIN IMMEDIATE, then the swap check (persistence/sqlite.py)
                return session
            except FileReplaced:
                session.close()
                wait_for_swap(self.path)
            except OperationalError as exc:
                session.close()
                text = str(exc.orig).lower()
                if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                    raise
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 0.5)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent snapshot for reading; never writes."""
        if self.readonly:
            with self._guard(), self._sessions() as session, session.begin():
                yield session
            return
        # On a writer's connection a read begins like a write (and honours a restore the same way).
        with self._guard():
            session = self._begin_writing()
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            sentence = known_error_sentence(exc)
            if sentence is None:
                raise
            raise BooksError(sentence) from exc
        except UnicodeDecodeError as exc:
            raise BooksError(
                f"Some text stored in {self.path.name} cannot be read: the file is damaged; "
                "restore it from a backup."
            ) from exc
        except ValueError as exc:
            # SQLite has no page checksums: a damaged byte inside a stored date only shows when read.
            if "isoformat" not in str(exc):
                raise
            raise BooksError(
                f"A date stored in {self.path.name} cannot be read: the file is damaged; "
                "restore it from a backup."
            ) from exc
