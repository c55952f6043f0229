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

import bisect
from collections.abc import Iterator
from datetime import datetime
from typing import Any, NamedTuple

from peewee import JOIN

from enquirydesk.store.models import Customer, Enquiry, EnquiryFactor, Feedback, Staff

#: Rows per fetch: few round trips, and few rows alive at once. The rows alive when the
#: garbage collector looks move to its older generations; a thousand at a time made it
#: sweep the whole heap several times per export.
BATCH = 250


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
    """The month's enquiries with their customer's and referrer's details; the staff
    come as ids (`_staff_names` names them: a few people, named on every row)."""
    referrer = Customer.alias()
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
            Enquiry.taken_by,
            Enquiry.interest,
            Enquiry.details,
            Enquiry.first_response_at,
            Enquiry.first_response_by,
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
        .where(_received(start, end))
        .order_by(Enquiry.received_at, Enquiry.id)
    )


def _staff_names() -> dict[int, str]:
    """Every member of staff's name, by id."""
    return dict(Staff.select(Staff.id, Staff.name).tuples())


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
    """Rows of a second cursor in the enquiries' order, handed out a batch of enquiries at
    a time.

    The main cursor and this one walk the same enquiries in the same order, so a
    merge replaces one query per enquiry: each batch takes the rows up to its last
    enquiry's (received_at, id) key, grouped by enquiry id. Rows of an enquiry the
    main cursor does not have (possible only outside a snapshot, when the file changed
    between the two statements) are looked up by nobody rather than given to the
    wrong enquiry.
    """

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor
        self.pending: list[tuple[Any, ...]] = []
        self.done = False

    def upto(self, last: tuple[Any, int]) -> list[tuple[Any, ...]]:
        """The rows whose (received_at, id) key is at most `last`, in order; whole fetches
        are taken as they are, and only the one that crosses `last` is cut."""
        taken: list[tuple[Any, ...]] = []
        while True:
            if not self.pending:
                if self.done:
                    return taken
                self.pending = self.cursor.fetchmany(BATCH)
                self.done = not self.pending
                continue
            end = self.pending[-1]
            if (end[0], end[1]) <= last:
                taken += self.pending
                self.pending = []
                continue
            cut = bisect.bisect_right(self.pending, last, key=_key)
            taken += self.pending[:cut]
            del self.pending[:cut]
            return taken


def _key(row: tuple[Any, ...]) -> tuple[Any, int]:
    return row[0], row[1]


def _factor_ids(rows: list[tuple[Any, ...]]) -> dict[int, tuple[int, ...]]:
    """Each enquiry's decision factors (rows of `_factors_query`), by enquiry id."""
    grouped: dict[int, list[int]] = {}
    for _, enquiry, factor in rows:
        ids = grouped.get(enquiry)
        if ids is None:
            grouped[enquiry] = [factor]
        else:
            ids.append(factor)
    return {enquiry: tuple(ids) for enquiry, ids in grouped.items()}


def _latest_feedback(rows: list[tuple[Any, ...]]) -> dict[int, LatestFeedback]:
    """Each enquiry's latest live feedback (rows of `_feedback_query`, in recording
    order: the last of an enquiry's rows wins), by enquiry id."""
    latest = {row[1]: row for row in rows}
    return {
        enquiry: LatestFeedback(
            _time(row[2]), row[3], row[4], row[5], bool(row[6]), _time(row[7]), row[8] or ""
        )
        for enquiry, row in latest.items()
    }


def _facts(
    rows: list[tuple[Any, ...]],
    factors: dict[int, tuple[int, ...]],
    feedback: dict[int, LatestFeedback],
    staff: dict[int, str],
) -> list[EnquiryFacts]:
    """The enquiry rows of `_enquiries_query` as `EnquiryFacts`: one expression per row,
    with the time parser chosen once, since an export reads every enquiry of a month."""
    new, no_factors, named = tuple.__new__, (), staff.get
    time = datetime.fromisoformat if isinstance(rows[0][1], str) else _time
    return [
        new(
            EnquiryFacts,
            (
                enquiry,
                time(received_at),
                customer_name or "",
                phone,
                email,
                channel,
                source,
                referred_by,
                named(taken_by),
                interest or "",
                details or "",
                None if first_response_at is None else time(first_response_at),
                named(first_response_by),
                first_response_how,
                response_seconds,
                response_business_seconds,
                outcome,
                None if outcome_at is None else time(outcome_at),
                estimated_value_cents,
                purchase_value_cents,
                purchase_channel,
                lost_reason,
                factors.get(enquiry, no_factors),
                feedback.get(enquiry),
                customer_forgotten_at is not None,
                referrer_forgotten_at is not None,
            ),
        )
        for (
            enquiry,
            received_at,
            customer_name,
            phone,
            email,
            channel,
            source,
            referred_by,
            taken_by,
            interest,
            details,
            first_response_at,
            first_response_by,
            first_response_how,
            response_seconds,
            response_business_seconds,
            outcome,
            outcome_at,
            estimated_value_cents,
            purchase_value_cents,
            purchase_channel,
            lost_reason,
            customer_forgotten_at,
            referrer_forgotten_at,
        ) in rows
    ]


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
        staff = _staff_names()
        while rows := enquiries.fetchmany(batch):
            last = (rows[-1][1], rows[-1][0])
            yield _facts(
                rows,
                _factor_ids(factors.upto(last)),
                _latest_feedback(feedback.upto(last)),
                staff,
            )
    finally:
        for cursor in cursors:
            cursor.close()  # an open cursor holds back WAL checkpoints


__all__ = ["BATCH", "EnquiryFacts", "LatestFeedback", "count_received", "month_batches"]
