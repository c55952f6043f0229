"""Opening hours and business time: business minutes and the response target.

The property tests compare `OpeningHours` with deliberately naive references that
know nothing of its week skipping: one walks the clock minute by minute (or second
by second) asking "is the shop open now?", the other walks day by day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.hours import (
    DAY_SECONDS,
    OpeningHours,
    format_clock,
    parse_clock,
    response_times,
)

H = 3600
MINUTE = timedelta(minutes=1)
SECOND = timedelta(seconds=1)
DEFAULT = OpeningHours.default()

# 2026-03-02 is a Monday.
MON = date(2026, 3, 2)


def at(day: date, clock: str) -> datetime:
    hours, minutes = clock.split(":")
    return datetime.combine(day, time(int(hours), int(minutes)))


def day_of(weekday: int, week: int = 0) -> date:
    """The given weekday (0 = Monday) of the week starting `MON` + `week` weeks."""
    return MON + timedelta(days=7 * week + weekday)


# -- naive references ---------------------------------------------------------------


def ref_is_open(weekly, holidays, moment: datetime) -> bool:
    if moment.date() in holidays:
        return False
    position = moment.hour * 3600 + moment.minute * 60 + moment.second
    return any(lo <= position < hi for lo, hi in weekly[moment.weekday()])


def ref_business_by_step(weekly, holidays, start: datetime, end: datetime, step: timedelta) -> int:
    """Count the steps during which the shop is open; exact when every boundary is on the grid."""
    count = 0
    moment = start
    while moment < end:
        if ref_is_open(weekly, holidays, moment):
            count += 1
        moment += step
    return count * int(step.total_seconds())


def ref_business_by_day(weekly, holidays, start: datetime, end: datetime) -> int:
    """Day by day: each opening interval clipped to [start, end)."""
    total = 0
    day = start.date()
    while day <= end.date():
        if day not in holidays:
            midnight = datetime.combine(day, time())
            for lo, hi in weekly[day.weekday()]:
                begin = max(start, midnight + timedelta(seconds=lo))
                finish = min(end, midnight + timedelta(seconds=hi))
                if finish > begin:
                    total += int((finish - begin).total_seconds())
        day += timedelta(days=1)
    return total


def ref_add_by_minute(weekly, holidays, start: datetime, minutes: int) -> datetime:
    moment = start
    while minutes:
        if ref_is_open(weekly, holidays, moment):
            minutes -= 1
        moment += MINUTE
    return moment


# -- strategies ---------------------------------------------------------------------


@st.composite
def day_intervals(draw, grid_minutes: int) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping intervals on a grid; sometimes adjacent, sometimes to 24:00."""
    slots = 24 * 60 // grid_minutes
    points = sorted(draw(st.sets(st.integers(0, slots), max_size=6)))
    if len(points) % 2:
        points = points[:-1]
    pairs = [
        (points[i] * grid_minutes * 60, points[i + 1] * grid_minutes * 60)
        for i in range(0, len(points), 2)
    ]
    if len(pairs) >= 2 and draw(st.booleans()):
        # Make the first two touch (12:00-12:00 style): allowed, and must count once.
        pairs[1] = (pairs[0][1], pairs[1][1])
    return tuple(pairs)


@st.composite
def opening_hours(draw, grid_minutes: int = 15, first: date = MON, span_days: int = 60):
    weekly = tuple(draw(day_intervals(grid_minutes)) for _ in range(7))
    assume(any(weekly))
    holidays = draw(
        st.frozensets(
            st.integers(0, span_days).map(lambda n: first + timedelta(days=n)), max_size=12
        )
    )
    return OpeningHours(weekly=weekly, holidays=holidays)


def moments(grid: timedelta, first: date = MON, span_days: int = 21):
    """Moments on a grid (minutes, or seconds) within `span_days` of `first`."""
    steps = int(timedelta(days=span_days) / grid)
    origin = datetime.combine(first, time())
    return st.integers(0, steps).map(lambda n: origin + n * grid)


# -- fixed cases: default hours, business minutes ---------------------------------------


def test_default_hours_are_monday_to_saturday_nine_to_six():
    assert DEFAULT.to_spec() == {
        **{key: [["09:00", "18:00"]] for key in ("mon", "tue", "wed", "thu", "fri", "sat")},
        "sun": [],
        "holidays": [],
    }


@pytest.mark.parametrize(
    ("received", "first", "clock", "business"),
    [
        # Answered within the same opening.
        (at(day_of(0), "10:00"), at(day_of(0), "10:30"), 1800, 1800),
        # Saturday 17:30 to Monday 09:30: 40 clock hours, Sunday closed, one business hour.
        (at(day_of(5), "17:30"), at(day_of(0, 1), "09:30"), 40 * H, H),
        # Received on Sunday (closed): the clock starts at Monday's opening.
        (at(day_of(6), "12:00"), at(day_of(0, 1), "09:15"), 21 * H + 900, 900),
        # Reply sent on Sunday adds nothing after Saturday's closing.
        (at(day_of(5), "17:00"), at(day_of(6), "15:00"), 22 * H, H),
        # Received and answered while closed: no business time at all.
        (at(day_of(4), "20:00"), at(day_of(5), "08:00"), 12 * H, 0),
        # Received before opening: counted from 09:00.
        (at(day_of(1), "07:00"), at(day_of(1), "09:45"), 2 * H + 2700, 2700),
        # Received at closing time exactly: closed (half-open interval).
        (at(day_of(1), "18:00"), at(day_of(2), "09:01"), 15 * H + 60, 60),
        # A week later: six opening days of nine hours.
        (at(day_of(2), "10:00"), at(day_of(2, 1), "10:00"), 7 * 24 * H, 6 * 9 * H),
    ],
)
def test_response_times_default_hours(received, first, clock, business):
    assert response_times(received, first, DEFAULT) == (clock, business)


def test_holiday_counts_nothing():
    tuesday = day_of(1)
    hours = OpeningHours(weekly=DEFAULT.weekly, holidays=frozenset({tuesday}))
    received, first = at(day_of(0), "17:00"), at(day_of(2), "10:00")
    assert response_times(received, first, hours) == (41 * H, 2 * H)
    assert not hours.is_open(at(tuesday, "12:00"))
    assert hours.business_seconds(at(tuesday, "00:00"), at(day_of(2), "00:00")) == 0


def test_enquiry_received_on_a_holiday_starts_at_next_opening():
    monday = day_of(0)
    hours = OpeningHours(weekly=DEFAULT.weekly, holidays=frozenset({monday}))
    assert hours.next_opening(at(monday, "10:00")) == at(day_of(1), "09:00")
    assert hours.business_seconds(at(monday, "10:00"), at(day_of(1), "09:30")) == 1800


def test_split_day_with_lunch_break():
    hours = OpeningHours.from_spec(
        {"mon": [["08:00", "12:00"], ["13:00", "17:00"]], "holidays": []}
    )
    assert hours.business_seconds(at(MON, "11:30"), at(MON, "13:30")) == H
    assert not hours.is_open(at(MON, "12:30"))
    assert hours.next_opening(at(MON, "12:30")) == at(MON, "13:00")
    assert hours.add_business_seconds(at(MON, "11:30"), H) == at(MON, "13:30")
    # A reply during lunch counts only the morning.
    assert hours.business_seconds(at(MON, "11:00"), at(MON, "12:45")) == H


def test_adjacent_intervals_count_once():
    hours = OpeningHours.from_spec({"tue": [["09:00", "12:00"], ["12:00", "18:00"]]})
    tuesday = day_of(1)
    assert hours.is_open(at(tuesday, "12:00"))
    assert hours.business_seconds(at(tuesday, "08:00"), at(tuesday, "19:00")) == 9 * H
    assert hours.add_business_seconds(at(tuesday, "11:00"), 2 * H) == at(tuesday, "13:00")


def test_open_until_midnight():
    hours = OpeningHours.from_spec({"fri": [["20:00", "24:00"]], "sat": [["00:00", "02:00"]]})
    friday = day_of(4)
    assert hours.is_open(at(friday, "23:59"))
    assert hours.is_open(at(day_of(5), "00:00"))
    assert hours.business_seconds(at(friday, "22:00"), at(day_of(5), "01:00")) == 3 * H
    assert hours.add_business_seconds(at(friday, "22:00"), 2 * H) == at(day_of(5), "00:00")
    assert hours.add_business_seconds(at(friday, "22:00"), 3 * H) == at(day_of(5), "01:00")


def test_is_open_is_half_open():
    assert not DEFAULT.is_open(at(MON, "08:59") + 59 * SECOND)
    assert DEFAULT.is_open(at(MON, "09:00"))
    assert DEFAULT.is_open(at(MON, "17:59") + 59 * SECOND)
    assert not DEFAULT.is_open(at(MON, "18:00"))
    assert not DEFAULT.is_open(at(day_of(6), "12:00"))


def test_business_seconds_is_zero_for_empty_or_reversed_spans():
    moment = at(MON, "10:00")
    assert DEFAULT.business_seconds(moment, moment) == 0
    assert DEFAULT.business_seconds(moment + H * SECOND, moment) == 0


def test_response_time_years_late_is_exact_and_fast():
    received = at(MON, "10:00")
    first = received + timedelta(weeks=104)
    assert response_times(received, first, DEFAULT) == (104 * 7 * 24 * H, 104 * 6 * 9 * H)
    assert DEFAULT.add_business_seconds(received, 104 * 6 * 9 * H) == first


def test_add_business_seconds_examples():
    # Respond target of 60 business minutes.
    assert DEFAULT.add_business_seconds(at(MON, "10:00"), H) == at(MON, "11:00")
    assert DEFAULT.add_business_seconds(at(MON, "17:30"), H) == at(day_of(1), "09:30")
    assert DEFAULT.add_business_seconds(at(day_of(5), "17:30"), H) == at(day_of(0, 1), "09:30")
    assert DEFAULT.add_business_seconds(at(day_of(6), "11:00"), H) == at(day_of(0, 1), "10:00")
    # Reaching the target exactly at closing time is due at closing time.
    assert DEFAULT.add_business_seconds(at(MON, "17:00"), H) == at(MON, "18:00")
    assert DEFAULT.add_business_seconds(at(MON, "10:00"), 0) == at(MON, "10:00")
    # A whole day's hours from closing time: the next closing time, not the opening after it.
    assert DEFAULT.add_business_seconds(at(MON, "18:00"), 9 * H) == at(day_of(1), "18:00")
    assert DEFAULT.add_business_seconds(at(day_of(4), "18:00"), 9 * H) == at(day_of(5), "18:00")
    # Whole weeks from a closed Sunday end at Saturday's closing, however many weeks.
    sunday = at(day_of(6), "12:00")
    for weeks in (1, 2, 3, 52):
        due = DEFAULT.add_business_seconds(sunday, weeks * 6 * 9 * H)
        assert due == at(day_of(5, weeks), "18:00")
    with pytest.raises(ValueError):
        DEFAULT.add_business_seconds(at(MON, "10:00"), -1)


def test_next_opening_examples():
    assert DEFAULT.next_opening(at(MON, "10:00")) == at(MON, "10:00")
    assert DEFAULT.next_opening(at(MON, "07:00")) == at(MON, "09:00")
    assert DEFAULT.next_opening(at(MON, "18:00")) == at(day_of(1), "09:00")
    assert DEFAULT.next_opening(at(day_of(5), "19:00")) == at(day_of(0, 1), "09:00")


def test_add_business_days_examples():
    assert DEFAULT.add_business_days(at(MON, "10:00"), 2) == at(day_of(2), "10:00")
    # Saturday is open, Sunday is not.
    assert DEFAULT.add_business_days(at(day_of(4), "15:00"), 2) == at(day_of(0, 1), "15:00")
    # Sunday is closed: it counts from Monday's opening, so one business day is Tuesday 09:00.
    assert DEFAULT.add_business_days(at(day_of(6), "15:00"), 1) == at(day_of(1, 1), "09:00")
    # Kept within the target day's hours.
    assert DEFAULT.add_business_days(at(MON, "07:00"), 1) == at(day_of(1), "09:00")
    assert DEFAULT.add_business_days(at(MON, "21:00"), 1) == at(day_of(1), "18:00")
    # A holiday is not a business day.
    hours = OpeningHours(weekly=DEFAULT.weekly, holidays=frozenset({day_of(1)}))
    assert hours.add_business_days(at(MON, "10:00"), 1) == at(day_of(2), "10:00")
    assert hours.next_business_day(MON) == day_of(2)
    # Before a late opening counts from that opening, not from the earlier hour.
    late_monday = OpeningHours.from_spec({"mon": [["10:00", "18:00"]], "tue": [["08:00", "18:00"]]})
    assert late_monday.add_business_days(at(MON, "09:00"), 1) == at(day_of(1), "10:00")
    assert late_monday.add_business_days(at(day_of(6), "23:00"), 1) == at(day_of(1, 1), "10:00")
    # Zero days: the same moment on an open day, else moved to the next open day.
    assert DEFAULT.add_business_days(at(MON, "10:00"), 0) == at(MON, "10:00")
    assert DEFAULT.add_business_days(at(day_of(6), "10:00"), 0) == at(day_of(0, 1), "09:00")


# -- properties against the naive references ---------------------------------------


@settings(max_examples=80, deadline=None)
@given(
    hours=opening_hours(grid_minutes=15, span_days=30),
    a=moments(timedelta(minutes=15), span_days=28),
    b=moments(timedelta(minutes=15), span_days=28),
)
def test_business_seconds_matches_quarter_hour_walk(hours, a, b):
    """Spans of up to four weeks, holidays, closed days: walk in quarter hours."""
    start, end = min(a, b), max(a, b)
    step = timedelta(minutes=15)
    expected = ref_business_by_step(hours.weekly, hours.holidays, start, end, step)
    assert hours.business_seconds(start, end) == expected
    assert hours.business_seconds(end, start) == 0


@settings(max_examples=80, deadline=None)
@given(
    hours=opening_hours(grid_minutes=1, span_days=10),
    start=moments(MINUTE, span_days=9),
    length=st.integers(0, 3 * 24 * 60),
)
def test_business_seconds_matches_minute_walk(hours, start, length):
    """Minute-granular hours and times over up to three days."""
    end = start + length * MINUTE
    expected = ref_business_by_step(hours.weekly, hours.holidays, start, end, MINUTE)
    assert hours.business_seconds(start, end) == expected
    assert response_times(start, end, hours) == (length * 60, expected)


@settings(max_examples=60, deadline=None)
@given(
    hours=opening_hours(grid_minutes=1, span_days=3),
    start=moments(SECOND, span_days=2),
    length=st.integers(0, 3 * H),
)
def test_business_seconds_matches_second_walk(hours, start, length):
    """Times with seconds (not on the minute grid of the hours) over up to three hours."""
    end = start + length * SECOND
    expected = ref_business_by_step(hours.weekly, hours.holidays, start, end, SECOND)
    assert hours.business_seconds(start, end) == expected


@settings(max_examples=60, deadline=None)
@given(
    hours=opening_hours(grid_minutes=1, first=date(2025, 12, 1), span_days=3 * 365),
    start=moments(SECOND, first=date(2026, 1, 1), span_days=365),
    length=st.integers(0, 2 * 365 * 24 * H),
)
def test_business_seconds_matches_day_walk_over_years(hours, start, length):
    end = start + length * SECOND
    expected = ref_business_by_day(hours.weekly, hours.holidays, start, end)
    assert hours.business_seconds(start, end) == expected


@settings(max_examples=100, deadline=None)
@given(
    hours=opening_hours(grid_minutes=1, span_days=120),
    a=moments(SECOND, span_days=120),
    b=moments(SECOND, span_days=120),
    c=moments(SECOND, span_days=120),
)
def test_business_seconds_is_additive(hours, a, b, c):
    a, b, c = sorted((a, b, c))
    assert hours.business_seconds(a, c) == hours.business_seconds(a, b) + hours.business_seconds(
        b, c
    )
    assert 0 <= hours.business_seconds(a, c) <= (c - a).total_seconds()


@settings(max_examples=80, deadline=None)
@given(hours=opening_hours(grid_minutes=15, span_days=60), moment=moments(SECOND, span_days=50))
def test_is_open_matches_reference(hours, moment):
    assert hours.is_open(moment) == ref_is_open(hours.weekly, hours.holidays, moment)


@settings(max_examples=60, deadline=None)
@given(
    weekly=st.tuples(*[day_intervals(15)] * 7).filter(any),
    start=moments(SECOND, span_days=30),
    weeks=st.integers(1, 200),
)
def test_whole_weeks_without_holidays_count_the_week_total(weekly, start, weeks):
    hours = OpeningHours(weekly=weekly)
    week_total = sum(hi - lo for day in weekly for lo, hi in day)
    assert hours.business_seconds(start, start + timedelta(weeks=weeks)) == weeks * week_total


def test_always_open_shop_counts_clock_time():
    hours = OpeningHours(weekly=(((0, DAY_SECONDS),),) * 7)
    start = datetime(2026, 1, 1, 13, 7, 5)
    end = datetime(2026, 7, 9, 2, 0, 59)
    assert hours.business_seconds(start, end) == int((end - start).total_seconds())
    assert hours.add_business_seconds(start, 12345) == start + 12345 * SECOND


@settings(max_examples=100, deadline=None)
@given(
    hours=opening_hours(grid_minutes=1, first=date(2026, 1, 1), span_days=2 * 365),
    start=moments(SECOND, first=date(2026, 1, 1), span_days=60),
    seconds=st.one_of(st.integers(0, 3 * 24 * H), st.integers(0, 400 * 24 * H)),
)
def test_add_business_seconds_is_the_first_moment_reaching_the_amount(hours, start, seconds):
    """The inverse of business_seconds, and the earliest such moment."""
    due = hours.add_business_seconds(start, seconds)
    assert due >= start
    assert hours.business_seconds(start, due) == seconds
    if seconds:
        # One second earlier the amount was not yet reached: that second was open.
        assert hours.business_seconds(start, due - SECOND) == seconds - 1
        assert hours.is_open(due - SECOND)
    else:
        assert due == start


@settings(max_examples=80, deadline=None)
@given(
    hours=opening_hours(grid_minutes=60, first=date(2026, 1, 1), span_days=3 * 365),
    start=moments(timedelta(minutes=30), first=date(2026, 1, 1), span_days=30),
    weeks=st.integers(0, 150),
    offset=st.one_of(st.just(timedelta(0)), moments(timedelta(minutes=30), span_days=6)).map(
        lambda value: (
            value if isinstance(value, timedelta) else value - datetime.combine(MON, time())
        )
    ),
)
def test_add_business_seconds_inverts_business_seconds(hours, start, weeks, offset):
    """Amounts that end exactly at a closing time, a day's total or a whole number of weeks."""
    end = start + timedelta(weeks=weeks) + offset
    amount = hours.business_seconds(start, end)
    due = hours.add_business_seconds(start, amount)
    assert start <= due <= end
    assert hours.business_seconds(start, due) == amount
    assert hours.business_seconds(due, end) == 0
    if amount:
        assert hours.is_open(due - SECOND)


@settings(max_examples=60, deadline=None)
@given(
    hours=opening_hours(grid_minutes=30, span_days=40),
    start=moments(MINUTE, span_days=7),
    minutes=st.integers(0, 600),
)
def test_add_business_seconds_matches_minute_walk(hours, start, minutes):
    week_minutes = sum(hi - lo for day in hours.weekly for lo, hi in day) // 60
    assume(week_minutes >= 300)  # keeps the naive walk short
    expected = ref_add_by_minute(hours.weekly, hours.holidays, start, minutes)
    assert hours.add_business_seconds(start, minutes * 60) == expected


@settings(max_examples=80, deadline=None)
@given(hours=opening_hours(grid_minutes=15, span_days=60), moment=moments(SECOND, span_days=50))
def test_next_opening_is_the_first_open_moment(hours, moment):
    opening = hours.next_opening(moment)
    assert opening >= moment
    assert hours.is_open(opening)
    assert hours.business_seconds(moment, opening) == 0
    if opening > moment:
        assert not hours.is_open(moment)
        assert not hours.is_open(opening - SECOND)


@settings(max_examples=80, deadline=None)
@given(
    hours=opening_hours(grid_minutes=15, span_days=60),
    moment=moments(SECOND, span_days=30),
    days=st.integers(1, 10),
)
def test_add_business_days_lands_on_the_nth_open_day(hours, moment, days):
    due = hours.add_business_days(moment, days)
    assert hours.is_open_day(due.date())
    # Counted from the moment, or from the next opening if the shop has not opened yet
    # that day (or does not open at all that day).
    first_opening = hours.intervals_on(moment.date())[:1]
    midnight = datetime.combine(moment.date(), time())
    if first_opening and moment >= midnight + timedelta(seconds=first_opening[0][0]):
        origin = moment
    else:
        origin = hours.next_opening(moment)
    assert due.date() > origin.date()
    open_days_between = [
        origin.date() + timedelta(days=n)
        for n in range(1, (due.date() - origin.date()).days)
        if hours.is_open_day(origin.date() + timedelta(days=n))
    ]
    assert len(open_days_between) == days - 1
    # The origin's time of day, kept within the target day's hours.
    intervals = hours.intervals_on(due.date())
    midnight = datetime.combine(due.date(), time())
    opening = midnight + timedelta(seconds=intervals[0][0])
    closing = midnight + timedelta(seconds=intervals[-1][1])
    assert due == min(max(datetime.combine(due.date(), origin.time()), opening), closing)


@settings(max_examples=80, deadline=None)
@given(
    hours=opening_hours(grid_minutes=15, span_days=60),
    first=moments(MINUTE, span_days=30),
    gap=st.integers(0, 5 * 24 * 60),
    days=st.integers(0, 6),
)
def test_add_business_days_never_goes_back_for_a_later_moment(hours, first, gap, days):
    later = first + gap * MINUTE
    assert hours.add_business_days(later, days) >= hours.add_business_days(first, days)


# -- the settings form --------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(hours=opening_hours(grid_minutes=1, span_days=400))
def test_spec_round_trip(hours):
    spec = hours.to_spec()
    assert OpeningHours.from_spec(spec) == hours
    assert OpeningHours.from_spec(spec).to_spec() == spec
    assert spec["holidays"] == sorted(spec["holidays"])


def test_from_spec_reads_the_settings_form():
    hours = OpeningHours.from_spec(
        {
            "mon": [[" 8:30", "12:00 "], ["13:00", "17:45"]],
            "sat": [["10:00", "14:00"]],
            "holidays": ["2026-12-25", "2026-01-01", "2026-12-25"],
        }
    )
    assert hours.weekly[0] == ((8 * H + 1800, 12 * H), (13 * H, 17 * H + 2700))
    assert hours.weekly[1:5] == ((),) * 4
    assert hours.weekly[5] == ((10 * H, 14 * H),)
    assert hours.holidays == {date(2026, 12, 25), date(2026, 1, 1)}
    assert hours.to_spec()["mon"] == [["08:30", "12:00"], ["13:00", "17:45"]]
    assert hours.to_spec()["holidays"] == ["2026-01-01", "2026-12-25"]


@pytest.mark.parametrize(
    ("spec", "code", "words"),
    [
        ({"mon": [["18:00", "09:00"]]}, "hours.bad_interval", "Monday"),
        ({"tue": [["09:00", "09:00"]]}, "hours.bad_interval", "Tuesday"),
        ({"wed": [["09:00", "13:00"], ["12:00", "18:00"]]}, "hours.overlap", "Wednesday"),
        ({"thu": [["13:00", "18:00"], ["09:00", "12:00"]]}, "hours.overlap", "Thursday"),
        ({"fri": [["9am", "5pm"]]}, "hours.clock", "9am"),
        ({"fri": [["09:00", "25:00"]]}, "hours.clock", "25:00"),
        ({"fri": [["09:00", "24:30"]]}, "hours.clock", "24:30"),
        ({"fri": [["09:60", "18:00"]]}, "hours.clock", "09:60"),
        ({"fri": [["09:00:00", "18:00"]]}, "hours.clock", "09:00:00"),
        ({"fri": [[None, "18:00"]]}, "hours.clock", "None"),
        ({"sat": ["09:00-18:00"]}, "hours.bad_interval", "Saturday"),
        ({"sat": [["09:00", "12:00", "18:00"]]}, "hours.bad_interval", "Saturday"),
        ({"sun": [[]]}, "hours.bad_interval", "Sunday"),
        ({"mon": [["09:00", "18:00"]], "holidays": ["2026-13-01"]}, "hours.holiday", "2026-13-01"),
        ({"mon": [["09:00", "18:00"]], "holidays": ["25.12.2026"]}, "hours.holiday", "25.12.2026"),
        ({"mon": [["09:00", "18:00"]], "holidays": [None]}, "hours.holiday", "None"),
        ({"mon": [["09:00", "18:00"]], "holidays": "christmas"}, "hours.holiday", "christmas"),
        ({"monday": [["09:00", "18:00"]]}, "hours.unknown_key", "monday"),
        ({}, "hours.never_open", "open"),
        (
            {key: [] for key in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
            "hours.never_open",
            "open",
        ),
        (["mon"], "hours.spec", "weekday"),
    ],
)
def test_bad_specs_are_refused_with_a_clear_message(spec, code, words):
    with pytest.raises(ValidationError) as caught:
        OpeningHours.from_spec(spec)
    error = caught.value
    assert (error.field, error.code) == ("hours", code)
    assert words in error.message
    assert error.message[0].isupper() or error.message[0] == "'"
    assert error.message.endswith(".")
    assert str(error) == error.message


def test_constructor_checks_the_week():
    with pytest.raises(ValidationError) as caught:
        OpeningHours(weekly=DEFAULT.weekly[:6])
    assert caught.value.code == "hours.week"
    with pytest.raises(ValidationError) as caught:
        OpeningHours(weekly=(((0, DAY_SECONDS + 1),),) + ((),) * 6)
    assert caught.value.code == "hours.bad_interval"
    with pytest.raises(ValidationError) as caught:
        OpeningHours(weekly=(((0, 100), (99, 200)),) + ((),) * 6)
    assert caught.value.code == "hours.overlap"
    touching = OpeningHours(weekly=(((0, 100), (100, 200)),) + ((),) * 6)
    assert touching.business_seconds(datetime.combine(MON, time()), at(MON, "01:00")) == 200


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("00:00", 0), ("09:00", 9 * H), ("9:05", 9 * H + 300), ("23:59", 86_340), ("24:00", 86_400)],
)
def test_parse_clock(text, seconds):
    assert parse_clock(text) == seconds


@given(st.integers(0, 24 * 60))
def test_clock_round_trip(minutes):
    text = format_clock(minutes * 60)
    assert len(text) == 5
    assert parse_clock(text) == minutes * 60
