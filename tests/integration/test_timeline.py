"""One enquiry in full (services.timeline.enquiry_card): facts, customer card, timeline."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import pytest

from enquirydesk.domain.errors import NotFoundError
from enquirydesk.services import enquiries, feedback, followups, history, staff, timeline
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.timeline import (
    ChangeEntry,
    ContactEntry,
    FeedbackEntry,
    FollowUpEntry,
    OutcomeEntry,
    Received,
    ResponseEntry,
)

pytestmark = pytest.mark.both_engines

MON = datetime(2026, 3, 2, 10, 0, 0)  # the clock fixture's "now"


@pytest.fixture
def maja(ctx: Context) -> Context:
    """The same shop with Maja, a staff member, at the counter."""
    staff.add_staff(ctx, "Maja")
    staff_id = next(i for i, name in staff.active_staff().items() if name == "Maja")
    return ctx.with_actor(Actor("maja-pc", staff_id))


def test_a_returning_customer_with_past_purchases(ctx: Context, log, clock) -> None:
    first = log(name="Ana Novak", phone="041 123 456", interest="Fridge")
    clock.advance(hours=1)
    enquiries.mark_purchased(ctx, first, value="499.90")
    clock.advance(days=2)
    second = log(name="Ana Novak", phone="041 123 456", interest="Oven")
    clock.advance(hours=1)
    enquiries.mark_purchased(ctx, second, value="1200")
    clock.advance(days=2)
    third = log(name="Ana Novak", phone="041 123 456", interest="Kettle")
    log(name="Someone Else", phone="040 999 888", interest="Kettle")

    card = timeline.enquiry_card(ctx, third)
    person = card.customer
    assert (person.name, person.phone) == ("Ana Novak", "041 123 456")  # the shop's own way
    assert person.returning is True
    assert person.enquiries == 3
    assert (person.purchases, person.purchases_cents) == (2, 49990 + 120000)
    assert [(p.enquiry_id, p.interest, p.value_cents) for p in person.recent_purchases] == [
        (second, "Oven", 120000),
        (first, "Fridge", 49990),
    ]
    assert card.currency == "EUR"

    # The first enquiry came before any other; its own purchase is among its facts only.
    earliest = timeline.enquiry_card(ctx, first)
    assert earliest.customer.returning is False
    assert earliest.customer.purchases == 1  # the oven, not the fridge itself
    assert earliest.facts.outcome == "purchased"
    assert earliest.facts.purchase_value_cents == 49990


def test_the_timeline_in_time_order_after_contact_purchase_and_feedback(
    maja: Context, clock
) -> None:
    eid = enquiries.log_enquiry(
        maja, enquiries.NewEnquiry(channel="phone", name="Ana", interest="Fridge")
    ).created_id("enquiry")
    clock.advance(minutes=12)
    enquiries.record_contact(maja, eid, "call", text="Quoted 499.90, in stock")
    clock.advance(minutes=30)
    enquiries.record_contact(maja, eid, "message", direction="in", text="Is delivery free?")
    clock.advance(hours=2)
    enquiries.mark_purchased(
        maja, eid, value="499.90", purchase_channel="delivery", factors=["price", "after_sales"]
    )
    clock.advance(days=3)
    feedback.record_feedback(
        maja, eid, rating=5, expectation="better", recommend=9, comment="Works great"
    )

    card = timeline.enquiry_card(maja, eid)
    times = [entry.at for entry in card.timeline]
    assert times == sorted(times)
    facts_only = [e for e in card.timeline if not isinstance(e, FollowUpEntry)]
    assert [e.kind for e in facts_only] == [
        "received",
        "contact",
        "response",
        "contact",
        "outcome",
        "feedback",
    ]
    received, call, response, message, outcome, said = facts_only
    assert isinstance(received, Received)
    assert (received.at, received.channel_name, received.interest) == (MON, "Phone", "Fridge")
    assert received.who == "Maja"
    assert isinstance(call, ContactEntry)
    assert (call.contact_name, call.direction, call.text, call.who) == (
        "Call",
        "out",
        "Quoted 499.90, in stock",
        "Maja",
    )
    assert isinstance(response, ResponseEntry)
    assert (response.at, response.business_seconds, response.within_target) == (
        datetime(2026, 3, 2, 10, 12),
        12 * 60,
        True,
    )
    assert isinstance(message, ContactEntry) and message.direction == "in"
    assert isinstance(outcome, OutcomeEntry)
    assert (outcome.outcome, outcome.value_cents, outcome.purchase_channel_name) == (
        "purchased",
        49990,
        "Delivery",
    )
    assert outcome.factors == ("Cheapest price", "Good after-sales service")
    assert outcome.who == "Maja"
    assert isinstance(said, FeedbackEntry)
    assert (said.rating, said.expectation_name, said.recommend, said.comment) == (
        5,
        "Better than expected",
        9,
        "Works great",
    )
    assert said.complaint is False

    # The follow-ups the rules made, and what became of them.
    events = [(e.followup_kind, e.event) for e in card.timeline if isinstance(e, FollowUpEntry)]
    assert events == [
        ("respond", "opened"),
        ("respond", "done"),
        ("decision", "opened"),
        ("decision", "done"),
        ("after_sales", "opened"),
        ("after_sales", "opened"),
        ("after_sales", "done"),  # the check-in: feedback was recorded
        ("after_sales", "due"),  # the retention contact, still to come
    ]
    assert card.timeline[-1].kind == "followup"
    assert card.timeline[-1].at > clock.now  # the one still to come ends the list

    facts = card.facts
    assert (facts.first_response_how, facts.first_response_by) == ("Call", "Maja")
    assert facts.within_target is True and facts.overdue is False
    assert facts.decision_factors == (
        ("price", "Cheapest price"),
        ("after_sales", "Good after-sales service"),
    )
    assert facts.next_followup_at == card.timeline[-1].at


def test_an_unanswered_enquiry_is_waiting_and_then_overdue(ctx: Context, log, clock) -> None:
    eid = log(name="Ana")
    card = timeline.enquiry_card(ctx, eid)
    assert card.facts.waiting_business_seconds == 0
    assert card.facts.overdue is False and card.facts.within_target is None
    clock.advance(minutes=61)
    card = timeline.enquiry_card(ctx, eid)
    assert card.facts.waiting_business_seconds == 61 * 60
    assert card.facts.overdue is True
    (due,) = [e for e in card.timeline if isinstance(e, FollowUpEntry) and e.event == "due"]
    assert due.followup_kind == "respond" and due.overdue is True


def test_a_lost_sale_shows_its_reason_and_note(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", interest="TV")
    clock.advance(hours=1)
    enquiries.mark_lost(ctx, eid, reason="competitor", note="Bought at the mall")
    card = timeline.enquiry_card(ctx, eid)
    assert (card.facts.outcome, card.facts.lost_reason, card.facts.lost_reason_name) == (
        "lost",
        "competitor",
        "Bought elsewhere",
    )
    outcome = next(e for e in card.timeline if isinstance(e, OutcomeEntry))
    assert outcome.lost_reason_name == "Bought elsewhere"
    note = next(e for e in card.timeline if isinstance(e, ContactEntry))
    assert (note.contact_kind, note.text) == ("note", "Bought at the mall")
    cancelled = [e for e in card.timeline if isinstance(e, FollowUpEntry)]
    assert [(e.followup_kind, e.event) for e in cancelled] == [
        ("respond", "opened"),
        ("respond", "cancelled"),
    ]


def test_the_change_log_adds_what_no_other_entry_shows(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", interest="Fridge")
    clock.advance(minutes=5)
    edit = enquiries.edit_enquiry(ctx, eid, interest="Big fridge")
    clock.advance(minutes=5)
    history.undo(ctx, edit.operation_id)
    clock.advance(minutes=5)
    scheduled = followups.schedule(ctx, eid, datetime(2026, 3, 3, 11, 0), note="call back")
    followup_id = scheduled.created_id("follow_up")
    clock.advance(minutes=5)
    followups.snooze(ctx, followup_id, "week")

    card = timeline.enquiry_card(ctx, eid)
    changes = [e for e in card.timeline if isinstance(e, ChangeEntry)]
    assert [(c.action, c.summary, c.undone, c.who) for c in changes] == [
        ("edit_enquiry", f"Enquiry {eid} edited", True, "test"),
        ("undo", f"Undo: Enquiry {eid} edited", False, "test"),
        ("followup_snooze", f"Follow-up {followup_id} snoozed", False, "test"),
    ]
    assert [c.at for c in changes] == [
        datetime(2026, 3, 2, 10, 5),
        datetime(2026, 3, 2, 10, 10),
        datetime(2026, 3, 2, 10, 20),
    ]
    # Logging and scheduling are entries of their own, not repeated as changes.
    planned = [
        e for e in card.timeline if isinstance(e, FollowUpEntry) and e.followup_kind == "custom"
    ]
    assert [(e.event, e.text) for e in planned] == [("opened", "call back"), ("due", "")]
    assert planned[0].who == "test"


def test_a_deleted_or_missing_enquiry_is_not_found(ctx: Context, log) -> None:
    eid = log(name="Ana")
    enquiries.delete_enquiry(ctx, eid)
    with pytest.raises(NotFoundError):
        timeline.enquiry_card(ctx, eid)
    with pytest.raises(NotFoundError):
        timeline.enquiry_card(ctx, 12345)


BIG_TABLES = {
    "enquiry",
    "customer",
    "contact",
    "follow_up",
    "feedback",
    "enquiry_factor",
    "change",
    "operation",
}


@pytest.mark.sqlite_only
def test_every_read_uses_a_key_or_an_index(
    ctx: Context, log: Callable[..., int], clock, monkeypatch
) -> None:
    """No query of the card scans a table that grows with the shop (PERFORMANCE.md)."""
    first = log(name="Ana", phone="041 123 456")
    enquiries.mark_purchased(ctx, first, value="10", factors=["price"])
    eid = log(name="Ana", phone="041 123 456")
    enquiries.record_contact(ctx, eid, "call", text="hello")
    history.undo(ctx, enquiries.edit_enquiry(ctx, eid, interest="x").operation_id)
    feedback.record_feedback(ctx, first, rating=2)
    database = ctx.store.db
    executed: list[tuple[str, tuple]] = []
    real = database.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        executed.append((sql, tuple(params or ())))
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", spy)
    timeline.enquiry_card(ctx, eid)
    timeline.enquiry_card(ctx, first)
    monkeypatch.undo()
    assert executed
    scans = []
    for sql, params in executed:
        aliases = dict(
            (alias, table) for table, alias in re.findall(r'(?:FROM|JOIN) "(\w+)" AS "(\w+)"', sql)
        )
        for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall():
            detail = row[-1]
            found = re.match(r"SCAN (\w+)", detail)
            if found and aliases.get(found.group(1), found.group(1)) in BIG_TABLES:
                scans.append((detail, sql))
    assert scans == []
