"""Reads for one enquiry's detail card and timeline, as plain values.

Each query is answered from a primary key or an index that starts with the
enquiry or customer asked about (contact_enquiry_at, follow_up_enquiry_id,
feedback_enquiry_id, enquiry_customer, change_entity), so the card costs the
same on a file of a million enquiries as on a new one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from peewee import fn

from enquirydesk.store.models import (
    Change,
    Customer,
    DecisionFactor,
    Enquiry,
    EnquiryFactor,
    FollowUp,
    Operation,
)

Row = dict[str, Any]


def customer_any(customer_id: int) -> Row | None:
    """A customer by id, deleted or merged ones too (an enquiry always has its customer)."""
    return (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.phone,
            Customer.email,
            Customer.handle,
            Customer.notes,
            Customer.deleted_at,
            Customer.forgotten_at,
        )
        .where(Customer.id == customer_id)
        .dicts()
        .first()
    )


def factor_keys(enquiry_id: int) -> list[str]:
    """The decision factors of a purchase, in the catalogue's order."""
    return [
        key
        for (key,) in EnquiryFactor.select(DecisionFactor.key)
        .join(DecisionFactor, on=(EnquiryFactor.factor == DecisionFactor.id))
        .where(EnquiryFactor.enquiry == enquiry_id)
        .order_by(DecisionFactor.sort_order, DecisionFactor.id)
        .tuples()
    ]


def _customer_live(customer_id: int) -> Any:
    # customer first, deleted_at last: the enquiry_customer index answers these.
    return (Enquiry.customer == customer_id) & Enquiry.deleted_at.is_null()


def enquiry_count(customer_id: int) -> int:
    """The customer's live enquiries (counted on the enquiry_customer index)."""
    return int(
        Enquiry.select(fn.COUNT(Enquiry.id)).where(_customer_live(customer_id)).scalar() or 0
    )


def has_earlier(customer_id: int, enquiry_id: int, received_at: datetime) -> bool:
    """Whether the customer has a live enquiry received before this one."""
    earlier = (Enquiry.received_at < received_at) | (
        (Enquiry.received_at == received_at) & (Enquiry.id < enquiry_id)
    )
    return (
        Enquiry.select(Enquiry.id)
        .where(_customer_live(customer_id) & (Enquiry.id != enquiry_id) & earlier)
        .exists()
    )


def purchases(customer_id: int, except_id: int, recent: int) -> tuple[int, int, list[Row]]:
    """(count, total value in cents, the `recent` latest) of the customer's other purchases."""
    where = (
        (Enquiry.customer == customer_id)
        & (Enquiry.outcome == "purchased")
        & Enquiry.deleted_at.is_null()
        & (Enquiry.id != except_id)
    )
    count, total = Enquiry.select(fn.COUNT(Enquiry.id), fn.SUM(Enquiry.purchase_value_cents)).where(
        where
    ).tuples().first() or (0, 0)
    latest = list(
        Enquiry.select(
            Enquiry.id, Enquiry.outcome_at, Enquiry.interest, Enquiry.purchase_value_cents
        )
        .where(where)
        .order_by(Enquiry.outcome_at.desc(), Enquiry.id.desc())
        .limit(recent)
        .dicts()
    )
    return int(count or 0), int(total or 0), latest


def followups(enquiry_id: int) -> list[Row]:
    """Every live follow-up of the enquiry, open, done or cancelled, in the order made."""
    return list(
        FollowUp.select(
            FollowUp.id,
            FollowUp.kind,
            FollowUp.topic,
            FollowUp.note,
            FollowUp.priority,
            FollowUp.due_at,
            FollowUp.remind_at,
            FollowUp.snoozed_until,
            FollowUp.assigned_to,
            FollowUp.done_at,
            FollowUp.result,
            FollowUp.cancelled_at,
            FollowUp.created_at,
        )
        .where((FollowUp.enquiry == enquiry_id) & FollowUp.deleted_at.is_null())
        .order_by(FollowUp.created_at, FollowUp.id)
        .dicts()
    )


def changes_of(rows: Mapping[str, Sequence[int]]) -> list[Row]:
    """The change-log entries of these rows (entity → ids), each with its operation.

    Two queries, so that neither can turn into a scan of a long log: the changes
    (each ``entity = ? AND entity_id IN (…)`` term a range of the change_entity
    index), then their operations by primary key.
    """
    condition = None
    for entity, ids in rows.items():
        if not ids:
            continue
        term = (Change.entity == entity) & Change.entity_id.in_(list(ids))
        condition = term if condition is None else condition | term
    if condition is None:
        return []
    changes = list(
        Change.select(Change.id, Change.operation, Change.entity, Change.entity_id, Change.kind)
        .where(condition)
        .order_by(Change.id)
        .tuples()
    )
    if not changes:
        return []
    operations = {
        row["operation_id"]: row
        for row in Operation.select(
            Operation.id.alias("operation_id"),
            Operation.at,
            Operation.staff.alias("staff_id"),
            Operation.actor,
            Operation.action,
            Operation.summary,
            Operation.undo_of.alias("undo_of"),
            Operation.undone_by.alias("undone_by"),
        )
        .where(Operation.id.in_(sorted({c[1] for c in changes})))
        .dicts()
    }
    return [
        {"change_id": change_id, "entity": entity, "entity_id": entity_id, "kind": kind,
         **operations[operation_id]}
        for change_id, operation_id, entity, entity_id, kind in changes
        if operation_id in operations
    ]  # fmt: skip
