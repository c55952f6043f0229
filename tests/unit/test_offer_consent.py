"""The repeat offer after a purchase waits for the customer's consent only when the owner
asks for it; the check-in after a purchase is service and is always planned."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from enquirydesk.domain.followups import FollowUpRules, after_sales_due, for_history, may_offer
from enquirydesk.domain.hours import OpeningHours

HOURS = OpeningHours.default()
PURCHASED = datetime(2026, 3, 3, 10, 0)
AGREED = datetime(2026, 1, 5, 9, 0)
ASKING = FollowUpRules(offers_need_consent=True)


def test_may_offer_to_anyone_unless_the_owner_asks_for_consent() -> None:
    assert may_offer(FollowUpRules(), None)
    assert may_offer(FollowUpRules(), AGREED)
    assert not may_offer(ASKING, None)
    assert may_offer(ASKING, AGREED)


def test_after_a_purchase_the_offer_is_planned_only_for_those_who_agreed() -> None:
    everyone = after_sales_due(PURCHASED, HOURS, FollowUpRules())
    assert [topic for topic, _ in everyone] == ["check_in", "retention"]
    assert after_sales_due(PURCHASED, HOURS, ASKING, AGREED) == everyone
    assert after_sales_due(PURCHASED, HOURS, ASKING, None) == everyone[:1]


@given(
    days=st.integers(0, 400),
    asking=st.booleans(),
    agreed=st.none() | st.just(AGREED),
)
def test_imported_history_follows_the_same_rule(days: int, asking: bool, agreed) -> None:
    purchased = datetime.combine(date(2025, 1, 6), time(10)) + timedelta(days=days)
    rules = FollowUpRules(offers_need_consent=asking)
    planned = for_history(
        received_at=purchased - timedelta(hours=1),
        first_response_at=purchased - timedelta(minutes=30),
        outcome="purchased",
        outcome_at=purchased,
        feedback_at=None,
        complaint=False,
        hours=HOURS,
        rules=rules,
        now=datetime(2026, 3, 2, 10, 0),
        consent_at=agreed,
    )
    topics = {item.topic for item in planned}
    if asking and agreed is None:
        assert "retention" not in topics
    expected = {
        topic
        for topic, due in after_sales_due(purchased, HOURS, rules, agreed)
        if due >= datetime(2026, 3, 2, 10, 0)
    }
    assert topics == expected
