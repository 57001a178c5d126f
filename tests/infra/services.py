"""Real servers for the test session: a throwaway PostgreSQL cluster and moto in server mode.

`.ci/run` starts both once and exports LEAPC_TEST_PG_DSN / AWS_ENDPOINT_URL; a developer running
pytest directly gets the same servers started here and stopped at the end of the session.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    """Debian's PostgreSQL binaries, one cluster in /tmp, trust auth on 127.0.0.1."""

    def __init__(self) -> None:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
        if not bins:
            raise RuntimeError("PostgreSQL server binaries not found: apt-get install postgresql")
        self.bin = bins[-1]
        # /root is mode 700, so the cluster lives under /tmp where the postgres user can reach it.
        self.dir = tempfile.mkdtemp(prefix="leapc-pg-", dir="/tmp")
        os.chmod(self.dir, 0o755)
        self.data = os.path.join(self.dir, "data")
        self.port = free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        subprocess.run(self.as_user + [f"{self.bin}/initdb", "-D", self.data, "-U", "postgres",
                                       "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       check=True, capture_output=True)
        subprocess.run(self.as_user + [f"{self.bin}/pg_ctl", "-D", self.data, "-w", "-t", "60", "-l",
                                       os.path.join(self.data, "server.log"), "-o",
                                       f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 "
                                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                                       "start"], check=True, capture_output=True)
        self.dsn = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        subprocess.run(self.as_user + [f"{self.bin}/pg_ctl", "-D", self.data, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def with_database(dsn: str, dbname: str) -> str:
    """The same server DSN, pointing at another database."""
    import re

    scheme, rest = dsn.split("://", 1)
    return f"{scheme}://" + re.sub(r"/[^/?]*(\?|$)", f"/{dbname}\\1", rest, count=1)


@contextmanager
def fresh_database(admin_dsn: str, prefix: str = "t"):
    """A new, empty database on the server for one test; dropped afterwards.  Yields its DSN."""
    import uuid

    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield with_database(admin_dsn, name)
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


LAUNCHER = Path(__file__).with_name("moto_launcher.py")


class MotoServer:
    """moto's server over HTTP on a free loopback port (with the project's Glue-failure patch)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.NamedTemporaryFile(prefix="leapc-moto-", suffix=".log", delete=False)
        self.proc = subprocess.Popen([sys.executable, str(LAUNCHER), str(self.port)],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{self.endpoint}/moto-api/data.json", timeout=1).read()
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"moto server exited: {Path(self.log.name).read_text()[-2000:]}")
                time.sleep(0.1)
        raise RuntimeError("moto server did not start within 30 s")

    def reset(self) -> None:
        urllib.request.urlopen(urllib.request.Request(f"{self.endpoint}/moto-api/reset", method="POST"),
                               timeout=10).read()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.unlink(self.log.name)


def run_sql(dsn: str, *statements: str):
    """Run statements on a PostgreSQL DSN in autocommit; the last one's rows, if it returns any."""
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        cursor = None
        for statement in statements:
            cursor = conn.execute(statement)
        return cursor.fetchall() if cursor is not None and cursor.description else None
