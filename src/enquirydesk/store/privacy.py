"""Forgetting customers: the SQL that erases a person's data and keeps the shop's figures.

A person is a customer and everyone merged into them (a chain of merges is followed).
Their rows stay, with every figure: the customer row (an anonymous record), their
enquiries, contacts, feedback and follow-ups. What goes is every value a person typed
or was identified by (`PERSONAL`): on the rows, in the change log's before/after copies
of those rows, and in the search indexes' segments, which keep a deleted word until
their next merge (`optimize_indexes`).

Rows that exist only in the change log (an enquiry logged and then undone) belonged to
whoever the log says owned them last; the rows that still exist belong to whoever owns
them now. Other customers' rows and copies are never touched.

Erased bytes must not stay in the file either: the connections run with
``secure_delete`` (store/sqlite.py), so SQLite overwrites what it deletes with zeros;
a file that may hold content deleted before that is rewritten once (`compact_once`),
and `checkpoint` moves the new pages out of the ``-wal`` file into the database and
empties the ``-wal``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import peewee

from enquirydesk.store import customer_index, postgres, search_index, sqlite
from enquirydesk.store.bulk import db_time
from enquirydesk.store.raw import batches as _batches
from enquirydesk.store.raw import database as _db
from enquirydesk.store.raw import rows as _rows

#: Every personal field of each table, as the change log names tables and fields, with
#: the value a forgotten row holds instead. The rest of each row is the shop's figures.
PERSONAL: Mapping[str, Mapping[str, Any]] = {
    "customer": {
        "name": "", "name_key": "", "phone": None, "email": None, "handle": "", "notes": "",
    },
    "customer_contact_info": {"value": ""},
    "enquiry": {"interest": "", "details": ""},
    "contact": {"text": ""},
    "feedback": {"comment": "", "resolution": ""},
    "follow_up": {"note": "", "result": ""},
}  # fmt: skip

#: The tables whose rows belong to a person, in the order they are found.
ENTITIES = (
    "customer",
    "customer_contact_info",
    "customer_distinct",
    "enquiry",
    "contact",
    "feedback",
    "follow_up",
)

#: Where a table's rows name their owner: field → whose ids ("customer" or "enquiry").
_OWNERS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "customer_contact_info": (("customer", "customer"),),
    "customer_distinct": (("first", "customer"), ("second", "customer")),
    "enquiry": (("customer", "customer"),),
    "contact": (("enquiry", "enquiry"),),
    "feedback": (("customer", "customer"), ("enquiry", "enquiry")),
    "follow_up": (("customer", "customer"), ("enquiry", "enquiry")),
}

#: The change log's actions of forgetting, by reason: final, never undone.
ACTIONS: Mapping[str, str] = {"request": "forget_customers", "retention": "forget_retention"}
FINAL_ACTIONS = frozenset(ACTIONS.values())

#: ``PRAGMA user_version`` bit: the file holds no content deleted without being zeroed
#: (rewritten by `compact_once` since ``secure_delete`` was on for every connection).
ZEROED = 1


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _column(field: str) -> str:
    """The column of a field named as the change log names it (a foreign key's ``_id``)."""
    return f"{field}_id" if field in ("customer", "enquiry", "first", "second") else field


# -- who and what ------------------------------------------------------------------------


def person_roots(customer_ids: Iterable[int]) -> list[int]:
    """The customers these ids stand for: a customer merged into another is that one (the
    same person), followed to the end of the chain. Unknown ids are left out."""
    roots: list[int] = []
    for batch in _batches(customer_ids):
        found = _rows(
            "WITH RECURSIVE up(start, id, next) AS ("
            f"SELECT id, id, merged_into_id FROM customer WHERE id IN ({_marks(batch)}) "
            "UNION SELECT up.start, c.id, c.merged_into_id FROM up "
            "JOIN customer c ON c.id = up.next) "
            "SELECT start, id FROM up WHERE next IS NULL",
            batch,
        )
        roots.extend(root for _, root in found)
    return list(dict.fromkeys(roots))


def people(roots: Iterable[int]) -> list[int]:
    """The customers and everyone merged into them, directly or through another merge."""
    merged: dict[int, list[int]] = {}
    # Merged customers are few: read them all once (``merged_into`` has no index).
    for customer_id, into in _rows(
        "SELECT id, merged_into_id FROM customer WHERE merged_into_id IS NOT NULL"
    ):
        merged.setdefault(into, []).append(customer_id)
    found = set(roots)
    waiting = list(found)
    while waiting:
        for other in merged.get(waiting.pop(), ()):
            if other not in found:
                found.add(other)
                waiting.append(other)
    return sorted(found)


def _current(entity: str, owners: Mapping[str, list[int]]) -> set[int]:
    """Rows of `entity` that belong to these owners now."""
    found: set[int] = set()
    for field, whose in _OWNERS[entity]:
        for batch in _batches(owners[whose]):
            found.update(
                row[0]
                for row in _rows(
                    f'SELECT id FROM "{entity}" WHERE {_column(field)} IN ({_marks(batch)})', batch
                )
            )
    return found


def _only_logged(entity: str, owners: Mapping[str, list[int]]) -> set[int]:
    """Rows of `entity` that exist only in the change log (made, then undone), whose last
    copy there names one of these owners."""
    found: set[int] = set()
    for field, whose in _OWNERS[entity]:
        wanted = set(owners[whose])
        if not wanted:
            continue
        for row_id, owner in _rows(
            "SELECT entity_id, json_extract(coalesce(after, before), ?) FROM change "
            "WHERE entity = ? AND kind IN ('create', 'delete') AND NOT EXISTS "
            f'(SELECT 1 FROM "{entity}" AS t WHERE t.id = change.entity_id)',
            [f"$.{field}", entity],
        ):
            if owner is not None and int(owner) in wanted:  # (a server gives it as text)
                found.add(int(row_id))
    return found


def rows_of(person_ids: Sequence[int]) -> dict[str, list[int]]:
    """Every row of these customers, by table (`ENTITIES`): those they own now, and those
    the change log alone still holds for them."""
    rows: dict[str, list[int]] = {"customer": sorted(person_ids)}
    owners = {"customer": list(person_ids), "enquiry": []}
    for entity in ENTITIES[1:]:
        current = _current(entity, owners)
        rows[entity] = sorted(current | _only_logged(entity, owners))
        if entity == "enquiry":
            owners["enquiry"] = rows[entity]
    return rows


def live_rows(person_ids: Sequence[int]) -> dict[str, list[int]]:
    """The rows that exist and belong to these customers now, by table."""
    owners = {"customer": list(person_ids), "enquiry": []}
    rows: dict[str, list[int]] = {"customer": sorted(person_ids)}
    for entity in ENTITIES[1:]:
        rows[entity] = sorted(_current(entity, owners))
        if entity == "enquiry":
            owners["enquiry"] = rows[entity]
    return rows


def enquiry_rows(enquiry_ids: Sequence[int]) -> dict[str, list[int]]:
    """Every row of these enquiries, by table (`ENTITIES` from ``enquiry`` on): the
    enquiries, and the contacts, feedback and follow-ups that point at them now or that
    the change log alone still holds for them (made, then undone)."""
    owners: dict[str, list[int]] = {"customer": [], "enquiry": sorted(set(enquiry_ids))}
    rows: dict[str, list[int]] = {"enquiry": owners["enquiry"]}
    for entity in ENTITIES[ENTITIES.index("enquiry") + 1 :]:
        rows[entity] = sorted(_current(entity, owners) | _only_logged(entity, owners))
    return rows


def known_values(person_ids: Sequence[int], rows: Mapping[str, Sequence[int]]) -> dict[str, set]:
    """Every name, phone number (E.164), e-mail address and handle these customers had,
    as rows and change-log copies hold them: what the log's summaries may name them by."""
    known: dict[str, set[str]] = {"name": set(), "phone": set(), "email": set(), "handle": set()}
    for batch in _batches(person_ids):
        for name, phone, email, handle in _rows(
            f"SELECT name, phone, email, handle FROM customer WHERE id IN ({_marks(batch)})", batch
        ):
            for kind, value in (("name", name), ("phone", phone), ("email", email)):
                known[kind].add(value or "")
            known["handle"].add(handle or "")
    for batch in _batches(person_ids):
        for kind, value in _rows(
            f"SELECT kind, value FROM customer_contact_info WHERE customer_id IN ({_marks(batch)})",
            batch,
        ):
            known.setdefault(kind, set()).add(value)
    for _, _, before, after in _changes("customer", rows["customer"]):
        for copy in (before, after):
            values = json.loads(copy) if copy else {}
            for kind in ("name", "phone", "email", "handle"):
                known[kind].add(values.get(kind) or "")
    for _, _, before, after in _changes("customer_contact_info", rows["customer_contact_info"]):
        for copy in (before, after):
            values = json.loads(copy) if copy else {}
            if values.get("kind") in ("phone", "email") and values.get("value"):
                known[values["kind"]].add(values["value"])
    return {kind: {v for v in values if v} for kind, values in known.items()}


# -- erasing -----------------------------------------------------------------------------


def forgotten_before(person_ids: Sequence[int]) -> list[tuple[int, str | None, str | None]]:
    """(id, updated_at, consent_at) as stored, before forgetting: what the log records."""
    found: list[tuple[int, str | None, str | None]] = []
    for batch in _batches(person_ids):
        found.extend(
            (row[0], _text(row[1]), _text(row[2]))
            for row in _rows(
                f"SELECT id, updated_at, consent_at FROM customer WHERE id IN ({_marks(batch)})",
                batch,
            )
        )
    return found


def _text(value: Any) -> str | None:
    return db_time(value) if isinstance(value, datetime) else value


def erase(person_ids: Sequence[int], now: datetime) -> None:
    """Empty every personal field of these customers and of everything they own; their
    other numbers and addresses go. Figures, times, links and ratings stay. (The search
    indexes follow through their triggers; `optimize_indexes` then drops the old words.)"""
    stamp = db_time(now)
    database = _db()
    for batch in _batches(person_ids):
        marks = _marks(batch)
        enquiries = f"SELECT id FROM enquiry WHERE customer_id IN ({marks})"
        for sql, args in (
            (
                "UPDATE customer SET name = '', name_key = '', phone = NULL, email = NULL, "
                "handle = '', notes = '', consent_at = NULL, forgotten_at = ?, updated_at = ? "
                f"WHERE id IN ({marks})",
                [stamp, stamp, *batch],
            ),
            (f"DELETE FROM customer_contact_info WHERE customer_id IN ({marks})", batch),
            (
                f"UPDATE contact SET text = '' WHERE text <> '' AND enquiry_id IN ({enquiries})",
                batch,
            ),
            (
                "UPDATE feedback SET comment = '', resolution = '' "
                "WHERE (comment <> '' OR resolution <> '') "
                f"AND (customer_id IN ({marks}) OR enquiry_id IN ({enquiries}))",
                batch * 2,
            ),
            (
                "UPDATE follow_up SET note = '', result = '' WHERE (note <> '' OR result <> '') "
                f"AND (customer_id IN ({marks}) OR enquiry_id IN ({enquiries}))",
                batch * 2,
            ),
            (
                "UPDATE enquiry SET interest = '', details = '' "
                f"WHERE (interest <> '' OR details <> '') AND customer_id IN ({marks})",
                batch,
            ),
        ):
            database.execute_sql(sql, args).close()


def log_forgotten(
    operation_id: int, before: Sequence[tuple[int, str | None, str | None]], now: datetime
) -> None:
    """One change per forgotten customer in the forgetting operation: when, and nothing
    personal (what was erased is not kept anywhere)."""
    stamp = db_time(now)
    rows = []
    for customer_id, updated_at, consent_at in before:
        was: dict[str, Any] = {"forgotten_at": None, "updated_at": updated_at}
        became: dict[str, Any] = {"forgotten_at": stamp, "updated_at": stamp}
        if consent_at is not None:
            was["consent_at"], became["consent_at"] = consent_at, None
        rows.append(
            (operation_id, "customer", customer_id, "update", json.dumps(was), json.dumps(became))
        )
    _db().cursor().executemany(
        "INSERT INTO change (operation_id, entity, entity_id, kind, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


# -- the change log ----------------------------------------------------------------------


def _changes(entity: str, ids: Sequence[int]) -> Iterator[tuple[int, int, str | None, str | None]]:
    """(change id, operation id, before, after) of the change log's copies of these rows."""
    for batch in _batches(ids):
        yield from _rows(
            "SELECT id, operation_id, before, after FROM change "
            f"WHERE entity = ? AND entity_id IN ({_marks(batch)})",
            [entity, *batch],
        )


def _scrubbed(copy: str | None, fields: Mapping[str, Any]) -> str | None:
    if not copy:
        return copy
    values = json.loads(copy)
    touched = False
    for name, blank in fields.items():
        if name in values and values[name] != blank:
            values[name] = blank
            touched = True
    return json.dumps(values, ensure_ascii=False) if touched else copy


def scrub_log(
    rows: Mapping[str, Sequence[int]], step: Callable[[], None] | None = None
) -> set[int]:
    """Replace the personal fields in the change log's copies of these rows by the
    forgotten values (so no undo can bring them back); returns every operation that
    changed one of the rows (their summaries may name the person)."""
    operations: set[int] = set()
    updates: list[tuple[str | None, str | None, int]] = []
    for entity in ENTITIES:
        fields = PERSONAL.get(entity, {})
        for change_id, operation_id, before, after in _changes(entity, rows.get(entity, ())):
            operations.add(operation_id)
            if not fields:
                continue
            new_before, new_after = _scrubbed(before, fields), _scrubbed(after, fields)
            if new_before is not before or new_after is not after:
                updates.append((new_before, new_after, change_id))
        if step is not None:
            step()
    _db().cursor().executemany("UPDATE change SET before = ?, after = ? WHERE id = ?", updates)
    return operations


def summaries(operation_ids: Iterable[int]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for batch in _batches(operation_ids):
        found.extend(
            _rows(f"SELECT id, summary FROM operation WHERE id IN ({_marks(batch)})", batch)
        )
    return found


def set_summaries(pairs: Iterable[tuple[int, str]]) -> None:
    _db().cursor().executemany(
        "UPDATE operation SET summary = ? WHERE id = ?", [(text, key) for key, text in pairs]
    )


# -- the file ----------------------------------------------------------------------------


#: The tables whose rows forgetting rewrites: on a server, vacuumed afterwards.
_ERASED_TABLES = (
    "customer", "customer_contact_info", "enquiry", "contact", "follow_up", "feedback",
    "operation", "change",
)  # fmt: skip


def secure_delete(database: peewee.Database) -> None:
    """Deleted content overwritten with zeros on this connection (the pragmas set it for
    every connection; said again here, as forgetting depends on it). A server has no
    such setting: `compact_once` vacuums there instead."""
    if not postgres.is_server(database):
        database.execute_sql("PRAGMA secure_delete = ON").close()


def optimize_indexes(database: peewee.Database) -> None:
    """Merge each search index into one segment: the words of deleted and rewritten
    entries leave the index (a deleted entry only hides its words until then). A
    server's trigram indexes drop them when vacuumed (`compact_once`)."""
    if postgres.is_server(database):
        return
    for table in (customer_index.TABLE, search_index.TABLE):
        if database.table_exists(table):
            database.execute_sql(f'INSERT INTO "{table}" ("{table}") VALUES (\'optimize\')').close()


def _pragma(database: peewee.Database, name: str) -> int:
    cursor = database.execute_sql(f"PRAGMA {name}")
    try:
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()


def _set_pragma(database: peewee.Database, name: str, value: object) -> None:
    database.execute_sql(f"PRAGMA {name} = {value}").close()


def compact_once(database: peewee.Database) -> bool:
    """Rewrite the whole file once (``VACUUM``, outside any transaction) unless it is
    marked as written with ``secure_delete`` throughout: a file written before that (by
    an older EnquiryDesk, or a SQLite without it) may hold deleted content, a name
    among it, in free space, and only a rewrite drops all of it. Marked afterwards
    (the mark travels with the file into its backups); returns whether it ran."""
    if postgres.is_server(database):
        return False  # nothing to rewrite beforehand: `checkpoint` vacuums afterwards
    mark = _pragma(database, "user_version")
    if mark & ZEROED:
        return False
    # The rewrite's scratch copy goes to a temporary file (`sqlite.PRAGMAS`), not to
    # memory: files reach gigabytes.
    try:
        database.execute_sql("VACUUM").close()
    except peewee.DatabaseError as error:  # a full disk: said plainly, nothing changed
        translated = sqlite.translate_error(error)
        if translated is error:
            raise
        raise translated from error
    _set_pragma(database, "user_version", mark | ZEROED)
    return True


def checkpoint(database: peewee.Database) -> bool:
    """Copy every page of the ``-wal`` file into the database and empty the ``-wal``: the
    old copies of changed pages leave the disk. False when another connection kept
    reading an older state past the busy timeout (the next checkpoint finishes it)."""
    if postgres.is_server(database):
        # On a server: the old versions of the rewritten rows and their index entries
        # are removed (VACUUM, which lets the other PCs go on working); the server's own
        # write-ahead log and backups keep them until they age out, as a file's backups do.
        for table in _ERASED_TABLES:
            database.execute_sql(f'VACUUM (ANALYZE) "{table}"').close()
        return True
    cursor = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        row = cursor.fetchone()
    finally:
        cursor.close()
    return row is not None and int(row[0]) == 0
