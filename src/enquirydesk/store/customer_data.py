"""The reads behind "a customer's data, on request": every row held about one person.

A person is a customer and everyone merged into them (a merge keeps the other
customer's row, retired, pointing at the kept one; `store.privacy.people` follows the
chain). Their enquiries, contacts, follow-ups and feedback are read by customer and by
enquiry, deleted rows too (a soft-deleted row is still held in the file, and an
undo brings it back). Each query starts from an index on the customer or the
enquiry, so one person's export costs the same in a file of a million enquiries.
Other customers appear only as (id, name) of a referrer or of someone referred.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from enquirydesk.store.raw import batches as _batches
from enquirydesk.store.raw import database as _db

Row = dict[str, Any]


def _dicts(sql: str, args: Sequence[Any] = ()) -> list[Row]:
    cursor = _db().execute_sql(sql, list(args))
    try:
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        cursor.close()  # an open cursor holds back WAL checkpoints


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _in(
    sql: str,
    ids: Iterable[int],
    times: Sequence[str] = (),
    *,
    repeat: int = 1,
    first: Sequence[Any] = (),
) -> list[Row]:
    """`sql` with ``{ids}`` (`repeat` times) for a list of ids, read in batches, after the
    values `first`; its `times` columns as times."""
    found: list[Row] = []
    for batch in _batches(ids):
        found.extend(_dicts(sql.format(ids=_marks(batch)), [*first, *(batch * repeat)]))
    for row in found:
        for key in times:
            value = row[key]
            if isinstance(value, str):
                row[key] = datetime.fromisoformat(value)
    return found


# -- the person -------------------------------------------------------------------------


CUSTOMER_TIMES = ("created_at", "updated_at", "deleted_at", "consent_at", "forgotten_at")


def customers(ids: Sequence[int]) -> list[Row]:
    """These customers' rows as stored (deleted and merged ones too), by id."""
    return sorted(
        _in(
            "SELECT id, name, phone, email, handle, notes, referred_by_id, merged_into_id, "
            "created_at, updated_at, deleted_at, consent_at, forgotten_at "
            "FROM customer WHERE id IN ({ids})",
            ids,
            CUSTOMER_TIMES,
        ),
        key=lambda row: row["id"],
    )


def contact_info(ids: Sequence[int]) -> list[Row]:
    """Their other phone numbers and e-mail addresses, in the order they were learned."""
    return sorted(
        _in(
            "SELECT id, customer_id, kind, value, created_at FROM customer_contact_info "
            "WHERE customer_id IN ({ids})",
            ids,
            ("created_at",),
        ),
        key=lambda row: row["id"],
    )


def names(ids: Iterable[int]) -> dict[int, tuple[str, bool]]:
    """id → (name, whether forgotten) of these customers (a referrer, someone referred):
    nothing more."""
    return {
        row["id"]: (row["name"], row["forgotten_at"] is not None)
        for row in _in("SELECT id, name, forgotten_at FROM customer WHERE id IN ({ids})", ids)
    }


def referred_ids(ids: Sequence[int]) -> list[int]:
    """The live customers these people brought (recorded on the customer, or on an
    enquiry as who recommended it), themselves left out, by name."""
    wanted = set(ids)
    found = _in(
        "SELECT id, name_key FROM customer WHERE deleted_at IS NULL AND id IN ("
        "SELECT id FROM customer WHERE referred_by_id IN ({ids}) "
        "UNION SELECT customer_id FROM enquiry WHERE referred_by_id IN ({ids}))",
        ids,
        repeat=2,
    )
    people = {row["id"]: row["name_key"] for row in found if row["id"] not in wanted}
    return sorted(people, key=lambda i: (people[i], i))


# -- what they did ------------------------------------------------------------------------

ENQUIRY_TIMES = ("received_at", "first_response_at", "outcome_at", "created_at", "updated_at",
                 "deleted_at")  # fmt: skip


def enquiries(ids: Sequence[int]) -> list[Row]:
    """Every enquiry of these customers, deleted ones too, oldest first, with the names of
    the staff who took and answered it and the keys of its catalogue items."""
    rows = _in(
        "SELECT e.id, e.customer_id, e.received_at, ch.key AS channel, e.interest, e.details, "
        "src.key AS source, e.referred_by_id, taken.name AS taken_by, "
        "e.estimated_value_cents, e.first_response_at, answered.name AS first_response_by, "
        "e.first_response_how, e.response_seconds, e.response_business_seconds, e.outcome, "
        "e.outcome_at, e.purchase_value_cents, e.purchase_channel, lr.key AS lost_reason, "
        "e.created_at, e.updated_at, e.deleted_at "
        "FROM enquiry e JOIN channel ch ON ch.id = e.channel_id "
        "LEFT JOIN source src ON src.id = e.source_id "
        "LEFT JOIN staff taken ON taken.id = e.taken_by_id "
        "LEFT JOIN staff answered ON answered.id = e.first_response_by_id "
        "LEFT JOIN lost_reason lr ON lr.id = e.lost_reason_id "
        "WHERE e.customer_id IN ({ids})",
        ids,
        ENQUIRY_TIMES,
    )
    rows.sort(key=lambda row: (row["received_at"], row["id"]))
    factors: dict[int, list[str]] = {row["id"]: [] for row in rows}
    for row in _in(
        "SELECT ef.enquiry_id, df.key FROM enquiry_factor ef "
        "JOIN decision_factor df ON df.id = ef.factor_id WHERE ef.enquiry_id IN ({ids}) "
        "ORDER BY df.sort_order, df.id",
        factors,
    ):
        factors[row["enquiry_id"]].append(row["key"])
    for row in rows:
        row["decision_factors"] = factors[row["id"]]
    return rows


def factor_row_ids(enquiry_ids: Sequence[int]) -> list[int]:
    """The enquiry_factor rows of these enquiries (for the change log)."""
    return [
        row["id"]
        for row in _in("SELECT id FROM enquiry_factor WHERE enquiry_id IN ({ids})", enquiry_ids)
    ]


def contacts(enquiry_ids: Sequence[int]) -> list[Row]:
    """Every contact on these enquiries, deleted ones too, in time order."""
    rows = _in(
        "SELECT c.id, c.enquiry_id, c.at, s.name AS staff, c.kind, c.direction, c.text, "
        "c.created_at, c.deleted_at FROM contact c LEFT JOIN staff s ON s.id = c.staff_id "
        "WHERE c.enquiry_id IN ({ids})",
        enquiry_ids,
        ("at", "created_at", "deleted_at"),
    )
    return sorted(rows, key=lambda row: (row["at"], row["id"]))


FOLLOWUP_TIMES = ("due_at", "snoozed_until", "done_at", "cancelled_at", "created_at",
                  "deleted_at")  # fmt: skip


def followups(ids: Sequence[int], enquiry_ids: Sequence[int]) -> list[Row]:
    """Every follow-up about these customers or on their enquiries, deleted ones too."""
    columns = (
        "SELECT f.id, f.enquiry_id, f.customer_id, f.kind, f.topic, f.note, f.priority, "
        "f.due_at, f.snoozed_until, s.name AS assigned_to, f.done_at, f.result, "
        "f.cancelled_at, f.created_at, f.deleted_at "
        "FROM follow_up f LEFT JOIN staff s ON s.id = f.assigned_to_id "
    )
    found = {
        row["id"]: row
        for row in [
            *_in(columns + "WHERE f.customer_id IN ({ids})", ids, FOLLOWUP_TIMES),
            *_in(columns + "WHERE f.enquiry_id IN ({ids})", enquiry_ids, FOLLOWUP_TIMES),
        ]
    }
    for row in found.values():
        row["priority"] = bool(row["priority"])
    return sorted(found.values(), key=lambda row: (row["due_at"], row["id"]))


FEEDBACK_TIMES = ("recorded_at", "complaint_resolved_at", "created_at", "deleted_at")


def feedback(ids: Sequence[int], enquiry_ids: Sequence[int]) -> list[Row]:
    """Every feedback from these customers or on their enquiries, deleted ones too."""
    columns = (
        "SELECT f.id, f.enquiry_id, f.customer_id, f.recorded_at, s.name AS staff, f.rating, "
        "f.expectation, f.recommend, f.comment, f.complaint, f.complaint_resolved_at, "
        "f.resolution, f.created_at, f.deleted_at "
        "FROM feedback f LEFT JOIN staff s ON s.id = f.staff_id "
    )
    found = {
        row["id"]: row
        for row in [
            *_in(columns + "WHERE f.customer_id IN ({ids})", ids, FEEDBACK_TIMES),
            *_in(columns + "WHERE f.enquiry_id IN ({ids})", enquiry_ids, FEEDBACK_TIMES),
        ]
    }
    for row in found.values():
        row["complaint"] = bool(row["complaint"])
    return sorted(found.values(), key=lambda row: (row["recorded_at"], row["id"]))


# -- the change log -------------------------------------------------------------------------


def _owner(before: str | None, after: str | None) -> tuple[Any, Any]:
    """(customer, enquiry) a logged copy of a row points at."""
    for text in (after, before):
        if text:
            values = json.loads(text)
            return values.get("customer"), values.get("enquiry")
    return None, None


def change_log(
    rows: Mapping[str, Sequence[int]], customer_ids: Sequence[int], enquiry_ids: Sequence[int]
) -> list[Row]:
    """The change-log entries about these rows (table → ids), oldest first.

    Besides the entries of the rows there are now, the operations that made them also
    hold entries of rows since removed for good (an undone contact, a decision factor
    taken back, a number a merge found twice): those that belonged to this person
    (by the customer or enquiry they pointed at) are theirs too.

    Each entry: change_id, operation_id, at, actor, action, summary, entity, entity_id,
    kind (create / update / delete), fields (the names of the fields an update changed),
    and ``others``: whether the operation also changed another customer's row (a merge
    of two other people moving who referred this one) — its summary names them.
    """
    direct: dict[int, Row] = {}
    for entity, ids in rows.items():
        for row in _in(
            "SELECT id, operation_id, entity, entity_id, kind, before, after FROM change "
            "WHERE entity = ? AND entity_id IN ({ids})",
            ids,
            first=[entity],
        ):
            direct[row["id"]] = row
    operation_ids = sorted({row["operation_id"] for row in direct.values()})
    people, theirs = set(customer_ids), set(enquiry_ids)
    owned = {"customer": people, "enquiry": theirs}
    found = dict(direct)
    others: set[int] = set()
    for row in _in(
        "SELECT id, operation_id, entity, entity_id, kind, before, after FROM change "
        "WHERE operation_id IN ({ids})",
        operation_ids,
    ):
        entity = row["entity"]
        if entity == "customer" and row["entity_id"] not in people:
            others.add(row["operation_id"])
        if row["id"] in found or entity in ("customer", "enquiry"):
            continue
        customer, enquiry = _owner(row["before"], row["after"])
        if customer in owned["customer"] or enquiry in owned["enquiry"]:
            found[row["id"]] = row
    operations = {
        row["id"]: row
        for row in _in(
            "SELECT id, at, actor, action, summary FROM operation WHERE id IN ({ids})",
            operation_ids,
            ("at",),
        )
    }
    entries = []
    for change in sorted(found.values(), key=lambda row: row["id"]):
        operation = operations[change["operation_id"]]
        fields: set[str] = set()
        if change["kind"] == "update":
            for text in (change["before"], change["after"]):
                if text:
                    fields.update(json.loads(text))
        entries.append(
            {
                "change_id": change["id"],
                "operation_id": change["operation_id"],
                "at": operation["at"],
                "actor": operation["actor"],
                "action": operation["action"],
                "summary": operation["summary"],
                "entity": change["entity"],
                "entity_id": change["entity_id"],
                "kind": change["kind"],
                "fields": sorted(fields),
                "others": change["operation_id"] in others,
            }
        )
    return entries


__all__ = [
    "change_log",
    "contact_info",
    "contacts",
    "customers",
    "enquiries",
    "factor_row_ids",
    "feedback",
    "followups",
    "names",
    "referred_ids",
]
