"""The enquiries table's reads: which ids match a filter, in order, and the shown
facts of the few rows on screen.

A million ids come back as one `array` of 8-byte integers (8 MB), read through
an index; the row facts are read only for the ids being drawn. Filters that can
use an index do: a name or e-mail by prefix range on the customer indexes, a
phone by E.164 prefix range, a channel, the awaiting-response partial index.
Words inside the interest and notes come from the trigram index of
`search_index` while they are rare, and are read row by row along the order's
index while they are common (then the first screenful is near the top).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from enquirydesk.store import customer_index, search_index
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
        tests.append(
            f'EXISTS (SELECT 1 FROM "{customer_index.TABLE}" w '
            f'WHERE w."{customer_index.TABLE}" MATCH ? AND w.rowid = c.id)'
        )
        args.append(where.customer_match)
    elif _words(where):
        # (the live customers' partial indexes serve the ranges)
        ranges = [f"SELECT id FROM customer c WHERE c.deleted_at IS NULL AND {t}" for t in tests]
        found = " UNION ALL ".join([*ranges, customer_index.MATCHING_IDS])
        return f"c.deleted_at IS NULL AND c.id IN ({found})", [*args, where.customer_match]
    if not tests:
        return "", []
    return "c.deleted_at IS NULL AND (" + " OR ".join(tests) + ")", args


def _scalar(sql: str, args: list[Any]) -> int:
    cursor = Enquiry._meta.database.execute_sql(sql, args)
    try:
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()  # an open cursor holds back WAL checkpoints


def _many_customers(where: Where) -> bool:
    tests, args = _starts(where)
    if _words(where):  # each way read as a stream, stopped at the limit (deleted ones too)
        ways = [f"SELECT id FROM customer c WHERE c.deleted_at IS NULL AND {t}" for t in tests]
        ways.append(customer_index.MATCHING_IDS)
        sql = f"SELECT COUNT(*) FROM ({' UNION ALL '.join(ways)} LIMIT ?)"
        return _scalar(sql, [*args, where.customer_match, MANY_CUSTOMERS + 1]) > MANY_CUSTOMERS
    test, args = _customer_test(where)
    if not test:
        return False
    sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM customer c WHERE {test} LIMIT ?)"
    return _scalar(sql, [*args, MANY_CUSTOMERS + 1]) > MANY_CUSTOMERS


def _text_hits(where: Where) -> int | None:
    """How many indexed enquiries hold the words, counted no further than one past
    `MANY_TEXTS` (a common word is better read from each row along the order, the
    first screenful being near the top); None without an index."""
    if not search_index.available(Enquiry._meta.database):
        return None
    sql = f"SELECT COUNT(*) FROM ({search_index.MATCHING_IDS} LIMIT ?)"
    return _scalar(sql, [search_index.match_phrase(where.text), MANY_TEXTS + 1])


def _text_test(where: Where, by_row: bool, hits: int | None) -> tuple[str, list[Any]]:
    """The interest-and-notes test: row by row, or the index plus the rows it has not
    taken in yet (the newest; `search_index.catch_up` adds them later). With no hit in
    the index (a name, mostly), only those newest rows are read."""
    pattern = search_index.glob_pattern(where.text)
    by_hand = "(e.interest GLOB ? OR e.details GLOB ?)"
    database = Enquiry._meta.database
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
    if test and walk:  # each enquiry's customer looked up by key: no list of them made
        found.append(f"EXISTS (SELECT 1 FROM customer c WHERE c.id = e.customer_id AND {test})")
        args += customer_args
    elif test:
        found.append(f"e.customer_id IN (SELECT c.id FROM customer c WHERE {test})")
        args += customer_args
    if where.text:
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


@dataclass(frozen=True)
class Order:
    column: str = "received"  # a key of _ORDERED_BY or _GROUPED_BY, or "customer"
    descending: bool = True
    groups: tuple[Any, ...] = ()  # for a grouped column: its values in the order to show


def enquiry_ids(where: Where, order: Order = Order(), limit: int | None = None) -> array:
    """The ids of the matching enquiries in `order`, every sort served by an index."""
    # Many matching customers: walk the order's index, asking each enquiry's customer.
    # For the received order only the first screenful walks (all the ids come faster
    # from the customers' own index); other orders walk for both, so that both reads
    # give ties in the same order.
    hits = _text_hits(where) if where.text else None
    many = order.column != "customer" and _many_customers(where)
    text_by_row = bool(where.text) and (hits is None or hits > MANY_TEXTS)
    walk = (
        order.column != "customer"
        and (limit is not None or order.column != "received")
        and (text_by_row or many)
    )
    condition, args = _sql(where, walk, text_by_row and walk, hits, few_customers=not many)
    direction = "DESC" if order.descending else "ASC"
    # Few matches, gathered: "+" keeps SQLite from walking the order's index instead
    # (it cannot know the typed text matches little; with nothing matching, it read all).
    by = "+" if not walk and (where.text or _customer_test(where)[0]) else ""
    ids = array("q")
    if order.column in _GROUPED_BY:
        column = _GROUPED_BY[order.column]
        groups = order.groups[::-1] if order.descending else order.groups
        for value in groups:
            wanted = None if limit is None else limit - len(ids)
            if wanted == 0:
                break
            test = f"{column} IS NULL" if value is None else f"{column} = ?"
            ids.extend(
                _ids(
                    f"SELECT e.id FROM enquiry e WHERE {condition} AND {test} "
                    f"ORDER BY {by}e.received_at {direction}",
                    [*args, *([] if value is None else [value])],
                    wanted,
                )
            )
        return ids
    if order.column == "customer":
        sql = (
            "SELECT e.id FROM customer c JOIN enquiry e ON e.customer_id = c.id "
            f"WHERE c.deleted_at IS NULL AND {condition} ORDER BY c.name_key {direction}"
        )
    else:
        sql = (
            f"SELECT e.id FROM enquiry e WHERE {condition} "
            f"ORDER BY {by}{_ORDERED_BY[order.column]} {direction}"
        )
    return _ids(sql, args, limit)


def lists(where: Where, enquiry_id: int) -> bool:
    """Whether `where` finds this enquiry: its own row asked, by its key (the customers'
    and the words' tests row by row, so no list of them is gathered)."""
    condition, args = _sql(where, walk=True, text_by_row=True)
    sql = f"SELECT EXISTS (SELECT 1 FROM enquiry e WHERE e.id = ? AND {condition})"
    return bool(_scalar(sql, [enquiry_id, *args]))


def count_enquiries(where: Where) -> int:
    condition, args = _sql(where)
    return _scalar(f"SELECT COUNT(*) FROM enquiry e WHERE {condition}", args)


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
)


def enquiry_rows(ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The shown facts of these enquiries (in `ROW_COLUMNS` order), by id."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    cursor = Enquiry._meta.database.execute_sql(
        "SELECT e.id, e.received_at, c.id, c.name, c.phone, c.email, e.channel_id, e.interest, "
        "s.name, e.first_response_at, e.response_business_seconds, e.outcome, "
        "e.purchase_value_cents, e.estimated_value_cents, e.next_followup_at "
        "FROM enquiry e JOIN customer c ON c.id = e.customer_id "
        "LEFT JOIN staff s ON s.id = e.taken_by_id "
        f"WHERE e.id IN ({marks})",
        list(ids),
    )
    try:
        return {row[0]: row for row in cursor.fetchall()}
    finally:
        cursor.close()
