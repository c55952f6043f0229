"""Reads the services need, as plain values (dicts and tuples, never model instances).

Every query that looks at user data repeats ``deleted_at IS NULL`` so that the
partial indexes apply and deleted rows stay out of sight.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from peewee import JOIN, Case, fn

from enquirydesk.store import customer_index
from enquirydesk.store.models import (
    BaseModel,
    CatalogItem,
    Change,
    Contact,
    Customer,
    CustomerContactInfo,
    Enquiry,
    EnquiryFactor,
    Feedback,
    FollowUp,
    Operation,
    Setting,
    Staff,
)

Row = dict[str, Any]

OPEN_FOLLOWUP = (
    FollowUp.done_at.is_null() & FollowUp.cancelled_at.is_null() & FollowUp.deleted_at.is_null()
)

# -- settings and catalogues ------------------------------------------------------------


def settings_values() -> dict[str, Any]:
    return {
        key: json.loads(value) for key, value in Setting.select(Setting.key, Setting.value).tuples()
    }


def setting_id(key: str) -> int | None:
    row = Setting.select(Setting.id).where(Setting.key == key).tuples().first()
    return None if row is None else row[0]


def catalog(model: type[CatalogItem], include_hidden: bool = True) -> list[Row]:
    query = model.select().order_by(model.sort_order, model.id)
    if not include_hidden:
        query = query.where(model.hidden == False)  # noqa: E712 - peewee expression
    return list(query.dicts())


def catalog_ids(model: type[CatalogItem]) -> dict[str, int]:
    return dict(model.select(model.key, model.id).tuples())


# -- staff ------------------------------------------------------------------------------


def staff_list(active_only: bool = False, with_pins: bool = False) -> list[Row]:
    """Staff by name; `with_pins` adds their PIN's hash (to say whether one is set)."""
    columns = [Staff.id, Staff.name, Staff.role, Staff.active]
    if with_pins:
        columns.append(Staff.pin_hash)
    query = Staff.select(*columns).order_by(Staff.name)
    if active_only:
        query = query.where(Staff.active == True)  # noqa: E712
    return list(query.dicts())


def staff_named(name: str) -> Row | None:
    return (
        Staff.select(Staff.id, Staff.name, Staff.role, Staff.active)
        .where(fn.lower(Staff.name) == name.strip().lower())
        .dicts()
        .first()
    )


def owner() -> Row | None:
    """The active owner, with their PIN's hash (the staff lists leave hashes out)."""
    return (
        Staff.select(Staff.id, Staff.name, Staff.role, Staff.active, Staff.pin_hash)
        .where((Staff.role == "owner") & (Staff.active == True))  # noqa: E712
        .order_by(Staff.id)
        .dicts()
        .first()
    )


def staff_by_id(staff_id: int) -> Row | None:
    return Staff.select().where(Staff.id == staff_id).dicts().first()


# -- customers --------------------------------------------------------------------------


_CUSTOMER_COLUMNS = (
    Customer.id,
    Customer.name,
    Customer.name_key,
    Customer.phone,
    Customer.email,
    Customer.handle,
    Customer.referred_by,
    Customer.created_at,
)


def customer(customer_id: int) -> Row | None:
    return (
        Customer.select(*_CUSTOMER_COLUMNS, Customer.notes)
        .where((Customer.id == customer_id) & Customer.deleted_at.is_null())
        .dicts()
        .first()
    )


def _customers_seen() -> Any:
    """Live customers with the time of their last enquiry as ``last_seen``."""
    last_seen = Enquiry.select(fn.MAX(Enquiry.received_at)).where(
        (Enquiry.customer == Customer.id) & Enquiry.deleted_at.is_null()
    )
    return Customer.select(*_CUSTOMER_COLUMNS, last_seen.alias("last_seen")).where(
        Customer.deleted_at.is_null()
    )


def _others(kind: str, value: str) -> Any:
    """The customers who have `value` among their other numbers or addresses."""
    return CustomerContactInfo.select(CustomerContactInfo.customer).where(
        (CustomerContactInfo.kind == kind) & (CustomerContactInfo.value == value)
    )


def _most_recent_first(rows: list[Row]) -> list[Row]:
    rows.sort(key=lambda r: (r["last_seen"] or r["created_at"], r["id"]), reverse=True)
    return rows


def customers_where(
    *, phone: str | None = None, email: str | None = None, name_key: str | None = None
) -> list[Row]:
    """Live customers with exactly this phone, e-mail or name key; most recently seen first."""
    query = _customers_seen()
    # Their first number, or one of their others: the ids of each found by its own index
    # (`a = ? OR id IN (…)` would make SQLite read every customer; the live condition
    # lets it use the partial index).
    live = Customer.deleted_at.is_null()
    if phone is not None:
        holders = Customer.select(Customer.id).where(live & (Customer.phone == phone))
        query = query.where(Customer.id.in_(holders | _others("phone", phone)))
    if email is not None:
        holders = Customer.select(Customer.id).where(live & (Customer.email == email))
        query = query.where(Customer.id.in_(holders | _others("email", email)))
    if name_key is not None:
        query = query.where(Customer.name_key == name_key)
    rows = list(query.dicts())
    for row in rows:  # an aggregate comes back as text; make it a time like the columns
        if isinstance(row["last_seen"], str):
            row["last_seen"] = Enquiry.received_at.python_value(row["last_seen"])
    return _most_recent_first(rows)


def next_id(model: type[BaseModel]) -> int:
    """One more than the highest id in use (inside a write transaction: ours to take)."""
    highest = model.select(fn.MAX(model._meta.primary_key)).scalar()
    return int(highest or 0) + 1


def customer_purchases(customer_id: int) -> int:
    return (
        Enquiry.select()
        .where(
            (Enquiry.customer == customer_id)
            & (Enquiry.outcome == "purchased")
            & Enquiry.deleted_at.is_null()
        )
        .count()
    )


# -- enquiries --------------------------------------------------------------------------


def enquiry(enquiry_id: int, include_deleted: bool = False) -> Row | None:
    query = Enquiry.select().where(Enquiry.id == enquiry_id)
    if not include_deleted:
        query = query.where(Enquiry.deleted_at.is_null())
    return query.dicts().first()


def enquiry_factor_links(enquiry_id: int) -> dict[int, int]:
    """factor id → link row id for one enquiry."""
    return dict(
        EnquiryFactor.select(EnquiryFactor.factor, EnquiryFactor.id)
        .where(EnquiryFactor.enquiry == enquiry_id)
        .tuples()
    )


def contacts(enquiry_id: int) -> list[Row]:
    return list(
        Contact.select()
        .where((Contact.enquiry == enquiry_id) & Contact.deleted_at.is_null())
        .order_by(Contact.at, Contact.id)
        .dicts()
    )


def any_enquiry(*, live_only: bool = True) -> bool:
    """Whether the file holds an enquiry (a live one): stops at the first, where a count
    reads them all."""
    query = Enquiry.select(Enquiry.id)
    if live_only:
        query = query.where(Enquiry.deleted_at.is_null())
    return query.exists()


def staff_ids() -> tuple[int, ...]:
    return tuple(s for (s,) in Staff.select(Staff.id).order_by(Staff.id).tuples())


def answered_times() -> Iterator[tuple[int, datetime, datetime]]:
    """(id, received, first response) of every answered enquiry, streamed."""
    return (
        Enquiry.select(Enquiry.id, Enquiry.received_at, Enquiry.first_response_at)
        .where(Enquiry.first_response_at.is_null(False))
        .tuples()
        .iterator()
    )


def count_answered() -> int:
    return Enquiry.select(Enquiry.id).where(Enquiry.first_response_at.is_null(False)).count()


def count_enquiries() -> int:
    return Enquiry.select().where(Enquiry.deleted_at.is_null()).count()


def feedback(feedback_id: int) -> Row | None:
    return (
        Feedback.select()
        .where((Feedback.id == feedback_id) & Feedback.deleted_at.is_null())
        .dicts()
        .first()
    )


def feedback_of_enquiry(enquiry_id: int) -> list[Row]:
    return list(
        Feedback.select()
        .where((Feedback.enquiry == enquiry_id) & Feedback.deleted_at.is_null())
        .order_by(Feedback.recorded_at)
        .dicts()
    )


# -- follow-ups -------------------------------------------------------------------------


def followup(followup_id: int) -> Row | None:
    return (
        FollowUp.select()
        .where((FollowUp.id == followup_id) & FollowUp.deleted_at.is_null())
        .dicts()
        .first()
    )


def open_followups(enquiry_id: int, kinds: tuple[str, ...] | None = None) -> list[Row]:
    query = FollowUp.select().where((FollowUp.enquiry == enquiry_id) & OPEN_FOLLOWUP)
    if kinds:
        query = query.where(FollowUp.kind.in_(kinds))
    return list(query.order_by(FollowUp.remind_at).dicts())


def live_followup_ids(enquiry_id: int) -> list[int]:
    return [
        r[0]
        for r in FollowUp.select(FollowUp.id)
        .where((FollowUp.enquiry == enquiry_id) & FollowUp.deleted_at.is_null())
        .tuples()
    ]


def next_reminder(enquiry_id: int) -> datetime | None:
    return (
        FollowUp.select(FollowUp.remind_at)
        .where((FollowUp.enquiry == enquiry_id) & OPEN_FOLLOWUP)
        .order_by(FollowUp.remind_at)
        .limit(1)
        .scalar()
    )


def followup_list(
    *,
    due_before: datetime | None = None,
    due_from: datetime | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Open follow-ups with the customer and enquiry facts staff need to act, soonest first."""
    query = (
        FollowUp.select(
            FollowUp.id,
            FollowUp.kind,
            FollowUp.topic,
            FollowUp.note,
            FollowUp.priority,
            FollowUp.due_at,
            FollowUp.remind_at,
            FollowUp.enquiry,
            Customer.name.alias("customer_name"),
            Customer.phone.alias("customer_phone"),
            Customer.email.alias("customer_email"),
            Customer.forgotten_at.alias("customer_forgotten_at"),
            Enquiry.interest,
            Staff.name.alias("assigned_name"),
        )
        .join(Customer, on=(FollowUp.customer == Customer.id))
        .switch(FollowUp)
        .join(Enquiry, JOIN.LEFT_OUTER, on=(FollowUp.enquiry == Enquiry.id))
        .switch(FollowUp)
        .join(Staff, JOIN.LEFT_OUTER, on=(FollowUp.assigned_to == Staff.id))
        .where(OPEN_FOLLOWUP)
        .order_by(FollowUp.priority.desc(), FollowUp.remind_at, FollowUp.id)
    )
    if due_before is not None:
        query = query.where(FollowUp.remind_at < due_before)
    if due_from is not None:
        query = query.where(FollowUp.remind_at >= due_from)
    if limit is not None:
        query = query.limit(limit)
    return list(query.dicts())


# -- as-you-type lookup -----------------------------------------------------------------

_PREFIX_COLUMNS = {"phone": Customer.phone, "email": Customer.email, "name_key": Customer.name_key}


def customers_from(column: str, low: str, high: str, limit: int) -> list[Row]:
    """Live customers whose ``phone`` / ``email`` / ``name_key`` lies in [low, high), in that
    column's order: a prefix search read from the column's partial index, `limit` rows at most.
    """
    return list(customers_from_query(column, low, high, limit).dicts())


def customers_from_query(column: str, low: str, high: str, limit: int) -> Any:
    """The query of `customers_from`, unrun (a test reads its plan)."""
    field = _PREFIX_COLUMNS[column]
    return (
        Customer.select(
            Customer.id, Customer.name, Customer.name_key, Customer.phone, Customer.email
        )
        .where((field >= low) & (field < high) & Customer.deleted_at.is_null())
        .order_by(field, Customer.id)
        .limit(limit)
    )


def customers_matching(expression: str, limit: int) -> list[Row]:
    """Live customers a `customer_index` match expression finds (a word of the name, digits
    inside a number, part of an address), by name; none without the index."""
    if not customer_index.available(Customer._meta.database):
        return []
    database = Customer._meta.database
    found, args = customer_index.matching_ids(database, expression)
    cursor = database.execute_sql(
        "SELECT id, name, name_key, phone, email FROM customer WHERE deleted_at IS NULL "
        f"AND id IN ({found}) ORDER BY name_key, id LIMIT ?",
        (*args, limit),
    )
    try:
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        cursor.close()


def enquiry_histories(customer_ids: Iterable[int]) -> dict[int, tuple[int, int, datetime | None]]:
    """customer id → (live enquiries, purchases, last received at), for a handful of customers."""
    ids = list(dict.fromkeys(customer_ids))
    if not ids:
        return {}
    return {
        customer_id: (count, int(purchases or 0), Enquiry.received_at.python_value(last))
        for customer_id, count, purchases, last in enquiry_histories_query(ids).tuples()
    }


def enquiry_histories_query(customer_ids: list[int]) -> Any:
    """The query of `enquiry_histories`, unrun (a test reads its plan)."""
    purchased = fn.SUM(Case(None, [(Enquiry.outcome == "purchased", 1)], 0))
    latest = fn.MAX(Enquiry.received_at)
    return (
        Enquiry.select(Enquiry.customer, fn.COUNT(Enquiry.id), purchased, latest)
        .where(Enquiry.customer.in_(customer_ids) & Enquiry.deleted_at.is_null())
        .group_by(Enquiry.customer)
    )


# -- backups -----------------------------------------------------------------------------


def change_mark() -> int:
    """The number of the latest change: grows with every operation, by any program, so
    a backup knows whether anything happened since the last one."""
    row = Operation.select(fn.MAX(Operation.id)).scalar()
    return int(row or 0)


# -- what other programs saved -------------------------------------------------------------


def operations_after(mark: int, limit: int = 500) -> list[tuple[int, str, dict[str, set[int]]]]:
    """The operations after the change number `mark`, oldest first: (number, action,
    table name → the row ids it changed); a bulk load names no rows."""
    found = list(
        Operation.select(Operation.id, Operation.action)
        .where(Operation.id > mark)
        .order_by(Operation.id)
        .limit(limit)
        .tuples()
    )
    if not found:
        return []
    rows: dict[int, dict[str, set[int]]] = {operation: {} for operation, _ in found}
    for operation, entity, entity_id in (
        Change.select(Change.operation, Change.entity, Change.entity_id)
        .where(Change.operation.between(found[0][0], found[-1][0]))
        .tuples()
    ):
        rows[operation].setdefault(entity, set()).add(entity_id)
    return [(operation, action, rows[operation]) for operation, action in found]


def time_span() -> tuple[datetime, datetime] | None:
    """The earliest and latest moment the shop's monthly figures can be about: enquiries
    received and decided, feedback recorded, follow-ups due and done (None: no enquiry)."""
    moments = []
    for field in (
        Enquiry.received_at, Enquiry.outcome_at, Feedback.recorded_at, FollowUp.due_at,
        FollowUp.done_at,
    ):  # fmt: skip
        low, high = field.model.select(fn.MIN(field), fn.MAX(field)).tuples().get()
        moments += [field.python_value(v) for v in (low, high) if v is not None]
    return (min(moments), max(moments)) if moments else None
