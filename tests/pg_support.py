"""A throwaway PostgreSQL cluster for the tests: initdb into a temp folder, unix socket only.

Started once per test session by the ``pg_server`` fixture (conftest.py) and stopped at the end.
As root the cluster runs as the unprivileged user ``mdtest`` (created when missing), since the
server refuses to run as root. Without PostgreSQL binaries the tests that need it are skipped,
except when ``CI=true``: there a missing server is a failure.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg

USER = "mdtest"
SUPER = "postgres"


def find_bin() -> Path | None:
    """The folder of initdb/pg_ctl: PATH first, then Debian's and Homebrew's usual places."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    for pattern in (
        "/usr/lib/postgresql/*/bin",
        "/usr/local/opt/postgresql*/bin",
        "/opt/homebrew/opt/postgresql*/bin",
    ):
        for candidate in sorted(glob.glob(pattern), reverse=True):
            if (Path(candidate) / "initdb").exists():
                return Path(candidate)
    return None


def dbname(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).database)


class Cluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="md-pg-"))
        self.data = self.root / "data"
        self.socket_dir = str(self.root)
        self._names = itertools.count(1)
        self._as: list[str] = []
        if os.geteuid() == 0:
            if subprocess.run(["id", "-u", USER], capture_output=True).returncode != 0:
                subprocess.run(["useradd", "-M", "-s", "/usr/sbin/nologin", USER], check=True)
            shutil.chown(self.root, USER)
            os.chmod(self.root, 0o755)
            self._as = ["runuser", "-u", USER, "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, cwd=self.root)

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPER,
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories={self.socket_dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.root / "log"),
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def admin(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(host=self.socket_dir, user=SUPER, dbname=dbname, autocommit=True)

    def url(self, dbname: str, user: str = SUPER) -> str:
        return f"postgresql://{user}@/{dbname}?host={self.socket_dir}"

    def new_database(self, owner: str = SUPER) -> str:
        """A new empty database; its URL."""
        name = f"books_{os.getpid()}_{next(self._names)}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        return self.url(name, owner)

    def sql(self, url: str, statement: str, user: str = SUPER) -> None:
        with psycopg.connect(host=self.socket_dir, user=user, dbname=dbname(url), autocommit=True) as conn:
            conn.execute(statement)


def add_role(cluster: Cluster, url: str, role: str, *, write: bool) -> str:
    """A login role on the books at ``url`` (which must be set up): an office clerk or a reader."""
    with cluster.admin() as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if not exists:
            conn.execute(f'CREATE ROLE "{role}" LOGIN')
    rights = "SELECT, INSERT, UPDATE, DELETE" if write else "SELECT"
    cluster.sql(url, f'GRANT {rights} ON ALL TABLES IN SCHEMA public TO "{role}"')
    if write:
        cluster.sql(url, f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
    return url.replace(f"//{SUPER}@", f"//{role}@")
