"""Feedback after a purchase, and complaints that get a priority follow-up until resolved."""

from __future__ import annotations

from datetime import datetime

import pytest

from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.services import enquiries, feedback, followups
from enquirydesk.services.context import Context
from enquirydesk.store import models, queries

pytestmark = pytest.mark.both_engines

MON = datetime(2026, 3, 2, 10, 0, 0)


@pytest.fixture
def purchase(ctx: Context, log) -> int:
    eid = log(name="Ana", phone="041 123 456", answered_now=True)
    enquiries.mark_purchased(ctx, eid, value="499.00", factors=["price"])
    return eid


def complaints(enquiry_id: int, open_only: bool = True) -> list[dict]:
    rows = (
        queries.open_followups(enquiry_id, ("complaint",))
        if open_only
        else list(
            models.FollowUp.select()
            .where((models.FollowUp.enquiry == enquiry_id) & (models.FollowUp.kind == "complaint"))
            .dicts()
        )
    )
    return rows


@pytest.mark.parametrize(
    "said",
    [
        {"rating": 2},
        {"rating": 1, "expectation": "as_expected"},
        {"rating": 4, "expectation": "worse"},
        {"expectation": "worse"},
        {"rating": 5, "complaint": True},
    ],
)
def test_a_complaint_opens_a_priority_follow_up_due_next_business_day(
    ctx: Context, purchase: int, clock, said
) -> None:
    clock.advance(hours=3)
    changes = feedback.record_feedback(ctx, purchase, comment="It is noisy", **said)
    feedback_id = changes.created_id("feedback")
    stored = queries.feedback(feedback_id)
    assert stored["complaint"] is True
    assert stored["recorded_at"] == MON.replace(hour=13)
    (item,) = complaints(purchase)
    assert item["priority"] is True
    assert item["due_at"] == datetime(2026, 3, 3, 9, 0)  # Tuesday at opening
    assert item["customer"] == stored["customer"]
    assert item["note"] == "It is noisy"
    assert "(complaint)" in changes.summary


def test_a_complaint_on_saturday_is_due_on_monday(ctx: Context, purchase: int, clock) -> None:
    clock.set(datetime(2026, 3, 7, 17, 0))
    feedback.record_feedback(ctx, purchase, rating=1)
    assert complaints(purchase)[0]["due_at"] == datetime(2026, 3, 9, 9, 0)


@pytest.mark.parametrize(
    "said",
    [
        {"rating": 3},
        {"rating": 5, "expectation": "better", "recommend": 10},
        {"expectation": "as_expected"},
        {"recommend": 0},
    ],
)
def test_ordinary_feedback_opens_no_complaint(ctx: Context, purchase: int, said) -> None:
    feedback_id = feedback.record_feedback(ctx, purchase, **said).created_id("feedback")
    stored = queries.feedback(feedback_id)
    assert stored["complaint"] is False
    for key, value in said.items():
        assert stored[key] == value
    assert complaints(purchase, open_only=False) == []


def test_feedback_completes_the_after_sales_check_in(ctx: Context, purchase: int, clock) -> None:
    clock.set(datetime(2026, 3, 5, 11, 0))
    feedback.record_feedback(ctx, purchase, rating=5, expectation="better")
    left = {i["topic"] for i in queries.open_followups(purchase, ("after_sales",))}
    assert left == {"retention"}
    row = queries.enquiry(purchase)
    assert row["next_followup_at"] == datetime(2026, 6, 1, 9, 0)


def test_complaints_come_first_in_the_list(ctx: Context, purchase: int, log, clock) -> None:
    other = log(name="Bojan", phone="051 222 333")  # respond due today 11:00
    clock.advance(hours=1)
    feedback.record_feedback(ctx, purchase, rating=1)  # due tomorrow, but priority
    listed = followups.list_open(ctx)
    assert listed[0]["kind"] == "complaint" and listed[0]["priority"] is True
    assert listed[1]["enquiry"] == other


def test_resolving_a_complaint(ctx: Context, purchase: int, clock) -> None:
    feedback_id = feedback.record_feedback(ctx, purchase, rating=2).created_id("feedback")
    (item,) = complaints(purchase)
    clock.advance(hours=20)
    feedback.resolve_complaint(ctx, feedback_id, "Replaced the unit")
    stored = queries.feedback(feedback_id)
    assert stored["complaint_resolved_at"] == clock.now
    assert stored["resolution"] == "Replaced the unit"
    assert complaints(purchase) == []
    (done,) = complaints(purchase, open_only=False)
    assert done["id"] == item["id"]
    assert (done["done_at"], done["result"]) == (clock.now, "Replaced the unit")

    with pytest.raises(ValidationError, match="resolved already"):
        feedback.resolve_complaint(ctx, feedback_id, "Again")


def test_resolving_one_complaint_leaves_the_other_open(ctx: Context, purchase: int) -> None:
    first = feedback.record_feedback(ctx, purchase, rating=1).created_id("feedback")
    second = feedback.record_feedback(ctx, purchase, complaint=True).created_id("feedback")
    feedback.resolve_complaint(ctx, first, "Refund")
    (still_open,) = complaints(purchase)
    assert still_open["topic"] == str(second)


def test_what_cannot_be_resolved(ctx: Context, purchase: int, row_counts) -> None:
    praise = feedback.record_feedback(ctx, purchase, rating=5).created_id("feedback")
    grumble = feedback.record_feedback(ctx, purchase, rating=1).created_id("feedback")
    before = row_counts()
    with pytest.raises(ValidationError, match="not a complaint"):
        feedback.resolve_complaint(ctx, praise, "Nothing to do")
    with pytest.raises(ValidationError):
        feedback.resolve_complaint(ctx, grumble, "   ")
    with pytest.raises(NotFoundError):
        feedback.resolve_complaint(ctx, 9999, "Refund")
    assert row_counts() == before


@pytest.mark.parametrize(
    "bad",
    [{"rating": 0}, {"rating": 6}, {"expectation": "meh"}, {"recommend": 11}, {"recommend": -1}],
)
def test_bad_feedback_saves_nothing(ctx: Context, purchase: int, row_counts, bad) -> None:
    before = row_counts()
    with pytest.raises(ValidationError):
        feedback.record_feedback(ctx, purchase, **bad)
    assert row_counts() == before
