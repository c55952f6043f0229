"""Opening hours drive stored business response times; what staff do with follow-up items."""

from __future__ import annotations

from contextlib import closing
from datetime import datetime

import pytest

from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.domain.hours import OpeningHours
from enquirydesk.services import enquiries, followups, history, settings, staff
from enquirydesk.services.context import Context
from enquirydesk.store import queries
from support import plain_connection

pytestmark = pytest.mark.both_engines


MON = datetime(2026, 3, 2, 10, 0, 0)


def hours_spec(monday: list[list[str]]) -> dict:
    spec = OpeningHours.default().to_spec()
    spec["mon"] = monday
    return spec


def stored_times(enquiry_id: int) -> tuple[int, int]:
    row = queries.enquiry(enquiry_id, include_deleted=True)
    return row["response_seconds"], row["response_business_seconds"]


@pytest.fixture
def answered(ctx: Context, log, clock) -> int:
    """Received Monday 10:00, answered Monday 11:00: one hour, all of it inside hours."""
    eid = log(name="Ana", phone="041 123 456")
    clock.advance(hours=1)
    enquiries.record_contact(ctx, eid, "call")
    return eid


def test_new_opening_hours_recompute_stored_business_times(
    ctx: Context, answered: int, log, clock
) -> None:
    deleted = log(name="Bojan", answered_now=True, received_at=datetime(2026, 3, 2, 10, 15))
    enquiries.delete_enquiry(ctx, deleted)
    waiting = log(name="Cene")
    assert stored_times(answered) == (3600, 3600)

    settings.update(ctx, {"hours": hours_spec([["10:30", "18:00"]])})
    assert ctx.settings.hours.weekly[0] == ((10 * 3600 + 1800, 18 * 3600),)
    assert stored_times(answered) == (3600, 1800)  # clock time stays, business time follows
    assert stored_times(waiting) == (None, None)
    assert stored_times(deleted) == (0, 0)


def test_closing_a_day_makes_replies_on_it_cost_nothing(ctx: Context, answered: int) -> None:
    settings.update(ctx, {"hours": hours_spec([])})
    assert stored_times(answered) == (3600, 0)


def test_bad_hours_change_nothing(ctx: Context, answered: int, row_counts) -> None:
    before = row_counts()
    for bad in (hours_spec([["18:00", "09:00"]]), hours_spec([["9am", "5pm"]])):
        with pytest.raises(ValidationError):
            settings.update(ctx, {"hours": bad})
    with pytest.raises(ValidationError):
        settings.update(ctx, {"hours": hours_spec([["10:30", "18:00"]]), "no.such": 1})
    assert row_counts() == before
    assert stored_times(answered) == (3600, 3600)


def test_undoing_an_hours_change_restores_the_business_times(ctx: Context, answered: int) -> None:
    change = settings.update(ctx, {"hours": hours_spec([["10:30", "18:00"]])})
    assert stored_times(answered) == (3600, 1800)
    history.undo(ctx, change.operation_id)
    assert ctx.settings.hours == OpeningHours.default()
    assert stored_times(answered) == (3600, 3600)

    # The same when the hours setting already existed (an update, not a first insert).
    settings.update(ctx, {"hours": hours_spec([["09:00", "17:00"]])})
    assert queries.setting_id("hours") is not None
    change = settings.update(ctx, {"hours": hours_spec([["10:45", "18:00"]])})
    assert stored_times(answered) == (3600, 900)
    history.undo(ctx, change.operation_id)
    assert stored_times(answered) == (3600, 3600)


def test_undoing_another_setting_leaves_business_times_alone(ctx: Context, answered: int) -> None:
    ctx.store.db.execute_sql("UPDATE enquiry SET response_business_seconds = 1")
    change = settings.update(ctx, {"shop.name": "Other shop"})
    history.undo(ctx, change.operation_id)
    assert ctx.settings.values["shop.name"] == "Test shop"
    assert stored_times(answered) == (3600, 1)  # no needless recomputation


# -- follow-up items -------------------------------------------------------------------


def test_today_and_overdue_lists(ctx: Context, log, clock) -> None:
    early = log(name="Ana", received_at=datetime(2026, 3, 2, 9, 0))  # due 10:00
    later = log(name="Bojan")  # due 11:00
    assert [i["enquiry"] for i in followups.list_open(ctx, "today")] == [early, later]
    assert [i["enquiry"] for i in followups.list_open(ctx, "overdue")] == []
    clock.advance(minutes=1)
    assert [i["enquiry"] for i in followups.list_open(ctx, "overdue")] == [early]
    clock.set(datetime(2026, 3, 3, 9, 0))
    assert followups.list_open(ctx, "today") == []
    assert len(followups.list_open(ctx, "overdue")) == 2
    with pytest.raises(ValidationError):
        followups.list_open(ctx, "someday")


def test_snooze_hides_an_item_until_later(ctx: Context, log, clock) -> None:
    eid = log(name="Ana")
    (item,) = queries.open_followups(eid)
    clock.set(datetime(2026, 3, 2, 11, 30))
    assert [i["id"] for i in followups.list_open(ctx, "overdue")] == [item["id"]]

    followups.snooze(ctx, item["id"], "hour")
    snoozed = queries.followup(item["id"])
    assert snoozed["snoozed_until"] == snoozed["remind_at"] == datetime(2026, 3, 2, 12, 30)
    assert snoozed["due_at"] == item["due_at"]  # still late, just out of sight
    assert followups.list_open(ctx, "overdue") == []
    assert queries.enquiry(eid)["next_followup_at"] == datetime(2026, 3, 2, 12, 30)

    followups.snooze(ctx, item["id"], "tomorrow")
    assert queries.followup(item["id"])["remind_at"] == datetime(2026, 3, 3, 9, 0)
    followups.snooze(ctx, item["id"], "week")
    assert queries.followup(item["id"])["remind_at"] == datetime(2026, 3, 9, 9, 0)
    with pytest.raises(ValidationError):
        followups.snooze(ctx, item["id"], datetime(2026, 3, 2, 11, 0))


def test_a_typed_snooze_time_is_kept_to_the_second(ctx: Context, log) -> None:
    eid = log(name="Ana")
    (item,) = queries.open_followups(eid)
    followups.snooze(ctx, item["id"], datetime(2026, 3, 2, 15, 0, 0, 123456))
    with closing(plain_connection(ctx.store.location)) as connection:
        raw = connection.execute(
            "SELECT snoozed_until, remind_at FROM follow_up WHERE id = ?", (item["id"],)
        ).fetchone()
    assert raw == ("2026-03-02 15:00:00", "2026-03-02 15:00:00")


def test_complete_with_a_note(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    (item,) = queries.open_followups(eid)
    clock.advance(days=2)
    followups.complete(ctx, item["id"], "Will decide on Friday")
    done = queries.followup(item["id"])
    assert (done["done_at"], done["result"]) == (clock.now, "Will decide on Friday")
    assert queries.open_followups(eid) == []
    assert queries.enquiry(eid)["next_followup_at"] is None
    with pytest.raises(ValidationError, match="done already"):
        followups.complete(ctx, item["id"])


def test_reassign_and_schedule(ctx: Context, log, clock) -> None:
    maja = staff.add_staff(ctx, "Maja").created_id("staff")
    eid = log(name="Ana", answered_now=True)
    (item,) = queries.open_followups(eid)
    followups.reassign(ctx, item["id"], maja)
    assert queries.followup(item["id"])["assigned_to"] == maja
    with pytest.raises(NotFoundError):
        followups.reassign(ctx, item["id"], 999)

    tuesday = datetime(2026, 3, 3, 14, 0, 0, 500)
    custom = followups.schedule(ctx, eid, tuesday, "Call about the quote", assigned_to=maja)
    made = queries.followup(custom.created_id("follow_up"))
    assert (made["kind"], made["due_at"], made["note"]) == (
        "custom",
        datetime(2026, 3, 3, 14, 0),
        "Call about the quote",
    )
    assert queries.enquiry(eid)["next_followup_at"] == datetime(2026, 3, 3, 14, 0)


def test_scheduling_for_an_unknown_staff_member_is_refused(ctx: Context, log, row_counts) -> None:
    eid = log(name="Ana", answered_now=True)
    before = row_counts()
    with pytest.raises(NotFoundError, match="staff"):
        followups.schedule(ctx, eid, datetime(2026, 3, 3, 9, 0), assigned_to=999)
    with pytest.raises(NotFoundError, match="enquiry"):
        followups.schedule(ctx, 999, datetime(2026, 3, 3, 9, 0))
    assert row_counts() == before
