"""Writing many rows fast: plain ``executemany`` in one transaction, batched.

peewee's `insert_many` builds a query object per batch and converts every value;
for demo data and imports of hundreds of thousands of rows the bare DB-API
cursor is an order of magnitude faster (PERFORMANCE.md). Values passed here must
already be in storage form: times as ``YYYY-MM-DD HH:MM:SS`` text (see
`db_time`), money as integer cents, booleans as 0/1. A load's own questions about the
database as it was before it (the customers an import matches) are answered here too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import peewee

from enquirydesk.store import customer_index, models, postgres

BULK_CACHE_KIB = 256 * 1024


def db_time(moment: datetime | None) -> str | None:
    """A time in the form peewee stores `DateTimeField`s in."""
    return None if moment is None else moment.isoformat(" ", "seconds")


class BulkWriter:
    """Inserts rows into several tables inside one transaction (see `bulk_transaction`)."""

    def __init__(
        self, database: peewee.Database, customers: customer_index.Unindexed | None = None
    ) -> None:
        self.database = database
        #: The customers' word index, which the load may bring up to date as it goes.
        self.customers = customers or customer_index.Unindexed()
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}

    def insert(
        self, model: type[models.BaseModel], columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        key = (model._meta.table_name, tuple(columns))
        if postgres.is_server(self.database):
            postgres.copy_rows(self.database, key[0], columns, rows)
            return
        sql = self._sql.get(key)
        if sql is None:
            marks = ", ".join([self.database.param] * len(columns))
            names = ", ".join(f'"{c}"' for c in columns)
            sql = f'INSERT INTO "{key[0]}" ({names}) VALUES ({marks})'
            self._sql[key] = sql
        self.database.cursor().executemany(sql, rows)


def _secondary_indexes(database: peewee.Database, tables: Iterable[str]) -> list[tuple[str, str]]:
    """(name, CREATE INDEX sql) of the ordinary indexes on `tables` (SQLite catalogue)."""
    wanted = list(tables)
    marks = ", ".join("?" * len(wanted))
    cursor = database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})",
        wanted,
    )
    return [(name, sql) for name, sql in cursor.fetchall() if " UNIQUE " not in sql.upper()]


@contextlib.contextmanager
def bulk_transaction(
    database: peewee.Database, tables: Sequence[str] = (), rebuild_indexes: bool = False
) -> Iterator[BulkWriter]:
    """One transaction for a bulk load of rows the program made itself.

    With `rebuild_indexes` (for tables empty or small beside the load) SQLite's secondary
    indexes are dropped first and built once at the end, and foreign keys are not
    checked row by row: several times faster. The caller guarantees the keys
    (the tests run `PRAGMA foreign_key_check` over what it writes).
    """
    sqlite = rebuild_indexes and isinstance(database, peewee.SqliteDatabase)
    if sqlite:
        database.execute_sql("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction
        # A larger page cache keeps the load from spilling half-built pages to the WAL.
        cache = database.execute_sql("PRAGMA cache_size").fetchone()[0]
        database.execute_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        with database.atomic():
            if not postgres.is_server(database):
                # Rows may come before the rows they point to; keys are checked at commit.
                database.execute_sql("PRAGMA defer_foreign_keys = ON")
            dropped: list[tuple[str, str]] = []
            if sqlite:
                dropped = _secondary_indexes(database, tables)
                for name, _ in dropped:
                    database.execute_sql(f'DROP INDEX "{name}"')
            with contextlib.ExitStack() as later:
                unindexed = None
                if "customer" in tables:  # its word index: filled as it goes, or at the end
                    unindexed = later.enter_context(customer_index.suspended(database))
                writer = BulkWriter(database, unindexed)
                yield writer
            for _, sql in dropped:
                database.execute_sql(sql)
            if postgres.is_server(database):  # rows were written with their ids given
                postgres.update_sequences(database, list(tables))
            if sqlite:
                database.execute_sql("PRAGMA analysis_limit = 0")  # the planner needs full stats
                database.execute_sql("ANALYZE")
    finally:
        if sqlite:
            database.execute_sql("PRAGMA foreign_keys = ON")
            database.execute_sql(f"PRAGMA cache_size = {cache}")


def record_operation(
    *, at: datetime, staff: int | None, actor: str, action: str, summary: str
) -> int:
    """The operation that names a bulk load (demo data, an import) in the change log."""
    return int(
        models.Operation.insert(
            at=at, staff=staff, actor=actor, action=action, summary=summary
        ).execute()
    )


def update_customers(rows: Iterable[dict[str, Any]]) -> None:
    """Bring customers made by this load up to date with what later rows told of them."""
    models.database.cursor().executemany(
        'UPDATE "customer" SET "name" = ?, "name_key" = ?, "phone" = ?, "email" = ? WHERE "id" = ?',
        [(c["name"], c["name_key"], c["phone"], c["email"], c["id"]) for c in rows],
    )


def set_business_seconds(pairs: Iterable[tuple[int, int]]) -> None:
    """(business seconds, enquiry id) pairs: derived data, recomputed, not change-logged."""
    models.database.cursor().executemany(
        "UPDATE enquiry SET response_business_seconds = ? WHERE id = ?", list(pairs)
    )


def mark_returning(enquiry_ids: Iterable[int], returning_source_id: int) -> None:
    """These enquiries of the load, written without a source as their customer's first,
    came from a returning customer after all: a later row was an earlier enquiry."""
    models.database.cursor().executemany(
        "UPDATE enquiry SET source_id = ? WHERE id = ? AND source_id IS NULL",
        [(returning_source_id, enquiry_id) for enquiry_id in enquiry_ids],
    )


def write_setting(key: str, text: str) -> None:
    """Store a setting's JSON text as part of a bulk load (an import's remembered columns)."""
    models.Setting.insert(key=key, value=text).on_conflict(
        conflict_target=[models.Setting.key], update={models.Setting.value: text}
    ).execute()


# -- what a load reads of the database as it was before it ------------------------------
#
# A load asks about the database batch after batch while its own rows pile up in the same
# tables, often with the indexes dropped (`bulk_transaction`). These read by rowid range
# only the rows that were there before the load: without an index that is a scan of the
# database as it was, not of everything loaded so far.

_VALUES = 5_000  # values bound to one statement


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    ordered = list(values)
    for start in range(0, len(ordered), _VALUES):
        yield ordered[start : start + _VALUES]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def customer_ids_before(first_customer: int, wanted: Mapping[str, Iterable[str]]) -> set[int]:
    """The ids below `first_customer` of customers with one of the `wanted` ``phone``,
    ``email`` (also among their other numbers and addresses) or ``name_key`` values; the
    live ones among them are sorted out by `known_customers`."""
    cursor = models.database.cursor()
    ids: set[int] = set()
    for column in ("phone", "email", "name_key"):
        for batch in _chunks(wanted.get(column, ())):
            marks = _marks(batch)
            # `deleted_at IS NULL` lets SQLite use the partial index when it is there.
            sql = (
                f'SELECT id FROM customer WHERE id < ? AND deleted_at IS NULL AND "{column}" '
                f"IN ({marks})"
            )
            ids.update(row[0] for row in cursor.execute(sql, [first_customer, *batch]))
            if column != "name_key":  # their other numbers and addresses
                sql = (
                    "SELECT customer_id FROM customer_contact_info WHERE customer_id < ? "
                    f"AND kind = ? AND value IN ({marks})"
                )
                ids.update(row[0] for row in cursor.execute(sql, [first_customer, column, *batch]))
    return ids


def customer_values_before(first_customer: int) -> Iterator[tuple[str, str, int]]:
    """(``phone``/``email``/``name_key``, value, customer id) of every live customer below
    `first_customer`, their other numbers and addresses too: for a load that looks up more
    values than there are customers (one pass over them instead of a query per batch)."""
    cursor = models.database.cursor()
    cursor.execute(
        "SELECT id, phone, email, name_key FROM customer WHERE id < ? AND deleted_at IS NULL",
        (first_customer,),
    )
    live: set[int] = set()
    for id_, phone, email, key in cursor.fetchall():
        live.add(id_)
        for how, value in (("phone", phone), ("email", email), ("name_key", key)):
            if value:
                yield how, value, id_
    cursor.execute(
        "SELECT customer_id, kind, value FROM customer_contact_info WHERE customer_id < ?",
        (first_customer,),
    )
    for id_, kind, value in cursor.fetchall():
        if id_ in live:
            yield kind, value, id_


def known_customers(ids: Iterable[int], first_enquiry: int) -> list[dict[str, Any]]:
    """The live customers among `ids` (customers from before the load): id, name,
    name_key, phone, email, created_at, ``last_seen`` (their latest enquiry from before the
    load: ids below `first_enquiry`), ``first_seen`` (their earliest one's received time as
    stored, for comparing with the load's) and ``others`` (their other numbers and
    addresses by kind); the most recently seen first."""
    cursor = models.database.cursor()
    found: dict[int, dict[str, Any]] = {}
    created = models.Customer.created_at.python_value
    received = models.Enquiry.received_at.python_value
    for batch in _chunks(sorted(ids)):
        marks = _marks(batch)
        for id_, name, key, phone, email, at in cursor.execute(
            "SELECT id, name, name_key, phone, email, created_at FROM customer "
            f"WHERE deleted_at IS NULL AND id IN ({marks})",
            batch,
        ).fetchall():
            found[id_] = {
                "id": id_, "name": name, "name_key": key, "phone": phone, "email": email,
                "created_at": created(at), "last_seen": None, "first_seen": None,
                "others": {"phone": [], "email": []},
            }  # fmt: skip
        for customer, latest, earliest in cursor.execute(
            "SELECT customer_id, max(received_at), min(received_at) FROM enquiry WHERE id < ? "
            f"AND deleted_at IS NULL AND customer_id IN ({marks}) GROUP BY customer_id",
            [first_enquiry, *batch],
        ).fetchall():
            if customer in found:
                first = earliest if isinstance(earliest, str) else db_time(earliest)
                found[customer].update(last_seen=received(latest), first_seen=first)
        for customer, kind, value in cursor.execute(
            "SELECT customer_id, kind, value FROM customer_contact_info "
            f"WHERE customer_id IN ({marks}) ORDER BY id",
            batch,
        ).fetchall():
            if customer in found:
                found[customer]["others"][kind].append(value)
    rows = list(found.values())
    rows.sort(key=lambda r: (r["last_seen"] or r["created_at"], r["id"]), reverse=True)
    return rows


def enquiry_keys_before(
    first_enquiry: int, customer_ids: Iterable[int]
) -> set[tuple[int, datetime, int]]:
    """(customer, received at, channel id) of the live enquiries from before the load (ids
    below `first_enquiry`) of these customers."""
    cursor = models.database.cursor()
    received = models.Enquiry.received_at.python_value
    keys: set[tuple[int, datetime, int]] = set()
    for batch in _chunks(dict.fromkeys(customer_ids)):
        cursor.execute(
            "SELECT customer_id, received_at, channel_id FROM enquiry WHERE id < ? "
            f"AND deleted_at IS NULL AND customer_id IN ({_marks(batch)})",
            [first_enquiry, *batch],
        )
        keys.update((customer, received(at), channel) for customer, at, channel in cursor)
    return keys
