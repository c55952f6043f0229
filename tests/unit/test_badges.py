"""The customer badges (returning buyer, repeat buyer, advocate), against their words."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enquirydesk.domain.badges import (
    ADVOCATE,
    REPEAT_BUYER,
    RETURNING_BUYER,
    History,
    PastEnquiry,
    badges,
    summarise,
)

T = datetime(2026, 3, 2, 10, 0)


def at(days: float) -> datetime:
    return T + timedelta(days=days)


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (History(), ()),
        (History(enquiries=3, last_enquiry_at=at(5)), ()),  # many enquiries, never bought
        (History(enquiries=1, purchases=1, first_purchase_at=at(0), last_enquiry_at=at(0)), ()),
        (  # bought, then asked again
            History(enquiries=2, purchases=1, first_purchase_at=at(0), last_enquiry_at=at(3)),
            (RETURNING_BUYER,),
        ),
        (  # two purchases from enquiries made at the same time: repeat, not returning
            History(enquiries=2, purchases=2, first_purchase_at=at(2), last_enquiry_at=at(1)),
            (REPEAT_BUYER,),
        ),
        (History(referrals=1), (ADVOCATE,)),
        (History(best_recommend=9), (ADVOCATE,)),
        (History(best_recommend=10), (ADVOCATE,)),
        (History(best_recommend=8), ()),  # a passive, in NPS terms
        (History(best_recommend=0), ()),
        (
            History(
                enquiries=4,
                purchases=3,
                first_purchase_at=at(0),
                last_enquiry_at=at(30),
                referrals=2,
                best_recommend=6,
            ),
            (RETURNING_BUYER, REPEAT_BUYER, ADVOCATE),
        ),
    ],
)
def test_the_badges_of_a_history(history: History, expected: tuple[str, ...]) -> None:
    assert badges(history) == expected


def test_summarise_takes_the_purchase_moment_not_the_enquiry() -> None:
    # Asked on day 0, bought on day 5; another enquiry on day 3 (before buying) is not
    # "enquired again after buying", one on day 6 is.
    bought = PastEnquiry(at(0), "purchased", at(5))
    assert badges(summarise([bought, PastEnquiry(at(3), "lost", at(4))])) == ()
    assert badges(summarise([bought, PastEnquiry(at(6), "open")])) == (RETURNING_BUYER,)
    # Without an outcome time the purchase counts from when it was received.
    assert summarise([PastEnquiry(at(1), "purchased")]).first_purchase_at == at(1)


enquiry = st.builds(
    PastEnquiry,
    received_at=st.integers(0, 20).map(at),
    outcome=st.sampled_from(["open", "purchased", "lost"]),
    outcome_at=st.one_of(st.none(), st.integers(0, 30).map(at)),
)


@given(
    st.lists(enquiry, max_size=8),
    st.integers(0, 3),
    st.lists(st.one_of(st.none(), st.integers(0, 10)), max_size=4),
)
def test_badges_match_their_definitions_in_words(
    enquiries: list[PastEnquiry], referrals: int, scores: list[int | None]
) -> None:
    """Written from the definitions in words, pair by pair, without the aggregate `History`."""
    purchases = [e for e in enquiries if e.outcome == "purchased"]
    returning = any(
        later.received_at > (bought.outcome_at or bought.received_at)
        for bought in purchases
        for later in enquiries
    )
    repeat = len(purchases) >= 2
    advocate = referrals > 0 or any(s is not None and s >= 9 for s in scores)
    expected = tuple(
        badge
        for badge, earned in (
            (RETURNING_BUYER, returning),
            (REPEAT_BUYER, repeat),
            (ADVOCATE, advocate),
        )
        if earned
    )
    history = summarise(enquiries, referrals, scores)
    assert badges(history) == expected
    assert history.enquiries == len(enquiries) and history.purchases == len(purchases)
