"""Opening hours and business time.

Times are the shop's local wall clock, naive `datetime`s with whole seconds.
An interval is ``(start, end)`` in seconds after midnight, half open: a shop open
``(9*3600, 18*3600)`` is open at 09:00:00 and closed at 18:00:00.

*Business seconds* between two moments are the seconds inside opening hours: an
enquiry received while closed starts its clock at the next opening, and a reply
sent while closed adds nothing. The arithmetic skips whole weeks, so a response
two years late costs no more than one two hours late.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from enquirydesk.domain.errors import ValidationError
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate

DAY_SECONDS = 86_400
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# The weekdays' names in English, marked for translation under "Hours" (`weekday_name`).
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Hours", "Monday"),
    QT_TRANSLATE_NOOP("Hours", "Tuesday"),
    QT_TRANSLATE_NOOP("Hours", "Wednesday"),
    QT_TRANSLATE_NOOP("Hours", "Thursday"),
    QT_TRANSLATE_NOOP("Hours", "Friday"),
    QT_TRANSLATE_NOOP("Hours", "Saturday"),
    QT_TRANSLATE_NOOP("Hours", "Sunday"),
)

Interval = tuple[int, int]
DayHours = tuple[Interval, ...]


def weekday_name(day_name: str) -> str:
    """One of `WEEKDAY_NAMES` in the user's language."""
    return translate("Hours", day_name)


def seconds_of_day(moment: datetime) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def at_seconds(day: date, seconds: int) -> datetime:
    """The moment `seconds` after midnight of `day` (86,400 is the next midnight)."""
    return datetime.combine(day, time()) + timedelta(seconds=seconds)


def _overlap(intervals: DayHours, start: int, end: int) -> int:
    total = 0
    for lo, hi in intervals:
        if hi > start and lo < end:
            total += min(hi, end) - max(lo, start)
    return total


def _check_day(intervals: Iterable[Sequence[int]], day_name: str) -> DayHours:
    result: list[Interval] = []
    previous_end = -1
    for pair in intervals:
        lo, hi = int(pair[0]), int(pair[1])
        if not 0 <= lo < hi <= DAY_SECONDS:
            raise ValidationError(
                "hours",
                "hours.bad_interval",
                #: {day} is the name of a weekday: Monday, Tuesday…
                translate("Hours", "Opening hours on {day} must start before they end.").format(
                    day=weekday_name(day_name)
                ),
            )
        if lo < previous_end:
            raise ValidationError(
                "hours",
                "hours.overlap",
                #: {day} is the name of a weekday: Monday, Tuesday…
                translate("Hours", "Opening hours on {day} overlap or are out of order.").format(
                    day=weekday_name(day_name)
                ),
            )
        previous_end = hi
        result.append((lo, hi))
    return tuple(result)


@dataclass(frozen=True)
class OpeningHours:
    """When the shop is open: intervals per weekday (Monday first) and closed holidays."""

    weekly: tuple[DayHours, ...]
    holidays: frozenset[date] = frozenset()
    _day_totals: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _week_total: int = field(init=False, repr=False, compare=False)
    _holiday_ordinals: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.weekly) != 7:
            raise ValidationError(
                "hours", "hours.week", translate("Hours", "Opening hours need all seven weekdays.")
            )
        weekly = tuple(_check_day(day, WEEKDAY_NAMES[i]) for i, day in enumerate(self.weekly))
        totals = tuple(sum(hi - lo for lo, hi in day) for day in weekly)
        if sum(totals) == 0:
            raise ValidationError(
                "hours",
                "hours.never_open",
                translate("Hours", "The shop must be open at some time during the week."),
            )
        object.__setattr__(self, "weekly", weekly)
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "_day_totals", totals)
        object.__setattr__(self, "_week_total", sum(totals))
        object.__setattr__(
            self, "_holiday_ordinals", tuple(sorted(d.toordinal() for d in self.holidays))
        )

    # -- construction -------------------------------------------------------------

    @classmethod
    def default(cls) -> OpeningHours:
        """Monday to Saturday 09:00–18:00, Sunday closed."""
        day = ((9 * 3600, 18 * 3600),)
        return cls(weekly=(day,) * 6 + ((),))

    @classmethod
    def preset_for(cls, country: str) -> OpeningHours:
        """Usual shop hours of `country`, for a new shop to start from: Indonesian shops
        open every day until the evening; Slovenian ones close early on Saturday and on
        Sunday; elsewhere Monday to Saturday 09:00–18:00."""
        hour = 3600
        if country.upper() == "ID":
            return cls(weekly=(((9 * hour, 21 * hour),),) * 7)
        if country.upper() == "SI":
            weekday = ((8 * hour, 19 * hour),)
            return cls(weekly=(weekday,) * 5 + (((8 * hour, 13 * hour),), ()))
        return cls.default()

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> OpeningHours:
        """Build from the settings form ``{"mon": [["09:00", "18:00"]], ..., "holidays": [...]}``.

        A weekday left out is closed. Anything else that is not understood is refused
        rather than ignored: a misspelt ``"monday"`` must not silently close the shop.
        """
        if not isinstance(spec, Mapping):
            raise ValidationError(
                "hours",
                "hours.spec",
                translate("Hours", "Opening hours must list the intervals of each weekday."),
            )
        unknown = sorted(str(key) for key in spec if key not in (*WEEKDAY_KEYS, "holidays"))
        if unknown:
            raise ValidationError(
                "hours",
                "hours.unknown_key",
                translate("Hours", "Opening hours have unknown entries: {entries}.").format(
                    entries=", ".join(unknown)
                ),
            )
        weekly = []
        for key, name in zip(WEEKDAY_KEYS, WEEKDAY_NAMES, strict=True):
            weekly.append(tuple(_parse_day(spec.get(key) or [], name)))
        return cls(weekly=tuple(weekly), holidays=_parse_holidays(spec.get("holidays") or []))

    def with_holidays(self, more: frozenset[date]) -> OpeningHours:
        """These hours, closed on `more` days too (the public holidays)."""
        return OpeningHours(weekly=self.weekly, holidays=self.holidays | more) if more else self

    def to_spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = {
            key: [[format_clock(lo), format_clock(hi)] for lo, hi in self.weekly[i]]
            for i, key in enumerate(WEEKDAY_KEYS)
        }
        spec["holidays"] = sorted(d.isoformat() for d in self.holidays)
        return spec

    # -- questions ----------------------------------------------------------------

    def intervals_on(self, day: date) -> DayHours:
        if day in self.holidays:
            return ()
        return self.weekly[day.weekday()]

    def is_open_day(self, day: date) -> bool:
        return bool(self.intervals_on(day))

    def is_open(self, moment: datetime) -> bool:
        seconds = seconds_of_day(moment)
        return any(lo <= seconds < hi for lo, hi in self.intervals_on(moment.date()))

    def _holidays_between(self, first: int, last: int) -> list[int]:
        """Holiday ordinals in [first, last]."""
        lo = bisect.bisect_left(self._holiday_ordinals, first)
        hi = bisect.bisect_right(self._holiday_ordinals, last)
        return list(self._holiday_ordinals[lo:hi])

    def _full_days_seconds(self, first: date, count: int) -> int:
        """Business seconds in `count` whole days starting with `first`."""
        if count <= 0:
            return 0
        weeks, rest = divmod(count, 7)
        start_weekday = first.weekday()
        total = weeks * self._week_total
        total += sum(self._day_totals[(start_weekday + i) % 7] for i in range(rest))
        first_ordinal = first.toordinal()
        for ordinal in self._holidays_between(first_ordinal, first_ordinal + count - 1):
            total -= self._day_totals[date.fromordinal(ordinal).weekday()]
        return total

    def business_seconds(self, start: datetime, end: datetime) -> int:
        """Seconds of opening time in [start, end); 0 when end is not after start."""
        if end <= start:
            return 0
        start_day, end_day = start.date(), end.date()
        if start_day == end_day:
            return _overlap(
                self.intervals_on(start_day), seconds_of_day(start), seconds_of_day(end)
            )
        total = _overlap(self.intervals_on(start_day), seconds_of_day(start), DAY_SECONDS)
        total += _overlap(self.intervals_on(end_day), 0, seconds_of_day(end))
        between = (end_day - start_day).days - 1
        total += self._full_days_seconds(start_day + timedelta(days=1), between)
        return total

    def add_business_seconds(self, start: datetime, seconds: int) -> datetime:
        """The first moment at which `seconds` of opening time have passed since `start`."""
        if seconds < 0:
            raise ValueError("seconds must not be negative")
        if seconds == 0:
            return start
        remaining = seconds
        day = start.date()
        position = seconds_of_day(start)
        for lo, hi in self.intervals_on(day):
            if hi <= position:
                continue
            begin = max(lo, position)
            if remaining <= hi - begin:
                return at_seconds(day, begin + remaining)
            remaining -= hi - begin
        day += timedelta(days=1)
        while True:
            ordinal = day.toordinal()
            if remaining > self._week_total and not self._holidays_between(ordinal, ordinal + 6):
                weeks = (remaining - 1) // self._week_total
                next_holiday = bisect.bisect_left(self._holiday_ordinals, ordinal)
                if next_holiday < len(self._holiday_ordinals):
                    weeks = min(weeks, (self._holiday_ordinals[next_holiday] - ordinal) // 7)
                weeks = max(weeks, 1)
                remaining -= weeks * self._week_total
                day += timedelta(days=7 * weeks)
                continue
            intervals = self.intervals_on(day)
            day_total = sum(hi - lo for lo, hi in intervals)
            if remaining > day_total:
                remaining -= day_total
                day += timedelta(days=1)
                continue
            for lo, hi in intervals:
                if remaining <= hi - lo:
                    return at_seconds(day, lo + remaining)
                remaining -= hi - lo

    def next_opening(self, moment: datetime) -> datetime:
        """`moment` itself if the shop is open then, else the start of the next opening."""
        day = moment.date()
        position = seconds_of_day(moment)
        for lo, hi in self.intervals_on(day):
            if position < hi:
                return moment if position >= lo else at_seconds(day, lo)
        day = self.next_business_day(day)
        return at_seconds(day, self.intervals_on(day)[0][0])

    def next_business_day(self, day: date) -> date:
        """The first day after `day` on which the shop opens."""
        day += timedelta(days=1)
        while not self.intervals_on(day):
            day += timedelta(days=1)
        return day

    def add_business_days(self, moment: datetime, days: int) -> datetime:
        """The same time of day `days` business days later, kept within that day's hours.

        A moment before the day's opening, or on a closed day, counts from the next
        opening, as business time does: otherwise a contact on Sunday would be due
        sooner than one on Saturday, and a later contact could bring a follow-up forward.
        """
        day = moment.date()
        if self.intervals_on(day):
            seconds = max(seconds_of_day(moment), self.intervals_on(day)[0][0])
        else:
            day = self.next_business_day(day)
            seconds = self.intervals_on(day)[0][0]
        for _ in range(days):
            day = self.next_business_day(day)
        intervals = self.intervals_on(day)
        seconds = min(max(seconds, intervals[0][0]), intervals[-1][1])
        return at_seconds(day, seconds)


def parse_clock(text: str) -> int:
    """``"09:30"`` → seconds after midnight; ``"24:00"`` is the end of the day."""
    try:
        hours_text, minutes_text = str(text).strip().split(":")
        hours, minutes = int(hours_text), int(minutes_text)
    except ValueError:
        raise ValidationError(
            "hours",
            "hours.clock",
            translate("Hours", "{text} is not a time like 09:00.").format(text=repr(text)),
        ) from None
    if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes):
        raise ValidationError(
            "hours",
            "hours.clock",
            translate("Hours", "{text} is not a time like 09:00.").format(text=repr(text)),
        )
    return hours * 3600 + minutes * 60


def _parse_day(intervals: Any, day_name: str) -> list[Interval]:
    if isinstance(intervals, str | bytes) or not isinstance(intervals, Sequence):
        intervals = [intervals]
    result: list[Interval] = []
    for pair in intervals:
        if isinstance(pair, str | bytes) or not isinstance(pair, Sequence) or len(pair) != 2:
            raise ValidationError(
                "hours",
                "hours.bad_interval",
                #: {day} is the name of a weekday: Monday, Tuesday…
                translate(
                    "Hours", "Opening hours on {day} must be pairs of times like 09:00 and 18:00."
                ).format(day=weekday_name(day_name)),
            )
        result.append((parse_clock(pair[0]), parse_clock(pair[1])))
    return result


def _parse_holidays(texts: Any) -> frozenset[date]:
    if isinstance(texts, str | bytes) or not isinstance(texts, Iterable):
        texts = [texts]
    holidays: set[date] = set()
    for text in texts:
        if isinstance(text, date) and not isinstance(text, datetime):
            holidays.add(text)
            continue
        try:
            holidays.add(date.fromisoformat(str(text).strip()))
        except ValueError:
            raise ValidationError(
                "hours",
                "hours.holiday",
                translate("Hours", "{text} is not a date like 2026-12-25.").format(text=repr(text)),
            ) from None
    return frozenset(holidays)


def format_clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def response_times(
    received_at: datetime, first_response_at: datetime, hours: OpeningHours
) -> tuple[int, int]:
    """(clock seconds, business seconds) from receiving an enquiry to its first response."""
    clock = int((first_response_at - received_at).total_seconds())
    return clock, hours.business_seconds(received_at, first_response_at)


def latest_start(hours: OpeningHours, end: datetime, seconds: int) -> datetime:
    """The latest moment from which at least `seconds` of opening time pass by `end`:
    an enquiry received at or before it and still unanswered at `end` is overdue
    against a target of `seconds`. Found by halving (business time only grows as the
    start moves back), to the second."""
    if seconds <= 0:
        return end
    span = DAY_SECONDS
    while hours.business_seconds(end - timedelta(seconds=span), end) < seconds:
        span *= 2
        if span > 4000 * DAY_SECONDS:  # never open: nothing is ever late
            return datetime.min
    low, high = 0, span  # business_seconds(end - low) < seconds <= business_seconds(end - high)
    while high - low > 1:
        middle = (low + high) // 2
        if hours.business_seconds(end - timedelta(seconds=middle), end) >= seconds:
            high = middle
        else:
            low = middle
    return end - timedelta(seconds=high)
