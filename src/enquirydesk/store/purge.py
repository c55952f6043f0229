"""Purging deleted enquiries: the SQL that removes soft-deleted enquiries for good.

A deleted enquiry (``deleted_at`` set) is removed with every row that belongs to it
alone: its decision factors, contacts, feedback and follow-ups (its words leave the
search index through the index's delete trigger). Its customer stays. The purge's
operation in the change log holds one ``delete`` entry per removed row naming only
whose it was (the customer of an enquiry, the enquiry of the rest): nothing written on
it. What was written on it is erased from the log's older copies by
`store.privacy.scrub_log`, and `touches_purged` tells undo which older changes can no
longer be undone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

import peewee

from enquirydesk.store import raw
from enquirydesk.store.models import Enquiry
from enquirydesk.store.raw import database as _db
from enquirydesk.store.raw import rows as _rows

#: The change log's action of a purge: final, never undone.
ACTION = "purge_deleted"

#: The tables whose rows belong to one enquiry, removed before it; each row names its
#: enquiry in ``enquiry_id``, and in the change log's copies as ``enquiry``.
OWNED = ("enquiry_factor", "contact", "feedback", "follow_up")


def _batches(values: Iterable[int]) -> Iterator[list[int]]:
    return raw.batches(sorted(set(values)))


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _deleted(before: datetime | None) -> Any:
    where = Enquiry.deleted_at.is_null(False)
    if before is not None:
        where &= Enquiry.deleted_at < before
    return where


def deleted_count(before: datetime | None = None) -> tuple[int, datetime | None]:
    """How many enquiries are deleted (those deleted before `before`, if given), and when
    the first of them was."""
    count, first = (
        Enquiry.select(peewee.fn.COUNT(Enquiry.id), peewee.fn.MIN(Enquiry.deleted_at))
        .where(_deleted(before))
        .tuples()
        .first()
    )
    return int(count or 0), Enquiry.deleted_at.python_value(first) if first else None


def deleted_ids(before: datetime | None = None) -> list[int]:
    """The deleted enquiries (those deleted before `before`, if given)."""
    query = Enquiry.select(Enquiry.id).where(_deleted(before)).order_by(Enquiry.id)
    return [row[0] for row in query.tuples()]


def remove(operation_id: int, enquiry_ids: Sequence[int]) -> dict[str, list[int]]:
    """Delete these enquiries and their rows of `OWNED`, each logged as a ``delete`` of
    `operation_id` that names only its owner; returns the removed ids by table."""
    removed: dict[str, list[int]] = {entity: [] for entity in (*OWNED, "enquiry")}
    logged: list[tuple[int, str, int, str, str, None]] = []
    for batch in _batches(enquiry_ids):
        marks = _marks(batch)
        for entity in OWNED:
            found = _rows(
                f'SELECT id, enquiry_id FROM "{entity}" WHERE enquiry_id IN ({marks})', batch
            )
            for row_id, enquiry_id in found:
                removed[entity].append(row_id)
                owner = json.dumps({"enquiry": enquiry_id})
                logged.append((operation_id, entity, row_id, "delete", owner, None))
            _db().execute_sql(
                f'DELETE FROM "{entity}" WHERE enquiry_id IN ({marks})', batch
            ).close()
        for row_id, customer_id in _rows(
            f"SELECT id, customer_id FROM enquiry WHERE id IN ({marks})", batch
        ):
            removed["enquiry"].append(row_id)
            owner = json.dumps({"customer": customer_id})
            logged.append((operation_id, "enquiry", row_id, "delete", owner, None))
        _db().execute_sql(f"DELETE FROM enquiry WHERE id IN ({marks})", batch).close()
    _db().cursor().executemany(
        "INSERT INTO change (operation_id, entity, entity_id, kind, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        logged,
    )
    return removed


def touches_purged(changes: Iterable[tuple[str, int, str | None, str | None]]) -> bool:
    """Whether any of these change-log entries (table, row id, before, after) is about a
    purged enquiry or a row of one: such a change can no longer be undone."""
    wanted: dict[str, set[int]] = {}
    for entity, entity_id, before, after in changes:
        wanted.setdefault(entity, set()).add(entity_id)
        if entity not in OWNED:
            continue
        for copy in (before, after):
            enquiry = json.loads(copy).get("enquiry") if copy else None
            if enquiry is not None:
                wanted.setdefault("enquiry", set()).add(int(enquiry))
    return any(_purged(entity, ids) for entity, ids in wanted.items())


def _purged(entity: str, ids: Iterable[int]) -> bool:
    for batch in _batches(ids):
        if _rows(
            "SELECT 1 FROM change JOIN operation ON operation.id = change.operation_id "
            f"WHERE change.entity = ? AND change.entity_id IN ({_marks(batch)}) "
            "AND change.kind = 'delete' AND operation.action = ? LIMIT 1",
            [entity, *batch, ACTION],
        ):
            return True
    return False


__all__ = [
    "ACTION",
    "OWNED",
    "deleted_count",
    "deleted_ids",
    "remove",
    "touches_purged",
]
