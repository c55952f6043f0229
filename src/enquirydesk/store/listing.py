"""The enquiries table's reads: which ids match a filter, in order, and the shown
facts of the few rows on screen.

A million ids come back as one `array` of 8-byte integers (8 MB), read through
an index; the row facts are read only for the ids being drawn. Filters that can
use an index do: a name or e-mail by prefix range on the customer indexes, a
phone by E.164 prefix range, a channel, the awaiting-response partial index.
Words inside the interest and notes come from the trigram index of
`search_index` while they are rare, and are read row by row along the order's
index while they are common (then the first screenful is near the top).

Ties in every order are broken by id (the customer order: by the two indexes' own
order), so that a first screenful walked along an index and every id sorted from the
match agree. A small match can be kept aside with what every order sorts by, in a
temporary table of the reading connection (`keep`), and sorted from there
(`kept_ids`). Long reads stop at once when their answer is no longer wanted.
"""

from __future__ import annotations

import sqlite3
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from enquirydesk.store import customer_index, postgres, search_index
from enquirydesk.store.bulk import db_time
from enquirydesk.store.models import Enquiry

FETCH = 50_000


@dataclass(frozen=True)
class Where:
    """A filter in storage terms (services build it from what the user chose)."""

    name_prefix: str = ""  # a name_key prefix
    phone_prefixes: tuple[str, ...] = ()  # E.164 prefixes ("+6281...")
    email_prefix: str = ""
    customer_match: str = ""  # a `customer_index` match: name words, digits, address parts
    text: str = ""  # inside the interest or the notes (or the customer tests above)
    channel_id: int | None = None
    staff_id: int | None = None
    outcomes: tuple[str, ...] = ()  # open / purchased / lost
    awaiting: bool = False  # no first response yet
    received_from: datetime | None = None
    received_before: datetime | None = None
    overdue_received_before: datetime | None = None  # awaiting and received before this
    followup_due_before: datetime | None = None  # a follow-up due before this


def _next_prefix(prefix: str) -> str:
    """The smallest text greater than every text starting with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


#: Above this many matching customers (or enquiries with the words), the first screenful
#: is found faster by walking the enquiries in order than by gathering and sorting them.
MANY_CUSTOMERS = 2_000
MANY_TEXTS = 2_000
#: Up to this many, a walk tests each enquiry's customer against their list, made once
#: (a common surname's tens of thousands take a few milliseconds to list, and a word
#: search per row is far slower); above it, each customer's words are asked row by row
#: (a list of a one-letter start's hundreds of thousands costs more than the walk).
LISTED_CUSTOMERS = 400_000


def _starts(where: Where) -> tuple[list[str], list[Any]]:
    """Each start typed (a name, a number, an address) as a range on its index."""
    starts = [
        ("c.name_key", where.name_prefix),
        *(("c.phone", prefix) for prefix in where.phone_prefixes),
        ("c.email", where.email_prefix),
    ]
    tests: list[str] = []
    args: list[Any] = []
    for column, prefix in starts:
        if prefix:
            tests.append(f"({column} >= ? AND {column} < ?)")
            args += [prefix, _next_prefix(prefix)]
    return tests, args


def _words(where: Where) -> bool:
    return bool(where.customer_match) and customer_index.available(Enquiry._meta.database)


def _customer_test(where: Where, per_row: bool = False) -> tuple[str, list[Any]]:
    """Which customers the typed text finds. The words (a surname, digits inside a
    number, part of an address) come from the customers' word index: joined to the
    ranges for a list of customers (an OR with it would read every customer), or asked
    of one customer at a time `per_row` (no list made of a common name's thousands)."""
    tests, args = _starts(where)
    if _words(where) and per_row:
        test, test_args = customer_index.matches(_database(), where.customer_match, "c.id")
        tests.append(test)
        args += test_args
    elif _words(where):
        found, found_args = _found_ways(where)
        return f"c.deleted_at IS NULL AND c.id IN ({found})", found_args
    if not tests:
        return "", []
    return "c.deleted_at IS NULL AND (" + " OR ".join(tests) + ")", args


def _found_ways(where: Where) -> tuple[str, list[Any]]:
    """The customers the starts typed and the words find, each way a query of its own
    joined by UNION ALL (the live customers' partial indexes serve the ranges)."""
    tests, args = _starts(where)
    ranges = [f"SELECT id FROM customer c WHERE c.deleted_at IS NULL AND {t}" for t in tests]
    words, words_args = customer_index.matching_ids(_database(), where.customer_match)
    return " UNION ALL ".join([*ranges, words]), [*args, *words_args]


def _live_customers(where: Where) -> tuple[str, list[Any]]:
    """SQL listing the live customers `_customer_test` finds, and its arguments: on a
    server, whose word queries leave out the deleted themselves, the union of the ways
    alone (a look at every customer's row for it took longer than the search)."""
    if _words(where):
        return _found_ways(where)
    test, args = _customer_test(where)
    return f"SELECT c.id FROM customer c WHERE {test}", args


def _database() -> peewee.Database:
    return Enquiry._meta.database


def _scalar(sql: str, args: list[Any]) -> int:
    cursor = Enquiry._meta.database.execute_sql(sql, args)
    try:
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()  # an open cursor holds back WAL checkpoints


def _customers_found(where: Where, cap: int) -> int:
    """How many customers the typed text finds, counted no further than one past `cap`."""
    tests, args = _starts(where)
    if _words(where):  # each way read as a stream, stopped at the limit (deleted ones too)
        ways = [f"SELECT id FROM customer c WHERE c.deleted_at IS NULL AND {t}" for t in tests]
        words, words_args = customer_index.matching_ids(_database(), where.customer_match)
        ways.append(words)
        sql = f"SELECT COUNT(*) FROM ({' UNION ALL '.join(ways)} LIMIT ?) AS found"
        return _scalar(sql, [*args, *words_args, cap + 1])
    test, args = _customer_test(where)
    if not test:
        return 0
    sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM customer c WHERE {test} LIMIT ?) AS found"
    return _scalar(sql, [*args, cap + 1])


def _text_hits(where: Where) -> int | None:
    """How many indexed enquiries hold the words, counted no further than one past
    `MANY_TEXTS` (a common word is better read from each row along the order, the
    first screenful being near the top); None without an index."""
    if not search_index.available(Enquiry._meta.database):
        return None
    sql = f"SELECT COUNT(*) FROM ({search_index.MATCHING_IDS} LIMIT ?) AS found"
    return _scalar(sql, [search_index.match_phrase(where.text), MANY_TEXTS + 1])


def _text_test(where: Where, by_row: bool, hits: int | None) -> tuple[str, list[Any]]:
    """The interest-and-notes test: row by row, or the index plus the rows it has not
    taken in yet (the newest; `search_index.catch_up` adds them later). With no hit in
    the index (a name, mostly), only those newest rows are read."""
    database = _database()
    pattern = search_index.contains_pattern(database, where.text)
    holds = search_index.contains_test(database)
    by_hand = f"(e.interest {holds} OR e.details {holds})"
    if by_row or not search_index.available(database):
        return by_hand, [pattern, pattern]
    phrase, mark = search_index.match_phrase(where.text), search_index.indexed_to(database)
    if hits == 0:
        return f"(e.id > ? AND {by_hand})", [mark, pattern, pattern]
    return (
        f"(e.id IN ({search_index.MATCHING_IDS}) OR (e.id > ? AND {by_hand}))",
        [phrase, mark, pattern, pattern],
    )


def _sql(
    where: Where,
    walk: bool = False,
    text_by_row: bool = False,
    hits: int | None = None,
    few_customers: bool = False,
) -> tuple[str, list[Any]]:
    """The WHERE clause; with `walk` the customers' test is asked row by row, so SQLite
    walks the order's index and stops at the first screenful (their words from a list
    made once when there are `few_customers`). `hits` is what `_text_hits` found (None:
    not asked)."""
    clauses = ["e.deleted_at IS NULL"]
    args: list[Any] = []
    found: list[str] = []  # the typed text: any of these
    test, customer_args = _customer_test(where, per_row=walk and not few_customers)
    if postgres.is_server(_database()) and not walk:
        # On a server: the matching customers listed once (an array the enquiries'
        # customer index is asked with), so that each way of matching can be answered
        # from its own index and their OR by a bitmap of them, or, when the match is
        # common, by walking the order's index: the server's planner weighs which.
        ways: list[str] = []
        if test:
            customers, customers_args = _live_customers(where)
            ways.append(f"e.customer_id = ANY (ARRAY({customers}))")
            args += customers_args
        if where.text:
            pattern = search_index.contains_pattern(_database(), where.text)
            ways += ["e.interest ILIKE ?", "e.details ILIKE ?"]
            args += [pattern, pattern]
        if ways:
            clauses.append("(" + " OR ".join(ways) + ")")
    elif test and walk:  # each enquiry's customer looked up by key: no list of them made
        found.append(f"EXISTS (SELECT 1 FROM customer c WHERE c.id = e.customer_id AND {test})")
        args += customer_args
    elif test:
        found.append(f"e.customer_id IN (SELECT c.id FROM customer c WHERE {test})")
        args += customer_args
    if where.text and not (postgres.is_server(_database()) and not walk):
        text, text_args = _text_test(where, text_by_row, hits)
        found.append(text)
        args += text_args
    if found:
        clauses.append("(" + " OR ".join(found) + ")" if len(found) > 1 else found[0])
    if where.channel_id is not None:
        clauses.append("e.channel_id = ?")
        args.append(where.channel_id)
    if where.staff_id is not None:
        clauses.append("e.taken_by_id = ?")
        args.append(where.staff_id)
    if where.outcomes:
        clauses.append(f"e.outcome IN ({', '.join('?' * len(where.outcomes))})")
        args += list(where.outcomes)
    if where.awaiting:
        clauses.append("e.first_response_at IS NULL AND e.outcome = 'open'")
    if where.received_from is not None:
        clauses.append("e.received_at >= ?")
        args.append(db_time(where.received_from))
    if where.received_before is not None:
        clauses.append("e.received_at < ?")
        args.append(db_time(where.received_before))
    late = []  # each answered from its own index, then joined
    if where.overdue_received_before is not None:
        late.append(
            "SELECT id FROM enquiry WHERE deleted_at IS NULL AND first_response_at IS NULL "
            "AND outcome = 'open' AND received_at < ?"
        )
        args.append(db_time(where.overdue_received_before))
    if where.followup_due_before is not None:
        late.append("SELECT id FROM enquiry WHERE deleted_at IS NULL AND next_followup_at < ?")
        args.append(db_time(where.followup_due_before))
    if late:
        clauses.append(f"e.id IN ({' UNION ALL '.join(late)})")
    return " AND ".join(clauses), args


#: Orders that one index answers (a column, then the index's own order for ties).
_ORDERED_BY = {
    "received": "e.received_at",
    "interest": "e.interest COLLATE NOCASE",
    "response": "e.response_business_seconds",
    "value": "coalesce(e.purchase_value_cents, e.estimated_value_cents)",
    "next": "e.next_followup_at",
}
#: Orders by a column of few values, read value by value in the caller's order of them.
_GROUPED_BY = {"channel": "e.channel_id", "taken_by": "e.taken_by_id", "status": "e.outcome"}


def _nulls(direction: str, column: str) -> str:
    """No value sorts before every value, as SQLite has it; the server is told so for the
    columns that may hold none (its sort indexes are made that way:
    `postgres.SORT_INDEXES`; said of any other, it would not use them)."""
    if column not in postgres.NULLABLE_ORDERS or not postgres.is_server(_database()):
        return ""
    return " NULLS FIRST" if direction == "ASC" else " NULLS LAST"


@dataclass(frozen=True)
class Order:
    column: str = "received"  # a key of _ORDERED_BY or _GROUPED_BY, or "customer"
    descending: bool = True
    groups: tuple[Any, ...] = ()  # for a grouped column: its values in the order to show


def enquiry_ids(
    where: Where,
    order: Order = Order(),
    limit: int | None = None,
    seconds: float | None = None,
    walk_index: bool = True,
    wanted: Wanted | None = None,
) -> array | None:
    """The ids of the matching enquiries in `order` (ties by id, in the same direction).
    A first screenful (`limit`) walks the order's index, asking each enquiry, when the
    match is common (unless not `walk_index`); with `seconds` that walk gives up after so
    long (the matches lie far along it): None. Every id (no `limit`) of a search comes
    from its match, sorted: walking the whole index took seconds at a million. Raises
    `Stopped` once the answer is not `wanted` any more."""
    hits = _text_hits(where) if where.text else None
    searched = bool(where.text or _customer_test(where)[0])
    direction = "DESC" if order.descending else "ASC"
    last = f"e.id {direction}"  # ties: the same order whichever way the ids are read
    if order.column == "customer":
        # The customers' name index walked, each one's enquiries asked; or the match
        # gathered and sorted.
        walk = walk_index and limit is not None
        condition, args = _sql(where, hits=hits)
        by = "+" if searched and not walk else ""
        # (ties: the two indexes' own order, so that the walk needs no sorting)
        sql = (
            "SELECT e.id FROM customer c JOIN enquiry e ON e.customer_id = c.id "
            f"WHERE c.deleted_at IS NULL AND {condition} ORDER BY {by}c.name_key {direction}, "
            f"c.id {direction}, e.received_at {direction}, {last}"
        )
        return _ids_within(sql, args, limit, seconds if walk and searched else None, wanted)
    # Many matching customers, or a common word: walk the order's index, asking each
    # enquiry's customer and text.
    # (a server plans for itself, and never walks by hand: nothing to count for it)
    server = postgres.is_server(_database())
    customers = 0 if server else _customers_found(where, LISTED_CUSTOMERS)
    many = customers > MANY_CUSTOMERS
    text_by_row = bool(where.text) and (hits is None or hits > MANY_TEXTS)
    walk = walk_index and limit is not None and (text_by_row or many) and not server
    listed = customers <= LISTED_CUSTOMERS
    condition, args = _sql(where, walk, text_by_row and walk, hits, few_customers=listed)
    # Few matches, gathered: "+" keeps SQLite from walking the order's index instead
    # (it cannot know the typed text matches little; with nothing matching, it read all).
    by = "+" if not walk and searched else ""
    budget = seconds if walk else None
    if order.column not in _GROUPED_BY:
        # Every enquiry by time: the index's own order (it holds more after the time, and
        # sorting a million ties by id too took twice as long); each way reads one index.
        tie = "" if where == Where() and order.column == "received" else f", {last}"
        sql = (
            f"SELECT e.id FROM enquiry e WHERE {condition} "
            f"ORDER BY {by}{_ORDERED_BY[order.column]} {direction}"
            f"{_nulls(direction, order.column)}{tie}"
        )
        return _ids_within(sql, args, limit, budget, wanted)
    column = _GROUPED_BY[order.column]
    groups = order.groups[::-1] if order.descending else order.groups
    if by:  # a gathered match: sorted once, group by group (not gathered for each)
        cases = [f"WHEN {column} IS NULL THEN {n}" if v is None else f"WHEN {column} = ? THEN {n}"
                 for n, v in enumerate(groups)]  # fmt: skip
        if not cases:
            return array("q")
        sql = (
            f"SELECT id FROM (SELECT e.id, e.received_at, CASE {' '.join(cases)} END AS rank "
            f"FROM enquiry e WHERE {condition}) AS ranked WHERE rank IS NOT NULL "
            f"ORDER BY rank, received_at {direction}, id {direction}"
        )
        with _watched(None, wanted):
            return _ids(sql, [*(v for v in groups if v is not None), *args], limit)
    ids = array("q")
    started = time.perf_counter()
    for value in groups:  # each from its own index, in the order asked
        needed = None if limit is None else limit - len(ids)
        if needed == 0:
            break
        test = f"{column} IS NULL" if value is None else f"{column} = ?"
        left = None if budget is None else budget - (time.perf_counter() - started)
        found = _ids_within(
            f"SELECT e.id FROM enquiry e WHERE {condition} AND {test} "
            f"ORDER BY e.received_at {direction}, {last}",
            [*args, *([] if value is None else [value])],
            needed,
            left,
            wanted,
        )
        if found is None:
            return None
        ids.extend(found)
    return ids


def lists(where: Where, enquiry_id: int) -> bool:
    """Whether `where` finds this enquiry: its own row asked, by its key (the customers'
    and the words' tests row by row, so no list of them is gathered)."""
    condition, args = _sql(where, walk=True, text_by_row=True)
    sql = f"SELECT EXISTS (SELECT 1 FROM enquiry e WHERE e.id = ? AND {condition})"
    return bool(_scalar(sql, [enquiry_id, *args]))


def count_enquiries(where: Where, wanted: Wanted | None = None) -> int:
    condition, args = _sql(where)
    with _watched(None, wanted):
        return _scalar(f"SELECT COUNT(*) FROM enquiry e WHERE {condition}", args)


#: SQLite asks whether to go on every this many steps of a walk that may give up.
STEPS = 5_000


def _ids(sql: str, args: list[Any], limit: int | None) -> array:
    if limit is not None:
        sql += " LIMIT ?"
        args = [*args, limit]
    cursor = Enquiry._meta.database.execute_sql(sql, args)
    ids = array("q")
    try:
        while rows := cursor.fetchmany(FETCH):
            ids.extend(row[0] for row in rows)
    finally:
        cursor.close()  # an open cursor holds back WAL checkpoints
    return ids


def _ids_within(
    sql: str,
    args: list[Any],
    limit: int | None,
    seconds: float | None,
    wanted: Wanted | None = None,
) -> array | None:
    """`_ids`; with `seconds`, None when that took longer (SQLite stops the statement)."""
    try:
        with _watched(seconds, wanted):
            return _ids(sql, args, limit)
    except _TookTooLong:
        return None


#: Whether a read's answer is still wanted (asked of the thread doing the read).
Wanted = Callable[[], bool]


class Stopped(Exception):
    """A read stopped because its answer was no longer wanted (a newer one was asked)."""


class _TookTooLong(Exception):
    pass


@contextmanager
def _watched(seconds: float | None, wanted: Wanted | None) -> Iterator[None]:
    """The statements inside run with SQLite asking, every `STEPS` steps, whether to go
    on: not after `seconds` (`_TookTooLong`), nor once the answer is not `wanted`
    (`Stopped`): a read of seconds that a newer request made useless ends at once."""
    if seconds is None and wanted is None:
        yield
        return
    deadline = None if seconds is None else time.perf_counter() + max(seconds, 0.0)

    def stop() -> bool:
        late = deadline is not None and time.perf_counter() > deadline
        return late or (wanted is not None and not wanted())

    database = _database()
    if postgres.is_server(database):
        if stop():  # (SQLite asks at its first steps; the server's watch only later)
            if wanted is not None and not wanted():
                raise Stopped
            raise _TookTooLong
        watch = postgres.cancelled_when(database, stop)
    else:
        watch = _progress_handler(database, stop)
    try:
        with watch:
            yield
    except (sqlite3.OperationalError, peewee.OperationalError) as error:
        if "interrupted" not in str(error) and not postgres.was_cancelled(error):
            raise
        if wanted is not None and not wanted():
            raise Stopped from error
        raise _TookTooLong from error


@contextmanager
def _progress_handler(database: peewee.Database, stop: Callable[[], bool]) -> Iterator[None]:
    connection = database.connection()
    connection.set_progress_handler(stop, STEPS)
    try:
        yield
    finally:
        connection.set_progress_handler(None, 0)


# -- a match kept aside, to be sorted again and again --------------------------------------

#: The temporary tables of kept matches: one per connection at a time (see `keep`).
KEPT = "enquiry_kept"
#: What each order sorts a kept match by, before its id (its columns are named in `keep`).
_KEPT_ORDER = {
    "received": ("received",),
    "customer": ("name", "customer", "received"),
    "interest": ("interest COLLATE NOCASE",),
    "response": ("response",),
    "value": ("value",),
    "next": ("next",),
}
_KEPT_GROUPS = {"channel": "channel", "taken_by": "staff", "status": "outcome"}


def _kept_table(token: int) -> str:
    return f"{KEPT}_{int(token)}"


def keep(where: Where, token: int, most: int, wanted: Wanted | None = None) -> int | None:
    """Keep the enquiries `where` finds, each with every column the table sorts by, in a
    temporary table of this connection named by `token` (an older one is dropped: one
    kept match per connection). Returns how many; None, keeping nothing, when there are
    more than `most`. All in SQLite: a worker reading it leaves the GUI thread running.
    Raises `Stopped` (keeping nothing) once the answer is not `wanted` any more."""
    drop_kept()
    hits = _text_hits(where) if where.text else None
    condition, args = _sql(where, hits=hits)
    table = _kept_table(token)
    database = Enquiry._meta.database
    with _watched(None, wanted):
        database.execute_sql(
            f'CREATE TEMP TABLE "{table}" AS SELECT e.id AS id, e.received_at AS received, '
            "c.name_key AS name, c.id AS customer, e.channel_id AS channel, "
            "e.interest AS interest, "
            "e.taken_by_id AS staff, e.response_business_seconds AS response, "
            "e.outcome AS outcome, "
            "coalesce(e.purchase_value_cents, e.estimated_value_cents) AS value, "
            "e.next_followup_at AS next "
            f"FROM enquiry e JOIN customer c ON c.id = e.customer_id WHERE {condition} LIMIT ?",
            [*args, most + 1],
        )
    found = _scalar(f'SELECT COUNT(*) FROM temp."{table}"', [])
    if found > most:
        drop_kept()
        return None
    return found


def holds(token: int) -> bool:
    """Whether this connection still keeps the match of `token` (a connection opened
    again, or a newer match kept, has not)."""
    return _kept_table(token) in _temporary_tables()


def drop_kept() -> None:
    """Drop this connection's kept matches."""
    for name in _temporary_tables():
        _database().execute_sql(f'DROP TABLE temp."{name}"')


def _temporary_tables() -> list[str]:
    """This connection's kept matches' tables."""
    if postgres.is_server(_database()):
        sql = (
            "SELECT relname FROM pg_class WHERE relnamespace = pg_my_temp_schema() "
            "AND relkind = 'r' AND relname LIKE ?"
        )
    else:
        sql = "SELECT name FROM sqlite_temp_master WHERE type = 'table' AND name LIKE ?"
    cursor = _database().execute_sql(sql, [f"{KEPT}_%"])
    try:
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def kept_ids(token: int, order: Order, limit: int | None = None) -> array:
    """The kept match of `token` in `order`: the same order, ties and all, as
    `enquiry_ids` gives."""
    table = f'temp."{_kept_table(token)}"'
    direction = "DESC" if order.descending else "ASC"
    if order.column in _KEPT_GROUPS:
        column = _KEPT_GROUPS[order.column]
        groups = order.groups[::-1] if order.descending else order.groups
        cases, args = [], []
        for rank, value in enumerate(groups):
            if value is None:
                cases.append(f"WHEN {column} IS NULL THEN {rank}")
            else:
                cases.append(f"WHEN {column} = ? THEN {rank}")
                args.append(value)
        if not cases:
            return array("q")
        sql = (
            f"SELECT id FROM (SELECT id, received, CASE {' '.join(cases)} END AS rank "
            f"FROM {table}) AS ranked WHERE rank IS NOT NULL "
            f"ORDER BY rank, received {direction}, id {direction}"
        )
        return _ids(sql, args, limit)
    nulls = _nulls(direction, order.column)
    terms = ", ".join(f"{term} {direction}{nulls}" for term in (*_KEPT_ORDER[order.column], "id"))
    return _ids(f"SELECT id FROM {table} ORDER BY {terms}", [], limit)


ROW_COLUMNS = (
    "id",
    "received_at",
    "customer_id",
    "customer_name",
    "phone",
    "email",
    "channel_id",
    "interest",
    "taken_by",
    "first_response_at",
    "response_business_seconds",
    "outcome",
    "purchase_value_cents",
    "estimated_value_cents",
    "next_followup_at",
    "forgotten_at",
)


def enquiry_rows(ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The shown facts of these enquiries (in `ROW_COLUMNS` order), by id."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    cursor = Enquiry._meta.database.execute_sql(
        "SELECT e.id, e.received_at, c.id, c.name, c.phone, c.email, e.channel_id, e.interest, "
        "s.name, e.first_response_at, e.response_business_seconds, e.outcome, "
        "e.purchase_value_cents, e.estimated_value_cents, e.next_followup_at, c.forgotten_at "
        "FROM enquiry e JOIN customer c ON c.id = e.customer_id "
        "LEFT JOIN staff s ON s.id = e.taken_by_id "
        f"WHERE e.id IN ({marks})",
        list(ids),
    )
    try:
        return {row[0]: row for row in cursor.fetchall()}
    finally:
        cursor.close()
