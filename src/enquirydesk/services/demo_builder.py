"""The day builder: one chunk of days' enquiries made into rows (`_make`), each enquiry
with its customer (`demo_people`), its arrival in the day, channel, product and source,
its first answer and what came of it (bought, and why, or lost, and why not), and its
follow-ups and feedback (`demo_aftercare`). The same plan and chunk always give the
same rows, in whichever process they are made.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from enquirydesk.domain.catalog import answered_now_contact_kind
from enquirydesk.domain.hours import response_times
from enquirydesk.services.demo_aftercare import _AfterCare
from enquirydesk.services.demo_catalogue import (
    BUY_RATE,
    CHANNEL_MIX_END,
    CHANNEL_MIX_START,
    FACTOR_WEIGHTS,
    HOME_COUNTRY,
    INTEREST_NOTES,
    LOST_WEIGHTS,
    ONLINE,
    PHONE_PLANS,
    PRODUCTS,
    RESPONSE_MEDIAN,
    RESULTS,
)
from enquirydesk.services.demo_people import _Customers
from enquirydesk.services.demo_plan import DAYS, _Chunk, _hash, _Picker, _Plan
from enquirydesk.services.demo_rows import _Answer, _Made, _Rows, _Story, _Who

LOG_30H = math.log(30 * 3600)
DECIDED_WITHIN = 14 * 86_400  # a customer still thinking it over after two weeks decides


def _by_roll(roll: float, *steps: tuple[float, str]) -> str:
    """The first choice whose threshold `roll` is under; "other" past the last."""
    return next((choice for limit, choice in steps if roll < limit), "other")


def _money(euro: float, per_euro: float, cents: bool) -> int:
    amount = euro * per_euro
    if not cents:  # rupiah and the like: whole thousands, no decimals
        return round(amount / 1000) * 1000 * 100
    return round(amount) * 100 - 10  # 649.90 style


def _make(plan: _Plan, chunk: _Chunk, tick: Callable[[int], None] | None = None) -> _Made:
    builder = _Builder(plan, chunk)
    rows = _Rows()
    enquiry_id = chunk.first_enquiry
    for position, (day, count) in enumerate(chunk.days):
        t = (chunk.day_offset + position) / (DAYS - 1)
        mix = {k: CHANNEL_MIX_START[k] + (CHANNEL_MIX_END[k] - CHANNEL_MIX_START[k]) * t
               for k in CHANNEL_MIX_START}  # fmt: skip
        open_day = plan.hours.is_open_day(day)
        pick_channel = _Picker(mix if open_day else {k: mix[k] for k in ONLINE})
        for received in builder.arrivals(day, count, open_day):
            builder.enquiry(rows, enquiry_id, received, pick_channel(builder.rng), t)
            enquiry_id += 1
        if tick is not None and position < len(chunk.days) - 1:  # the last once written
            tick(enquiry_id - chunk.first_enquiry)
    rows.feedback_count = builder.feedback_count
    return _Made(rows, enquiry_id - chunk.first_enquiry)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _interest_notes(language: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """What staff write down of an enquiry about each product: [a woman][product]."""
    return tuple(
        tuple(
            tuple(
                _capital(note.format(nom=nom, gen=gen, acc=acc, ga=pronoun))
                for note in INTEREST_NOTES[language]
            )
            for nom, gen, acc, _ in PRODUCTS[language]
        )
        for pronoun in ("ga", "jo")
    )


class _Builder(_Customers, _AfterCare):
    """Makes one chunk's rows. Times stay datetimes (whole seconds), written via `str()`."""

    def __init__(self, plan: _Plan, chunk: _Chunk) -> None:
        self.plan = plan
        self.hours = plan.hours
        self.rules = plan.rules
        self.now = plan.now
        self.logged_from = plan.logged_from
        self.announced_before = plan.now - timedelta(days=1)
        self.rng = random.Random(f"{plan.seed}:{plan.now.date().isoformat()}:{chunk.index}")
        self.pick_language = _Picker(plan.languages)
        self.pick_lost = _Picker(LOST_WEIGHTS)
        self.pick_factor = _Picker(FACTOR_WEIGHTS)
        self.channels, self.sources = plan.channels, plan.sources
        self.factors, self.reasons = plan.factors, plan.reasons
        self.staff_ids = plan.staff
        self.held = plan.held
        self.language = plan.language
        self.products = PRODUCTS[plan.language]
        self.notes = _interest_notes(plan.language)
        self.gendered = self.notes[0] != self.notes[1]  # notes that say "him" or "her"
        self.results = RESULTS[plan.language]
        self.phones, self.home_phones = plan.phones, PHONE_PLANS[HOME_COUNTRY]
        self.next_customer = chunk.first_customer
        self.feedback_count = 0
        #: (name, phone, e-mail) of the chunk's last new customers, for one entered again.
        self.recent: dict[int, tuple[str, str | None, str | None]] = {}

    def arrivals(self, day: date, count: int, open_day: bool) -> list[datetime]:
        rng = self.rng
        start = datetime.combine(day, datetime.min.time())
        limit = 86_400
        if day == self.now.date():
            limit = max(1, int((self.now - start).total_seconds()))
        intervals = self.hours.intervals_on(day)
        result = []
        for _ in range(count):
            if open_day and rng.random() < 0.88:
                lo, hi = intervals[int(rng.random() * len(intervals))]
                second = lo + int(rng.random() * (hi - lo))
            else:
                second = 7 * 3600 + int(rng.random() * 16 * 3600)  # 07:00–23:00
            if second >= limit:
                second = int(rng.random() * limit)
            result.append(start + timedelta(seconds=second))
        result.sort()
        return result

    def enquiry(
        self, batch: _Rows, enquiry_id: int, received: datetime, channel: str, t: float
    ) -> None:
        """One enquiry and all that followed it, drawn in a fixed order from the seeded
        random numbers (the same seed gives the same shop)."""
        rng = self.rng
        held = self.held.get(enquiry_id)
        if held == "waiting" and channel == "walk_in":  # someone in the shop is served at once
            channel = ("chat", "web_form", "email", "social")[int(_hash(enquiry_id, 7) * 4)]
        customer_id, language, returning, referred_by, woman = self.customer(
            batch, enquiry_id, received, channel
        )
        product = int(rng.random() ** 1.3 * len(self.products))
        notes = self.notes[woman][product]
        interest = notes[int(rng.random() * len(notes))]
        price = _money(
            self.products[product][3] * (0.85 + 0.3 * rng.random()),
            self.plan.per_euro,
            self.plan.cents,
        )
        staff = self.staff_ids[int(rng.random() ** 1.2 * len(self.staff_ids))]
        source = self._source(channel, returning, referred_by)
        answer = self._answer(received, channel, t, held)
        story = self._story(received, channel, answer, returning, referred_by, price, held)
        who = _Who(enquiry_id, customer_id, language, staff)
        open_times = self._followups(batch, who, received, answer, story, held)
        for at, kind in story.contacts:
            batch.contacts.append((enquiry_id, str(at), staff, kind, "out", "", str(at), None))
        for factor in story.factors:
            batch.factors.append((enquiry_id, self.factors[factor]))
        estimated = price if rng.random() < 0.5 else None
        first, outcome_at = answer.first, story.outcome_at
        received_text = str(received)
        updated = str(outcome_at or first or received)
        batch.enquiries.append((
            enquiry_id, customer_id, self.channels[channel], received_text, staff, interest, "",
            estimated, self.sources[source] if source else None, referred_by,
            str(first) if first else None, staff if first else None, answer.how,
            answer.clock if first else None, answer.business if first else None,
            story.outcome, str(outcome_at) if outcome_at else None, story.value,
            story.purchase_channel, story.lost_reason,
            str(min(open_times)) if open_times else None, received_text, updated, None,
        ))  # fmt: skip

    def _source(self, channel: str, returning: bool, referred_by: int | None) -> str | None:
        """How they heard of the shop, as the channel makes likely."""
        if returning:
            return "returning"
        if referred_by is not None:
            return "recommendation"
        roll = self.rng.random()
        if roll < 0.1:
            return None
        if channel == "walk_in":
            return _by_roll(roll, (0.55, "passing_by"), (0.75, "ads"), (0.85, "social_media"))
        if channel in ("social", "chat"):
            return _by_roll(roll, (0.6, "social_media"), (0.8, "ads"), (1.0, "search"))
        return _by_roll(roll, (0.5, "search"), (0.75, "ads"), (0.9, "social_media"))

    def _answer(self, received: datetime, channel: str, t: float, held: str | None) -> _Answer:
        """The first response: on the spot, or after a while in opening hours; by now,
        unless the enquiry is one of today's still waiting."""
        rng, hours, now = self.rng, self.hours, self.now
        if held == "waiting":
            return _Answer(False, None, None, None, None)
        answered_now = (channel == "walk_in" and rng.random() < 0.97) or (
            channel == "phone" and rng.random() < 0.72
        )
        if answered_now:
            return _Answer(True, received, answered_now_contact_kind(channel), 0, 0)
        business = None
        median = RESPONSE_MEDIAN[channel] * (1.25 - 0.45 * t) * 60  # staff get faster
        if channel in ("chat", "social") and not hours.is_open(received) and rng.random() < 0.2:
            first = received + timedelta(seconds=int(rng.lognormvariate(math.log(1200), 0.8)))
        else:
            if rng.random() < 0.025:  # it slipped through: answered a day or three late
                business = int(9 * 3600 * (1 + 2 * rng.random()))
            else:
                business = min(int(rng.lognormvariate(math.log(median), 1.0)) + 30, 5 * 9 * 3600)
            if held is not None:  # left overdue later on purpose, but answered the same day
                business = min(business, 2 * 3600)
            first = hours.add_business_seconds(received, business)
        if first > now:  # a shop on top of its work has answered it by now
            first, business = self._between(received, now), None
        if business is None:
            clock, business = response_times(received, first, hours)
        else:
            clock = int((first - received).total_seconds())
        return _Answer(False, first, {"email": "email", "phone": "call"}.get(channel, "message"),
                       clock, business)  # fmt: skip

    def _story(
        self, received: datetime, channel: str, answer: _Answer, returning: bool,
        referred_by: int | None, price: int, held: str | None,
    ) -> _Story:  # fmt: skip
        """Later contacts, and whether they bought (why) or not (why not): everyone decided
        by now but those still thinking it over, and those left open on purpose."""
        rng, hours, now = self.rng, self.hours, self.now
        first = answer.first
        story = _Story(last_contact=first)
        if first is None:  # still waiting for an answer: nothing else has happened
            return story
        story.contacts.append((first, answer.how))
        if held is None and rng.random() < 0.35:
            quote_at = hours.next_opening(first + timedelta(seconds=int(rng.random() * 108_000)))
            if quote_at <= now:
                story.contacts.append((quote_at, "quote"))
                story.last_contact = quote_at
        minutes = (answer.business or 0) / 60
        start = story.last_contact or first
        if held == "check_in":  # bought soon after, and nobody has called them since
            decide_at = hours.next_opening(start + timedelta(seconds=int(rng.random() * 28_800)))
        else:
            thinking = min(int(rng.lognormvariate(LOG_30H, 1.1)), DECIDED_WITHIN)
            decide_at = hours.next_opening(start + timedelta(seconds=thinking))
        if held in ("decision", "snoozed") or decide_at > now:
            return story  # still thinking it over
        rate = BUY_RATE[channel] * (1.25 if returning else 1.0) * (1.15 if referred_by else 1.0)
        if minutes > 240:
            rate *= 0.55
        elif minutes > 60:
            rate *= 0.8
        elif minutes <= 15:
            rate *= 1.12
        if held == "check_in" or rng.random() < rate:
            story.outcome, story.outcome_at = "purchased", decide_at
            self._why_bought(story, price, returning, referred_by)
        else:
            story.outcome, story.outcome_at = "lost", decide_at
            reason = "no_response" if minutes > 240 and rng.random() < 0.5 else self.pick_lost(rng)
            story.lost_reason = self.reasons[reason]
        return story

    def _why_bought(
        self, story: _Story, price: int, returning: bool, referred_by: int | None
    ) -> None:
        rng = self.rng
        story.value = price
        story.purchase_channel = (
            "in_store" if rng.random() < 0.68 else "delivery" if rng.random() < 0.7 else "online"
        )
        for _ in range(1 + int(rng.random() * 2.4)):
            factor = self.pick_factor(rng)
            if factor not in story.factors:
                story.factors.append(factor)
        if returning and "experience" not in story.factors and rng.random() < 0.5:
            story.factors.append("experience")
        if referred_by and "recommendation" not in story.factors:
            story.factors.append("recommendation")
