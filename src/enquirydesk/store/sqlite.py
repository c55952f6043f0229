"""Everything SQLite-only lives here: file checks, pragmas, the backup API, error mapping.

The rest of the store speaks portable peewee so the same program can run on
PostgreSQL for shops with several PCs.

Safety rules:
- every connection runs in WAL mode with ``synchronous=FULL`` (a power cut cannot
  take back a committed enquiry), foreign keys on and a busy timeout;
- write transactions start with ``BEGIN IMMEDIATE`` so two writers queue on the
  busy timeout instead of failing with "database is locked" on lock upgrade;
- a file is inspected read-only before anything opens it for writing: a file that
  is not SQLite, belongs to another program, fails ``quick_check`` or comes from
  a newer EnquiryDesk is refused without a byte written to it;
- every connection is counted by `store.files`, and raw bytes of a database are read
  only through it, so that nothing in this process cancels SQLite's POSIX locks;
- SQLite's errors are told apart by their result code (`translate_error`): an
  environment problem (disk full, damaged file, read-only folder, another program
  holding the file) becomes a `StoreError` with a plain sentence, anything else is a bug.
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
from enquirydesk.i18n import translate
from enquirydesk.store import files, health

APP_NAME = "enquirydesk"
# ``PRAGMA application_id`` of EnquiryDesk files: "EQDK" in ASCII.
APPLICATION_ID = 0x45514B44
BUSY_TIMEOUT_S = 30.0
SQLITE_HEADER = b"SQLite format 3\x00"

#: The page cache of a connection opened for one read and closed after it (a negative
#: cache_size is in KiB): SQLite's default.
PASSING_CACHE_KIB = -2000

PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", int(BUSY_TIMEOUT_S * 1000)),
    ("cache_size", -8_000),  # 8 MB page cache per connection
    # Sorts and kept matches beyond the page cache spill to a temporary file (SQLite's
    # own default), not to memory: sorting a search's 400,000 matches at 3,000,000
    # enquiries peaked 17 MB lower, sorting every enquiry by customer 230 MB lower.
    ("temp_store", "file"),
    # Deleted and overwritten content is zeroed, not left in free space: a forgotten
    # customer's name leaves the file (services/privacy.py). No cost measurable in
    # loads or edits; many Linux builds of SQLite have it on already.
    ("secure_delete", "on"),
)


@dataclass(frozen=True)
class FileFacts:
    """What a read-only look at a database file found."""

    empty: bool  # no tables yet: a new database
    app: str | None
    version: int | None


class ShopDatabase(SqliteDatabase):
    """peewee's SQLite database, with every connection counted (see `store.files`) and a
    rollback that does not hide the real error.

    SQLite ends a transaction by itself on some errors (a full disk, an I/O error); a
    ROLLBACK after that fails with "cannot rollback - no transaction is active", and
    that message would replace the one that says what went wrong.
    """

    def _connect(self):
        files.connection_opened(self.database)
        try:
            return super()._connect()
        except BaseException:
            files.connection_closed(self.database)
            raise

    def _close(self, conn) -> None:
        try:
            super()._close(conn)
        finally:
            files.connection_closed(self.database)

    def _ended_by_sqlite(self) -> bool:
        return not self.is_closed() and not self._state.conn.in_transaction

    def rollback(self) -> None:
        if self._ended_by_sqlite():
            return
        super().rollback()

    def execute_sql(self, sql, params=None):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self._ended_by_sqlite():
            return None  # the whole transaction is already gone
        return super().execute_sql(sql, params)


def make_database(path: Path) -> SqliteDatabase:
    return ShopDatabase(
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
    with counted_connection(_readonly_uri(path, immutable), path) as connection:
        yield connection


@contextlib.contextmanager
def counted_connection(target: str, path: Path) -> Iterator[sqlite3.Connection]:
    """A plain `sqlite3` connection to `target` (a path or URI of `path`), counted."""
    files.connection_opened(path)
    try:
        connection = sqlite3.connect(target, uri=target.startswith("file:"), timeout=BUSY_TIMEOUT_S)
    except BaseException:
        files.connection_closed(path)
        raise
    try:
        yield connection
    finally:
        connection.close()
        files.connection_closed(path)


@contextlib.contextmanager
def commits_held(path: Path) -> Iterator[bool]:
    """Hold back every commit to `path` for a moment, if that can be done at once: yields
    True while no other connection can commit (this one holds the write lock without
    writing), False when another connection is writing this instant or the file cannot
    be written. Readers that begin their transactions meanwhile all see the same state."""
    try:
        with counted_connection(str(path), path) as connection:
            connection.isolation_level = None  # transactions as written, not as guessed
            connection.execute("PRAGMA busy_timeout = 0")
            try:
                connection.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:  # busy, or read-only
                yield False
                return
            try:
                yield True
            finally:
                connection.execute("ROLLBACK")
    except sqlite3.Error:
        yield False


def has_sqlite_header(path: Path) -> bool:
    """Whether the file starts as every SQLite database does (read without breaking the
    locks of this process's own connections to it)."""
    return files.read_bytes(path, len(SQLITE_HEADER)) == SQLITE_HEADER


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
            translate(
                "DatabaseFile", "{file} is not an EnquiryDesk database (it is not an SQLite file)."
            ).format(file=path)
        )
    for attempt in range(2):
        wal_before = _wal_present(path)
        try:
            with readonly_connection(path) as connection:
                problems = _quick_check(connection, full) if verify else []
                facts = _read_facts(connection, path)
        except UnicodeDecodeError as error:  # text in the schema no longer UTF-8: damage
            raise DamagedDatabaseError(
                translate(
                    "DatabaseFile",
                    "{file} is damaged and cannot be opened ({error}); restore a backup.",
                ).format(file=path, error=error)
            ) from error
        except sqlite3.DatabaseError as error:
            if attempt == 0 and not wal_before and _wal_present(path):
                continue  # a writer started while we read immutably; read again properly
            if not is_damage(error):  # busy, unreadable, out of memory: not the file's fault
                translated = translate_error(error)
                if translated is error:
                    translated = StoreError(
                        #: {error} is SQLite's own explanation, in English.
                        translate("DatabaseFile", "{file} cannot be read ({error}).").format(
                            file=path, error=error
                        )
                    )
                raise translated from error
            raise DamagedDatabaseError(
                #: {error} is SQLite's own explanation, in English.
                translate(
                    "DatabaseFile",
                    "{file} is damaged and cannot be opened ({error}); restore a backup.",
                ).format(file=path, error=error)
            ) from error
        if problems:
            if attempt == 0 and not wal_before and _wal_present(path):
                continue
            raise DamagedDatabaseError(
                #: {problem} is what the check found (often SQLite's own words, in English).
                translate(
                    "DatabaseFile",
                    "{file} is damaged ({problem}); nothing was written to it. Restore a backup.",
                ).format(file=path, problem=problems[0])
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
        raise ForeignDatabaseError(_foreign(path))
    row = connection.execute("SELECT app, version FROM schema_info ORDER BY id LIMIT 1").fetchone()
    if row is None or row[0] != APP_NAME:
        raise ForeignDatabaseError(_foreign(path))
    return FileFacts(empty=False, app=row[0], version=int(row[1]))


def _foreign(path: Path) -> str:
    return translate(
        "DatabaseFile", "{file} is an SQLite database of another program, not an EnquiryDesk file."
    ).format(file=path)


def integrity_problems(path: Path, *, read_back: bool = False) -> list[str]:
    """The full ``integrity_check`` and ``foreign_key_check`` of a file, read-only; with
    `read_back`, every row of every table is read too, so that a file that cannot be
    read back whole never passes. Raises a `StoreError` when the file cannot be looked
    at for another reason (busy, unreadable): that says nothing about damage."""
    try:
        with readonly_connection(path) as connection:
            problems = _quick_check(connection, full=True)
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
                problems.append(
                    #: A problem the check found; {table}, {parent}: the database's table names.
                    translate(
                        "DatabaseFile", "{table} row {row} points to a missing {parent}"
                    ).format(table=table, row=rowid, parent=parent)
                )
                if len(problems) > 20:
                    break
            if read_back and not problems:
                _read_every_row(connection)
    except sqlite3.DatabaseError as error:
        if not is_damage(error) and not isinstance(error, sqlite3.IntegrityError):
            translated = translate_error(error)
            if translated is not error:
                raise translated from error
        #: A problem the check found, put into a list or in brackets; {error} is SQLite's.
        return [translate("DatabaseFile", "it cannot be read ({error})").format(error=error)]
    return problems


def _read_every_row(connection: sqlite3.Connection) -> None:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    for table in tables:
        cursor = connection.execute(f'SELECT * FROM "{table}"')
        while cursor.fetchmany(10_000):
            pass


def set_application_id(database: SqliteDatabase) -> None:
    database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def backup_to(
    source: Path,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    connection: sqlite3.Connection | None = None,
    journal: Path | None = None,
) -> None:
    """Copy a live database with SQLite's online backup API, then verify the copy.

    The copy is written to a private temporary file beside `target` (noted in
    `journal`, so that a later start removes it if this program is killed) and given
    its name only once it passes ``integrity_check``, never over an existing file.
    The copy is read inside one read transaction on `connection` (the caller's own,
    e.g. the window's worker) or on a read-only connection of its own: a snapshot,
    which writers in other programs neither wait for nor restart. `progress` may
    raise to stop; nothing is left behind then.
    """
    files.make_private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with files.unfinished(partial, journal):
            files.create_private(partial)
            with contextlib.ExitStack() as stack:
                src = connection or stack.enter_context(
                    counted_connection(_readonly_uri(source, immutable=False), source)
                )
                dst = stack.enter_context(counted_connection(str(partial), partial))
                with _read_snapshot(src):
                    src.backup(dst, pages=4096, progress=_progress(progress))
                dst.execute("PRAGMA journal_mode=delete")
            problems = integrity_problems(partial)
            if problems:
                raise DamagedDatabaseError(
                    translate(
                        "DatabaseFile", "The backup copy failed its check ({problem})."
                    ).format(problem=problems[0])
                )
            _fsync_file(partial)
            files.rename_new(partial, target)
            _fsync_dir(target.parent)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise translate_error(error) from error
    except FileExistsError:
        partial.unlink(missing_ok=True)
        raise StoreError(
            translate(
                "DatabaseFile", "{file} already exists; a backup never replaces a file."
            ).format(file=target)
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def _read_snapshot(connection: sqlite3.Connection) -> Iterator[None]:
    """Hold one read transaction on `connection`: the backup API then copies that snapshot
    (released between its steps, a source that other programs write to makes it start
    over again and again, and a busy shop's backup would never end)."""
    if connection.in_transaction:
        yield
        return
    connection.execute("BEGIN")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield
    finally:
        connection.execute("COMMIT")


def backup_facts(path: Path) -> tuple[int, int]:
    """(enquiries, last change number) of an EnquiryDesk backup file, read-only."""
    with readonly_connection(path) as connection:
        enquiries = connection.execute("SELECT count(*) FROM enquiry").fetchone()[0]
        mark = connection.execute("SELECT max(id) FROM operation").fetchone()[0]
    return int(enquiries), int(mark or 0)


def owner_pin_hash(path: Path) -> str | None:
    """The owner's PIN hash in the file ("" when there is none), or None when the file
    cannot be read (damaged, not ours)."""
    try:
        with readonly_connection(path) as connection:
            row = connection.execute(
                "SELECT pin_hash FROM staff WHERE role = 'owner' AND active ORDER BY id LIMIT 1"
            ).fetchone()
    except sqlite3.Error:
        return None
    return (row[0] or "") if row else ""


def read_setting(path: Path, key: str) -> str | None:
    """A setting's stored (JSON) text, read straight from the file without opening it as
    a store (the file may be damaged, or not ours); None when it cannot be read."""
    try:
        with readonly_connection(path) as connection:
            row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def _progress(progress: Callable[[int, int], None] | None):
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def restore_into(
    database: SqliteDatabase, source: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """Replace the live database's content with `source`, page by page, under SQLite's lock.

    Other connections (the window, another command) see the restored content on
    their next transaction; nothing swaps files under them.
    """
    with readonly_connection(source) as src:
        src.backup(database.connection(), pages=4096, progress=_progress(progress))


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


def driver_error(error: BaseException | None) -> sqlite3.Error | None:
    """The `sqlite3` error behind `error` (peewee wraps it: the original is its first
    argument and its context), or None."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, sqlite3.Error):
            return error
        seen.add(id(error))
        first = error.args[0] if error.args else None
        error = first if isinstance(first, BaseException) else error.__cause__ or error.__context__
    return None


def is_damage(error: BaseException) -> bool:
    """Whether SQLite said the file itself is damaged (not busy, not unreadable)."""
    code = getattr(driver_error(error), "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def translate_error(error: BaseException, path: Path | None = None) -> BaseException:
    """Tell environment problems from bugs by SQLite's result code: a `StoreError` with a
    plain sentence for what the user can act on, `error` itself for anything else.

    With `path` (the database), damage found this way is marked on the file (see
    `store.health`), and a read-only folder is told from a read-only file.
    """
    if isinstance(error, StoreError):
        return error
    found = driver_error(error)
    code = getattr(found, "sqlite_errorcode", None)
    if found is None or code is None:
        return error
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        return DiskFullError(health.disk_full())
    if is_damage(found):
        if path is not None:
            health.mark_damaged(path, str(found))
        return DamagedDatabaseError(
            translate(
                "DatabaseFile",
                "The database is damaged; EnquiryDesk stopped writing to it. Restore a backup.",
            )
        )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusyError(
            translate(
                "DatabaseFile",
                "Another program kept the database busy for too long; nothing was saved. "
                "Try again.",
            )
        )
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        return _not_writable(path, primary == sqlite3.SQLITE_CANTOPEN)
    if primary == sqlite3.SQLITE_IOERR:
        if path is not None and not health.space(path).enough:
            return DiskFullError(health.disk_full())
        return StoreError(
            translate(
                "DatabaseFile",
                "The disk could not read or write the database (an input/output error); nothing "
                "was saved. Check the disk and try again.",
            )
        )
    if primary == sqlite3.SQLITE_NOMEM:
        return StoreError(
            translate(
                "DatabaseFile", "The computer ran out of memory; nothing was saved. Try again."
            )
        )
    return error


def _not_writable(path: Path | None, cannot_open: bool) -> StoreError:
    if path is not None:
        folder = path.expanduser().absolute().parent
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return StoreError(
                translate(
                    "DatabaseFile",
                    "The folder {folder} is read-only: SQLite must write its journal beside the "
                    "database, so nothing can be saved. Move the file to a folder you can write "
                    "to.",
                ).format(folder=folder)
            )
        if path.exists() and not os.access(path, os.W_OK):
            return StoreError(
                translate(
                    "DatabaseFile",
                    "The database file {file} is read-only; EnquiryDesk cannot save to it.",
                ).format(file=path)
            )
    if cannot_open:
        return StoreError(
            translate(
                "DatabaseFile",
                "The database file cannot be opened; check that its folder exists and is yours.",
            )
        )
    return StoreError(
        translate(
            "DatabaseFile",
            "The database cannot be written to (the file or its folder is read-only); "
            "nothing was saved.",
        )
    )
