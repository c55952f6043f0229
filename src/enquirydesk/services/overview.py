"""The few numbers the window's header shows."""

from __future__ import annotations

from dataclasses import dataclass

from enquirydesk.services.context import Context
from enquirydesk.services.followups import due_window
from enquirydesk.store import queries
from enquirydesk.store.models import Enquiry


@dataclass(frozen=True)
class Counts:
    enquiries: int
    awaiting_response: int
    due_today: int
    overdue: int


def counts(ctx: Context) -> Counts:
    now = ctx.now()
    today = due_window("today", now)
    overdue = due_window("overdue", now)
    with ctx.store.snapshot():
        return Counts(
            enquiries=queries.count_enquiries(),
            awaiting_response=queries.count_awaiting_response(),
            due_today=queries.count_open_followups(today.due_from, today.due_before),
            overdue=queries.count_open_followups(overdue.due_from, overdue.due_before),
        )


def has_enquiries(ctx: Context) -> bool:
    """Whether the file holds any live enquiry: stops at the first, where `counts` counts all."""
    return Enquiry.select(Enquiry.id).where(Enquiry.deleted_at.is_null()).exists()
