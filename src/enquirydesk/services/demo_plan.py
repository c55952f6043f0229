"""The plan of a demo: everything its worker processes need, picklable (the shop's rules
and catalogue ids, its language and numbers), which enquiries the shop has not finished
with at its "today", how many enquiries arrive on each day of the 18 months, and the
chunks of days they are made in. Also the draws every process makes alike: `_hash`, a
fixed pseudo-random number for an id, and `_Picker`, a weighted choice.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from enquirydesk.domain import followups as rules
from enquirydesk.domain import settings as declared
from enquirydesk.domain.hours import OpeningHours
from enquirydesk.services.context import Context
from enquirydesk.services.demo_catalogue import (
    LANGUAGE_WEIGHTS,
    NO_CENTS,
    PER_EURO,
    SHOP_LANGUAGE,
    STAFF,
    PhonePlan,
    _phone_plan,
)
from enquirydesk.store import queries
from enquirydesk.store.models import Channel, DecisionFactor, LostReason, Source

DAYS = 548  # 18 months
LOGGED_DAYS = 183  # the last six months were logged in EnquiryDesk; the year before imported
RETURNING_SHARE = 0.24


class _Picker:
    """Weighted choice by one random number and a bisect (faster than `random.choices`)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.items = list(weights)
        total = float(sum(weights.values()))
        self.cumulative = list(itertools.accumulate(w / total for w in weights.values()))
        self.cumulative[-1] = 1.0

    def __call__(self, rng: random.Random) -> str:
        return self.items[bisect.bisect_right(self.cumulative, rng.random())]

    def at(self, fraction: float) -> str:
        return self.items[bisect.bisect_right(self.cumulative, fraction)]


@dataclass(frozen=True)
class _Plan:
    """Everything a worker needs, picklable: the shop's rules and the catalogue ids."""

    seed: int
    total: int
    now: datetime
    hours: OpeningHours
    rules: rules.FollowUpRules
    per_euro: float
    cents: bool
    language: str  # the shop's: its staff's notes and most customers'
    languages: dict[str, float]  # the customers'
    phones: PhonePlan  # the shop's country's mobile numbers (none: no phone numbers)
    channels: dict[str, int]
    sources: dict[str, int]
    factors: dict[str, int]
    reasons: dict[str, int]
    staff: tuple[int, ...]
    #: The enquiries the shop has not finished with at `now` (see `_open_work`).
    held: dict[int, str] = field(default_factory=dict)

    @property
    def logged_from(self) -> datetime:
        """Before this, the history is "imported from a spreadsheet": no follow-ups."""
        return self.now - timedelta(days=LOGGED_DAYS)


def _plan(ctx: Context, total: int, seed: int) -> _Plan:
    settings = ctx.settings
    currency = str(settings[declared.CURRENCY]).upper()
    country = settings.country
    language = SHOP_LANGUAGE.get(country, "en")
    staff = queries.staff_ids()
    plan = _Plan(
        seed=seed,
        total=total,
        now=ctx.now(),
        hours=settings.hours,
        rules=settings.rules,
        per_euro=PER_EURO.get(currency, 1),
        cents=currency not in NO_CENTS,
        language=language,
        languages=LANGUAGE_WEIGHTS[language],
        phones=_phone_plan(country),
        channels=dict(ctx.catalog_ids(Channel)),
        sources=dict(ctx.catalog_ids(Source)),
        factors=dict(ctx.catalog_ids(DecisionFactor)),
        reasons=dict(ctx.catalog_ids(LostReason)),
        staff=staff or tuple(range(1, len(STAFF[language]) + 1)),
    )
    return dataclasses.replace(plan, held=_open_work(plan))


def _open_work(plan: _Plan) -> dict[int, str]:
    """What a shop on top of its work has open at `now`, the same for every size of demo:
    which enquiries are still "waiting" for a first answer (3–8 of the latest, fewer for a
    shop that gets only a few a day), and which have a follow-up left "decision" (the
    customer not called back) or "check_in" (a buyer not called) overdue, or "snoozed".
    Every other enquiry is answered, and every other follow-up that came due is done or
    cancelled, by `now`.

    Enquiry ids run in time order, so the days' counts say whose they are: the overdue
    ones come from the latest days whose follow-up is surely due by now."""
    days = _days(plan)
    ends = list(itertools.accumulate(count for _, count in days))  # each day's last id
    rng = random.Random(f"{plan.seed}:{plan.now.date().isoformat()}:open work")
    hours, now = plan.hours, plan.now
    held: dict[int, str] = {}

    recent = sum(count for _, count in days[-2:])  # today's and yesterday's
    waiting = min(rng.randint(3, 8), math.ceil(recent * 0.6))
    latest = range(plan.total - min(recent, 3 * waiting) + 1, plan.total + 1)
    for enquiry_id in rng.sample(latest, waiting):
        held[enquiry_id] = "waiting"

    def due_by_now(day: date, business_days: int, days_after: int = 0) -> bool:
        end = datetime.combine(day, datetime.max.time()).replace(microsecond=0)
        later = hours.add_business_days(end, business_days) + timedelta(days=days_after)
        return hours.next_opening(later) < now

    def pool(*due: int) -> range:
        """The ids of the latest three days (of the last three weeks) whose enquiries'
        follow-up is due `due` (business days, days) after them, with a day to spare."""
        found = [
            i
            for i in range(len(days) - 2, max(-1, len(days) - 23), -1)
            if days[i][1] and due_by_now(days[i][0], *due)
        ][:3]
        if not found:
            return range(0)
        return range(ends[found[-1]] - days[found[-1]][1] + 1, ends[found[0]] + 1)

    pools = {
        "decision": pool(plan.rules.decision_business_days + 2),
        "check_in": pool(2, plan.rules.check_in_days),
    }
    pools["snoozed"] = pools["decision"]
    kinds = ["snoozed"] * rng.randint(1, 2)
    kinds += ["check_in" if rng.random() < 0.4 else "decision" for _ in range(rng.randint(2, 6))]
    for kind in kinds:
        ids = pools[kind]
        for _ in range(10 if ids else 0):  # a few tries for an enquiry not taken yet
            enquiry_id = rng.choice(ids)
            if enquiry_id not in held:
                held[enquiry_id] = kind
                break
    return held


@dataclass(frozen=True)
class _Chunk:
    index: int
    days: tuple[tuple[date, int], ...]
    day_offset: int  # position of the first day in the 18 months, for trends
    first_enquiry: int
    first_customer: int
    new_customers: int


def _hash(number: int, salt: int) -> float:
    """A fixed pseudo-random number in [0, 1) for (number, salt): the same in every
    process (splitmix64's finaliser, so different salts give independent values)."""
    z = (number * 0x9E3779B97F4A7C15 + salt * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return ((z ^ (z >> 31)) >> 11) / 9007199254740992


def _returning(enquiry_id: int) -> bool:
    """Whether an enquiry comes from an existing customer; fixed by its id, so every chunk
    knows how many customers the chunks before it created."""
    return enquiry_id > 1 and _hash(enquiry_id, 1) < RETURNING_SHARE


def _days(plan: _Plan) -> list[tuple[date, int]]:
    """How many enquiries arrive on each of the last 18 months' days (sums to the total)."""
    today = plan.now.date()
    first = today - timedelta(days=DAYS - 1)
    weights = []
    for offset in range(DAYS):
        day = first + timedelta(days=offset)
        growth = 0.75 + 0.5 * offset / DAYS
        season = 1.35 if day.month == 12 else 1.15 if day.month in (6, 7) else 1.0
        weekday = (1.0, 0.95, 0.95, 1.0, 1.15, 1.35, 1.0)[day.weekday()]
        if not plan.hours.is_open_day(day):
            weekday = 0.18  # online enquiries still come in
        if day == today:
            elapsed = (plan.now - datetime.combine(day, datetime.min.time())).total_seconds()
            weekday *= max(0.0, elapsed / 86_400)
        weights.append(growth * season * weekday)
    scale = plan.total / sum(weights)
    counts, carried, given = [], 0.0, 0
    for weight in weights:
        carried += weight * scale
        count = int(carried + 0.5) - given
        given += count
        counts.append(count)
    counts[-1] += plan.total - given
    return [(first + timedelta(days=i), c) for i, c in enumerate(counts)]
