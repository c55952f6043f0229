"""Everything SQLite-only lives here: file checks, pragmas, the backup API, error mapping.

The rest of the store speaks portable peewee so the same program can run on
PostgreSQL for shops with several PCs.

Safety rules (SPEC §8):
- every connection runs in WAL mode with ``synchronous=FULL`` (a power cut cannot
  take back a committed enquiry), foreign keys on and a busy timeout;
- write transactions start with ``BEGIN IMMEDIATE`` so two writers queue on the
  busy timeout instead of failing with "database is locked" on lock upgrade;
- a file is inspected read-only before anything opens it for writing: a file that
  is not SQLite, belongs to another program, fails ``quick_check`` or comes from
  a newer EnquiryDesk is refused without a byte written to it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from enquirydesk.domain.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ForeignDatabaseError,
    NotADatabaseError,
    StoreError,
)

APP_NAME = "enquirydesk"
#: ``PRAGMA application_id`` of EnquiryDesk files: "EQDK" in ASCII.
APPLICATION_ID = 0x45514B44
BUSY_TIMEOUT_S = 30.0
SQLITE_HEADER = b"SQLite format 3\x00"

PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", int(BUSY_TIMEOUT_S * 1000)),
    ("cache_size", -32_000),  # 32 MB page cache per connection
    ("temp_store", "memory"),
)


@dataclass(frozen=True)
class FileFacts:
    """What a read-only look at a database file found."""

    empty: bool  # no tables yet: a new database
    app: str | None
    version: int | None


def make_database(path: Path) -> SqliteDatabase:
    return SqliteDatabase(
        str(path),
        pragmas=PRAGMAS,
        timeout=BUSY_TIMEOUT_S,
        lock_type="IMMEDIATE",
        check_same_thread=False,
    )


def _readonly_uri(path: Path, immutable: bool) -> str:
    quoted = urllib.parse.quote(str(path.resolve()))
    return f"file:{quoted}?mode=ro" + ("&immutable=1" if immutable else "")


def _wal_present(path: Path) -> bool:
    return Path(f"{path}-wal").exists()


@contextlib.contextmanager
def readonly_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write to `path` nor create files beside it.

    With no ``-wal`` file present nobody has the database open in WAL mode, so it
    is opened immutable (no ``-shm``/``-wal`` created). Otherwise an ordinary
    read-only connection reads the committed state, WAL included.
    """
    immutable = not _wal_present(path)
    connection = sqlite3.connect(_readonly_uri(path, immutable), uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        yield connection
    finally:
        connection.close()


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    return head == SQLITE_HEADER


def _quick_check(connection: sqlite3.Connection, full: bool = False) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def inspect_file(path: Path, *, verify: bool = True, full: bool = False) -> FileFacts:
    """Look at an existing file read-only and say what it is; raise if it must not be opened.

    `verify` runs ``PRAGMA quick_check`` (``integrity_check`` when `full`).
    """
    if path.stat().st_size == 0:
        return FileFacts(empty=True, app=None, version=None)
    if not has_sqlite_header(path):
        raise NotADatabaseError(
            f"{path} is not an EnquiryDesk database (it is not an SQLite file)."
        )
    for attempt in range(2):
        wal_before = _wal_present(path)
        try:
            with readonly_connection(path) as connection:
                problems = _quick_check(connection, full) if verify else []
                facts = _read_facts(connection, path)
        except sqlite3.DatabaseError as error:
            if attempt == 0 and not wal_before and _wal_present(path):
                continue  # a writer started while we read immutably; read again properly
            raise DamagedDatabaseError(
                f"{path} is damaged and cannot be opened ({error}); restore a backup."
            ) from error
        if problems:
            if attempt == 0 and not wal_before and _wal_present(path):
                continue
            raise DamagedDatabaseError(
                f"{path} is damaged ({problems[0]}); nothing was written to it. Restore a backup."
            )
        return facts
    raise AssertionError("unreachable")  # pragma: no cover


def _read_facts(connection: sqlite3.Connection, path: Path) -> FileFacts:
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if not tables:
        return FileFacts(empty=True, app=None, version=None)
    columns = (
        {row[1] for row in connection.execute('PRAGMA table_info("schema_info")')}
        if "schema_info" in tables
        else set()
    )
    if not {"app", "version"} <= columns:  # another program's own schema_info, or none
        raise ForeignDatabaseError(
            f"{path} is an SQLite database of another program, not an EnquiryDesk file."
        )
    row = connection.execute("SELECT app, version FROM schema_info ORDER BY id LIMIT 1").fetchone()
    if row is None or row[0] != APP_NAME:
        raise ForeignDatabaseError(
            f"{path} is an SQLite database of another program, not an EnquiryDesk file."
        )
    return FileFacts(empty=False, app=row[0], version=int(row[1]))


def integrity_problems(path: Path) -> list[str]:
    """The full ``integrity_check`` and ``foreign_key_check`` of a file, read-only."""
    try:
        with readonly_connection(path) as connection:
            problems = _quick_check(connection, full=True)
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} points to a missing {parent}")
                if len(problems) > 20:
                    break
    except sqlite3.DatabaseError as error:
        return [f"it cannot be read ({error})"]
    return problems


def set_application_id(database: SqliteDatabase) -> None:
    database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def backup_to(
    source: Path,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy a live database with SQLite's online backup API, then verify the copy.

    The copy is written to a temporary file beside `target` and renamed only once
    it passes ``integrity_check``: a failed or interrupted backup leaves nothing
    that looks like a backup.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(
            _readonly_uri(source, immutable=False), uri=True, timeout=BUSY_TIMEOUT_S
        )
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(
                    dst,
                    pages=4096,
                    progress=(lambda _status, remaining, total: progress(total - remaining, total))
                    if progress
                    else None,
                )
                dst.execute("PRAGMA journal_mode=delete")
            finally:
                dst.close()
        finally:
            src.close()
        problems = integrity_problems(partial)
        if problems:
            raise DamagedDatabaseError(f"The backup copy failed its check ({problems[0]}).")
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise translate_error(error) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def restore_into(database: SqliteDatabase, source: Path) -> None:
    """Replace the live database's content with `source`, page by page, under SQLite's lock.

    Other connections (the window, another command) see the restored content on
    their next transaction; nothing swaps files under them.
    """
    with readonly_connection(source) as src:
        src.backup(database.connection(), pages=4096)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def translate_error(error: BaseException) -> BaseException:
    """Tell environment problems from bugs: map SQLite's errors to user-facing ones."""
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError("The disk is full; free some space and try again. Nothing was saved.")
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(
            "Another program kept the database busy for too long; try again. Nothing was saved."
        )
    if "malformed" in text or "not a database" in text or "disk image" in text:
        return DamagedDatabaseError(
            "The database is damaged; EnquiryDesk stopped writing to it. Restore a backup."
        )
    if "readonly" in text or "read-only" in text:
        return StoreError("The database file is read-only; EnquiryDesk cannot save to it.")
    if "unable to open" in text:
        return StoreError(
            "The database file cannot be opened; check the folder exists and is yours."
        )
    return error
