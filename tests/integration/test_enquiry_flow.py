"""From enquiry to outcome: response times and the follow-up rules."""

from __future__ import annotations

from datetime import datetime

import pytest

from enquirydesk.domain.errors import ValidationError
from enquirydesk.services import enquiries, settings
from enquirydesk.services.context import Context
from enquirydesk.store import models, queries

pytestmark = pytest.mark.both_engines

MON = datetime(2026, 3, 2, 10, 0, 0)  # the clock fixture's "now"
SAT_BEFORE = datetime(2026, 2, 28, 17, 30, 0)  # Saturday, half an hour before closing


def enquiry(enquiry_id: int) -> dict:
    row = queries.enquiry(enquiry_id, include_deleted=True)
    assert row is not None
    return row


def items(enquiry_id: int, *kinds: str, open_only: bool = True) -> list[dict]:
    query = models.FollowUp.select().where(models.FollowUp.enquiry == enquiry_id)
    if kinds:
        query = query.where(models.FollowUp.kind.in_(kinds))
    rows = list(query.order_by(models.FollowUp.id).dicts())
    if open_only:
        rows = [r for r in rows if r["done_at"] is None and r["cancelled_at"] is None]
    return rows


# -- logging ---------------------------------------------------------------------------


def test_answered_now_is_a_response_of_zero_with_a_decision_follow_up(log, clock) -> None:
    eid = log(name="Ana", phone="041 123 456", interest="fridge", answered_now=True)
    row = enquiry(eid)
    assert row["first_response_at"] == MON
    assert (row["response_seconds"], row["response_business_seconds"]) == (0, 0)
    assert row["first_response_how"] == "call"
    contacts = queries.contacts(eid)
    assert [(c["kind"], c["direction"], c["at"]) for c in contacts] == [("call", "out", MON)]
    assert items(eid, "respond", open_only=False) == []
    (decision,) = items(eid)
    assert decision["kind"] == "decision"
    assert decision["due_at"] == datetime(2026, 3, 4, 10, 0)  # two business days later
    assert row["next_followup_at"] == decision["due_at"]


def test_answered_now_at_the_counter_is_a_visit(log) -> None:
    eid = log(channel="walk_in", name="Ana", answered_now=True)
    assert enquiry(eid)["first_response_how"] == "visit"
    assert [c["kind"] for c in queries.contacts(eid)] == ["visit"]


def test_an_unanswered_enquiry_gets_a_respond_follow_up_due_by_the_target(log) -> None:
    eid = log(name="Ana", phone="041 123 456")
    row = enquiry(eid)
    assert row["first_response_at"] is None and row["response_seconds"] is None
    (respond,) = items(eid)
    assert respond["kind"] == "respond"
    assert respond["due_at"] == datetime(2026, 3, 2, 11, 0)  # + 60 business minutes
    assert row["next_followup_at"] == respond["due_at"]
    assert items(eid, "decision", open_only=False) == []


def test_the_respond_target_counts_only_opening_hours(log) -> None:
    eid = log(name="Ana", received_at=SAT_BEFORE)
    # 30 minutes on Saturday, Sunday closed, 30 minutes on Monday.
    assert items(eid, "respond")[0]["due_at"] == datetime(2026, 3, 2, 9, 30)


def test_the_respond_target_follows_the_settings(ctx: Context, log) -> None:
    settings.update(ctx, {"followup.response_target_minutes": 90})
    eid = log(name="Ana", received_at=SAT_BEFORE)
    assert items(eid, "respond")[0]["due_at"] == datetime(2026, 3, 2, 10, 0)


def test_a_received_time_in_the_future_is_refused(log, row_counts) -> None:
    before = row_counts()
    with pytest.raises(ValidationError):
        log(name="Ana", received_at=datetime(2026, 3, 2, 11, 0))
    assert row_counts() == before


def test_a_recommended_enquiry_names_its_recommender_and_counts_as_a_referral(
    ctx: Context, log
) -> None:
    from enquirydesk.domain.month import Month
    from enquirydesk.services import report

    ana = enquiry(log(name="Ana", phone="041 111 111"))["customer"]
    before = report.figures_of(ctx, Month(MON.year, MON.month))["referrals"]
    row = enquiry(log(name="Lea", phone="051 999 888", referred_by=ana))
    assert row["referred_by"] == ana
    assert models.Source.get_by_id(row["source"]).key == "recommendation"  # none was said
    assert queries.customer(row["customer"])["referred_by"] == ana  # as Edit customer sets
    assert report.figures_of(ctx, Month(MON.year, MON.month))["referrals"] == before + 1


def test_a_known_customer_learns_a_recommender_but_keeps_the_first_one(ctx: Context, log) -> None:
    ana = enquiry(log(name="Ana", phone="041 111 111"))["customer"]
    marko = enquiry(log(name="Marko", phone="041 222 222"))["customer"]
    lea = enquiry(log(name="Lea", phone="051 999 888"))["customer"]
    log(customer_id=lea, name="Lea", referred_by=ana)
    assert queries.customer(lea)["referred_by"] == ana
    later = enquiry(log(name="Lea", phone="051 999 888", referred_by=marko, source="ads"))
    assert (later["customer"], later["referred_by"]) == (lea, marko)
    assert models.Source.get_by_id(later["source"]).key == "ads"  # as said
    assert queries.customer(lea)["referred_by"] == ana  # who first brought her stays


def test_nobody_recommends_the_shop_to_themselves(ctx: Context, log, row_counts) -> None:
    ana = enquiry(log(name="Ana", phone="041 111 111"))["customer"]
    before = row_counts()
    for fields in ({"customer_id": ana}, {"phone": "041 111 111"}):  # chosen, or recognised
        with pytest.raises(ValidationError) as refused:
            log(name="Ana", referred_by=ana, **fields)
        assert refused.value.field == "referred_by"
    assert row_counts() == before


# -- the first response ----------------------------------------------------------------


def test_the_first_outgoing_contact_is_the_first_response(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", phone="041 123 456")
    clock.advance(minutes=25)
    enquiries.record_contact(ctx, eid, "message", text="Yes, we have it in stock.")
    row = enquiry(eid)
    assert row["first_response_at"] == datetime(2026, 3, 2, 10, 25)
    assert row["first_response_how"] == "message"
    assert (row["response_seconds"], row["response_business_seconds"]) == (1500, 1500)
    (respond,) = items(eid, "respond", open_only=False)
    assert respond["done_at"] == datetime(2026, 3, 2, 10, 25)

    clock.advance(minutes=30)
    enquiries.record_contact(ctx, eid, "call")
    assert enquiry(eid)["first_response_at"] == datetime(2026, 3, 2, 10, 25)  # the first stays


def test_a_reply_while_closed_adds_no_business_time(ctx: Context, log) -> None:
    eid = log(name="Ana", received_at=SAT_BEFORE)
    sunday_noon = datetime(2026, 3, 1, 12, 0)
    enquiries.record_contact(ctx, eid, "email", at=sunday_noon)
    row = enquiry(eid)
    assert row["first_response_at"] == sunday_noon
    assert row["response_seconds"] == 18 * 3600 + 30 * 60  # plain clock time
    assert row["response_business_seconds"] == 30 * 60  # only Saturday 17:30–18:00 counts


def test_an_enquiry_received_while_closed_starts_its_clock_at_opening(ctx: Context, log) -> None:
    eid = log(name="Ana", received_at=datetime(2026, 3, 1, 11, 0))  # Sunday
    enquiries.record_contact(ctx, eid, "call", at=datetime(2026, 3, 2, 9, 45))
    row = enquiry(eid)
    assert row["response_seconds"] == 22 * 3600 + 45 * 60
    assert row["response_business_seconds"] == 45 * 60


def test_incoming_contacts_and_notes_are_not_a_response(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", phone="041 123 456")
    clock.advance(minutes=5)
    enquiries.record_contact(ctx, eid, "message", direction="in", text="Any news?")
    enquiries.record_contact(ctx, eid, "note", text="Ask the supplier")
    assert enquiry(eid)["first_response_at"] is None
    assert [i["kind"] for i in items(eid)] == ["respond"]
    assert len(queries.contacts(eid)) == 2


def test_an_explicit_first_response_wins_over_later_contacts(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", phone="041 123 456")
    clock.advance(minutes=40)
    enquiries.set_first_response(ctx, eid, datetime(2026, 3, 2, 10, 20), how="email")
    enquiries.record_contact(ctx, eid, "call")
    row = enquiry(eid)
    assert (row["first_response_at"], row["first_response_how"]) == (
        datetime(2026, 3, 2, 10, 20),
        "email",
    )
    assert row["response_seconds"] == 1200
    assert items(eid, "respond") == []


def test_a_response_before_the_enquiry_is_refused(ctx: Context, log, row_counts) -> None:
    eid = log(name="Ana", phone="041 123 456")
    before = row_counts()
    with pytest.raises(ValidationError):
        enquiries.set_first_response(ctx, eid, datetime(2026, 3, 2, 9, 0))
    with pytest.raises(ValidationError):
        enquiries.record_contact(ctx, eid, "call", at=datetime(2026, 3, 2, 9, 59))
    with pytest.raises(ValidationError):
        enquiries.record_contact(ctx, eid, "telepathy")
    assert row_counts() == before


# -- the decision cadence --------------------------------------------------------------


def test_every_contact_moves_the_decision_follow_up(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", phone="041 123 456")
    clock.advance(minutes=30)
    enquiries.record_contact(ctx, eid, "call")
    (decision,) = items(eid, "decision")
    assert decision["due_at"] == datetime(2026, 3, 4, 10, 30)

    friday = datetime(2026, 3, 6, 17, 30)
    clock.set(friday)
    enquiries.record_contact(ctx, eid, "quote", text="Quote 12/2026")
    (moved,) = items(eid, "decision")
    assert moved["id"] == decision["id"]  # the same item moves, no second one
    assert moved["due_at"] == datetime(2026, 3, 9, 17, 30)  # Saturday, (Sunday closed), Monday
    assert enquiry(eid)["next_followup_at"] == moved["due_at"]

    clock.set(datetime(2026, 3, 7, 10, 0))
    enquiries.record_contact(ctx, eid, "note", text="internal: price check")
    assert items(eid, "decision")[0]["due_at"] == datetime(2026, 3, 9, 17, 30)  # a note is not

    enquiries.record_contact(ctx, eid, "message", direction="in", text="Still thinking")
    assert items(eid, "decision")[0]["due_at"] == datetime(2026, 3, 10, 10, 0)

    # A contact typed in late, with an earlier time, does not pull the item back.
    enquiries.record_contact(ctx, eid, "call", at=datetime(2026, 3, 5, 12, 0))
    assert items(eid, "decision")[0]["due_at"] == datetime(2026, 3, 10, 10, 0)
    assert len(items(eid, "decision", open_only=False)) == 1


def test_the_decision_interval_follows_the_settings(ctx: Context, log, clock) -> None:
    settings.update(ctx, {"followup.decision_business_days": 5})
    eid = log(name="Ana", phone="041 123 456", answered_now=True)
    assert items(eid, "decision")[0]["due_at"] == datetime(2026, 3, 7, 10, 0)  # Saturday


# -- outcomes --------------------------------------------------------------------------


def factor_keys(enquiry_id: int) -> set[str]:
    return {
        key
        for (key,) in models.DecisionFactor.select(models.DecisionFactor.key)
        .join(models.EnquiryFactor)
        .where(models.EnquiryFactor.enquiry == enquiry_id)
        .tuples()
    }


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("1.15", 115), ("4.35", 435), ("12,50", 1250), ("1500000", 150000000), (1500, 150000)],
)
def test_purchase_value_is_stored_exactly(ctx: Context, log, typed, cents) -> None:
    eid = log(name="Ana", answered_now=True)
    enquiries.mark_purchased(ctx, eid, value=typed)
    stored = models.Enquiry.select(models.Enquiry.purchase_value_cents).where(
        models.Enquiry.id == eid
    )
    assert stored.scalar() == cents
    kind = "pg_typeof" if ctx.store.on_server else "typeof"  # an integer, never a float
    raw = ctx.store.db.execute_sql(
        f"SELECT {kind}(purchase_value_cents)::text FROM enquiry WHERE id = ?"
        if ctx.store.on_server
        else f"SELECT {kind}(purchase_value_cents) FROM enquiry WHERE id = ?",
        (eid,),
    ).fetchone()
    assert raw == (("bigint",) if ctx.store.on_server else ("integer",))


def test_mark_purchased_closes_the_cadence_and_plans_after_sales(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", phone="041 123 456")
    respond_id = items(eid, "respond")[0]["id"]
    clock.advance(minutes=10)
    enquiries.record_contact(ctx, eid, "call")
    decision_id = items(eid, "decision")[0]["id"]
    clock.set(MON.replace(hour=12))
    changes = enquiries.mark_purchased(
        ctx,
        eid,
        value="1234.56",
        purchase_channel="delivery",
        factors=["price", "after_sales", "price"],
    )
    assert changes.touches("enquiry", "follow_up", "enquiry_factor")
    row = enquiry(eid)
    assert row["outcome"] == "purchased"
    assert row["outcome_at"] == MON.replace(hour=12)
    assert row["purchase_value_cents"] == 123456
    assert row["purchase_channel"] == "delivery"
    assert factor_keys(eid) == {"price", "after_sales"}

    closed = {i["id"]: i for i in items(eid, "respond", "decision", open_only=False)}
    assert set(closed) == {respond_id, decision_id}
    assert closed[decision_id]["done_at"] == MON.replace(hour=12)
    assert closed[decision_id]["result"] == "purchased"

    after = {i["topic"]: i["due_at"] for i in items(eid, "after_sales")}
    assert after == {
        "check_in": datetime(2026, 3, 5, 12, 0),  # 3 days later, a Thursday
        "retention": datetime(2026, 6, 1, 9, 0),  # 90 days is a Sunday: next opening
    }
    assert row["next_followup_at"] == datetime(2026, 3, 5, 12, 0)


def test_correcting_a_purchase_keeps_one_set_of_after_sales(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    enquiries.mark_purchased(ctx, eid, value="100", factors=["price", "brand"])
    clock.advance(minutes=5)
    enquiries.mark_purchased(ctx, eid, value="90.50", factors=["brand", "proximity"])
    assert enquiry(eid)["purchase_value_cents"] == 9050
    assert factor_keys(eid) == {"brand", "proximity"}
    assert sorted(i["topic"] for i in items(eid, "after_sales")) == ["check_in", "retention"]


def test_an_amount_is_read_as_the_shop_s_country_writes_it(ctx: Context, log) -> None:
    """The test shop is in Slovenia: "1.500,00" is fifteen hundred there, as is "1.500"."""
    eid = log(name="Ana", answered_now=True)
    enquiries.mark_purchased(ctx, eid, value="1.500,00")
    assert enquiry(eid)["purchase_value_cents"] == 150000
    enquiries.mark_purchased(ctx, eid, value="12.345")
    assert enquiry(eid)["purchase_value_cents"] == 1234500


@pytest.mark.parametrize(
    "bad",
    [
        {"value": "1,500.00"},  # the English way, in a shop in Slovenia: refused, not guessed
        {"value": "12,345"},  # three decimals
        {"value": "-5"},
        {"value": "ten"},
        {"value": "10", "purchase_channel": "teleport"},
        {"value": "10", "factors": ["price", "horoscope"]},
        {"value": "10", "at": datetime(2026, 3, 3, 10, 0)},
    ],
)
def test_a_bad_purchase_saves_nothing(ctx: Context, log, row_counts, bad) -> None:
    eid = log(name="Ana", answered_now=True)
    before = row_counts()
    with pytest.raises(ValidationError):
        enquiries.mark_purchased(ctx, eid, **bad)
    assert row_counts() == before
    assert enquiry(eid)["outcome"] == "open"


def test_mark_lost_cancels_open_follow_ups(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    (decision,) = items(eid, "decision")
    clock.advance(hours=2)
    enquiries.mark_lost(ctx, eid, reason="competitor", note="Bought at the big store")
    row = enquiry(eid)
    reasons = {r["key"]: r["id"] for r in queries.catalog(models.LostReason)}
    assert (row["outcome"], row["lost_reason"]) == ("lost", reasons["competitor"])
    assert row["outcome_at"] == MON.replace(hour=12)
    assert row["next_followup_at"] is None
    assert items(eid) == []
    (cancelled,) = items(eid, "decision", open_only=False)
    assert cancelled["id"] == decision["id"]
    assert cancelled["cancelled_at"] == MON.replace(hour=12)
    assert cancelled["done_at"] is None
    assert queries.contacts(eid)[-1]["text"] == "Bought at the big store"
    assert queries.contacts(eid)[-1]["kind"] == "note"


def test_mark_lost_before_any_answer_cancels_the_respond_item(ctx: Context, log) -> None:
    eid = log(name="Ana", phone="041 123 456")
    enquiries.mark_lost(ctx, eid, reason="no_response")
    (respond,) = items(eid, "respond", open_only=False)
    assert respond["cancelled_at"] == MON and respond["done_at"] is None


def test_an_unknown_lost_reason_saves_nothing(ctx: Context, log, row_counts) -> None:
    eid = log(name="Ana", answered_now=True)
    before = row_counts()
    with pytest.raises(ValidationError, match="lost reason"):
        enquiries.mark_lost(ctx, eid, reason="bad luck")
    with pytest.raises(ValidationError):
        enquiries.mark_lost(ctx, eid, reason="")
    assert row_counts() == before


# -- editing ---------------------------------------------------------------------------


def test_editing_the_received_time_recomputes_the_response(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", phone="041 123 456")
    clock.advance(minutes=30)
    enquiries.record_contact(ctx, eid, "call")
    assert enquiry(eid)["response_seconds"] == 1800

    enquiries.edit_enquiry(ctx, eid, received_at=SAT_BEFORE, interest="washing machine")
    row = enquiry(eid)
    assert row["received_at"] == SAT_BEFORE
    assert row["interest"] == "washing machine"
    assert row["response_seconds"] == 41 * 3600  # Saturday 17:30 → Monday 10:30
    assert row["response_business_seconds"] == 30 * 60 + 90 * 60


def test_editing_the_received_time_moves_the_respond_follow_up(ctx: Context, log) -> None:
    eid = log(name="Ana", phone="041 123 456")
    enquiries.edit_enquiry(ctx, eid, received_at=SAT_BEFORE)
    (respond,) = items(eid, "respond")
    assert respond["due_at"] == respond["remind_at"] == datetime(2026, 3, 2, 9, 30)
    assert enquiry(eid)["next_followup_at"] == datetime(2026, 3, 2, 9, 30)


def test_the_received_time_cannot_move_after_the_response(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True, received_at=datetime(2026, 3, 2, 9, 0))
    with pytest.raises(ValidationError):
        enquiries.edit_enquiry(ctx, eid, received_at=datetime(2026, 3, 2, 9, 30))
    assert enquiry(eid)["received_at"] == datetime(2026, 3, 2, 9, 0)
