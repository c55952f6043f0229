"""Nothing in this process cancels SQLite's locks on the live file (closing any descriptor
of a file drops all of a process's POSIX locks on it), and what holds a damaged file's
bytes is read the same careful way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from enquirydesk.store import files, sqlite
from enquirydesk.store.database import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX advisory locks")

OTHER_PROGRAM = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
connection.close()
"""


def another_program_opens_and_closes(path: Path) -> None:
    """Were it the file's last user, closing would checkpoint and delete the -wal."""
    subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(path)], check=True)


@pytest.fixture
def live(db_path: Path, store: Store) -> Path:
    store.db.execute_sql("SELECT count(*) FROM enquiry").fetchone()
    assert Path(f"{db_path}-wal").exists()
    return db_path


def test_the_wal_stays_while_this_process_holds_the_file(live: Path) -> None:
    another_program_opens_and_closes(live)
    assert Path(f"{live}-wal").exists()


def test_a_plain_open_and_close_would_cancel_our_locks(live: Path) -> None:
    """The hazard itself, so that the tests below can fail: after a plain open() and
    close(), another program takes the -wal away from under the open connection."""
    with open(live, "rb") as handle:
        handle.read(16)
    another_program_opens_and_closes(live)
    assert not Path(f"{live}-wal").exists()


def test_reading_the_header_keeps_our_locks(live: Path) -> None:
    assert sqlite.has_sqlite_header(live)
    assert sqlite.inspect_file(live, verify=True).version is not None
    another_program_opens_and_closes(live)
    assert Path(f"{live}-wal").exists()


def test_a_raw_copy_keeps_our_locks_and_is_private(live: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    files.copy_raw(live, copy)
    assert copy.read_bytes()[:16] == sqlite.SQLITE_HEADER
    assert copy.stat().st_mode & 0o777 == 0o600
    another_program_opens_and_closes(live)
    assert Path(f"{live}-wal").exists()


def test_parked_descriptors_close_with_the_last_connection(db_path: Path, store: Store) -> None:
    store.db.execute_sql("SELECT 1").fetchone()
    assert files.connections_to(db_path) == 1
    sqlite.has_sqlite_header(db_path)
    assert files._parked[files._key(db_path)]  # kept open while the connection is
    store.close()
    assert files.connections_to(db_path) == 0
    assert files._key(db_path) not in files._parked


def test_the_database_and_its_companions_are_recognised(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    db.touch()
    for name in ("shop.sqlite", "shop.sqlite-wal", "shop.sqlite-shm", "shop.sqlite-journal"):
        assert files.is_database_file(tmp_path / name, db)
    assert files.is_database_file(tmp_path / "." / "shop.sqlite", db)
    assert not files.is_database_file(tmp_path / "shop.csv", db)
