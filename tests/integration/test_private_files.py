"""Customers' phone numbers stay the user's own: the database, its backups and the exports
are readable by the user only; and a killed backup or export leaves nothing behind once
the program runs again."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from enquirydesk import paths
from enquirydesk.cli import main
from enquirydesk.domain.month import Month
from enquirydesk.exports import files as export_files
from enquirydesk.services import maintenance
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store.database import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_folder_are_the_users_only(tmp_path: Path) -> None:
    db = tmp_path / "new folder" / "shop.sqlite"
    store = Store.open(db)
    try:
        store.db.execute_sql("SELECT 1").fetchone()
        assert mode(db) == 0o600
        assert mode(db.parent) == 0o700
        assert mode(Path(f"{db}-wal")) == 0o600 and mode(Path(f"{db}-shm")) == 0o600
    finally:
        store.close()


def test_an_older_file_readable_by_others_is_made_private_on_opening(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    Store.open(db).close()
    db.chmod(0o644)
    Store.open(db).close()
    assert mode(db) == 0o600


def test_backups_are_private(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.sqlite"
    Store.open(db).close()
    assert main(["--db", str(db), "backup"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == paths.backup_dir()
    assert mode(written) == 0o600
    assert mode(paths.backup_dir()) == 0o700


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_exports_are_private(ctx: Context, tmp_path: Path, fmt: str) -> None:
    log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana Novak", phone="041 123 456"))
    target = tmp_path / f"march.{fmt}"
    export_files.export(ctx, Month(2026, 3), fmt, target)
    assert mode(target) == 0o600


KILLED_WHILE_WRITING = """
import os, signal, sys
from pathlib import Path
from enquirydesk.services.export_rows import atomic_output
with atomic_output(Path(sys.argv[1])) as temp:
    temp.write_bytes(b"half an export")
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_export_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    target = tmp_path / "october.xlsx"
    done = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(target)])
    assert done.returncode == -signal.SIGKILL
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert len(left) == 1  # what the kill left
    Store.open(tmp_path / "shop.sqlite").close()
    assert main(["--db", str(tmp_path / "shop.sqlite"), "followups"]) == 0
    assert not left[0].exists() and not target.exists()


KILLED_WHILE_BACKING_UP = """
import os, signal, sys
from pathlib import Path
from enquirydesk import paths
from enquirydesk.store import sqlite

def killed(done, total):
    os.kill(os.getpid(), signal.SIGKILL)

sqlite.backup_to(Path(sys.argv[1]), Path(sys.argv[2]), killed, journal=paths.unfinished_dir())
"""


def test_a_killed_backup_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    Store.open(db).close()
    target = tmp_path / "backups" / "shop-20261204-120000.sqlite"
    done = subprocess.run([sys.executable, "-c", KILLED_WHILE_BACKING_UP, str(db), str(target)])
    assert done.returncode == -signal.SIGKILL
    partial = target.with_name(target.name + ".partial")
    assert partial.exists()
    maintenance.remove_leftovers()
    assert not partial.exists() and not target.exists()


def test_a_running_programs_unfinished_file_is_left_alone(tmp_path: Path) -> None:
    """Another EnquiryDesk still writing its export: the next start must not take it."""
    from enquirydesk.store import files

    busy = tmp_path / ".busy.csv.1234.part"
    busy.write_bytes(b"being written")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        entry = paths.unfinished_dir() / f"{sleeper.pid}-abcd"
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(str(busy), encoding="utf-8")
        assert files.remove_unfinished(paths.unfinished_dir()) == []
        assert busy.exists()
    finally:
        sleeper.kill()
        sleeper.wait()
    assert files.remove_unfinished(paths.unfinished_dir()) == [busy]
    assert not busy.exists()
