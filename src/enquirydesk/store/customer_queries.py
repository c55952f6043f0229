"""The customer directory's reads: which customers match a search, in order, what each
row shows, a customer's card, and which rows a merge moves.

Every order is an index's own order, so the first and the last screenful of a
million customers are two `LIMIT` queries of a millisecond: by name on
``customer_name_key`` (customers without a name after the named ones), by
number on ``customer_phone`` while digits are typed, by address on
``customer_email``. A search is a prefix range on that index. Per-row counts are
read for the few rows drawn, grouped over ``enquiry_customer`` with ``IN``,
never for everyone at once.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from enquirydesk.store import customer_index
from enquirydesk.store.raw import database as _db
from enquirydesk.store.raw import rows as _rows

FETCH = 50_000

Row = dict[str, Any]


def _dicts(sql: str, args: Sequence[Any] = ()) -> list[Row]:
    cursor = _db().execute_sql(sql, list(args))
    try:
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        cursor.close()


def _time(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def prefix_end(prefix: str) -> str | None:
    """The smallest text after every text that starts with `prefix` (code point order,
    SQLite's order for UTF-8 text); None when there is none (open range)."""
    stem = prefix
    while stem:
        last = ord(stem[-1])
        if last < 0x10FFFF:
            following = 0xE000 if 0xD800 <= last + 1 <= 0xDFFF else last + 1
            return stem[:-1] + chr(following)
        stem = stem[:-1]
    return None


# -- which customers, in which order -------------------------------------------------


@dataclass(frozen=True)
class Where:
    """The search in storage terms (services build it from what was typed).

    Best matches first: for a name, the whole name, then names that start so, then
    names with another word that starts so (`name_match`), then addresses with a word
    that starts so (`email_match`), then those holding it inside the part before the @
    (`inside_match`); for digits, numbers that start so (phone prefixes), then numbers
    holding them (`number_match`); for an address, addresses that start so, then those
    holding its parts at a word's start, then inside. The ``*_match`` fields are
    `customer_index` match expressions. Nothing given: every live customer.
    """

    name_prefix: str = ""
    phone_prefixes: tuple[str, ...] = ()
    email_prefix: str = ""
    name_match: str = ""
    number_match: str = ""
    email_match: str = ""
    inside_match: str = ""


@dataclass(frozen=True)
class _Segment:
    """A run of the list read from one index in its order: `column` ranged by `test`."""

    column: str
    test: str
    args: tuple[Any, ...]


def _range(column: str, prefix: str) -> tuple[str, tuple[Any, ...]]:
    end = prefix_end(prefix)
    if end is None:
        return f"{column} >= ?", (prefix,)
    return f"{column} >= ? AND {column} < ?", (prefix, end)


def _matching(expression: str) -> tuple[str, tuple[Any, ...]]:
    sql, args = customer_index.matching_ids(_db(), expression)
    return f"id IN ({sql})", tuple(args)


def order_column(where: Where) -> str:
    """``name``, ``phone`` or ``email``: the column the list is ordered by."""
    if where.phone_prefixes or where.number_match:
        return "phone"
    if (where.email_prefix or where.email_match or where.inside_match) and not where.name_prefix:
        return "email"
    return "name"


def _apart(found: list[tuple[str, str, tuple[Any, ...]]]) -> list[_Segment]:
    """Segments that each leave out what the ones before them found (once is enough)."""
    segments = []
    for n, (column, test, args) in enumerate(found):
        before = found[:n]
        if before:
            test = f"({test}) AND NOT (" + " OR ".join(f"({t})" for _, t, _ in before) + ")"
            args = (*args, *(a for _, _, given in before for a in given))
        segments.append(_Segment(column, test, args))
    return segments


def _segments(where: Where) -> list[_Segment]:
    searchable = customer_index.available(_db())
    found: list[tuple[str, str, tuple[Any, ...]]] = []
    if where.phone_prefixes or where.number_match:
        # Drop a prefix that a shorter one already covers; read the ranges in order.
        prefixes = sorted(set(where.phone_prefixes))
        kept = [p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes)]
        found = [("phone", *_range("phone", p)) for p in kept]
        if where.number_match and searchable:
            found.append(("phone", *_matching(where.number_match)))
        return _apart(found)
    if where.name_prefix:
        found.append(("name_key", "name_key = ?", (where.name_prefix,)))
        found.append(("name_key", *_range("name_key", where.name_prefix)))
    if where.name_match and searchable:
        found.append(("name_key", *_matching(where.name_match)))
    if where.email_prefix:
        found.append(("email", *_range("email", where.email_prefix)))
    if where.email_match and searchable:
        found.append(("email", *_matching(where.email_match)))
    if where.inside_match and searchable:
        found.append(("email", *_matching(where.inside_match)))
    if not found:  # everyone: the named by name, then those known only by number
        return [
            _Segment("name_key", "name_key > ''", ()),
            _Segment("name_key", "name_key = ''", ()),
        ]
    return _apart(found)


def customer_ids(
    where: Where, descending: bool = False, limit: int | None = None, from_end: bool = False
) -> array:
    """The matching live customers' ids in order (ties by id); with `from_end` the last
    `limit` of them, still in that order."""
    segments = _segments(where)
    backwards = descending != from_end  # the direction each index is read in
    if from_end:
        segments = segments[::-1]
    direction = "DESC" if backwards else "ASC"
    ids = array("q")
    for segment in segments:
        wanted = None if limit is None else limit - len(ids)
        if wanted == 0:
            break
        sql = (
            f"SELECT id FROM customer WHERE deleted_at IS NULL AND {segment.test} "
            f"ORDER BY {segment.column} {direction}, id {direction}"
        )
        args: list[Any] = list(segment.args)
        if wanted is not None:
            sql += " LIMIT ?"
            args.append(wanted)
        cursor = _db().execute_sql(sql, args)
        try:
            while rows := cursor.fetchmany(FETCH):
                ids.extend(row[0] for row in rows)
        finally:
            cursor.close()
    if from_end:
        ids.reverse()
    return ids


def count_customers(where: Where) -> int:
    total = 0
    for segment in _segments(where):
        sql = f"SELECT COUNT(*) FROM customer WHERE deleted_at IS NULL AND {segment.test}"
        total += int(_rows(sql, segment.args)[0][0])
    return total


# -- what the rows show --------------------------------------------------------------

HISTORY_COLUMNS = (
    "enquiries",
    "purchases",
    "purchases_cents",
    "first_purchase_at",
    "last_enquiry_at",
    "referrals",
    "best_recommend",
)


def histories(ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """customer id → their history (`HISTORY_COLUMNS`), read for these customers only:
    each figure one grouped query over an index that starts with the customer."""
    found: dict[int, dict[str, Any]] = {
        i: dict.fromkeys(HISTORY_COLUMNS, None) | {"enquiries": 0, "purchases": 0, "referrals": 0}
        for i in ids
    }
    if not ids:
        return found
    marks, args = _marks(ids), list(ids)
    for customer_id, count, bought, cents, first, last in _rows(
        "SELECT customer_id, COUNT(*), SUM(CASE WHEN outcome = 'purchased' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN outcome = 'purchased' THEN purchase_value_cents END), "
        "MIN(CASE WHEN outcome = 'purchased' THEN coalesce(outcome_at, received_at) END), "
        "MAX(received_at) FROM enquiry "
        f"WHERE deleted_at IS NULL AND customer_id IN ({marks}) GROUP BY customer_id",
        args,
    ):
        found[customer_id].update(
            enquiries=count,
            purchases=int(bought or 0),
            purchases_cents=cents,
            first_purchase_at=_time(first),
            last_enquiry_at=_time(last),
        )
    # People they brought: customers recorded as referred by them, and enquiries naming
    # them as the recommender (usually the same people; counted once each).
    for customer_id, referred in _rows(
        "SELECT referrer, COUNT(DISTINCT person) FROM ("
        "SELECT referred_by_id AS referrer, id AS person FROM customer "
        f"WHERE deleted_at IS NULL AND referred_by_id IN ({marks}) "
        "UNION SELECT referred_by_id, customer_id FROM enquiry "
        f"WHERE deleted_at IS NULL AND referred_by_id IN ({marks})"
        ") AS brought WHERE person != referrer"
        " GROUP BY referrer",
        args + args,
    ):
        found[customer_id]["referrals"] = referred
    for customer_id, best in _rows(
        "SELECT f.customer_id, MAX(f.recommend) FROM feedback f "
        "JOIN enquiry e ON e.id = f.enquiry_id AND e.deleted_at IS NULL "
        f"WHERE f.deleted_at IS NULL AND f.customer_id IN ({marks}) GROUP BY f.customer_id",
        args,
    ):
        found[customer_id]["best_recommend"] = best
    return found


def directory_rows(ids: Sequence[int]) -> dict[int, Row]:
    """The shown facts of these live customers, their history included, by id."""
    if not ids:
        return {}
    rows = {
        row["id"]: row
        for row in _dicts(
            "SELECT id, name, phone, email, handle, forgotten_at FROM customer "
            f"WHERE deleted_at IS NULL AND id IN ({_marks(ids)})",
            ids,
        )
    }
    for customer_id, history in histories(list(rows)).items():
        rows[customer_id].update(history)
    return rows


# -- one customer's card ---------------------------------------------------------------


def customer(customer_id: int, include_deleted: bool = False) -> Row | None:
    found = _dicts(
        "SELECT id, name, name_key, phone, email, handle, notes, referred_by_id, "
        "merged_into_id, created_at, updated_at, deleted_at, forgotten_at FROM customer "
        "WHERE id = ?" + ("" if include_deleted else " AND deleted_at IS NULL"),
        [customer_id],
    )
    if not found:
        return None
    row = found[0]
    for key in ("created_at", "updated_at", "deleted_at", "forgotten_at"):
        row[key] = _time(row[key])
    return row


def people(ids: Iterable[int]) -> dict[int, Row]:
    """id → (id, name, phone, email, forgotten_at) of these customers, deleted ones too
    (for names)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    return {
        row["id"]: row
        for row in _dicts(
            f"SELECT id, name, phone, email, forgotten_at FROM customer "
            f"WHERE id IN ({_marks(wanted)})",
            wanted,
        )
    }


_ENQUIRY_LINE = (
    "SELECT id, received_at, channel_id, interest, outcome, outcome_at, first_response_at, "
    "purchase_value_cents, estimated_value_cents FROM enquiry "
)


def _enquiry_lines(sql: str, args: Sequence[Any]) -> list[Row]:
    found = _dicts(_ENQUIRY_LINE + sql, args)
    for row in found:
        for key in ("received_at", "outcome_at", "first_response_at"):
            row[key] = _time(row[key])
    return found


def recent_enquiries(customer_id: int, limit: int) -> list[Row]:
    """Their live enquiries, latest first (``enquiry_customer_received``)."""
    return _enquiry_lines(
        "WHERE customer_id = ? AND deleted_at IS NULL ORDER BY received_at DESC, id DESC LIMIT ?",
        [customer_id, limit],
    )


def recent_purchases(customer_id: int, limit: int) -> list[Row]:
    """Their purchases, latest first (``enquiry_customer``: customer, outcome, outcome_at)."""
    return _enquiry_lines(
        "WHERE customer_id = ? AND outcome = 'purchased' AND deleted_at IS NULL "
        "ORDER BY outcome_at DESC, id DESC LIMIT ?",
        [customer_id, limit],
    )


def recent_feedback(customer_id: int, limit: int) -> list[Row]:
    """Their live feedback with what it was about, latest first."""
    found = _dicts(
        "SELECT f.id, f.enquiry_id, f.recorded_at, f.rating, f.expectation, f.recommend, "
        "f.comment, f.complaint, f.complaint_resolved_at, f.resolution, e.interest "
        "FROM feedback f JOIN enquiry e ON e.id = f.enquiry_id "
        "WHERE f.customer_id = ? AND f.deleted_at IS NULL "
        "ORDER BY f.recorded_at DESC, f.id DESC LIMIT ?",
        [customer_id, limit],
    )
    for row in found:
        row["recorded_at"] = _time(row["recorded_at"])
        row["complaint_resolved_at"] = _time(row["complaint_resolved_at"])
        row["complaint"] = bool(row["complaint"])
    return found


def referred(customer_id: int, limit: int) -> list[Row]:
    """Live customers they brought (recorded on the customer or on an enquiry), by name."""
    return _dicts(
        "SELECT id, name, phone, email, forgotten_at FROM customer "
        "WHERE deleted_at IS NULL AND id IN (SELECT id FROM customer WHERE referred_by_id = ? "
        "UNION SELECT customer_id FROM enquiry WHERE referred_by_id = ? AND deleted_at IS NULL"
        ") AND id != ? ORDER BY name_key, id LIMIT ?",
        [customer_id, customer_id, customer_id, limit],
    )


def same_contact(customer_id: int, column: str, value: str | None, limit: int = 20) -> list[Row]:
    """Other live customers with exactly this ``phone``, ``email`` or ``name_key``."""
    if not value or column not in ("phone", "email", "name_key"):
        return []
    return _dicts(
        f"SELECT id, name, phone, email FROM customer WHERE {column} = ? "
        "AND deleted_at IS NULL AND id != ? ORDER BY name_key, id LIMIT ?",
        [value, customer_id, limit],
    )


# -- what a merge moves ------------------------------------------------------------------


def merge_rows(customer_id: int) -> dict[str, list[int]]:
    """Every row that points at this customer, deleted ones too (an undone delete must
    come back under the customer it was merged into): table → ids."""
    queries = {
        "enquiry": "SELECT id FROM enquiry WHERE customer_id = ?",
        "follow_up": "SELECT id FROM follow_up WHERE customer_id = ?",
        "feedback": "SELECT id FROM feedback WHERE customer_id = ?",
        "referred_customer": "SELECT id FROM customer WHERE referred_by_id = ?",
        "referred_enquiry": "SELECT id FROM enquiry WHERE referred_by_id = ?",
        "contact_info": "SELECT id FROM customer_contact_info WHERE customer_id = ?",
    }
    return {
        key: [row[0] for row in _rows(sql + " ORDER BY id", [customer_id])]
        for key, sql in queries.items()
    }


def contact_info(customer_ids: Sequence[int]) -> list[Row]:
    """The other numbers and addresses of these customers (id, customer_id, kind, value),
    in the order they were learned."""
    if not customer_ids:
        return []
    return _dicts(
        "SELECT id, customer_id, kind, value FROM customer_contact_info "
        f"WHERE customer_id IN ({_marks(customer_ids)}) ORDER BY id",
        list(customer_ids),
    )


def enquiry_links(enquiry_ids: Sequence[int]) -> dict[int, tuple[int, int | None]]:
    """enquiry id → (its customer, who referred it)."""
    found: dict[int, tuple[int, int | None]] = {}
    for start in range(0, len(enquiry_ids), 500):
        batch = list(enquiry_ids[start : start + 500])
        for enquiry_id, customer_id, referrer in _rows(
            f"SELECT id, customer_id, referred_by_id FROM enquiry WHERE id IN ({_marks(batch)})",
            batch,
        ):
            found[enquiry_id] = (customer_id, referrer)
    return found


def live_counts(customer_id: int) -> dict[str, int]:
    """What a merge preview says moves: live enquiries, follow-ups, feedback, referrals."""
    sql = {
        "enquiries": "SELECT COUNT(*) FROM enquiry WHERE customer_id = ? AND deleted_at IS NULL",
        "followups": "SELECT COUNT(*) FROM follow_up WHERE customer_id = ? AND deleted_at IS NULL",
        "feedback": "SELECT COUNT(*) FROM feedback WHERE customer_id = ? AND deleted_at IS NULL",
        "referrals": "SELECT COUNT(*) FROM (SELECT id FROM customer WHERE referred_by_id = ? "
        "AND deleted_at IS NULL UNION SELECT customer_id FROM enquiry WHERE referred_by_id = ? "
        "AND deleted_at IS NULL) AS brought WHERE id != ?",
    }
    return {
        key: int(_rows(text, [customer_id] * text.count("?"))[0][0]) for key, text in sql.items()
    }


# -- possible duplicates ------------------------------------------------------------------

_KNOWN = (
    "SELECT id AS customer_id, 'phone' AS kind, phone AS value FROM customer "
    "WHERE deleted_at IS NULL AND phone IS NOT NULL "
    "UNION ALL SELECT id, 'email', email FROM customer "
    "WHERE deleted_at IS NULL AND email IS NOT NULL "
    "UNION ALL SELECT o.customer_id, o.kind, o.value FROM customer_contact_info o "
    "JOIN customer c ON c.id = o.customer_id WHERE c.deleted_at IS NULL"
)
_NOT_SAID_DISTINCT = (
    "NOT EXISTS (SELECT 1 FROM customer_distinct d WHERE d.first_id = {0} AND d.second_id = {1})"
)


def sharing_customers(limit: int) -> list[tuple[int, int, str]]:
    """(lower id, higher id, "phone" / "email") of live customers who share a number or
    an address (also among their other ones), and were not said to be two people."""
    sql = (
        f"WITH known AS ({_KNOWN}) "
        "SELECT a.customer_id, b.customer_id, min(a.kind) FROM known a JOIN known b "
        "ON b.kind = a.kind AND b.value = a.value AND b.customer_id > a.customer_id "
        f"WHERE {_NOT_SAID_DISTINCT.format('a.customer_id', 'b.customer_id')} "
        "GROUP BY a.customer_id, b.customer_id "
        "LIMIT ?"
    )
    return [(first, second, why) for first, second, why in _rows(sql, [limit])]


def name_holders() -> dict[str, int]:
    """name key → how many live customers hold it, for every name."""
    sql = (
        "SELECT name_key, COUNT(*) FROM customer WHERE deleted_at IS NULL AND name_key != '' "
        "GROUP BY name_key"
    )
    return {key: int(count) for key, count in _rows(sql)}


def holders_of(keys: Sequence[str]) -> dict[str, list[int]]:
    """name key → the live customers holding it (in id order), for these names."""
    found: dict[str, list[int]] = {}
    keys = list(keys)
    for start in range(0, len(keys), 500):
        batch = keys[start : start + 500]
        sql = (
            "SELECT name_key, id FROM customer WHERE deleted_at IS NULL "
            f"AND name_key IN ({_marks(batch)}) ORDER BY id"
        )
        for key, customer_id in _rows(sql, batch):
            found.setdefault(key, []).append(customer_id)
    return found


def addresses_of_namesakes() -> list[tuple[int, str, str]]:
    """(customer id, name key, e-mail address) of every address (also the other ones) of
    live customers whose whole name another live customer holds too."""
    sql = (
        "SELECT c.id, c.name_key, k.value FROM customer c "
        f"JOIN ({_KNOWN}) k ON k.customer_id = c.id AND k.kind = 'email' "
        "WHERE c.deleted_at IS NULL AND c.name_key IN (SELECT name_key FROM customer "
        "WHERE deleted_at IS NULL AND name_key != '' GROUP BY name_key HAVING COUNT(*) > 1) "
        "ORDER BY c.id"
    )
    return [(int(i), key, value) for i, key, value in _rows(sql)]


def near_numbers(last_digits: int) -> list[list[tuple[int, str, str]]]:
    """Groups of live customers whose phone numbers are the same but for the last
    `last_digits` digits: [(id, name key, phone)] each, for the names to be compared."""
    sql = (  # (separated by the unit separator, a character no name or number holds)
        "SELECT group_concat(id, '\x1f'), group_concat(name_key, '\x1f'), "
        "group_concat(phone, '\x1f') FROM customer "
        "WHERE deleted_at IS NULL AND phone IS NOT NULL AND name_key != '' "
        "GROUP BY substr(phone, 1, length(phone) - ?) HAVING count(*) > 1"
    )
    groups = []
    for ids, keys, phones in _rows(sql, [last_digits]):
        split = [part.split("\x1f") for part in (ids, keys, phones)]
        groups.append([(int(i), k, p) for i, k, p in zip(*split, strict=True)])
    return groups


def said_distinct(first: int, second: int) -> bool:
    sql = "SELECT 1 FROM customer_distinct WHERE first_id = ? AND second_id = ?"
    return bool(_rows(sql, [first, second]))


def distinct_pairs() -> set[tuple[int, int]]:
    """Every (lower id, higher id) staff said are two people."""
    return {(a, b) for a, b in _rows("SELECT first_id, second_id FROM customer_distinct")}
