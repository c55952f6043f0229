"""Everything PostgreSQL-only lives here: connecting to the shop's server, the SQL
counterparts of what the rest of the store writes for SQLite, transactions, and
errors in plain words. The store's other modules ask `is_server(database)` where the
two engines differ; nothing outside the store knows which one is in use.

- **Addresses**: ``postgresql://user@host:port/database`` (``postgres://`` too). A
  password is never written in a settings file: it comes from the caller (the system
  keyring, see `services.servers`), ``PGPASSWORD`` or the user's ``.pgpass``.
- **SQL**: the store's hand-written SQL uses SQLite's ``?`` parameters; they become
  psycopg's ``%s`` on the way (`portable`). A few SQLite functions the store uses get
  PostgreSQL definitions of the same name and meaning in the shop's database (`SHIMS`):
  ``substr`` of a time (the received month of the report's indexes), ``group_concat``,
  ``iif``, ``json_extract``, ``SUM`` of a truth value, and the ``nocase`` collation.
- **Transactions**: a write takes the shop's write lock (a transaction-level advisory
  lock) before anything else, as SQLite's ``BEGIN IMMEDIATE`` does: two counters saving
  at the same moment queue for a few milliseconds instead of one of them failing, and
  what a write reads (the undo's check that nobody changed the row since) is what it
  changes. A snapshot (several reads that must agree) is one REPEATABLE READ
  transaction, which takes no lock.
- **A dead network** never hangs the window: connecting gives up after a few seconds,
  keep-alives notice a server that went away, and a connection found broken between
  transactions is opened again.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import hashlib
import os
import re
import shutil
import subprocess
import threading
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import peewee

from enquirydesk import paths
from enquirydesk.domain.errors import (
    DatabaseBusyError,
    DiskFullError,
    ServerUnreachableError,
    StoreError,
)
from enquirydesk.i18n import translate

SCHEMES = ("postgresql://", "postgres://")
#: Seconds to wait for the server to answer a connection.
CONNECT_TIMEOUT_S = 5
#: The key of the shop's write lock (``pg_advisory_xact_lock``): "EQDK" in ASCII.
WRITE_LOCK = 0x45514B44
#: How long a write waits for another PC's to finish before saying so.
WRITE_WAIT_S = 30.0
#: The channel other programs on the same shop's database are told of saved changes on.
CHANNEL = "enquirydesk_changes"


def is_address(target: object) -> bool:
    """Whether `target` (a path or text) names a database server rather than a file."""
    return str(target).startswith(SCHEMES)


def is_server(database: object) -> bool:
    """Whether `database` (or the database behind a proxy) is a PostgreSQL server's."""
    if isinstance(database, peewee.DatabaseProxy):
        database = database.obj
    return isinstance(database, peewee.PostgresqlDatabase)


def without_password(address: str) -> str:
    """The address with any password taken out: what may be shown and remembered."""
    parts = urllib.parse.urlsplit(address)
    if parts.password is None:
        return address
    user = urllib.parse.quote(urllib.parse.unquote(parts.username or ""), safe="")
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{user}@{host}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def describe(address: str) -> str:
    """ "shop on 192.168.1.10": how the window and messages name a server database."""
    parts = urllib.parse.urlsplit(address)
    database = parts.path.lstrip("/") or (parts.username or "")
    return translate("Store", "{database} on {host}").format(
        database=database, host=parts.hostname or "localhost"
    )


def database_name(address: str) -> str:
    return urllib.parse.unquote(urllib.parse.urlsplit(address).path.lstrip("/"))


def identity_path(address: str) -> Path:
    """A stand-in path for what this program keeps per database on this PC (the window's
    layout, the one-window lock): a name under the data folder, never a file of data."""
    plain = without_password(address)
    parts = urllib.parse.urlsplit(plain)
    readable = re.sub(r"[^A-Za-z0-9.-]+", "-", f"{parts.hostname}-{parts.port or 5432}-"
                      f"{parts.path.lstrip('/')}").strip("-")  # fmt: skip
    digest = hashlib.sha256(plain.encode()).hexdigest()[:8]
    return paths.data_dir() / "servers" / f"{readable}-{digest}.server"


# -- SQL ---------------------------------------------------------------------------------

_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")


@functools.lru_cache(maxsize=2048)
def portable(sql: str) -> str:
    """The store's SQL as psycopg takes it: ``?`` parameters (outside quotes) become
    ``%s`` and a literal ``%`` is doubled; peewee's own SQL (already ``%s``) and quoted
    text pass unchanged, as do ``temp."…"`` tables, named ``pg_temp`` here."""
    if not _SQLITE_ONLY.search(sql):
        return sql
    if "%s" in sql and "?" not in sql:
        return sql  # peewee's
    out, last = [], 0
    for quoted in _QUOTED.finditer(sql):
        out.append(_plain(sql[last : quoted.start()]))
        out.append(quoted.group().replace("%", "%%"))
        last = quoted.end()
    out.append(_plain(sql[last:]))
    return "".join(out)


_SQLITE_ONLY = re.compile(r"[?%]|\btemp\.|BY \+|INDEXED BY")


def _plain(part: str) -> str:
    """Outside quotes: SQLite's ``INDEXED BY`` and ``+column`` hints to its planner are
    dropped (the server's planner has statistics of its own)."""
    part = part.replace("%", "%%").replace("?", "%s").replace("ORDER BY +", "ORDER BY ")
    part = re.sub(r"\s+INDEXED BY \w+", "", part)
    return re.sub(r"\btemp\.", "pg_temp.", part)


#: PostgreSQL definitions of the SQLite functions the store's SQL uses, and of the
#: ``nocase`` collation (a letter case-blind order, as SQLite's NOCASE).
SHIMS = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # The first characters of a time as SQLite keeps it ("2026-03-02 10:00:00"): the
    # received month of the report's indexes is substr(received_at, 1, 7).
    "CREATE OR REPLACE FUNCTION substr(timestamp, integer, integer) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS "
    "$$ SELECT substr(to_char($1, 'YYYY-MM-DD HH24:MI:SS'), $2, $3) $$",
    "CREATE OR REPLACE FUNCTION iif(boolean, anyelement, anyelement) RETURNS anyelement "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN $1 THEN $2 ELSE $3 END $$",
    "CREATE OR REPLACE FUNCTION enquirydesk_concat(text, anyelement, text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    "$$ SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2::text "
    "ELSE $1 || $3 || $2::text END $$",
    "CREATE OR REPLACE FUNCTION enquirydesk_concat(text, anyelement) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    "$$ SELECT enquirydesk_concat($1, $2, ',') $$",
    "CREATE OR REPLACE FUNCTION enquirydesk_add(bigint, boolean) RETURNS bigint "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    "$$ SELECT CASE WHEN $2 IS NULL THEN $1 ELSE coalesce($1, 0) + $2::integer END $$",
    # A value of a JSON text by its path ("$.customer_id"), as text.
    "CREATE OR REPLACE FUNCTION json_extract(text, text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS "
    "$$ SELECT ($1::jsonb) #>> string_to_array(substr($2, 3), '.') $$",
    # Aggregates have no CREATE OR REPLACE before PostgreSQL 16: made once.
    "DO $$ BEGIN "
    "IF to_regprocedure('group_concat(anyelement, text)') IS NULL THEN "
    "CREATE AGGREGATE group_concat(anyelement, text) "
    "(SFUNC = enquirydesk_concat, STYPE = text); END IF; "
    "IF to_regprocedure('group_concat(anyelement)') IS NULL THEN "
    "CREATE AGGREGATE group_concat(anyelement) (SFUNC = enquirydesk_concat, STYPE = text); "
    "END IF; "
    "IF to_regprocedure('sum(boolean)') IS NULL THEN "
    "CREATE AGGREGATE sum(boolean) (SFUNC = enquirydesk_add, STYPE = bigint); END IF; "
    "IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'nocase') THEN "
    "CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', "
    "deterministic = false); END IF; "
    "END $$",
    # The words of a name or an address as the search compares them: lower case, without
    # accents ("Kovač" → "kovac"), each word between spaces.
    "CREATE OR REPLACE FUNCTION enquirydesk_words(text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS "
    "$$ SELECT ' ' || trim(regexp_replace(lower(public.unaccent('public.unaccent', $1)), "
    "'[^[:alnum:]]+', ' ', 'g')) || ' ' $$",
)


#: The enquiries' sort indexes, made again in the server's own form: the id after the
#: column (SQLite's indexes hold it by themselves), so that ties come in id order
#: straight from the index; and a column that may hold no value with no value first,
#: the order SQLite gives (and the enquiries table shows).
SORT_INDEXES = (
    ("enquiry_received", '"received_at", "id"'),
    ("enquiry_interest", '"interest" COLLATE nocase, "id"'),
    ("enquiry_response", '"response_business_seconds" NULLS FIRST, "id"'),
    (
        "enquiry_value",
        'coalesce("purchase_value_cents", "estimated_value_cents") NULLS FIRST, "id"',
    ),
    ("enquiry_next_followup", '"next_followup_at" NULLS FIRST, "id"'),
)
#: Of the orders, those over a column that may hold no value.
NULLABLE_ORDERS = ("response", "value", "next")


def create_indexes(database: peewee.Database) -> None:
    """The server's own forms of indexes the models declare (see `SORT_INDEXES`)."""
    for name, columns in SORT_INDEXES:
        database.execute_sql(f'DROP INDEX "{name}"')
        database.execute_sql(
            f'CREATE INDEX "{name}" ON "enquiry" ({columns}) WHERE deleted_at IS NULL'
        )


class ServerDatabase(peewee.PostgresqlDatabase):
    """peewee's PostgreSQL database with the store's SQL made portable, the shop's write
    lock on every write transaction, and a broken connection opened again between
    transactions (a server restarted, a laptop back from sleep)."""

    def __init__(self, address: str, password: str | None = None) -> None:
        params = {
            "conninfo": address,
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "EnquiryDesk",
            # A server that went away is noticed within half a minute, not hours.
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            # A shop's server is a PC with a solid-state disk: reading a row by its index
            # costs little more than reading it in turn (the default assumes spinning ones).
            "options": "-c random_page_cost=1.1",
        }
        if password:
            params["password"] = password
        super().__init__(address, prefer_psycopg3=True, autoconnect=True, **params)
        given = urllib.parse.urlsplit(address).password
        self.address = address
        self.password = password or (urllib.parse.unquote(given) if given else None)

    def begin(self, kind: str | None = None) -> None:  # type: ignore[override]
        """``DEFERRED``: a snapshot for reading; anything else: a write, in the queue. A
        connection found dead on the way in (the server restarted, the network came
        back) is opened again, once: nothing of the transaction was sent yet."""
        try:
            self._begin(kind)
        except peewee.OperationalError:
            if not self._dead():
                raise
            self.close()
            self.connect()
            self._begin(kind)

    def _dead(self) -> bool:
        return self.is_closed() or bool(self._state.conn.closed) or not self.is_connection_usable()

    def _begin(self, kind: str | None) -> None:
        with peewee.__exception_wrapper__:
            cursor = self.cursor()
            if kind == "DEFERRED":
                cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            else:
                cursor.execute("BEGIN")
                # As long as a file's busy timeout: then "another PC is saving", in words.
                cursor.execute(f"SET LOCAL lock_timeout = '{int(WRITE_WAIT_S * 1000)}ms'")
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    def cursor(self, named_cursor=None):
        if (
            self.transaction_depth() == 0
            and not self.is_closed()
            and not self.is_connection_usable()
        ):
            self.close()  # the server restarted or the network dropped: open anew
        if self.is_closed():
            self.connect()
        return _Cursor(super().cursor(named_cursor))


class _Cursor:
    """A psycopg cursor taking the store's SQL as written (see `portable`)."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor) -> None:
        self._cursor = cursor

    def execute(self, sql, params=None):
        return self._cursor.execute(portable(sql), params)

    def executemany(self, sql, rows):
        return self._cursor.executemany(portable(sql), rows)

    def __getattr__(self, name):
        return getattr(self._cursor, name)

    def __iter__(self):
        return iter(self._cursor)


class Listener:
    """A connection of its own that hears the other PCs' saved changes (``LISTEN``):
    `wait` returns as soon as one is announced, or after `timeout` seconds. Used by one
    thread; a lost connection is opened again at the next `wait`."""

    def __init__(self, address: str, password: str | None) -> None:
        given = urllib.parse.urlsplit(address).password
        self.address = address
        self.password = password or (urllib.parse.unquote(given) if given else None)
        self.connection = None

    def wait(self, timeout: float) -> bool:
        """Whether a change was announced (False: the time ran out, or the server cannot
        be reached just now; the caller looks for changes either way)."""
        import psycopg

        try:
            if self.connection is None or self.connection.closed:
                self.connection = psycopg.connect(
                    self.address, password=self.password, autocommit=True,
                    connect_timeout=CONNECT_TIMEOUT_S, application_name="EnquiryDesk",
                )  # fmt: skip
                self.connection.execute(f"LISTEN {CHANNEL}")
            for _ in self.connection.notifies(timeout=timeout, stop_after=1):
                return True
        except psycopg.Error:
            self.close()
            threading.Event().wait(timeout)
        return False

    def close(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(Exception):
                self.connection.close()
            self.connection = None


def announce(database: peewee.Database, operation_id: int) -> None:
    """Tell the other PCs, when this transaction commits, that an operation was saved."""
    database.execute_sql("SELECT pg_notify(?, ?)", (CHANNEL, str(operation_id)))


def make_database(address: str, password: str | None = None) -> ServerDatabase:
    return ServerDatabase(address, password)


def install_shims(database: peewee.Database) -> None:
    for sql in SHIMS:
        database.execute_sql(sql)


def update_sequences(database: peewee.Database, tables: list[str]) -> None:
    """After rows were written with their ids given (a copy, a bulk load): each table's
    next id after its largest."""
    for table in tables:
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'
        )


#: How often a statement that may be stopped asks whether to go on (seconds).
WATCH_S = 0.02


@contextlib.contextmanager
def cancelled_when(database: peewee.Database, stop: Callable[[], bool]) -> Iterator[None]:
    """The statements inside are cancelled on the server as soon as `stop()` says so (a
    newer search made their answer useless, or they took too long): they end with an
    error `was_cancelled` recognises."""
    connection = database.connection()
    done = threading.Event()

    def watch() -> None:
        while not done.wait(WATCH_S):
            if stop():
                with contextlib.suppress(Exception):
                    connection.cancel_safe(timeout=2)
                return

    watcher = threading.Thread(target=watch, name="enquirydesk-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


def was_cancelled(error: BaseException) -> bool:
    found = driver_error(error)
    return getattr(getattr(found, "diag", None), "sqlstate", None) == "57014"


def driver_error(error: BaseException | None):
    """The psycopg error behind `error` (peewee wraps them), or None."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    while error is not None:
        if isinstance(error, psycopg.Error):
            return error
        error = error.__cause__ or error.__context__
    return None


def translate_error(error: BaseException, address: str = "") -> BaseException:
    """A server's error as a `StoreError` with a plain sentence, when it is about the
    server or the network rather than a bug; `error` itself otherwise."""
    found = driver_error(error)
    if found is None:
        return error
    where = describe(address) if address else translate("Store", "the shop's server")
    state = getattr(getattr(found, "diag", None), "sqlstate", None) or ""
    message = str(found)
    refused = re.search(
        r"password authentication failed|no password supplied|role \".*\" does not exist|"
        r"no pg_hba.conf entry",
        message,
    )
    if state in ("28P01", "28000") or refused:
        return ServerUnreachableError(
            translate("Store", "The server refused the user name or password for {where}.").format(
                where=where
            )
        )
    if state == "3D000" or re.search(r"database \".*\" does not exist", message):
        return ServerUnreachableError(
            translate(
                "Store",
                "The server has no database {database}; check its name, or ask whoever set "
                "up the server to create it.",
            ).format(database=database_name(address) if address else "")
        )
    if state in ("53100",):
        return DiskFullError(translate("Store", "The server's disk is full; nothing was saved."))
    if state in ("40001", "40P01", "55P03"):
        return DatabaseBusyError(
            translate("Store", "Another PC was saving the same thing at this moment; try again.")
        )
    import psycopg

    # A connection the driver gave up on (no answer within the time allowed, a dropped
    # network) has no SQL state; a cancelled statement is not about the server.
    lost = isinstance(found, (psycopg.OperationalError, psycopg.InterfaceError))
    if state.startswith(("08", "57P")) or (lost and state != "57014"):
        return ServerUnreachableError(
            translate(
                "Store",
                "The shop's server ({where}) cannot be reached; check the network and "
                "that the server is running.",
            ).format(where=where)
        )
    if state == "42501":
        return StoreError(
            translate(
                "Store", "The server does not let this user change {where}; ask the owner."
            ).format(where=where)
        )
    return error


# -- backups -------------------------------------------------------------------------------


def pg_dump() -> Path | None:
    """PostgreSQL's own backup program, where it is installed (on the PATH, or in the
    usual folders of the Linux packages and the Windows installer)."""
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    candidates = glob.glob("/usr/lib/postgresql/*/bin/pg_dump") + glob.glob(
        r"C:\Program Files\PostgreSQL\*\bin\pg_dump.exe"
    )
    newest = sorted(candidates, key=lambda p: [int(x) for x in re.findall(r"\d+", p)])
    return Path(newest[-1]) if newest else None


def dump_to(address: str, password: str | None, target: Path, program: Path) -> None:
    """The whole database in PostgreSQL's own archive format (``pg_dump -Fc``, restored
    with ``pg_restore``), written beside `target` and given its name only when whole."""
    partial = target.with_name(target.name + ".partial")
    environment = dict(os.environ)
    if password:
        environment["PGPASSWORD"] = password
    done = subprocess.run(
        [str(program), "--format=custom", "--no-owner", f"--file={partial}",
         f"--dbname={without_password(address)}"],
        env=environment, capture_output=True, text=True, timeout=24 * 3600,
    )  # fmt: skip
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        last = (done.stderr.strip().splitlines() or [""])[-1]
        raise StoreError(
            translate("Store", "pg_dump could not back up {where} ({reason}).").format(
                where=describe(address), reason=last.removeprefix("pg_dump: error: ")
            )
        )
    os.replace(partial, target)


def copy_rows(database: peewee.Database, table: str, columns: Sequence[str], rows) -> None:
    """Rows into a table by COPY, the server's own bulk load (several times faster than
    an INSERT a row): values in storage form, times as text and truth values as 0/1
    read as they are."""
    names = ", ".join(f'"{c}"' for c in columns)
    with database.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)
