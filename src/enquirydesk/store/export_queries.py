"""The reads behind the month's exports: every recorded fact of each enquiry, in batches.

A month may hold tens of thousands of enquiries in a file of millions, so the
rows come from a cursor over the received-time index, a batch at a time, as
driver tuples (peewee's per-row wrappers cost more than the export itself).
Decision factors and feedback come from two more cursors over the same index in
the same order, merged in step: three queries for the whole month instead of
one per row, and no ``IN`` lists (peewee takes milliseconds to build one of a
thousand ids). Callers read inside `Store.snapshot` so that the cursors (and the
report beside them) see one state of the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any, NamedTuple

from peewee import JOIN

from enquirydesk.store.models import Customer, Enquiry, EnquiryFactor, Feedback, Staff

BATCH = 1_000  # rows per fetch: few round trips, little memory


class LatestFeedback(NamedTuple):
    """The most recent live feedback on an enquiry."""

    recorded_at: datetime
    rating: int | None
    expectation: str | None
    recommend: int | None
    complaint: bool
    complaint_resolved_at: datetime | None
    comment: str


class EnquiryFacts(NamedTuple):
    """One enquiry as stored: catalogue items as ids, money in cents, durations in seconds."""

    id: int
    received_at: datetime
    customer_name: str
    phone: str | None
    email: str | None
    channel_id: int
    source_id: int | None
    referred_by: str | None
    taken_by: str | None
    interest: str
    details: str
    first_response_at: datetime | None
    first_response_by: str | None
    first_response_how: str | None
    response_seconds: int | None
    response_business_seconds: int | None
    outcome: str
    outcome_at: datetime | None
    estimated_value_cents: int | None
    purchase_value_cents: int | None
    purchase_channel: str | None
    lost_reason_id: int | None
    factor_ids: tuple[int, ...]
    feedback: LatestFeedback | None
    #: The customer's (the referrer's) personal data was erased: no name to show.
    customer_forgotten: bool = False
    referrer_forgotten: bool = False


def _time(value: Any) -> datetime | None:
    """A stored time as a `datetime`: SQLite hands back text, PostgreSQL a datetime."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def _received(start: datetime, end: datetime) -> Any:
    return (
        Enquiry.deleted_at.is_null() & (Enquiry.received_at >= start) & (Enquiry.received_at < end)
    )


def count_received(start: datetime, end: datetime) -> int:
    """How many live enquiries were received in ``[start, end)`` (for progress)."""
    return Enquiry.select().where(_received(start, end)).count()


def _enquiries_query(start: datetime, end: datetime) -> Any:
    taken_by, answered_by, referrer = Staff.alias(), Staff.alias(), Customer.alias()
    return (
        Enquiry.select(
            Enquiry.id,
            Enquiry.received_at,
            Customer.name,
            Customer.phone,
            Customer.email,
            Enquiry.channel,
            Enquiry.source,
            referrer.name,
            taken_by.name,
            Enquiry.interest,
            Enquiry.details,
            Enquiry.first_response_at,
            answered_by.name,
            Enquiry.first_response_how,
            Enquiry.response_seconds,
            Enquiry.response_business_seconds,
            Enquiry.outcome,
            Enquiry.outcome_at,
            Enquiry.estimated_value_cents,
            Enquiry.purchase_value_cents,
            Enquiry.purchase_channel,
            Enquiry.lost_reason,
            Customer.forgotten_at,
            referrer.forgotten_at,
        )
        .join(Customer, on=(Enquiry.customer == Customer.id))
        .switch(Enquiry)
        .join(referrer, JOIN.LEFT_OUTER, on=(Enquiry.referred_by == referrer.id))
        .switch(Enquiry)
        .join(taken_by, JOIN.LEFT_OUTER, on=(Enquiry.taken_by == taken_by.id))
        .switch(Enquiry)
        .join(answered_by, JOIN.LEFT_OUTER, on=(Enquiry.first_response_by == answered_by.id))
        .where(_received(start, end))
        .order_by(Enquiry.received_at, Enquiry.id)
    )


def _in_month_order(query: Any, start: datetime, end: datetime, *then: Any) -> Any:
    """`query` joined to its enquiry, restricted to the month, in the enquiries' order."""
    return (
        query.join(Enquiry, on=(query.model.enquiry == Enquiry.id))
        .where(_received(start, end))
        .order_by(Enquiry.received_at, Enquiry.id, *then)
    )


def _factors_query(start: datetime, end: datetime) -> Any:
    query = EnquiryFactor.select(Enquiry.received_at, Enquiry.id, EnquiryFactor.factor)
    return _in_month_order(query, start, end, EnquiryFactor.factor)


def _feedback_query(start: datetime, end: datetime) -> Any:
    query = Feedback.select(
        Enquiry.received_at,
        Enquiry.id,
        Feedback.recorded_at,
        Feedback.rating,
        Feedback.expectation,
        Feedback.recommend,
        Feedback.complaint,
        Feedback.complaint_resolved_at,
        Feedback.comment,
    ).where(Feedback.deleted_at.is_null())
    return _in_month_order(query, start, end, Feedback.recorded_at, Feedback.id)


class _Follower:
    """Rows of a second cursor in the enquiries' order, handed out per enquiry.

    The main cursor and this one walk the same enquiries in the same order, so a
    merge replaces one query per enquiry. Rows of an enquiry the main cursor does
    not have (possible only outside a snapshot, when the file changed between the
    two statements) are skipped rather than given to the wrong enquiry.
    """

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor
        self.pending: list[tuple[Any, ...]] = []
        self.done = False

    def _peek(self) -> tuple[Any, ...] | None:
        if not self.pending and not self.done:
            self.pending = self.cursor.fetchmany(BATCH)[::-1]
            self.done = not self.pending
        return self.pending[-1] if self.pending else None

    def take(self, key: tuple[Any, int]) -> list[tuple[Any, ...]]:
        """The rows of the enquiry with this (received_at, id) key."""
        taken = []
        while (row := self._peek()) is not None and (row[0], row[1]) <= key:
            self.pending.pop()
            if (row[0], row[1]) == key:
                taken.append(row)
        return taken


def _latest_feedback(rows: list[tuple[Any, ...]]) -> LatestFeedback | None:
    if not rows:
        return None
    row = rows[-1]  # in recording order: the last is the latest
    return LatestFeedback(
        _time(row[2]), row[3], row[4], row[5], bool(row[6]), _time(row[7]), row[8] or ""
    )


def month_batches(
    start: datetime, end: datetime, batch: int = BATCH
) -> Iterator[list[EnquiryFacts]]:
    """The live enquiries received in ``[start, end)``, oldest first, `batch` at a time.

    Three cursors walk the month in step (enquiries, their decision factors, their
    feedback); read inside `Store.snapshot` so that all three see the same file.
    """
    database = Enquiry._meta.database
    cursors = [
        database.execute(query(start, end))
        for query in (_enquiries_query, _factors_query, _feedback_query)
    ]
    enquiries, factors, feedback = cursors[0], _Follower(cursors[1]), _Follower(cursors[2])
    try:
        while rows := enquiries.fetchmany(batch):
            facts = []
            for row in rows:
                key = (row[1], row[0])
                facts.append(
                    EnquiryFacts(
                        row[0],
                        _time(row[1]),  # type: ignore[arg-type] - received_at is never NULL
                        row[2] or "",
                        *row[3:9],
                        row[9] or "",
                        row[10] or "",
                        _time(row[11]),
                        *row[12:17],
                        _time(row[17]),
                        *row[18:22],
                        tuple(f[2] for f in factors.take(key)),
                        _latest_feedback(feedback.take(key)),
                        row[22] is not None,
                        row[23] is not None,
                    )
                )
            yield facts
    finally:
        for cursor in cursors:
            cursor.close()  # an open cursor holds back WAL checkpoints


__all__ = ["BATCH", "EnquiryFacts", "LatestFeedback", "count_received", "month_batches"]
