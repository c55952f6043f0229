"""The Today lists (services.today) and the cadence as Today shows it.

The clock starts on Monday 2 March 2026 at 10:00; the shop opens Monday to Saturday
09:00–18:00 and answers within 60 business minutes.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from enquirydesk.services import enquiries, feedback, followups, history, staff, today
from enquirydesk.services.context import Context
from enquirydesk.store import today_queries

pytestmark = pytest.mark.both_engines

MON = datetime(2026, 3, 2, 10, 0, 0)


def awaiting(ctx: Context) -> list[int]:
    return [w.enquiry_id for w in today.lists(ctx).awaiting.items]


def due_today(ctx: Context) -> list[tuple[int | None, str, str | None]]:
    return [(i.enquiry_id, i.kind, i.topic) for i in today.lists(ctx).due_today.items]


def overdue(ctx: Context) -> list[tuple[int | None, str, str | None]]:
    return [(i.enquiry_id, i.kind, i.topic) for i in today.lists(ctx).overdue.items]


def test_an_unanswered_enquiry_waits_oldest_first_until_answered(ctx: Context, log, clock) -> None:
    first = log(name="Ana Novak", phone="041 123 456", interest="Fridge")
    clock.advance(minutes=10)
    second = log(name="Budi", email="budi@example.com")
    lists = today.lists(ctx)
    assert [w.enquiry_id for w in lists.awaiting.items] == [first, second]
    ana = lists.awaiting.items[0]
    assert (ana.customer, ana.phone, ana.interest, ana.channel) == (
        "Ana Novak", "+38641123456", "Fridge", "Phone",
    )  # fmt: skip
    assert ana.due_at == datetime(2026, 3, 2, 11, 0)
    assert ana.waited(lists.hours, clock.now) == 10 * 60
    assert ana.respond_id is not None  # its "respond" item: who should answer
    assert lists.due_today.items == lists.overdue.items == ()  # "respond" items live here only
    assert (lists.awaiting.total, lists.awaiting_late, lists.count) == (2, 0, 2)

    enquiries.record_contact(ctx, first, "call")
    assert awaiting(ctx) == [second]
    enquiries.mark_lost(ctx, second, reason="no_response")
    assert today.lists(ctx).count == 0


def test_an_enquiry_is_late_at_the_exact_business_minute(ctx: Context, log, clock) -> None:
    clock.set(datetime(2026, 3, 2, 17, 30))
    log(name="Late caller")  # 30 minutes before closing: due at 09:30 on Tuesday
    clock.set(datetime(2026, 3, 3, 9, 29, 59))
    lists = today.lists(ctx)
    assert lists.awaiting_late == 0 and not lists.awaiting.items[0].overdue(clock.now)
    clock.set(datetime(2026, 3, 3, 9, 30))
    lists = today.lists(ctx)
    assert lists.awaiting_late == 1 and lists.awaiting.items[0].overdue(clock.now)
    assert lists.awaiting.items[0].waited(lists.hours, clock.now) == 60 * 60


def test_follow_ups_are_due_later_today_then_overdue(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)  # a decision check on Wednesday 10:00
    assert due_today(ctx) == [] and overdue(ctx) == []
    clock.set(datetime(2026, 3, 4, 8, 0))
    assert due_today(ctx) == [(eid, "decision", None)]
    clock.set(datetime(2026, 3, 4, 10, 0))
    assert due_today(ctx) == [] and overdue(ctx) == [(eid, "decision", None)]
    clock.set(datetime(2026, 3, 9, 10, 0))
    assert overdue(ctx) == [(eid, "decision", None)]


def test_every_contact_moves_the_decision_two_business_days_after_it(
    ctx: Context, log, clock
) -> None:
    eid = log(name="Ana", answered_now=True)  # Monday 10:00: check on Wednesday 10:00
    clock.set(datetime(2026, 3, 4, 10, 5))
    assert [i.due_at for i in today.lists(ctx).overdue.items] == [datetime(2026, 3, 4, 10, 0)]
    assert today_queries.claim_due(None, clock.now, clock.now, 5)[0] == 1  # announced

    clock.set(datetime(2026, 3, 4, 15, 0))
    enquiries.record_contact(ctx, eid, "message", direction="in", text="Still thinking")
    assert today.lists(ctx).count == 0  # moved on to Friday 15:00
    clock.set(datetime(2026, 3, 6, 9, 0))
    (moved,) = today.lists(ctx).due_today.items
    assert moved.due_at == datetime(2026, 3, 6, 15, 0)
    # Announced again at its new time.
    assert today_queries.claim_due(None, moved.due_at, clock.now, 5)[0] == 1

    clock.set(datetime(2026, 3, 6, 16, 0))
    enquiries.record_contact(ctx, eid, "note", text="internal")  # a note moves nothing
    assert [i.due_at for i in today.lists(ctx).overdue.items] == [moved.due_at]
    clock.set(datetime(2026, 3, 6, 16, 5))
    enquiries.record_contact(ctx, eid, "visit")
    assert today.lists(ctx).count == 0
    clock.set(datetime(2026, 3, 9, 9, 0))  # Friday 16:05 + Saturday + Monday
    assert [i.due_at for i in today.lists(ctx).due_today.items] == [datetime(2026, 3, 9, 16, 5)]


def test_a_purchase_plans_the_check_in_three_days_later(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    enquiries.mark_purchased(ctx, eid, value="499")
    assert today.lists(ctx).count == 0
    clock.set(datetime(2026, 3, 5, 9, 0))  # Thursday: due at 10:00
    assert due_today(ctx) == [(eid, "after_sales", "check_in")]
    clock.set(datetime(2026, 3, 5, 10, 0))
    assert overdue(ctx) == [(eid, "after_sales", "check_in")]
    clock.set(datetime(2026, 6, 1, 8, 0))  # 90 days on is a Sunday: Monday at opening
    assert ("after_sales", "retention") in {(kind, topic) for _, kind, topic in due_today(ctx)}


def test_a_bad_rating_opens_a_complaint_due_the_next_business_day(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    enquiries.mark_purchased(ctx, eid, value="499")
    clock.set(datetime(2026, 3, 7, 12, 0))  # Saturday: next business day is Monday
    made = feedback.record_feedback(ctx, eid, rating=2, comment="It rattles")
    feedback_id = made.created_id("feedback")
    clock.set(datetime(2026, 3, 9, 8, 0))
    complaint = next(i for i in today.lists(ctx).due_today.items if i.kind == "complaint")
    assert complaint.priority and complaint.due_at == datetime(2026, 3, 9, 9, 0)
    assert complaint.feedback_id == feedback_id and complaint.note == "It rattles"
    feedback.resolve_complaint(ctx, feedback_id, "Replaced the fan")
    assert all(i.kind != "complaint" for i in today.lists(ctx).due_today.items)


def test_a_lost_enquiry_cancels_its_decision_check(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    clock.set(datetime(2026, 3, 4, 11, 0))
    assert overdue(ctx) == [(eid, "decision", None)]
    enquiries.mark_lost(ctx, eid, reason="price")
    assert today.lists(ctx).count == 0


def test_a_deleted_enquiry_takes_its_follow_ups_and_undo_brings_them_back(
    ctx: Context, log, clock
) -> None:
    waiting = log(name="Ana")
    decided = log(name="Budi", answered_now=True)
    clock.set(datetime(2026, 3, 4, 11, 0))
    assert (awaiting(ctx), overdue(ctx)) == ([waiting], [(decided, "decision", None)])
    gone = [enquiries.delete_enquiry(ctx, eid) for eid in (waiting, decided)]
    assert today.lists(ctx).count == 0
    assert today_queries.claim_due(None, clock.now, clock.now, 5) == (0, [])  # no reminder
    for changes in reversed(gone):
        history.undo(ctx, changes.operation_id)
    assert (awaiting(ctx), overdue(ctx)) == ([waiting], [(decided, "decision", None)])


def test_mine_shows_what_one_person_took_or_was_given_and_the_parts_add_up(
    ctx: Context, log, clock
) -> None:
    maja = staff.add_staff(ctx, "Maja").created_id("staff")
    rok = staff.add_staff(ctx, "Rok").created_id("staff")
    logged = {
        maja: [log(name="Ana", staff_id=maja), log(name="Bojan", staff_id=maja)],
        rok: [log(name="Cene", staff_id=rok)],
    }
    everyone = today.lists(ctx)
    assert everyone.awaiting.total == 3
    for person, ids in logged.items():
        mine = today.lists(ctx, mine=person)
        assert sorted(i.enquiry_id for i in mine.awaiting.items) == sorted(ids)
        assert mine.awaiting.total == len(ids)
    # Answered, Maja's first enquiry gets a decision check; given to Rok, it is on his list.
    enquiries.record_contact(ctx, logged[maja][0], "call")
    clock.set(datetime(2026, 3, 9, 11, 0))
    (check,) = [i for i in today.lists(ctx).overdue.items if i.enquiry_id == logged[maja][0]]
    assert check.enquiry_id not in {i.enquiry_id for i in today.lists(ctx, mine=rok).overdue.items}
    followups.reassign(ctx, check.followup_id, rok)
    assert check.enquiry_id in {i.enquiry_id for i in today.lists(ctx, mine=rok).overdue.items}


def test_snooze_done_and_reassign_as_today_shows_them(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    maja = staff.add_staff(ctx, "Maja").created_id("staff")
    clock.set(datetime(2026, 3, 4, 11, 0))
    (item,) = today.lists(ctx).overdue.items
    followups.snooze(ctx, item.followup_id, "hour")
    lists = today.lists(ctx)
    assert lists.overdue.items == ()
    (snoozed,) = lists.due_today.items
    assert snoozed.snoozed and snoozed.remind_at == datetime(2026, 3, 4, 12, 0)
    followups.reassign(ctx, item.followup_id, maja)
    (mine,) = today.lists(ctx).due_today.items
    assert (mine.assigned_to, mine.assigned_name) == (maja, "Maja")
    assert dict(today.lists(ctx).staff) == {maja: "Maja"}
    followups.complete(ctx, item.followup_id, "Will come on Saturday")
    assert today.lists(ctx).count == 0
    enquiries.record_contact(ctx, eid, "call")  # the cadence starts again from the call
    clock.set(datetime(2026, 3, 6, 9, 0))
    assert [i.due_at for i in today.lists(ctx).due_today.items] == [datetime(2026, 3, 6, 11, 0)]


def test_the_lists_stop_at_their_limit_and_counts_at_the_cap(ctx: Context, log, clock) -> None:
    made = []
    for n in range(7):
        made.append(log(name=f"Customer {n}"))
        clock.advance(minutes=1)
    lists = today.lists(ctx, limit=3, cap=5)
    assert [w.enquiry_id for w in lists.awaiting.items] == made[:3]
    assert (lists.awaiting.total, lists.awaiting.capped, lists.awaiting.more) == (5, True, 2)
    assert lists.capped and lists.count == 5
    exact = today.lists(ctx, limit=3)
    assert (exact.awaiting.total, exact.awaiting.capped, exact.awaiting.more) == (7, False, 4)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("SELECT id FROM ({awaiting})", "enquiry_awaiting"),
        ("SELECT id FROM ({followups})", "followup_open_remind"),
    ],
)
def test_the_lists_walk_their_index_without_sorting(ctx: Context, query: str, index: str) -> None:
    """At a million enquiries a sort of every open row costs 180 ms; the walk, 2 ms."""
    plans = {
        "awaiting": (
            "SELECT e.id FROM enquiry e INDEXED BY enquiry_awaiting WHERE "
            f"{today_queries.AWAITING} ORDER BY e.received_at, e.id LIMIT 200"
        ),
        "followups": (
            f"SELECT f.id {today_queries._FOLLOWUP_FROM} WHERE {today_queries.OPEN} "
            "AND f.remind_at < '2026-03-02 10:00:00' ORDER BY f.remind_at, f.id LIMIT 200"
        ),
    }
    sql = query.format(**plans)
    plan = " | ".join(r[3] for r in ctx.store.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert index in plan and "TEMP B-TREE" not in plan, plan
