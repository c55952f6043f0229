"""What a demo shop did after an enquiry's first answer: the follow-ups the program would
have made (respond, decision, after-sales, complaint) in the state they are in at the
demo's "today" (done when they came due, but for the few left open on purpose), the
customers' feedback and its complaints, and when staff did each thing (`_done_after`,
`_between`: in opening hours).
"""

from __future__ import annotations

import bisect
import random
from datetime import datetime, timedelta

from enquirydesk.domain import followups as rules
from enquirydesk.domain.hours import OpeningHours
from enquirydesk.services.demo_catalogue import COMMENTS, RATING_SHARES
from enquirydesk.services.demo_rows import OPEN, _Answer, _Rows, _State, _Story, _Who


class _AfterCare:
    """What came after an enquiry's first answer, for `demo_builder._Builder` (which sets
    these attributes): the follow-ups the program would have made and what staff did
    with them, and the customers' feedback with its complaints."""

    rng: random.Random
    hours: OpeningHours
    rules: rules.FollowUpRules
    now: datetime
    logged_from: datetime
    announced_before: datetime
    results: dict[str, str]
    feedback_count: int

    def _between(self, start: datetime, end: datetime) -> datetime:
        """A moment from `start` to `end`, in opening hours if the shop was open between."""
        rng, hours = self.rng, self.hours
        if end <= start:
            return start
        open_seconds = hours.business_seconds(start, end)
        if open_seconds > 0:
            return min(hours.add_business_seconds(start, int(rng.random() * open_seconds)), end)
        return start + timedelta(seconds=int(rng.random() * (end - start).total_seconds()))

    def _done_after(self, due: datetime, spread: int, until: datetime | None = None) -> datetime:
        """When staff did an item that came `due`: at an opening within `spread` seconds
        of it, or before `until` (by default now) if that came first."""
        until = until or self.now
        done = self.hours.next_opening(due + timedelta(seconds=int(self.rng.random() * spread)))
        return done if done <= until else self._between(due, until)

    def _followups(
        self, batch: _Rows, who: _Who, received: datetime, answer: _Answer, story: _Story,
        held: str | None,
    ) -> list[datetime]:  # fmt: skip
        """The follow-ups the program would have made, in the state they are in by now
        (none for the "imported" part of the history); the times still open. What came
        due was done, but for the few left open on purpose (`held`)."""
        rng, hours, now = self.rng, self.hours, self.now
        open_times: list[datetime] = []
        logged = received >= self.logged_from
        outcome, outcome_at = story.outcome, story.outcome_at
        deciding = self.results["deciding"]

        def followup(
            kind: str, due: datetime, created: datetime, state: _State, topic: str | None = None
        ) -> None:
            self._followup(batch, who.enquiry_id, who.customer_id, kind, topic, due, who.staff,
                           state, open_times, created, snooze=held == "snoozed")  # fmt: skip

        if logged and not answer.answered_now:
            due = rules.respond_due(received, hours, self.rules)
            answered = answer.first
            followup(
                "respond", due, received, OPEN if answered is None else (answered, "answered", None)
            )
        if logged and answer.first is not None:
            last_contact = story.last_contact or answer.first
            due = rules.decision_due(last_contact, hours, self.rules)
            if outcome_at is not None and outcome_at <= due:  # decided before we asked
                state: _State = (
                    (outcome_at, "purchased", None)
                    if outcome == "purchased"
                    else (None, "", outcome_at)
                )
            elif outcome_at is not None:  # asked when it came due; they decided later
                state = (self._done_after(due, 72_000, outcome_at), deciding, None)
            elif held in ("decision", "snoozed"):  # not asked yet: overdue, or put off
                state = OPEN
            else:  # still deciding: asked each time it came due, to be asked again
                while due <= now:
                    asked = self._done_after(due, 72_000)
                    followup("decision", due, last_contact, (asked, deciding, None))
                    story.contacts.append((asked, "call"))
                    last_contact, due = asked, rules.decision_due(asked, hours, self.rules)
                state = OPEN
            followup("decision", due, last_contact, state)
        if outcome == "purchased" and not logged and rng.random() < 0.22:
            self._feedback(batch, who.enquiry_id, who.customer_id, who.language,
                           outcome_at + timedelta(days=3), who.staff, open_times, logged=False)  # fmt: skip
        if outcome == "purchased" and logged:
            for topic, due in rules.after_sales_due(outcome_at, hours, self.rules):
                state = self._after_sales_state(topic, due, held == "check_in")
                followup("after_sales", due, outcome_at, state, topic)
                if topic == "check_in" and state[0] is not None and rng.random() < 0.65:
                    self._feedback(batch, who.enquiry_id, who.customer_id, who.language,
                                   state[0], who.staff, open_times, logged=True)  # fmt: skip
        return open_times

    def _after_sales_state(self, topic: str, due: datetime, not_called: bool) -> _State:
        """Open while still to come (or a check-in left undone on purpose); else called
        soon after it came due, or given up after a few tries."""
        if due > self.now or (not_called and topic == "check_in"):
            return OPEN
        if self.rng.random() < (0.92 if topic == "check_in" else 0.7):
            return (self._done_after(due, 144_000), self.results["called"], None)
        return (None, "", self._done_after(due, 5 * 86_400))  # not reached: given up

    def _followup(
        self, batch: _Rows, enquiry_id: int, customer_id: int, kind: str, topic: str | None,
        due: datetime, staff: int, state: _State, open_times: list[datetime], created: datetime,
        priority: bool = False, note: str = "", snooze: bool = False,
    ) -> None:  # fmt: skip
        done_at, result, cancelled_at = state
        snoozed = None
        remind = due
        if done_at is None and cancelled_at is None:
            if snooze:
                snoozed = self.hours.next_opening(
                    self.now + timedelta(seconds=3600 + int(self.rng.random() * 252_000))
                )
                remind = snoozed
            open_times.append(remind)
        notified = str(remind) if remind < self.announced_before else None
        batch.followups.append((
            enquiry_id, customer_id, kind, topic, note, int(priority),
            str(due), str(snoozed) if snoozed else None, str(remind), staff,
            str(done_at) if done_at else None, result, str(cancelled_at) if cancelled_at else None,
            notified, str(created), None,
        ))  # fmt: skip

    def _feedback(
        self, batch: _Rows, enquiry_id: int, customer_id: int, language: str, at: datetime,
        staff: int, open_times: list[datetime], logged: bool,
    ) -> None:  # fmt: skip
        rng = self.rng
        rating = 5 - bisect.bisect_right(RATING_SHARES, rng.random())
        if rng.random() < 0.06:
            rating = None  # they did not want to give a number
        expectation = ("better" if (rating or 3) >= 5 and rng.random() < 0.5 else
                       "worse" if (rating or 3) <= 2 or rng.random() < 0.04 else "as_expected")  # fmt: skip
        recommend = None
        if rng.random() < 0.7:
            base = {5: 9, 4: 8, 3: 6, 2: 3, 1: 1}.get(rating or 3, 6)
            recommend = max(0, min(10, base + int(rng.random() * 3) - 1))
        comment = ""
        if rng.random() < 0.3:
            good, middling, bad = COMMENTS[language]
            options = (bad if expectation == "worse" or (rating or 3) <= 2 else
                       good if (rating or 3) >= 4 else middling)  # fmt: skip
            comment = options[int(rng.random() * len(options))]
        complaint = rules.is_complaint(rating, expectation, rng.random() < 0.02)
        self.feedback_count += 1
        feedback_id = self.feedback_count  # chunk-local until written
        resolved = resolution = None
        if complaint and not logged and at < self.now - timedelta(days=7):
            resolved, resolution = at + timedelta(days=1), self.results["in_shop"]
        elif complaint:
            due = rules.complaint_due(at, self.hours, self.rules)
            if due <= self.now:  # handled when it came due
                resolved = self._done_after(due, 108_000)
                resolution = self.results["resolved"]
            batch.complaints.append(len(batch.followups))
            state = (resolved, resolution or "", None)
            self._followup(batch, enquiry_id, customer_id, "complaint", str(feedback_id), due, staff,
                           state, open_times, at, priority=True, note=comment)  # fmt: skip
        batch.feedback.append((
            feedback_id, enquiry_id, customer_id, str(at), staff, rating, expectation, recommend,
            comment, int(complaint), str(resolved) if resolved else None, resolution or "", str(at), None,
        ))  # fmt: skip
