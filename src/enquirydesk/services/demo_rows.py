"""The rows one chunk of demo days makes, a batch per table (`_Rows`), ready to write
(`_Made`), and the small records the builder hands between its steps: an enquiry's first
answer, what happened after it, whose it is, and a follow-up's state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, NamedTuple

from enquirydesk.store.models import (
    Contact,
    Customer,
    Enquiry,
    EnquiryFactor,
    Feedback,
    FollowUp,
)

#: A follow-up's state: (done at, result, cancelled at).
_State = tuple[datetime | None, str, datetime | None]
OPEN: _State = (None, "", None)


@dataclass(frozen=True)
class _Answer:
    """The first response to an enquiry (`first` None: not answered yet)."""

    answered_now: bool
    first: datetime | None
    how: str | None
    clock: int | None
    business: int | None


@dataclass
class _Story:
    """What happened after the first response."""

    last_contact: datetime | None
    contacts: list[tuple[datetime, str | None]] = field(default_factory=list)
    outcome: str = "open"
    outcome_at: datetime | None = None
    value: int | None = None
    purchase_channel: str | None = None
    lost_reason: int | None = None
    factors: list[str] = field(default_factory=list)


class _Who(NamedTuple):
    enquiry_id: int
    customer_id: int
    language: str
    staff: int


class _Rows:
    """One batch of rows per table, written together."""

    COLUMNS: ClassVar[dict[type, Sequence[str]]] = {
        Customer: ("id", "name", "name_key", "phone", "email", "handle", "notes", "referred_by_id",
                   "merged_into_id", "created_at", "updated_at", "deleted_at"),
        Enquiry: ("id", "customer_id", "channel_id", "received_at", "taken_by_id", "interest", "details",
                  "estimated_value_cents", "source_id", "referred_by_id", "first_response_at",
                  "first_response_by_id", "first_response_how", "response_seconds",
                  "response_business_seconds", "outcome", "outcome_at", "purchase_value_cents",
                  "purchase_channel", "lost_reason_id", "next_followup_at", "created_at", "updated_at",
                  "deleted_at"),
        EnquiryFactor: ("enquiry_id", "factor_id"),
        Contact: ("enquiry_id", "at", "staff_id", "kind", "direction", "text", "created_at", "deleted_at"),
        FollowUp: ("enquiry_id", "customer_id", "kind", "topic", "note", "priority", "due_at",
                   "snoozed_until", "remind_at", "assigned_to_id", "done_at", "result", "cancelled_at",
                   "notified_at", "created_at", "deleted_at"),
        Feedback: ("id", "enquiry_id", "customer_id", "recorded_at", "staff_id", "rating", "expectation",
                   "recommend", "comment", "complaint", "complaint_resolved_at", "resolution",
                   "created_at", "deleted_at"),
    }  # fmt: skip

    def __init__(self) -> None:
        self.customers: list[tuple[Any, ...]] = []
        self.enquiries: list[tuple[Any, ...]] = []
        self.factors: list[tuple[Any, ...]] = []
        self.contacts: list[tuple[Any, ...]] = []
        self.followups: list[tuple[Any, ...]] = []
        self.feedback: list[tuple[Any, ...]] = []
        self.complaints: list[int] = []  # positions of complaint follow-ups in `followups`
        self.entered_again: list[tuple[int, int]] = []  # (earlier, later) customer
        self.feedback_count = 0

    def flush(self, writer: Any) -> None:
        for model, rows in (
            (Customer, self.customers),
            (Enquiry, self.enquiries),
            (EnquiryFactor, self.factors),
            (Contact, self.contacts),
            (FollowUp, self.followups),
            (Feedback, self.feedback),
        ):
            if rows:
                writer.insert(model, self.COLUMNS[model], rows)
                rows.clear()


class _Made:
    """One chunk's rows, ready to write. Contacts, follow-ups and factors get their ids
    from the database; feedback ids are chunk-local until written (complaint follow-ups
    name their feedback in `topic`)."""

    def __init__(self, rows: _Rows, enquiries: int) -> None:
        self.rows = rows
        self.enquiries = enquiries

    def write(self, writer: Any, feedback_offset: int) -> int:
        rows = self.rows
        if feedback_offset:
            rows.feedback = [(f[0] + feedback_offset, *f[1:]) for f in rows.feedback]
            for i in rows.complaints:
                item = rows.followups[i]
                rows.followups[i] = (*item[:3], str(int(item[3]) + feedback_offset), *item[4:])
        rows.flush(writer)
        return feedback_offset + rows.feedback_count
