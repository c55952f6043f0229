"""When follow-ups fall due, as plain functions of the facts.

The services layer decides *which* follow-ups exist; these functions decide
*when* each is due, from the opening hours and the owner's intervals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from enquirydesk.domain.catalog import INTERNAL_CONTACT_KINDS
from enquirydesk.domain.hours import OpeningHours, at_seconds


@dataclass(frozen=True)
class FollowUpRules:
    """The owner's follow-up intervals (each adjustable in Settings)."""

    response_target_minutes: int = 60
    decision_business_days: int = 2
    check_in_days: int = 3
    retention_days: int = 90
    complaint_business_days: int = 1
    #: The repeat offer is planned only for customers who agreed to be contacted with offers.
    offers_need_consent: bool = False


def respond_due(received_at: datetime, hours: OpeningHours, rules: FollowUpRules) -> datetime:
    """An unanswered enquiry is overdue once the response target has passed in business time."""
    return hours.add_business_seconds(received_at, rules.response_target_minutes * 60)


def is_real_contact(kind: str) -> bool:
    """Calls, messages, visits and quotes count; internal notes do not restart the cadence."""
    return kind not in INTERNAL_CONTACT_KINDS


def is_response(kind: str, direction: str) -> bool:
    """Whether a contact answers the customer: outgoing and not an internal note."""
    return direction == "out" and is_real_contact(kind)


def decision_due(last_contact_at: datetime, hours: OpeningHours, rules: FollowUpRules) -> datetime:
    """The "check the decision" follow-up: N business days after the last real contact."""
    return hours.add_business_days(last_contact_at, rules.decision_business_days)


def may_offer(rules: FollowUpRules, consent_at: datetime | None) -> bool:
    """Whether a customer may be contacted with a repeat offer: anyone, unless the owner
    asks for consent first; then only those who agreed (`consent_at` is when)."""
    return not rules.offers_need_consent or consent_at is not None


def after_sales_due(
    purchased_at: datetime,
    hours: OpeningHours,
    rules: FollowUpRules,
    consent_at: datetime | None = None,
) -> list[tuple[str, datetime]]:
    """The check-in and the retention contact (the repeat offer) after a purchase, moved
    to the next opening; the repeat offer only when `may_offer` allows it for a customer
    who agreed at `consent_at` (None: not asked, or declined)."""
    intervals = [("check_in", rules.check_in_days)]
    if may_offer(rules, consent_at):
        intervals.append(("retention", rules.retention_days))
    return [
        (topic, hours.next_opening(purchased_at + timedelta(days=days)))
        for topic, days in intervals
    ]


def is_complaint(rating: int | None, expectation: str | None, flagged: bool) -> bool:
    """Feedback that opens a complaint: rating 1–2, worse than expected, or flagged by staff."""
    return flagged or (rating is not None and rating <= 2) or expectation == "worse"


def complaint_due(recorded_at: datetime, hours: OpeningHours, rules: FollowUpRules) -> datetime:
    """At opening time on the next business day (or later, if the owner says so)."""
    day = recorded_at.date()
    for _ in range(max(1, rules.complaint_business_days)):
        day = hours.next_business_day(day)
    return at_seconds(day, hours.intervals_on(day)[0][0])


def wanted(due: datetime, now: datetime, imported: bool) -> bool:
    """Imported history creates no follow-ups for dates already past."""
    return not imported or due >= now


@dataclass(frozen=True)
class Planned:
    """A follow-up to open: what, when, and whether it jumps the queue."""

    kind: str
    due_at: datetime
    topic: str | None = None
    priority: bool = False


def for_history(
    *,
    received_at: datetime,
    first_response_at: datetime | None,
    outcome: str,
    outcome_at: datetime | None,
    feedback_at: datetime | None,
    complaint: bool,
    hours: OpeningHours,
    rules: FollowUpRules,
    now: datetime,
    consent_at: datetime | None = None,
) -> list[Planned]:
    """The follow-ups an imported enquiry would have had, keeping only those not yet due.

    The same cadence as for a logged enquiry: respond while unanswered, check the
    decision after the response, the check-in (unless feedback was already given)
    and the retention contact after a purchase (when `may_offer` allows it for the
    customer's `consent_at`), and a complaint with priority.
    """
    planned: list[Planned] = []
    if outcome == "open":
        if first_response_at is None:
            planned.append(Planned("respond", respond_due(received_at, hours, rules)))
        else:
            planned.append(Planned("decision", decision_due(first_response_at, hours, rules)))
    elif outcome == "purchased" and outcome_at is not None:
        for topic, due in after_sales_due(outcome_at, hours, rules, consent_at):
            if topic != "check_in" or feedback_at is None:
                planned.append(Planned("after_sales", due, topic))
    if complaint and feedback_at is not None:
        planned.append(
            Planned("complaint", complaint_due(feedback_at, hours, rules), priority=True)
        )
    return [item for item in planned if wanted(item.due_at, now, imported=True)]


def last_real_contact(contacts: Iterable[tuple[datetime, str]]) -> datetime | None:
    """The latest time among (time, kind) pairs that are real contacts."""
    times = [at for at, kind in contacts if is_real_contact(kind)]
    return max(times) if times else None


def reminder_at(due_at: datetime, snoozed_until: datetime | None) -> datetime:
    """When a follow-up should be in front of staff: its due time, or later if snoozed."""
    return snoozed_until if snoozed_until is not None and snoozed_until > due_at else due_at


def snooze_until(choice: str, now: datetime, hours: OpeningHours) -> datetime:
    """The three snooze choices of the Today view: ``hour``, ``tomorrow``, ``week``."""
    if choice == "hour":
        return now + timedelta(hours=1)
    if choice == "tomorrow":
        day = hours.next_business_day(now.date())
        return at_seconds(day, hours.intervals_on(day)[0][0])
    if choice == "week":
        target = now.date() + timedelta(days=7 - now.weekday())  # next Monday
        if not hours.is_open_day(target):
            target = hours.next_business_day(target)
        return at_seconds(target, hours.intervals_on(target)[0][0])
    raise ValueError(f"unknown snooze choice {choice!r}")
