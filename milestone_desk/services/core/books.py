"""Opening a company file and running one transaction at a time on it."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from milestone_desk.domain.errors import BadInput, BooksError, MilestoneDeskError
from milestone_desk.persistence import backups, engines, schema
from milestone_desk.persistence.engines import DURABLE, Location
from milestone_desk.persistence.lockfile import wait_for_swap
from milestone_desk.persistence.models import utcnow
from milestone_desk.persistence.probe import OpenProblem, probe_file
from milestone_desk.persistence.sqlite import FileReplaced, create_private_file, make_engine

#: How long a writer waits for its turn (other writers, a restore) before saying the file is busy.
WRITE_WAIT_SECONDS = 120.0

#: Counts every saved change (one row): other windows poll it to see work done elsewhere.
_BUMP = text(
    "INSERT INTO book_changes (id, counter, changed_at, changed_by) VALUES (1, 1, :at, :by) "
    "ON CONFLICT (id) DO UPDATE SET counter = book_changes.counter + 1, "
    "changed_at = excluded.changed_at, changed_by = excluded.changed_by"
)


def who(session: Session) -> str:
    """The database user (or the login, on a file) making changes in this session, asked once."""
    if "md_who" not in session.info:
        session.info["md_who"] = engines.who(session.connection())
    return str(session.info["md_who"])


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


def warm() -> None:
    """Set up the ORM's mappers now (safe on any thread): the first query of a window would otherwise
    pay for it (~0.1-0.4 s) on the UI thread."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


class Books:
    """One company's books: a company file or a database on the office server.

    ``write()`` yields a session that is the only writer until it commits (``BEGIN IMMEDIATE`` on a
    file, a lock on the server); ``read()`` yields a session that cannot write. Known failures
    become ``BooksError`` with a plain sentence.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        readonly: bool,
        location: Location | None = None,
        readonly_reason: str = "",
    ) -> None:
        self.location = location or Location(path=path)
        self.path = path
        self.readonly = readonly
        self.readonly_reason = readonly_reason
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)

    @property
    def name(self) -> str:
        """A short name for titles: the file's name or ``books on host``."""
        return self.location.name

    @property
    def shown(self) -> str:
        """Where the books are, as shown to people (a server address never shows its password)."""
        return self.location.shown

    @property
    def shared(self) -> bool:
        """Whether other people or windows may change these books while they are open here."""
        return self.location.on_server or self.readonly

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | Location, *, create: bool = True, readonly: bool = False
    ) -> Books:
        """Open (and, for writers, create or upgrade) a company file or server database.

        An existing file is first probed read-only (integrity, ownership, schema revision): a
        damaged, empty, foreign or newer file raises ``OpenProblem`` and is never written to. An
        upgrade is preceded by a backup. Every failure is a ``BooksError``/``BadInput`` sentence.
        """
        location = engines.locate(path)
        if location.on_server:
            return cls._open_server(location, create=create, readonly=readonly)
        assert location.path is not None
        path = location.path
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
                engines.known_error_sentence(exc) or f"The company file cannot be opened ({exc})."
            ) from exc
        return cls(path, engine, readonly=readonly)

    @classmethod
    def _open_server(cls, location: Location, *, create: bool, readonly: bool) -> Books:
        """Books in a server database: an empty database is set up by the migrations when allowed."""
        shown = location.shown
        engine = engines.server_engine(location, readonly=readonly)
        reason = ""
        try:
            with engine.connect() as conn:
                revision = schema.current_revision(conn)
                if revision is not None and not readonly and not engines.can_write(conn):
                    reason = "Your server account may only read these books; nothing can be changed."
            if revision is None and (readonly or not create):
                raise BadInput(
                    f"{shown} holds no company books yet; set it up with 'milestone-desk import' or "
                    "'milestone-desk move'."
                )
            needs_upgrade = schema.needs_upgrade(revision)
            if needs_upgrade and (readonly or reason):
                raise BooksError(
                    "The books on the server need an upgrade; open them once with an account that may write."
                )
            if needs_upgrade:
                schema.upgrade(engine)
        except MilestoneDeskError:
            engine.dispose()
            raise
        except (SQLAlchemyError, OSError) as exc:
            engine.dispose()
            raise BooksError(
                engines.known_error_sentence(exc, "postgresql") or f"{shown} cannot be opened ({exc})."
            ) from exc
        if reason:
            engine.dispose()
            engine = engines.server_engine(location, readonly=True)
        return cls(
            Path(location.stem),
            engine,
            readonly=readonly or bool(reason),
            location=location,
            readonly_reason=reason,
        )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Books:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: all of it is saved, or none of it.

        A transaction that took a document number is on the disk when this returns (see
        ``persistence.sqlite.make_engine`` on ``synchronous=NORMAL``). Writers wait their turn:
        ``BEGIN IMMEDIATE`` is retried with backoff for ``WRITE_WAIT_SECONDS`` while another writer
        holds the file, and a writer reconnects when a restore replaced the file.
        """
        if self.readonly:
            raise BooksError(
                self.readonly_reason or "This company file is open read-only; nothing can be changed."
            )
        with self._guard():
            session = self._begin_writing()
            try:
                engines.start_write(session.connection())
                yield session
                if session.in_transaction():  # a caller that rolled back has nothing to count
                    session.execute(_BUMP, {"at": utcnow(), "by": who(session)})
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
            if session.info.pop(DURABLE, False):
                engines.make_durable(self.engine, self.path)

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
        if self.readonly or self.location.on_server:
            with self._guard(), self._sessions() as session, session.begin():
                engines.start_read(session.connection())
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
            sentence = engines.known_error_sentence(exc, self.engine.dialect.name)
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
