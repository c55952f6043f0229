"""When follow-ups fall due: the follow-up rules with the default and changed intervals."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enquirydesk.domain.followups import (
    FollowUpRules,
    after_sales_due,
    complaint_due,
    decision_due,
    is_complaint,
    is_real_contact,
    is_response,
    last_real_contact,
    reminder_at,
    respond_due,
    snooze_until,
    wanted,
)
from enquirydesk.domain.hours import OpeningHours

HOURS = OpeningHours.default()  # Mon–Sat 09:00–18:00, Sunday closed
RULES = FollowUpRules()
MON = date(2026, 3, 2)


def day(weekday: int, week: int = 0) -> date:
    return MON + timedelta(days=7 * week + weekday)


def at(on: date, clock: str) -> datetime:
    hours, minutes = clock.split(":")
    return datetime.combine(on, time(int(hours), int(minutes)))


def with_holidays(*holidays: date) -> OpeningHours:
    return OpeningHours(weekly=HOURS.weekly, holidays=frozenset(holidays))


def open_days_strictly_between(hours: OpeningHours, first: date, last: date) -> int:
    return sum(hours.is_open_day(first + timedelta(days=n)) for n in range(1, (last - first).days))


moments = st.integers(0, 60 * 24 * 60).map(
    lambda minutes: datetime.combine(MON, time()) + timedelta(minutes=minutes)
)
holiday_sets = st.frozensets(st.integers(0, 90).map(lambda n: MON + timedelta(days=n)), max_size=8)


def test_default_rules_match_the_spec():
    spec = FollowUpRules(
        response_target_minutes=60,
        decision_business_days=2,
        check_in_days=3,
        retention_days=90,
        complaint_business_days=1,
    )
    assert spec == RULES


# -- respond --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(day(0), "10:00"), at(day(0), "11:00")),
        (at(day(0), "17:30"), at(day(1), "09:30")),
        (at(day(0), "07:00"), at(day(0), "10:00")),  # before opening: clock starts at 09:00
        (at(day(5), "17:30"), at(day(0, 1), "09:30")),  # Saturday evening → Monday
        (at(day(6), "11:00"), at(day(0, 1), "10:00")),  # Sunday (closed) → Monday
        (at(day(0), "17:00"), at(day(0), "18:00")),  # target reached at closing time
    ],
)
def test_respond_due_default(received, due):
    assert respond_due(received, HOURS, RULES) == due


def test_respond_due_skips_holidays_and_follows_the_target():
    hours = with_holidays(day(1))
    assert respond_due(at(day(0), "17:30"), hours, RULES) == at(day(2), "09:30")
    rules = FollowUpRules(response_target_minutes=240)
    assert respond_due(at(day(0), "16:00"), HOURS, rules) == at(day(1), "11:00")


@settings(max_examples=60, deadline=None)
@given(received=moments, holidays=holiday_sets, target=st.integers(1, 10_000))
def test_respond_due_is_target_business_minutes_later(received, holidays, target):
    hours = with_holidays(*holidays)
    due = respond_due(received, hours, FollowUpRules(response_target_minutes=target))
    assert due > received
    assert hours.business_seconds(received, due) == target * 60
    # Not a second later than needed: the last second before it was open.
    assert hours.is_open(due - timedelta(seconds=1))


# -- decision -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last_contact", "due"),
    [
        (at(day(0), "10:00"), at(day(2), "10:00")),  # Monday → Wednesday
        (at(day(3), "11:00"), at(day(5), "11:00")),  # Thursday → Saturday
        (at(day(4), "15:00"), at(day(0, 1), "15:00")),  # Friday → Monday (Sunday closed)
        (at(day(5), "11:00"), at(day(1, 1), "11:00")),  # Saturday → Tuesday
        # Sunday (closed) counts from Monday's opening: two business days → Wednesday 09:00.
        (at(day(6), "11:00"), at(day(2, 1), "09:00")),
        (at(day(0), "07:00"), at(day(2), "09:00")),  # before opening: counts from 09:00
        (at(day(0), "19:00"), at(day(2), "18:00")),  # after closing: by Wednesday's close
    ],
)
def test_decision_due_default(last_contact, due):
    assert decision_due(last_contact, HOURS, RULES) == due


def test_decision_due_skips_holidays():
    assert decision_due(at(day(0), "10:00"), with_holidays(day(1)), RULES) == at(day(3), "10:00")


@settings(max_examples=60, deadline=None)
@given(
    first=moments,
    gap=st.integers(0, 10 * 24 * 60),
    holidays=holiday_sets,
    days=st.integers(1, 10),
)
def test_decision_due_follows_the_last_contact(first, gap, holidays, days):
    hours = with_holidays(*holidays)
    rules = FollowUpRules(decision_business_days=days)
    due = decision_due(first, hours, rules)
    assert due > first
    assert hours.is_open_day(due.date())
    start = first.date() if hours.is_open_day(first.date()) else hours.next_opening(first).date()
    assert open_days_strictly_between(hours, start, due.date()) == days - 1
    # A later contact never brings the check earlier (the cadence runs from the last contact).
    later = first + timedelta(minutes=gap)
    assert decision_due(later, hours, rules) >= due


def test_a_later_contact_never_brings_the_check_forward():
    # Saturday 10:00 → Tuesday 10:00; a message on Sunday must not make it Tuesday 09:00.
    saturday = decision_due(at(day(5), "10:00"), HOURS, RULES)
    sunday = decision_due(at(day(6), "08:00"), HOURS, RULES)
    assert saturday == at(day(1, 1), "10:00")
    assert sunday >= saturday


@settings(max_examples=60, deadline=None)
@given(contact=moments, holidays=holiday_sets, days=st.integers(1, 10))
def test_decision_due_is_n_business_days_of_opening_time_later(contact, holidays, days):
    """With the same hours every open day, N business days are N times that day's hours."""
    hours = with_holidays(*holidays)
    due = decision_due(contact, hours, FollowUpRules(decision_business_days=days))
    assert hours.business_seconds(contact, due) == days * 9 * 3600


def test_last_real_contact_ignores_notes():
    contacts = [
        (at(day(0), "10:00"), "call"),
        (at(day(1), "12:00"), "quote"),
        (at(day(2), "09:00"), "note"),
    ]
    assert last_real_contact(contacts) == at(day(1), "12:00")
    assert last_real_contact(reversed(contacts)) == at(day(1), "12:00")
    assert last_real_contact([(at(day(0), "10:00"), "note")]) is None
    assert last_real_contact([]) is None


@pytest.mark.parametrize("kind", ["call", "message", "email", "visit", "quote"])
def test_real_contacts_and_responses(kind):
    assert is_real_contact(kind)
    assert is_response(kind, "out")
    assert not is_response(kind, "in")


def test_a_note_is_neither_contact_nor_response():
    assert not is_real_contact("note")
    assert not is_response("note", "out")


# -- after-sales ----------------------------------------------------------------------


def test_after_sales_default():
    purchased = at(day(1), "10:00")  # Tuesday 3 March 2026
    assert after_sales_due(purchased, HOURS, RULES) == [
        ("check_in", at(day(4), "10:00")),
        ("retention", at(date(2026, 6, 1), "10:00")),  # 90 days later, a Monday
    ]
    # 90 days after a Monday is a Sunday: moved to Monday's opening.
    assert after_sales_due(at(day(0), "10:00"), HOURS, RULES)[1] == (
        "retention",
        at(date(2026, 6, 1), "09:00"),
    )


def test_after_sales_moves_a_closed_time_to_the_next_opening():
    # Thursday 19:00 + 3 days = Sunday 19:00 → Monday 09:00.
    due = dict(after_sales_due(at(day(3), "19:00"), HOURS, RULES))
    assert due["check_in"] == at(day(0, 1), "09:00")
    # Wednesday 10:00 + 3 days = Saturday, a holiday → Monday 09:00.
    due = dict(after_sales_due(at(day(2), "10:00"), with_holidays(day(5)), RULES))
    assert due["check_in"] == at(day(0, 1), "09:00")


@settings(max_examples=60, deadline=None)
@given(
    purchased=moments,
    holidays=holiday_sets,
    check_in=st.integers(1, 365),
    retention=st.integers(1, 3650),
)
def test_after_sales_is_the_first_opening_after_the_interval(
    purchased, holidays, check_in, retention
):
    hours = with_holidays(*holidays)
    rules = FollowUpRules(check_in_days=check_in, retention_days=retention)
    result = after_sales_due(purchased, hours, rules)
    assert [topic for topic, _ in result] == ["check_in", "retention"]
    for (_, due), days in zip(result, (check_in, retention), strict=True):
        earliest = purchased + timedelta(days=days)
        assert due >= earliest
        assert hours.is_open(due)
        assert hours.business_seconds(earliest, due) == 0  # no opening time skipped


# -- complaints -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rating", "expectation", "flagged", "expected"),
    [
        (1, None, False, True),
        (2, "better", False, True),
        (3, None, False, False),
        (3, "as_expected", False, False),
        (5, "worse", False, True),
        (None, "worse", False, True),
        (5, "better", True, True),
        (None, None, False, False),
        (4, "better", False, False),
    ],
)
def test_is_complaint(rating, expectation, flagged, expected):
    assert is_complaint(rating, expectation, flagged) is expected


@given(
    rating=st.one_of(st.none(), st.integers(1, 5)),
    expectation=st.sampled_from([None, "worse", "as_expected", "better"]),
    flagged=st.booleans(),
)
def test_is_complaint_rule(rating, expectation, flagged):
    expected = (rating is not None and rating <= 2) or expectation == "worse" or flagged
    assert is_complaint(rating, expectation, flagged) == expected


@pytest.mark.parametrize(
    ("recorded", "due"),
    [
        (at(day(0), "15:00"), at(day(1), "09:00")),
        (at(day(0), "07:00"), at(day(1), "09:00")),  # before opening: still the next day
        (at(day(4), "17:00"), at(day(5), "09:00")),  # Friday → Saturday
        (at(day(5), "12:00"), at(day(0, 1), "09:00")),  # Saturday → Monday
        (at(day(6), "12:00"), at(day(0, 1), "09:00")),  # Sunday → Monday
    ],
)
def test_complaint_due_next_business_day(recorded, due):
    assert complaint_due(recorded, HOURS, RULES) == due


def test_complaint_due_skips_holidays_and_follows_the_setting():
    assert complaint_due(at(day(0), "15:00"), with_holidays(day(1)), RULES) == at(day(2), "09:00")
    rules = FollowUpRules(complaint_business_days=3)
    # Friday + 3 business days: Saturday, Monday, Tuesday.
    assert complaint_due(at(day(4), "15:00"), HOURS, rules) == at(day(1, 1), "09:00")


def test_complaint_due_uses_each_days_own_opening():
    hours = OpeningHours.from_spec(
        {"mon": [["09:00", "18:00"]], "tue": [["13:00", "20:00"]], "wed": [["08:00", "12:00"]]}
    )
    assert complaint_due(at(day(0), "10:00"), hours, RULES) == at(day(1), "13:00")
    assert complaint_due(at(day(1), "10:00"), hours, RULES) == at(day(2), "08:00")
    assert complaint_due(at(day(2), "10:00"), hours, RULES) == at(day(0, 1), "09:00")


@settings(max_examples=60, deadline=None)
@given(recorded=moments, holidays=holiday_sets, days=st.integers(1, 30))
def test_complaint_due_is_an_opening_after_n_business_days(recorded, holidays, days):
    hours = with_holidays(*holidays)
    due = complaint_due(recorded, hours, FollowUpRules(complaint_business_days=days))
    assert due.date() > recorded.date()
    assert hours.is_open(due)
    assert due.time() == time(9, 0)
    assert open_days_strictly_between(hours, recorded.date(), due.date()) == days - 1


# -- imported history ------------------------------------------------------------------


NOW = at(day(2), "12:00")


@pytest.mark.parametrize(
    ("due", "imported", "expected"),
    [
        (NOW - timedelta(days=30), True, False),  # imported and already past: none
        (NOW - timedelta(seconds=1), True, False),
        (NOW, True, True),  # due now is not past
        (NOW + timedelta(days=1), True, True),  # imported but still ahead
        (NOW - timedelta(days=30), False, True),  # typed in by staff: overdue, shown
        (NOW + timedelta(days=1), False, True),
    ],
)
def test_wanted(due, imported, expected):
    assert wanted(due, NOW, imported) is expected


# -- snoozing and reminders -----------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "choice", "until"),
    [
        (at(day(0), "10:00"), "hour", at(day(0), "11:00")),
        (at(day(0), "17:30"), "hour", at(day(0), "18:30")),
        (at(day(0), "15:00"), "tomorrow", at(day(1), "09:00")),
        (at(day(0), "07:00"), "tomorrow", at(day(1), "09:00")),
        (at(day(5), "15:00"), "tomorrow", at(day(0, 1), "09:00")),  # Saturday → Monday
        (at(day(2), "15:00"), "week", at(day(0, 1), "09:00")),  # Wednesday → next Monday
        (at(day(0), "10:00"), "week", at(day(0, 1), "09:00")),  # Monday → a week later
        (at(day(6), "10:00"), "week", at(day(0, 1), "09:00")),  # Sunday → the next day
    ],
)
def test_snooze_until(now, choice, until):
    assert snooze_until(choice, now, HOURS) == until


def test_snooze_skips_holidays():
    hours = with_holidays(day(1), day(0, 1))
    assert snooze_until("tomorrow", at(day(0), "15:00"), hours) == at(day(2), "09:00")
    assert snooze_until("week", at(day(2), "15:00"), hours) == at(day(1, 1), "09:00")


def test_snooze_unknown_choice():
    with pytest.raises(ValueError, match="fortnight"):
        snooze_until("fortnight", at(day(0), "10:00"), HOURS)


@settings(max_examples=60, deadline=None)
@given(now=moments, holidays=holiday_sets, choice=st.sampled_from(["hour", "tomorrow", "week"]))
def test_snooze_is_always_later(now, holidays, choice):
    hours = with_holidays(*holidays)
    until = snooze_until(choice, now, hours)
    assert until > now
    if choice != "hour":
        assert until.date() > now.date()
        assert hours.is_open(until)
    if choice == "week":
        assert until.date() - now.date() >= timedelta(days=1)
        assert until.date() >= now.date() + timedelta(days=7 - now.weekday())


def test_reminder_at():
    due = at(day(0), "10:00")
    assert reminder_at(due, None) == due
    assert reminder_at(due, due + timedelta(hours=1)) == due + timedelta(hours=1)
    # Snoozing into the past does not bring a follow-up forward.
    assert reminder_at(due, due - timedelta(hours=1)) == due
