"""The counts behind the report's charts that the monthly figures do not hold.

Two aggregates over the enquiries received in a month:
how long the answered ones waited (counted into buckets in SQL, never read row by
row) and how far the month's buyers went on the customer journey. Like
`store.reporting`, nothing here rounds or divides.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from peewee import Case, fn

from enquirydesk.domain.badges import PROMOTER_SCORE
from enquirydesk.domain.month import Month
from enquirydesk.store.models import Customer, Enquiry, Feedback
from enquirydesk.store.reporting import received_in


def response_buckets(month: Month, edges: Sequence[int]) -> list[int]:
    """How many answered enquiries received in the month took, in business seconds, at
    most ``edges[0]``, then at most each next edge, then more than the last one.

    Returns ``len(edges) + 1`` counts, from one pass over the month's business times
    index, counting how many are at most each edge (the month's rows are never read
    into Python, nor sorted).
    """
    business = Enquiry.response_business_seconds
    answered = received_in(month) & Enquiry.response_seconds.is_null(False)
    row = (
        Enquiry.select(fn.COUNT(Enquiry.id), *(fn.SUM(business <= edge) for edge in edges))
        .where(answered)
        .tuples()
        .first()
    )
    total, *at_most = (int(value or 0) for value in row)
    cumulative = [*at_most, total]
    return [cumulative[0]] + [b - a for a, b in pairwise(cumulative)]


class JourneyCounts(NamedTuple):
    """Purchases among the enquiries received in the month, and how far their buyers
    have gone since (feedback, buying again, recommending the shop), as of now."""

    purchased: int
    with_feedback: int  # the purchase has feedback
    repeat: int  # the buyer has bought another time too (before or after)
    advocates: int  # the buyer is an advocate (`domain.badges`): a promoter, or brought someone


def journey(month: Month) -> JourneyCounts:
    """Counted per purchase with correlated ``EXISTS`` probes, each answered by an index
    on the foreign key it follows (feedback by enquiry and by customer, purchases by
    customer, referrals by who referred). Repeat buyer and advocate mean what the
    customer badges of `domain.badges` mean."""
    Other = Enquiry.alias()
    Referred = Enquiry.alias()
    Newcomer = Customer.alias()
    had_feedback = fn.EXISTS(
        Feedback.select(Feedback.id).where(
            (Feedback.enquiry == Enquiry.id) & Feedback.deleted_at.is_null()
        )
    )
    bought_again = fn.EXISTS(
        Other.select(Other.id).where(
            (Other.customer == Enquiry.customer)
            & (Other.outcome == "purchased")
            & Other.deleted_at.is_null()
            & (Other.id != Enquiry.id)
        )
    )
    Rated = Enquiry.alias()  # feedback on a deleted enquiry counts for nothing
    promoter = fn.EXISTS(
        Feedback.select(Feedback.id)
        .join(Rated, on=(Feedback.enquiry == Rated.id))
        .where(
            (Feedback.customer == Enquiry.customer)
            & (Feedback.recommend >= PROMOTER_SCORE)
            & Feedback.deleted_at.is_null()
            & Rated.deleted_at.is_null()
        )
    )
    referred_customer = fn.EXISTS(
        Newcomer.select(Newcomer.id).where(
            (Newcomer.referred_by == Enquiry.customer) & Newcomer.deleted_at.is_null()
        )
    )
    referred_enquiry = fn.EXISTS(
        Referred.select(Referred.id).where(
            (Referred.referred_by == Enquiry.customer) & Referred.deleted_at.is_null()
        )
    )
    advocate = Case(None, [(promoter | referred_customer | referred_enquiry, 1)], 0)
    row = (
        Enquiry.select(
            fn.COUNT(Enquiry.id),
            fn.SUM(had_feedback),
            fn.SUM(bought_again),
            fn.SUM(advocate),
        )
        .where(received_in(month) & (Enquiry.outcome == "purchased"))
        .tuples()
        .first()
    )
    return JourneyCounts(*(int(value or 0) for value in row))


__all__ = ["JourneyCounts", "journey", "response_buckets"]
