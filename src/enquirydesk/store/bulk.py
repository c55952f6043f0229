"""Writing many rows fast: plain ``executemany`` in one transaction, batched.

peewee's `insert_many` builds a query object per batch and converts every value;
for demo data and imports of hundreds of thousands of rows the bare DB-API
cursor is an order of magnitude faster (PERFORMANCE.md). Values passed here must
already be in storage form: times as ``YYYY-MM-DD HH:MM:SS`` text (see
`db_time`), money as integer cents, booleans as 0/1.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

import peewee

from enquirydesk.store import customer_index, models

BULK_CACHE_KIB = 256 * 1024


def db_time(moment: datetime | None) -> str | None:
    """A time in the form peewee stores `DateTimeField`s in."""
    return None if moment is None else moment.isoformat(" ", "seconds")


class BulkWriter:
    """Inserts rows into several tables inside one transaction (see `bulk_transaction`).

    `once_indexed` holds what must run in the same transaction once the indexes are
    back (an update that searches the loaded rows)."""

    def __init__(self, database: peewee.Database) -> None:
        self.once_indexed: list[Callable[[], object]] = []
        self.database = database
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}

    def insert(
        self, model: type[models.BaseModel], columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        key = (model._meta.table_name, tuple(columns))
        sql = self._sql.get(key)
        if sql is None:
            marks = ", ".join([self.database.param] * len(columns))
            names = ", ".join(f'"{c}"' for c in columns)
            sql = f'INSERT INTO "{key[0]}" ({names}) VALUES ({marks})'
            self._sql[key] = sql
        cursor = self.database.cursor()
        cursor.executemany(sql, rows)


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
            # Rows may come before the rows they point to; keys are checked at commit.
            database.execute_sql("PRAGMA defer_foreign_keys = ON")
            dropped: list[tuple[str, str]] = []
            if sqlite:
                dropped = _secondary_indexes(database, tables)
                for name, _ in dropped:
                    database.execute_sql(f'DROP INDEX "{name}"')
            with contextlib.ExitStack() as later:
                if "customer" in tables:  # its search index: filled once at the end
                    later.enter_context(customer_index.suspended(database))
                writer = BulkWriter(database)
                yield writer
            for _, sql in dropped:
                database.execute_sql(sql)
            if sqlite:
                database.execute_sql("PRAGMA analysis_limit = 0")  # the planner needs full stats
                database.execute_sql("ANALYZE")
            for step in writer.once_indexed:
                step()
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


def mark_returning(first_id: int, last_id: int, returning_source_id: int) -> int:
    """Enquiries `first_id`…`last_id` that name no source and whose customer had an
    enquiry received before (in the database or the same load) came from a returning
    customer: decided by received time, not by the order the rows were loaded in."""
    cursor = models.database.execute_sql(
        "UPDATE enquiry SET source_id = ? WHERE id BETWEEN ? AND ? AND source_id IS NULL"
        " AND EXISTS (SELECT 1 FROM enquiry AS earlier"
        " WHERE earlier.customer_id = enquiry.customer_id AND earlier.deleted_at IS NULL"
        " AND (earlier.received_at < enquiry.received_at"
        " OR (earlier.received_at = enquiry.received_at AND earlier.id < enquiry.id)))",
        (returning_source_id, first_id, last_id),
    )
    return cursor.rowcount


def write_setting(key: str, text: str) -> None:
    """Store a setting's JSON text as part of a bulk load (an import's remembered columns)."""
    models.Setting.insert(key=key, value=text).on_conflict(
        conflict_target=[models.Setting.key], update={models.Setting.value: text}
    ).execute()
