"""A throwaway PostgreSQL server for the tests and the benchmark: made with `initdb` in a
temporary folder, listening on a free local port only, run as an unprivileged user (the
server refuses to run as root: as root it is run as "nobody"), stopped and deleted at
the end. No system service is touched.

`find_bin()` looks in the usual places of the distributions' packages; without a server
program there is no PostgreSQL run (the tests that need it are skipped, and `.ci/run`
installs the packages before the suite).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

USER = "enquirydesk"


def find_bin() -> Path | None:
    """The folder holding initdb and pg_ctl of the newest PostgreSQL installed."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl") + glob.glob("/usr/pgsql-*/bin/pg_ctl"),
        key=lambda p: [int(x) for x in p.split("/")[-3].split("-")[-1].split(".") if x.isdigit()],
    )
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    bin: Path
    folder: Path
    port: int

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def admin(self):
        """A psycopg connection to the maintenance database, in autocommit."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=USER, dbname="postgres", autocommit=True
        )

    def create_database(self, name: str, template: str | None = None) -> str:
        with self.admin() as connection:
            connection.execute(
                f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
            )
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _as_unprivileged() -> dict:
    """subprocess arguments that run a server program as a user it accepts."""
    if os.geteuid() != 0:
        return {}
    return {"user": "nobody", "group": pwd.getpwnam("nobody").pw_gid}


#: The server's temporary folder, and the file in it naming the test run that started it.
PREFIX = "enquirydesk-pg-"
OWNER = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stop_leftovers(bin_dir: Path, unprivileged: dict) -> None:
    """Servers that a test run killed before its end left running: stopped and removed."""
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            owner = int((folder / OWNER).read_text(encoding="ascii"))
        except (OSError, ValueError):
            continue  # not one of ours, or still being made
        if _alive(owner):
            continue
        if (folder / "data" / "postmaster.pid").exists():
            subprocess.run(
                [bin_dir / "pg_ctl", "-D", folder / "data", "-m", "immediate", "-w", "stop"],
                **unprivileged, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def running(bin_dir: Path | None = None) -> Iterator[Server]:
    """A server of its own, stopped and removed when the block ends (also on failure)."""
    bin_dir = bin_dir or find_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (initdb and pg_ctl not found)")
    unprivileged = _as_unprivileged()
    _stop_leftovers(bin_dir, unprivileged)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    (folder / OWNER).write_text(str(os.getpid()), encoding="ascii")
    data = folder / "data"
    if unprivileged:
        os.chown(folder, pwd.getpwnam("nobody").pw_uid, unprivileged["group"])
    folder.chmod(0o700)
    port = _free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    try:
        subprocess.run(
            [bin_dir / "initdb", "-D", data, "-U", USER, "--auth=trust", "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync"],
            **unprivileged, **quiet,
        )  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
            "-c shared_buffers=128MB"
        )
        subprocess.run(
            [bin_dir / "pg_ctl", "-D", data, "-l", folder / "server.log", "-o", options,
             "-w", "-t", "60", "start"],
            **unprivileged, **quiet,
        )  # fmt: skip
        try:
            yield Server(bin_dir, folder, port)
        finally:
            subprocess.run(
                [bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
                **unprivileged, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
    finally:
        for _ in range(20):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                break
            time.sleep(0.1)
