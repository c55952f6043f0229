"""The aggregate reads behind the monthly figures, as plain tuples.

Each function is one or two SQL aggregates over a month (the enquiries received in
it, by the ``enquiry_month_*`` indexes) or a half-open time range ``[start, end)``,
shaped so that an index answers it without touching the table (see the
``*_facts``, ``*_state`` and ``enquiry_month_*`` indexes in `models`). Response
times are never read row by row: `Ranked` reads the value at a rank straight from
an index that holds the month's times in order. The services turn the counts into
figures; nothing here rounds or divides.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple, overload

from peewee import Case, fn

from enquirydesk.domain.month import Month
from enquirydesk.store.models import RECEIVED_MONTH, Enquiry, EnquiryFactor, Feedback, FollowUp


def _count_if(condition: Any) -> Any:
    return fn.SUM(Case(None, [(condition, 1)], 0))


def received_in(month: Month) -> Any:
    """Live enquiries received in the month, as the ``enquiry_month_*`` indexes see it."""
    return Enquiry.deleted_at.is_null() & (RECEIVED_MONTH == str(month))  # noqa: SIM300


class CohortGroup(NamedTuple):
    """Enquiries received in the month that share channel, outcome, source and lost reason."""

    channel_id: int
    outcome: str
    source_id: int | None
    lost_reason_id: int | None
    enquiries: int
    responded: int
    within_target: int
    referred: int


def cohort(month: Month, target_seconds: int) -> list[CohortGroup]:
    """The month's enquiries in groups: one pass over the month's index entries, which
    come already in group order (no sorting)."""
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
        .where(received_in(month))
        .group_by(Enquiry.channel, Enquiry.outcome, Enquiry.source, Enquiry.lost_reason)
        .tuples()
    )
    return [CohortGroup(*row[:4], *(int(v or 0) for v in row[4:])) for row in query]


class Ranked(Sequence[int]):
    """One month's response times of answered enquiries as if sorted ascending, read on
    demand: ``len()`` is counted once, and ``ranked[i]`` is one lookup that walks an
    index from the nearer end. A median or a percentile (`domain.metrics`) asks for two
    or three items, so the month is never read into memory nor sorted."""

    def __init__(self, column: Any, count: int, where: Any) -> None:
        self._column, self._count, self._where = column, count, where

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        from_top = index >= self._count // 2
        order = self._column.desc() if from_top else self._column.asc()
        query = (
            Enquiry.select(self._column)
            .where(self._where)
            .order_by(order)
            .limit(1)
            .offset(self._count - 1 - index if from_top else index)
            .tuples()
        )
        return int(query.first()[0])


def _answered_in(month: Month) -> Any:
    return received_in(month) & Enquiry.response_seconds.is_null(False)


def response_seconds(month: Month) -> tuple[Ranked, Ranked, dict[int, Ranked]]:
    """Clock and business response seconds of the answered enquiries received in the
    month, and the business seconds by channel id, each in ascending order (`Ranked`)."""
    answered = _answered_in(month)
    per_channel = dict(
        Enquiry.select(Enquiry.channel, fn.COUNT(Enquiry.id))
        .where(answered)
        .group_by(Enquiry.channel)
        .tuples()
    )
    total = sum(per_channel.values())
    business = Enquiry.response_business_seconds
    return (
        Ranked(Enquiry.response_seconds, total, answered),
        Ranked(business, total, answered),
        {
            channel: Ranked(business, count, answered & (Enquiry.channel == channel))
            for channel, count in per_channel.items()
        },
    )


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


def factor_counts(month: Month) -> list[tuple[int, int]]:
    """(factor id, purchases naming it) over purchased enquiries received in the month."""
    return list(
        EnquiryFactor.select(EnquiryFactor.factor, fn.COUNT(EnquiryFactor.id))
        .join(Enquiry, on=(EnquiryFactor.enquiry == Enquiry.id))
        .where(received_in(month) & (Enquiry.outcome == "purchased"))
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
        Feedback.select(fn.COUNT(Feedback.id))
        .join(Enquiry, on=(Feedback.enquiry == Enquiry.id))
        .where(
            live
            & (Feedback.complaint_resolved_at >= start)
            & (Feedback.complaint_resolved_at < end)
        )
        .scalar()
    )
    return FeedbackCounts(*(int(v or 0) for v in row), int(resolved or 0))


def _follow_ups(where: Any) -> int:
    return int(FollowUp.select(fn.COUNT(FollowUp.id)).where(where).scalar() or 0)


def followup_counts(start: datetime, end: datetime, overdue_at: datetime) -> tuple[int, int, int]:
    """(due in the range and not cancelled, done in the range, overdue at `overdue_at`).

    Overdue at a moment: due before it and neither done nor cancelled by then. It is
    counted as three disjoint parts (open now; done since; cancelled since) so that
    each part is a range on one index.
    """
    live = FollowUp.deleted_at.is_null()
    due_in_range = (FollowUp.due_at >= start) & (FollowUp.due_at < end)
    due = _follow_ups(live & due_in_range & FollowUp.cancelled_at.is_null())
    done = _follow_ups(live & (FollowUp.done_at >= start) & (FollowUp.done_at < end))
    due_before = live & (FollowUp.due_at < overdue_at)
    overdue = sum(
        _follow_ups(due_before & part)
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
    "Ranked",
    "cohort",
    "factor_counts",
    "feedback_counts",
    "followup_counts",
    "received_in",
    "repeat_buyers",
    "response_seconds",
    "sales",
]
