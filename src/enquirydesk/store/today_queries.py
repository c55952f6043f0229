"""The Today page's and the reminders' reads (and the one write reminders make).

Each read walks one partial index in its own order and stops at its limit, so the
cost follows what is shown, not the size of the file:

- awaiting a response: ``enquiry_awaiting`` (received_at, unanswered live rows);
- open follow-ups by time: ``followup_open_remind`` (remind_at, open live rows).

The indexes are named (``INDEXED BY``): given ``done_at IS NULL`` SQLite's planner
takes it for an equality on ``followup_done_state`` and then sorts every open row,
180 ms on the 1,000,000-enquiry demo file where the remind_at walk takes 1 ms.
Counts stop at a cap for the same reason: "1,000+" is as useful as 26,781.

`claim_due` is the only write: it marks follow-ups announced (``notified_at``) as
bookkeeping, outside the change log, only where no one has yet, so two windows on
the same file never announce the same item twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from enquirydesk.store.bulk import db_time
from enquirydesk.store.models import Enquiry

OPEN = "f.done_at IS NULL AND f.cancelled_at IS NULL AND f.deleted_at IS NULL"
AWAITING = "e.first_response_at IS NULL AND e.deleted_at IS NULL AND e.outcome = 'open'"
#: A follow-up whose enquiry (if it has one) was deleted is out of sight too.
LIVE_ENQUIRY = "(f.enquiry_id IS NULL OR e.deleted_at IS NULL)"
#: A "respond" item is shown by the awaiting list; it counts only while unanswered.
STILL_WANTED = "(f.kind <> 'respond' OR (e.first_response_at IS NULL AND e.outcome = 'open'))"

FOLLOWUP_COLUMNS = (
    "id", "kind", "topic", "note", "priority", "due_at", "remind_at", "snoozed_until",
    "enquiry_id", "outcome", "customer_name", "phone", "email", "interest",
    "assigned_to", "assigned_name", "forgotten_at",
)  # fmt: skip
_FACTS = (
    "SELECT f.id, f.kind, f.topic, f.note, f.priority, f.due_at, f.remind_at, "
    "f.snoozed_until, f.enquiry_id, e.outcome, c.name, c.phone, c.email, e.interest, "
    "f.assigned_to_id, s.name, c.forgotten_at FROM follow_up f {index}"
    "JOIN customer c ON c.id = f.customer_id "
    "LEFT JOIN enquiry e ON e.id = f.enquiry_id "
    "LEFT JOIN staff s ON s.id = f.assigned_to_id "
)
_FOLLOWUP_SELECT = _FACTS.format(index="INDEXED BY followup_open_remind ")
_FOLLOWUP_BY_ID = _FACTS.format(index="")
_FOLLOWUP_FROM = (
    "FROM follow_up f INDEXED BY followup_open_remind LEFT JOIN enquiry e ON e.id = f.enquiry_id "
)

AWAITING_COLUMNS = (
    "id", "received_at", "customer_name", "phone", "email", "channel_id", "interest",
    "taken_by", "respond_id", "assigned_to", "assigned_name", "forgotten_at",
)  # fmt: skip


def _rows(sql: str, args: Sequence[Any], names: Sequence[str]) -> list[dict[str, Any]]:
    cursor = Enquiry._meta.database.execute_sql(sql, list(args))
    try:
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        cursor.close()  # an open cursor holds back WAL checkpoints


def _scalar(sql: str, args: Sequence[Any]) -> int:
    cursor = Enquiry._meta.database.execute_sql(sql, list(args))
    try:
        return int(cursor.fetchone()[0] or 0)
    finally:
        cursor.close()


#: Someone's own: assigned to them, or, when assigned to nobody, about an enquiry they took.
MINE_FOLLOWUP = (
    "(f.assigned_to_id = ? OR (f.assigned_to_id IS NULL AND f.enquiry_id IN "
    "(SELECT id FROM enquiry WHERE taken_by_id = ?)))"
)
#: An unanswered enquiry they took, or whose answering was given to them.
MINE_AWAITING = (
    "(e.taken_by_id = ? OR EXISTS (SELECT 1 FROM follow_up m WHERE m.enquiry_id = e.id "
    "AND m.kind = 'respond' AND m.done_at IS NULL AND m.cancelled_at IS NULL "
    "AND m.deleted_at IS NULL AND m.assigned_to_id = ?))"
)


def _followup_range(
    since: datetime | None, before: datetime | None, mine: int | None = None
) -> tuple[str, list[Any]]:
    clauses = [OPEN, LIVE_ENQUIRY]
    args: list[Any] = []
    if mine is not None:
        clauses.append(MINE_FOLLOWUP)
        args += [mine, mine]
    if since is not None:
        clauses.append("f.remind_at >= ?")
        args.append(db_time(since))
    if before is not None:
        clauses.append("f.remind_at < ?")
        args.append(db_time(before))
    return " AND ".join(clauses), args


# -- the Today page ---------------------------------------------------------------------


def _mine(mine: int | None) -> tuple[str, list[Any]]:
    return (f" AND {MINE_AWAITING}", [mine, mine]) if mine is not None else ("", [])


def awaiting(limit: int, mine: int | None = None) -> list[dict[str, Any]]:
    """Open enquiries nobody has answered yet, oldest first, with their open "respond"
    item (who should answer) when they have one; with `mine`, only that person's."""
    only, only_args = _mine(mine)
    sql = (
        "SELECT e.id, e.received_at, c.name, c.phone, c.email, e.channel_id, e.interest, "
        "t.name, r.id, r.assigned_to_id, rs.name, c.forgotten_at "
        "FROM enquiry e INDEXED BY enquiry_awaiting "
        "JOIN customer c ON c.id = e.customer_id "
        "LEFT JOIN staff t ON t.id = e.taken_by_id "
        "LEFT JOIN follow_up r ON r.id = (SELECT f.id FROM follow_up f "
        f"  WHERE f.enquiry_id = e.id AND f.kind = 'respond' AND {OPEN} ORDER BY f.id LIMIT 1) "
        "LEFT JOIN staff rs ON rs.id = r.assigned_to_id "
        f"WHERE {AWAITING}{only} ORDER BY e.received_at, e.id LIMIT ?"
    )
    return _rows(sql, [*only_args, limit], AWAITING_COLUMNS)


def count_awaiting(cap: int, late_before: datetime, mine: int | None = None) -> tuple[int, int]:
    """(awaiting, of them received before `late_before`), each counted up to `cap`."""
    only, only_args = _mine(mine)
    sql = (
        "SELECT COUNT(*), COALESCE(SUM(received_at < ?), 0) FROM (SELECT e.received_at "
        f"FROM enquiry e INDEXED BY enquiry_awaiting WHERE {AWAITING}{only} "
        "ORDER BY e.received_at LIMIT ?) AS awaiting"
    )
    cursor = Enquiry._meta.database.execute_sql(sql, [db_time(late_before), *only_args, cap])
    try:
        total, late = cursor.fetchone()
    finally:
        cursor.close()
    return int(total), int(late)


def followups(
    since: datetime | None, before: datetime | None, limit: int, mine: int | None = None
) -> list[dict[str, Any]]:
    """Open follow-ups (not "respond": the awaiting list shows those) whose reminder time
    is in [since, before), soonest first; with `mine`, only that person's."""
    where, args = _followup_range(since, before, mine)
    sql = (
        f"{_FOLLOWUP_SELECT} WHERE {where} AND f.kind <> 'respond' "
        "ORDER BY f.remind_at, f.id LIMIT ?"
    )
    return _rows(sql, [*args, limit], FOLLOWUP_COLUMNS)


def count_followups(
    since: datetime | None, before: datetime | None, cap: int, mine: int | None = None
) -> int:
    """How many `followups` would find without a limit, counted up to `cap`."""
    where, args = _followup_range(since, before, mine)
    sql = (
        f"SELECT COUNT(*) FROM (SELECT 1 {_FOLLOWUP_FROM} WHERE {where} "
        "AND f.kind <> 'respond' ORDER BY f.remind_at LIMIT ?) AS due"
    )
    return _scalar(sql, [*args, cap])


# -- reminders --------------------------------------------------------------------------


def _due_where(since: datetime | None, until: datetime) -> tuple[str, list[Any]]:
    clauses = [OPEN, LIVE_ENQUIRY, STILL_WANTED, "f.notified_at IS NULL", "f.remind_at <= ?"]
    args: list[Any] = [db_time(until)]
    if since is not None:
        clauses.append("f.remind_at > ?")
        args.append(db_time(since))
    return " AND ".join(clauses), args


def claim_due(
    since: datetime | None, until: datetime, at: datetime, limit: int
) -> tuple[int, list[dict[str, Any]]]:
    """Mark every follow-up that came due in (since, until] and was not announced yet as
    announced at `at`; return how many, and the first `limit` of them (priority first).

    The items are found by a read; the write only sets ``notified_at`` where it is still
    unset, by primary key, and says which rows it set: a second window claiming at the
    same moment waits a few milliseconds for the lock, then claims none of them.
    """
    database = Enquiry._meta.database
    where, args = _due_where(since, until)
    found = _rows(
        f"SELECT f.id {_FOLLOWUP_FROM} WHERE {where} ORDER BY f.priority DESC, f.remind_at, f.id",
        args,
        ("id",),
    )
    if not found:
        return 0, []  # nothing due: no write lock taken, minute after minute
    wanted = [row["id"] for row in found]
    claimed: set[int] = set()
    with database.atomic():  # BEGIN IMMEDIATE (see sqlite.make_database)
        for start in range(0, len(wanted), 500):
            batch = wanted[start : start + 500]
            marks = ", ".join("?" * len(batch))
            cursor = database.execute_sql(
                f"UPDATE follow_up SET notified_at = ? WHERE notified_at IS NULL "
                f"AND id IN ({marks}) RETURNING id",
                [db_time(at), *batch],
            )
            try:
                claimed.update(row[0] for row in cursor.fetchall())
            finally:
                cursor.close()
    first = [followup_id for followup_id in wanted if followup_id in claimed][:limit]
    if not first:
        return 0, []
    facts = {
        row["id"]: row
        for row in _rows(
            f"{_FOLLOWUP_BY_ID} WHERE f.id IN ({', '.join('?' * len(first))})",
            first,
            FOLLOWUP_COLUMNS,
        )
    }
    return len(claimed), [facts[followup_id] for followup_id in first if followup_id in facts]
