"""Moving books between a company file and the office server, and backing a server up to a file.

``move FILE URL`` copies a company file into an empty server database (``import URL`` sets one up
from JSON instead); ``backup URL -o DIR`` writes the server's books to a ``.mdesk`` file anyone can
open. Both copy every row as it is, so ``export`` of both sides prints the same JSON.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import SQLAlchemyError

from milestone_desk.domain.errors import BadInput, BooksError, MilestoneDeskError
from milestone_desk.paths import FILE_SUFFIX
from milestone_desk.persistence import engines, schema, transfer
from milestone_desk.persistence.engines import Location
from milestone_desk.services.core.books import Books


@dataclass(frozen=True)
class Moved:
    rows: int
    tables: int
    seconds: float
    destination: str


def _remove_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_books(
    source: str | os.PathLike[str] | Location,
    destination: str | os.PathLike[str],
    *,
    keep: Callable[[Connection], Callable[[Table, Mapping[str, Any]], bool]] | None = None,
) -> Moved:
    """Copy every row of the books at ``source`` into the empty books at ``destination``.

    A new destination file is created (and removed again when the copy fails); a server database
    must exist and hold no books. All of it is copied, or nothing. ``keep`` (given the source
    connection, inside the copy's snapshot) makes the row filter of a partial copy.
    """
    start = time.perf_counter()
    target = engines.locate(destination)
    if target.path is not None and target.path.exists():
        raise BadInput(f"{target.path} already exists; give the name of a new company file.")
    with Books.open(source, create=False, readonly=True) as src:
        probe = Books.open(target, create=True)
        try:
            with src.engine.connect() as sconn, sconn.begin():
                transfer.snapshot(sconn)
                with probe.engine.connect() as dconn, dconn.begin():
                    engines.start_write(dconn)
                    counts = transfer.copy_rows(
                        sconn, dconn, shown=target.shown, keep=None if keep is None else keep(sconn)
                    )
        except MilestoneDeskError:
            probe.close()
            if target.path is not None:
                _remove_file(target.path)
            raise
        except SQLAlchemyError as exc:
            probe.close()
            if target.path is not None:
                _remove_file(target.path)
            sentence = engines.known_error_sentence(exc, probe.engine.dialect.name)
            raise BooksError(sentence or f"Copying the books failed ({exc}); nothing was copied.") from exc
        probe.close()
    return Moved(sum(counts.values()), len(counts), time.perf_counter() - start, target.shown)


def backup_name(source: str | os.PathLike[str] | Location, folder: Path, now: datetime | None = None) -> Path:
    """``<database>-20261204T153000Z-manual.mdesk`` in ``folder`` (never an existing name)."""
    stem = engines.locate(source).stem
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    out = folder / f"{stem}-{stamp}-manual{FILE_SUFFIX}"
    n = 1
    while out.exists():
        n += 1
        out = folder / f"{stem}-{stamp}-{n}-manual{FILE_SUFFIX}"
    return out


def backup_server(source: str | Location, folder: Path) -> Path:
    """Write the server's books to a new company file in ``folder``; returns its path."""
    out = backup_name(source, folder)
    copy_books(source, out)
    if os.name != "nt":
        os.chmod(out, 0o600)
    return out


def require_empty(address: str) -> None:
    """Bad input unless the server database at ``address`` holds no books yet."""
    location = engines.locate(address)
    engine = engines.server_engine(location, readonly=True)
    try:
        with engine.connect() as conn:
            revision = schema.current_revision(conn)
    except SQLAlchemyError as exc:
        raise BooksError(
            engines.known_error_sentence(exc, "postgresql") or f"{location.shown} cannot be opened ({exc})."
        ) from exc
    finally:
        engine.dispose()
    if revision is not None:
        raise BadInput(f"{location.shown} already holds books; give an empty database.")


def is_server_address(text: str) -> bool:
    return engines.is_server_address(text)


@dataclass(frozen=True)
class AddressFields:
    host: str
    port: int | None
    database: str
    user: str


def server_address(*, host: str, port: int | None, database: str, user: str, password: str = "") -> str:
    """A server address from the fields of the connect dialog (a host starting with / is a socket folder)."""
    return engines.server_address(host=host, port=port, database=database, user=user, password=password)


def address_fields(address: str) -> AddressFields:
    host, port, database, user = engines.address_fields(address)
    return AddressFields(host, port, database, user)


def without_password(address: str) -> str:
    return engines.locate(address).shown
