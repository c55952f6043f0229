"""The Today page's three lists, as plain values.

- **awaiting a response**: open enquiries nobody has answered, oldest first, each
  with the moment it becomes overdue (received + the response target in business
  time), so the window can run a "waiting for" clock without asking again;
- **due later today**: open follow-ups whose reminder time is still to come today;
- **overdue**: open follow-ups whose reminder time has passed.

A snoozed follow-up counts from the end of its snooze. "Respond" follow-ups are
left out of the two follow-up lists: the awaiting list is where those are done.
Each list holds its first `limit` items; counts stop at `cap` (shown as "1,000+").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from enquirydesk.domain.hours import OpeningHours, latest_start
from enquirydesk.services import catalogs, staff
from enquirydesk.services.context import Context
from enquirydesk.services.customers import shown_name
from enquirydesk.store import queries, today_queries
from enquirydesk.store.models import Channel

LIMIT = 200
CAP = 1_000

T = TypeVar("T")


@dataclass(frozen=True)
class Waiting:
    """An enquiry awaiting its first response."""

    enquiry_id: int
    received_at: datetime
    due_at: datetime  # when it becomes overdue
    customer: str
    phone: str | None
    email: str | None
    channel: str  # shown name
    interest: str
    taken_by: str
    respond_id: int | None  # its open "respond" follow-up, if any (who should answer)
    assigned_to: int | None
    assigned_name: str

    def waited(self, hours: OpeningHours, now: datetime) -> int:
        """Business seconds it has waited by `now`."""
        return hours.business_seconds(self.received_at, now)

    def overdue(self, now: datetime) -> bool:
        return now >= self.due_at


@dataclass(frozen=True)
class Item:
    """An open follow-up, with what staff need to act on it."""

    followup_id: int
    kind: str  # respond / decision / after_sales / complaint / custom
    topic: str | None  # after-sales: check_in / retention; complaint: its feedback id
    note: str
    priority: bool
    due_at: datetime
    remind_at: datetime  # due, or the end of its snooze
    snoozed: bool
    enquiry_id: int | None
    outcome: str | None  # the enquiry's: open / purchased / lost
    customer: str
    phone: str | None
    email: str | None
    interest: str
    assigned_to: int | None
    assigned_name: str

    @property
    def feedback_id(self) -> int | None:
        """The complaint's feedback (a complaint item names it in its topic)."""
        if self.kind == "complaint" and self.topic and self.topic.isdigit():
            return int(self.topic)
        return None


@dataclass(frozen=True)
class Section(Generic[T]):
    """One list: its first items, and how many there are (at least, when `capped`)."""

    items: tuple[T, ...]
    total: int
    capped: bool = False

    @property
    def more(self) -> int:
        """How many are not among `items`."""
        return max(0, self.total - len(self.items))


@dataclass(frozen=True)
class TodayLists:
    now: datetime
    awaiting: Section[Waiting]
    awaiting_late: int  # of them, past the response target
    due_today: Section[Item]
    overdue: Section[Item]
    hours: OpeningHours
    target_minutes: int
    staff: tuple[tuple[int, str], ...] = ()  # who items can be assigned to, by name

    @property
    def count(self) -> int:
        """Everything waiting for staff today: the badge on the page and in the title."""
        return self.awaiting.total + self.due_today.total + self.overdue.total

    @property
    def capped(self) -> bool:
        return self.awaiting.capped or self.due_today.capped or self.overdue.capped

    @property
    def tomorrow(self) -> datetime:
        """Midnight ending today: the lists must be read again then."""
        return datetime.combine(self.now.date() + timedelta(days=1), datetime.min.time())


def _time(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def item(row: dict[str, Any]) -> Item:
    """A follow-up row of `store.today_queries` as the page shows it."""
    return Item(
        followup_id=row["id"],
        kind=row["kind"],
        topic=row["topic"],
        note=row["note"] or "",
        priority=bool(row["priority"]),
        due_at=_time(row["due_at"]),
        remind_at=_time(row["remind_at"]),
        snoozed=row["snoozed_until"] is not None,
        enquiry_id=row["enquiry_id"],
        outcome=row["outcome"],
        customer=shown_name(row["customer_name"], row["forgotten_at"]),
        phone=row["phone"],
        email=row["email"],
        interest=row["interest"] or "",
        assigned_to=row["assigned_to"],
        assigned_name=row["assigned_name"] or "",
    )


def lists(ctx: Context, limit: int = LIMIT, cap: int = CAP, mine: int | None = None) -> TodayLists:
    """The three lists at `ctx.now()`, read as one consistent snapshot; with `mine` (a
    staff member), only what is theirs: assigned to them, or taken by them."""
    now = ctx.now()
    settings = ctx.settings
    hours, rules = settings.hours, settings.rules
    target = rules.response_target_minutes * 60
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    with ctx.store.snapshot():
        channel_names = catalogs.names(Channel)
        channel_keys = {i: k for k, i in ctx.catalog_ids(Channel).items()}
        waiting_rows = today_queries.awaiting(limit, mine)
        # Received at or before this moment: past the target by now.
        late_before = latest_start(hours, now, target) + timedelta(seconds=1)
        awaiting_total, awaiting_late = today_queries.count_awaiting(cap, late_before, mine)
        # Due at this very second is due now: overdue, as an unanswered enquiry is at
        # its target (times are whole seconds).
        cut = now + timedelta(seconds=1)
        today_rows = today_queries.followups(cut, tomorrow, limit, mine)
        today_total = today_queries.count_followups(cut, tomorrow, cap, mine)
        overdue_rows = today_queries.followups(None, cut, limit, mine)
        overdue_total = today_queries.count_followups(None, cut, cap, mine)
        people = tuple(staff.active_staff().items())
    waiting = []
    for row in waiting_rows:
        received = _time(row["received_at"])
        key = channel_keys.get(row["channel_id"], "")
        waiting.append(
            Waiting(
                enquiry_id=row["id"],
                received_at=received,
                due_at=hours.add_business_seconds(received, target),
                customer=shown_name(row["customer_name"], row["forgotten_at"]),
                phone=row["phone"],
                email=row["email"],
                channel=channel_names.get(key, key),
                interest=row["interest"] or "",
                taken_by=row["taken_by"] or "",
                respond_id=row["respond_id"],
                assigned_to=row["assigned_to"],
                assigned_name=row["assigned_name"] or "",
            )
        )
    return TodayLists(
        now=now,
        awaiting=Section(tuple(waiting), awaiting_total, awaiting_total >= cap),
        awaiting_late=awaiting_late,
        due_today=Section(tuple(item(r) for r in today_rows), today_total, today_total >= cap),
        overdue=Section(tuple(item(r) for r in overdue_rows), overdue_total, overdue_total >= cap),
        hours=hours,
        target_minutes=rules.response_target_minutes,
        staff=people,
    )


def enquiry_total(ctx: Context) -> int:
    """Live enquiries in the file: the page's summary line (a count of a million rows
    takes 50–80 ms, so it is read on its own, after the lists)."""
    return queries.count_enquiries()
