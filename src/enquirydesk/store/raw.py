"""Raw SQL on the shop's database, for the statements peewee's query builder does not
say well (long ``IN`` lists, a table's rows across the change log): the rows read and
the cursor closed at once — an open cursor holds back SQLite's WAL checkpoints — and
ids handed out in batches well under SQLite's limit of bound values."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import peewee

from enquirydesk.store.models import BaseModel

#: Ids per ``IN (…)`` list.
BATCH = 500


def database() -> peewee.Database:
    """The database every model of the store is bound to."""
    return BaseModel._meta.database


def rows(sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    cursor = database().execute_sql(sql, list(args))
    try:
        return list(cursor.fetchall())
    finally:
        cursor.close()


def batches(values: Iterable[Any], size: int = BATCH) -> Iterator[list[Any]]:
    """`values` without repeats, in the order first met, `size` at a time."""
    items = list(dict.fromkeys(values))
    for start in range(0, len(items), size):
        yield items[start : start + size]
