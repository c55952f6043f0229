"""Copying a whole shop from one database to another, engine to engine: a file to the
shop's new server, or the server's database back into a file (`services.move`).

Every table is copied row for row with its ids, the change log (undo history) and the
secrets too — it is the same shop in a new place, not an export. The source is read
through a database object of its own (the models stay bound to the target), table by
table in id order from a cursor, a batch at a time; the target must be a new, empty
EnquiryDesk database: its seeded catalogues and settings are replaced by the source's.
A column that points at a row of its own table (who recommended a customer, which
operation an undo undid) is filled in after the table is copied, as that row may come
later. Everything is written in one transaction: a failed copy leaves the target as
empty as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

import peewee

from enquirydesk.store import bulk, postgres, sqlite
from enquirydesk.store.models import ALL_MODELS, BaseModel, CatalogItem, SchemaInfo, Setting

BATCH = 5_000
#: What is copied, parents before children; the target keeps its own schema_info.
MODELS: tuple[type[BaseModel], ...] = tuple(m for m in ALL_MODELS if m is not SchemaInfo)
#: Tables a new database has rows in already (seeded), replaced by the source's.
SEEDED: tuple[type[BaseModel], ...] = (
    Setting,
    *(m for m in ALL_MODELS if issubclass(m, CatalogItem)),
)


def open_source(location: str, password: str | None = None) -> peewee.Database:
    """A database object of its own for reading the shop to copy (not bound to the models)."""
    if postgres.is_address(location):
        return postgres.make_database(location, password)
    return sqlite.make_database(location)  # type: ignore[arg-type]


def _columns(model: type[BaseModel]) -> list[str]:
    return [field.column_name for field in model._meta.sorted_fields]


def _self_references(model: type[BaseModel]) -> list[str]:
    return [
        field.column_name
        for field in model._meta.sorted_fields
        if isinstance(field, peewee.ForeignKeyField) and field.rel_model is model
    ]


def counts(database: peewee.Database) -> dict[str, int]:
    """Rows in every copied table of `database`."""
    found = {}
    for model in MODELS:
        cursor = database.execute_sql(f'SELECT count(*) FROM "{model._meta.table_name}"')
        found[model._meta.table_name] = int(cursor.fetchone()[0])
        cursor.close()
    return found


def _rows(database: peewee.Database, model: type[BaseModel]) -> Iterator[list[tuple[Any, ...]]]:
    names = ", ".join(f'"{c}"' for c in _columns(model))
    cursor = database.execute_sql(f'SELECT {names} FROM "{model._meta.table_name}" ORDER BY id')
    try:
        while batch := cursor.fetchmany(BATCH):
            yield [tuple(_stored(v) for v in row) for row in batch]
    finally:
        cursor.close()


def _stored(value: Any) -> Any:
    """A value in the storage form both engines take (times as text, see `bulk.db_time`)."""
    if isinstance(value, datetime):
        return bulk.db_time(value)
    return value


def copy_all(
    source: peewee.Database,
    target: peewee.Database,
    progress: Callable[[int, int], object] | None = None,
) -> dict[str, int]:
    """Copy every row of `source` into the new, empty `target` (bound to the models);
    returns the rows copied by table. `progress(done, total)` may raise to stop, leaving
    the target as it was."""
    total = sum(counts(source).values())
    done = 0
    copied: dict[str, int] = {}
    tables = [m._meta.table_name for m in MODELS]
    with bulk.bulk_transaction(target, tables, rebuild_indexes=True) as writer:
        for model in SEEDED:
            target.execute_sql(f'DELETE FROM "{model._meta.table_name}"')
        for model in MODELS:
            columns = _columns(model)
            later = _self_references(model)
            at = [columns.index(c) for c in later]
            links: list[tuple[Any, ...]] = []
            copied[model._meta.table_name] = 0
            for batch in _rows(source, model):
                if at:  # filled in once the whole table is there
                    links += [(*(row[i] for i in at), row[0]) for row in batch if any(
                        row[i] is not None for i in at)]  # fmt: skip
                    batch = [_without(row, at) for row in batch]
                writer.insert(model, columns, batch)
                done += len(batch)
                copied[model._meta.table_name] += len(batch)
                if progress is not None:
                    progress(done, total)
            if links:
                sets = ", ".join(f'"{c}" = ?' for c in later)
                target.cursor().executemany(
                    f'UPDATE "{model._meta.table_name}" SET {sets} WHERE id = ?', links
                )
    return copied


def _without(row: Sequence[Any], at: list[int]) -> tuple[Any, ...]:
    return tuple(None if n in at else value for n, value in enumerate(row))
