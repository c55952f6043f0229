"""The aggregate reads behind the monthly figures, as plain tuples.

Each function is one or two SQL aggregates over a half-open time range
``[start, end)``, shaped so that a covering index answers it without touching
the table (see the ``*_facts`` and ``*_state`` indexes in `models`). The
services turn the counts into figures; nothing here rounds or divides.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from peewee import Case, fn

from enquirydesk.store.models import Enquiry, EnquiryFactor, Feedback, FollowUp


def _count_if(condition: Any) -> Any:
    return fn.SUM(Case(None, [(condition, 1)], 0))


def _received(start: datetime, end: datetime) -> Any:
    return (
        Enquiry.deleted_at.is_null() & (Enquiry.received_at >= start) & (Enquiry.received_at < end)
    )


class CohortGroup(NamedTuple):
    """Enquiries received in the range that share channel, outcome, source and lost reason."""

    channel_id: int
    outcome: str
    source_id: int | None
    lost_reason_id: int | None
    enquiries: int
    responded: int
    within_target: int
    referred: int


def cohort(start: datetime, end: datetime, target_seconds: int) -> list[CohortGroup]:
    """The month's enquiries in groups: one pass over the received-time index."""
    query = (
        Enquiry.select(
            Enquiry.channel,
            Enquiry.outcome,
            Enquiry.source,
            Enquiry.lost_reason,
            fn.COUNT(Enquiry.id),
            fn.COUNT(Enquiry.response_seconds),
            _count_if(Enquiry.response_business_seconds <= target_seconds),
            fn.COUNT(Enquiry.referred_by),
        )
        .where(_received(start, end))
        .group_by(Enquiry.channel, Enquiry.outcome, Enquiry.source, Enquiry.lost_reason)
        .tuples()
    )
    return [CohortGroup(*row[:4], *(int(v or 0) for v in row[4:])) for row in query]


def response_seconds(
    start: datetime, end: datetime
) -> tuple[list[int], list[int], dict[int, list[int]]]:
    """Clock and business response seconds of the answered enquiries received in the range,
    and the business seconds by channel id (three columns of one month; the caller ranks
    them)."""
    query = Enquiry.select(
        Enquiry.response_seconds, Enquiry.response_business_seconds, Enquiry.channel
    ).where(_received(start, end) & Enquiry.response_seconds.is_null(False))
    # Integers need no conversion: read the driver's rows, not peewee's per-row wrappers.
    rows = Enquiry._meta.database.execute(query).fetchall()
    by_channel: dict[int, list[int]] = {}
    for _, business, channel in rows:
        by_channel.setdefault(channel, []).append(business)
    return [row[0] for row in rows], [row[1] for row in rows], by_channel


def _purchased_before(end: datetime) -> Any:
    return (
        Enquiry.deleted_at.is_null() & (Enquiry.outcome == "purchased") & (Enquiry.outcome_at < end)
    )


def sales(start: datetime, end: datetime) -> tuple[int, int]:
    """(count, revenue in cents) of purchases whose outcome time is in the range."""
    count, cents = (
        Enquiry.select(fn.COUNT(Enquiry.id), fn.SUM(Enquiry.purchase_value_cents))
        .where(_purchased_before(end) & (Enquiry.outcome_at >= start))
        .tuples()
        .first()
    )
    return int(count or 0), int(cents or 0)


def repeat_buyers(start: datetime, end: datetime) -> int:
    """Customers with a purchase in the range and at least one other purchase before its end."""
    Earlier = Enquiry.alias()
    purchases_until_end = Earlier.select(fn.COUNT(Earlier.id)).where(
        (Earlier.customer == Enquiry.customer)
        & Earlier.deleted_at.is_null()
        & (Earlier.outcome == "purchased")
        & (Earlier.outcome_at < end)
    )
    buyers = (
        Enquiry.select(Enquiry.customer)
        .where(_purchased_before(end) & (Enquiry.outcome_at >= start))
        .group_by(Enquiry.customer)
        .having(purchases_until_end >= 2)
    )
    return buyers.count()


def factor_counts(start: datetime, end: datetime) -> list[tuple[int, int]]:
    """(factor id, purchases naming it) over purchased enquiries received in the range."""
    return list(
        EnquiryFactor.select(EnquiryFactor.factor, fn.COUNT(EnquiryFactor.id))
        .join(Enquiry, on=(EnquiryFactor.enquiry == Enquiry.id))
        .where(_received(start, end) & (Enquiry.outcome == "purchased"))
        .group_by(EnquiryFactor.factor)
        .tuples()
    )


class FeedbackCounts(NamedTuple):
    count: int
    rated: int
    satisfied: int  # rating 4 or 5
    recommend_answered: int
    promoters: int  # 9–10
    detractors: int  # 0–6
    worse: int
    as_expected: int
    better: int
    complaints_opened: int
    complaints_resolved: int


def feedback_counts(start: datetime, end: datetime) -> FeedbackCounts:
    """Feedback recorded in the range (on live enquiries), and complaints resolved in it."""
    live = Feedback.deleted_at.is_null() & Enquiry.deleted_at.is_null()
    row = (
        Feedback.select(
            fn.COUNT(Feedback.id),
            fn.COUNT(Feedback.rating),
            _count_if(Feedback.rating >= 4),
            fn.COUNT(Feedback.recommend),
            _count_if(Feedback.recommend >= 9),
            _count_if(Feedback.recommend <= 6),
            _count_if(Feedback.expectation == "worse"),
            _count_if(Feedback.expectation == "as_expected"),
            _count_if(Feedback.expectation == "better"),
            _count_if(Feedback.complaint == True),  # noqa: E712 - SQL expression
        )
        .join(Enquiry, on=(Feedback.enquiry == Enquiry.id))
        .where(live & (Feedback.recorded_at >= start) & (Feedback.recorded_at < end))
        .tuples()
        .first()
    )
    resolved = (
        Feedback.select()
        .join(Enquiry, on=(Feedback.enquiry == Enquiry.id))
        .where(
            live
            & (Feedback.complaint_resolved_at >= start)
            & (Feedback.complaint_resolved_at < end)
        )
        .count()
    )
    return FeedbackCounts(*(int(v or 0) for v in row), resolved)


def followup_counts(start: datetime, end: datetime, overdue_at: datetime) -> tuple[int, int, int]:
    """(due in the range and not cancelled, done in the range, overdue at `overdue_at`).

    Overdue at a moment: due before it and neither done nor cancelled by then. It is
    counted as three disjoint parts (open now; done since; cancelled since) so that
    each part is a range on one index.
    """
    live = FollowUp.deleted_at.is_null()
    due = (
        FollowUp.select()
        .where(
            live
            & (FollowUp.due_at >= start)
            & (FollowUp.due_at < end)
            & FollowUp.cancelled_at.is_null()
        )
        .count()
    )
    done = (
        FollowUp.select()
        .where(live & (FollowUp.done_at >= start) & (FollowUp.done_at < end))
        .count()
    )
    due_before = live & (FollowUp.due_at < overdue_at)
    overdue = sum(
        FollowUp.select().where(due_before & part).count()
        for part in (
            FollowUp.done_at.is_null() & FollowUp.cancelled_at.is_null(),
            (FollowUp.done_at >= overdue_at)
            & (FollowUp.cancelled_at.is_null() | (FollowUp.cancelled_at >= overdue_at)),
            FollowUp.done_at.is_null() & (FollowUp.cancelled_at >= overdue_at),
        )
    )
    return due, done, overdue


__all__ = [
    "CohortGroup",
    "FeedbackCounts",
    "cohort",
    "factor_counts",
    "feedback_counts",
    "followup_counts",
    "repeat_buyers",
    "response_seconds",
    "sales",
]
