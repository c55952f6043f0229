"""One enquiry in full, for the detail pane: its facts, its customer and its timeline.

`enquiry_card` answers with plain frozen values (no database rows), names
already resolved (the owner's names for channels, sources, factors and reasons;
staff names), so the window only arranges and translates. The timeline is one
list in time order: the enquiry received, every contact, the first response,
the outcome, feedback, follow-ups (planned, due, done, cancelled) and the
changes from the change log that none of those entries already shows (edits,
undos, snoozes...). Every read goes by primary key or by an index that starts
with this enquiry or customer, so a card costs the same at a million enquiries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from enquirydesk.domain import catalog
from enquirydesk.domain import settings as declared
from enquirydesk.domain.catalog import (
    AFTER_SALES_TOPICS,
    CONTACT_KINDS,
    EXPECTATIONS,
    FOLLOWUP_KINDS,
    PURCHASE_CHANNELS,
)
from enquirydesk.domain.errors import NotFoundError
from enquirydesk.domain.formats import Formats
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.services import catalogs, customers
from enquirydesk.services.context import Context
from enquirydesk.store import queries
from enquirydesk.store import timeline_queries as tq
from enquirydesk.store.models import CatalogItem, Channel, DecisionFactor, LostReason, Source

#: How many of a customer's other purchases the card lists (the count and total cover all).
RECENT_PURCHASES = 3

#: Operations whose effect the timeline already shows as an entry of its own; the
#: change log adds only the others (edits, deletes, undos, snoozes, reassignments).
SHOWN_ACTIONS = frozenset(
    {
        "log_enquiry",
        "record_contact",
        "set_first_response",
        "mark_purchased",
        "mark_lost",
        "record_feedback",
        "resolve_complaint",
        "followup_schedule",
        "followup_done",
    }
)

#: The results the follow-up rules write when they close an item themselves (stored in
#: English, as the rules name them), in the user's language when shown.
AUTOMATIC_RESULTS = {
    "answered": QT_TRANSLATE_NOOP("Timeline", "answered"),
    "purchased": QT_TRANSLATE_NOOP("Timeline", "purchased"),
    "lost": QT_TRANSLATE_NOOP("Timeline", "lost"),
    "feedback recorded": QT_TRANSLATE_NOOP("Timeline", "feedback recorded"),
}

# -- what the card holds ----------------------------------------------------------------


@dataclass(frozen=True)
class PastPurchase:
    enquiry_id: int
    at: datetime | None
    interest: str
    value_cents: int | None


@dataclass(frozen=True)
class CustomerCard:
    id: int
    name: str
    phone: str  # formatted for reading, "" when unknown
    email: str
    handle: str
    notes: str
    #: They had a live enquiry before this one.
    returning: bool
    enquiries: int  # live enquiries, this one included
    #: Their other purchases (this enquiry's own is among the facts): count and total.
    purchases: int
    purchases_cents: int
    recent_purchases: tuple[PastPurchase, ...]  # latest first, RECENT_PURCHASES at most
    deleted: bool = False


@dataclass(frozen=True)
class EnquiryFacts:
    id: int
    received_at: datetime
    channel: str  # key
    channel_name: str
    interest: str
    details: str
    source: str | None
    source_name: str
    taken_by: str
    estimated_value_cents: int | None
    first_response_at: datetime | None
    first_response_by: str
    first_response_how: str  # contact kind's name
    response_seconds: int | None
    response_business_seconds: int | None
    target_minutes: int
    #: Answered within the response target (business time); None while unanswered.
    within_target: bool | None
    #: Business seconds waited so far by an open, unanswered enquiry; None otherwise.
    waiting_business_seconds: int | None
    overdue: bool  # open, unanswered and past the target
    outcome: str  # open / purchased / lost
    outcome_at: datetime | None
    purchase_value_cents: int | None
    purchase_channel: str | None
    purchase_channel_name: str
    decision_factors: tuple[tuple[str, str], ...]  # (key, name)
    lost_reason: str | None
    lost_reason_name: str
    next_followup_at: datetime | None


@dataclass(frozen=True)
class Received:
    kind: ClassVar[str] = "received"
    at: datetime
    who: str  # taken by
    channel_name: str
    interest: str


@dataclass(frozen=True)
class ContactEntry:
    kind: ClassVar[str] = "contact"
    at: datetime
    who: str
    contact_kind: str
    contact_name: str
    direction: str  # out (to the customer) / in (from them)
    text: str


@dataclass(frozen=True)
class ResponseEntry:
    kind: ClassVar[str] = "response"
    at: datetime
    who: str
    how: str  # contact kind's name
    business_seconds: int | None
    within_target: bool | None


@dataclass(frozen=True)
class OutcomeEntry:
    kind: ClassVar[str] = "outcome"
    at: datetime
    who: str
    outcome: str  # purchased / lost
    value_cents: int | None
    purchase_channel_name: str
    factors: tuple[str, ...]  # names
    lost_reason_name: str


@dataclass(frozen=True)
class FeedbackEntry:
    kind: ClassVar[str] = "feedback"
    at: datetime
    who: str
    rating: int | None
    expectation: str | None
    expectation_name: str
    recommend: int | None
    comment: str
    complaint: bool
    resolved_at: datetime | None


@dataclass(frozen=True)
class ComplaintResolvedEntry:
    kind: ClassVar[str] = "complaint_resolved"
    at: datetime
    who: str
    text: str


@dataclass(frozen=True)
class FollowUpEntry:
    kind: ClassVar[str] = "followup"
    at: datetime
    who: str
    #: opened (planned), due (still open: at its reminder time), done, cancelled.
    event: str
    followup_id: int
    followup_kind: str
    followup_name: str  # "Check decision", or the after-sales topic
    due_at: datetime
    assigned: str
    text: str  # the note when planned, the result when done or cancelled
    priority: bool
    overdue: bool  # event "due" only: the time has passed


@dataclass(frozen=True)
class ChangeEntry:
    kind: ClassVar[str] = "change"
    at: datetime
    who: str
    operation_id: int
    action: str
    summary: str
    undone: bool


Entry = (
    Received
    | ContactEntry
    | ResponseEntry
    | OutcomeEntry
    | FeedbackEntry
    | ComplaintResolvedEntry
    | FollowUpEntry
    | ChangeEntry
)

#: Among entries at the same second, the order in which things happen.
_RANK = {
    "received": 0,
    "contact": 1,
    "response": 2,
    "outcome": 3,
    "feedback": 4,
    "complaint_resolved": 5,
    "followup": 6,
    "change": 7,
}


@dataclass(frozen=True)
class EnquiryCard:
    facts: EnquiryFacts
    customer: CustomerCard
    timeline: tuple[Entry, ...]
    currency: str


# -- reading it -------------------------------------------------------------------------


def enquiry_card(ctx: Context, enquiry_id: int) -> EnquiryCard:
    """Everything the detail pane shows about one live enquiry.

    Raises NotFoundError for an enquiry that does not exist or was deleted.
    """
    with ctx.store.snapshot():  # one consistent read, even while another PC writes
        return _card(ctx, enquiry_id)


def _card(ctx: Context, enquiry_id: int) -> EnquiryCard:
    row = queries.enquiry(enquiry_id)
    if row is None:
        raise NotFoundError(
            translate("Timeline", "There is no enquiry number {number}.").format(number=enquiry_id)
        )
    staff = {r["id"]: r["name"] for r in queries.staff_list()}
    contacts = queries.contacts(enquiry_id)
    followups = tq.followups(enquiry_id)
    feedback = queries.feedback_of_enquiry(enquiry_id)
    log = _Log(
        tq.changes_of(
            {
                "enquiry": [enquiry_id],
                "contact": [c["id"] for c in contacts],
                "follow_up": [f["id"] for f in followups],
                "feedback": [f["id"] for f in feedback],
            }
        ),
        staff,
    )
    facts = _facts(ctx, row, staff)
    timeline: list[tuple[tuple[datetime, int, int], Entry]] = []

    def add(entry: Entry) -> None:
        timeline.append(((entry.at, _RANK[entry.kind], len(timeline)), entry))

    add(
        Received(
            at=facts.received_at,
            who=facts.taken_by or log.creator("enquiry", enquiry_id),
            channel_name=facts.channel_name,
            interest=facts.interest,
        )
    )
    contact_names = catalog.names(CONTACT_KINDS)
    answered_by = ""
    for contact in contacts:
        who = staff.get(contact["staff"], "") or log.creator("contact", contact["id"])
        if contact["at"] == facts.first_response_at and contact["direction"] == "out":
            answered_by = answered_by or who
        add(
            ContactEntry(
                at=contact["at"],
                who=who,
                contact_kind=contact["kind"],
                contact_name=contact_names.get(contact["kind"], contact["kind"]),
                direction=contact["direction"],
                text=contact["text"],
            )
        )
    if facts.first_response_at is not None:
        add(
            ResponseEntry(
                at=facts.first_response_at,
                who=facts.first_response_by or answered_by or log.last_by(("set_first_response",)),
                how=facts.first_response_how,
                business_seconds=facts.response_business_seconds,
                within_target=facts.within_target,
            )
        )
    if facts.outcome != "open" and facts.outcome_at is not None:
        add(
            OutcomeEntry(
                at=facts.outcome_at,
                who=log.last_by(("mark_purchased", "mark_lost")),
                outcome=facts.outcome,
                value_cents=facts.purchase_value_cents,
                purchase_channel_name=facts.purchase_channel_name,
                factors=tuple(name for _, name in facts.decision_factors),
                lost_reason_name=facts.lost_reason_name,
            )
        )
    for entry in _feedback_entries(feedback, staff, log):
        add(entry)
    for entry in _followup_entries(ctx, followups, staff, log):
        add(entry)
    for entry in log.other_operations():
        add(entry)
    timeline.sort(key=lambda pair: pair[0])
    return EnquiryCard(
        facts=facts,
        customer=_customer(row, ctx.formats),
        timeline=tuple(entry for _, entry in timeline),
        currency=ctx.settings[declared.CURRENCY],
    )


def _name(names: dict[str, str], key: str | None) -> str:
    return "" if key is None else names.get(key, key)


def _shown(model: type[CatalogItem], key: str | None) -> str:
    """The shown name of a catalogue key (its catalogue read only when there is a key)."""
    return "" if key is None else _name(catalogs.names(model), key)


def _facts(ctx: Context, row: dict[str, Any], staff: dict[int, str]) -> EnquiryFacts:
    settings = ctx.settings
    target = settings.rules.response_target_minutes
    channel = _key_of(ctx, Channel, row["channel"]) or ""
    source = _key_of(ctx, Source, row["source"])
    reason = _key_of(ctx, LostReason, row["lost_reason"])
    factors = tq.factor_keys(row["id"])
    factor_names = catalogs.names(DecisionFactor) if factors else {}
    answered = row["first_response_at"] is not None
    business = row["response_business_seconds"]
    waiting = None
    if not answered and row["outcome"] == "open":
        waiting = settings.hours.business_seconds(row["received_at"], ctx.now())
    return EnquiryFacts(
        id=row["id"],
        received_at=row["received_at"],
        channel=channel,
        channel_name=_shown(Channel, channel),
        interest=row["interest"] or "",
        details=row["details"] or "",
        source=source,
        source_name=_shown(Source, source),
        taken_by=staff.get(row["taken_by"], ""),
        estimated_value_cents=row["estimated_value_cents"],
        first_response_at=row["first_response_at"],
        first_response_by=staff.get(row["first_response_by"], ""),
        first_response_how=_name(catalog.names(CONTACT_KINDS), row["first_response_how"]),
        response_seconds=row["response_seconds"],
        response_business_seconds=business,
        target_minutes=target,
        within_target=(business <= target * 60) if answered and business is not None else None,
        waiting_business_seconds=waiting,
        overdue=waiting is not None and waiting >= target * 60,
        outcome=row["outcome"],
        outcome_at=row["outcome_at"],
        purchase_value_cents=row["purchase_value_cents"],
        purchase_channel=row["purchase_channel"],
        purchase_channel_name=_name(catalog.names(PURCHASE_CHANNELS), row["purchase_channel"]),
        decision_factors=tuple((key, factor_names.get(key, key)) for key in factors),
        lost_reason=reason,
        lost_reason_name=_shown(LostReason, reason),
        next_followup_at=row["next_followup_at"],
    )


def _key_of(ctx: Context, model: type[CatalogItem], catalog_id: int | None) -> str | None:
    if catalog_id is None:
        return None
    for key, found in ctx.catalog_ids(model).items():
        if found == catalog_id:
            return key
    return None


def _customer(row: dict[str, Any], formats: Formats) -> CustomerCard:
    customer_id = row["customer"]
    person = tq.customer_any(customer_id) or {}
    count, total, latest = tq.purchases(customer_id, row["id"], RECENT_PURCHASES)
    return CustomerCard(
        id=customer_id,
        name=customers.shown_name(person.get("name"), person.get("forgotten_at")),
        phone=formats.phone(person["phone"]) if person.get("phone") else "",
        email=person.get("email") or "",
        handle=person.get("handle") or "",
        notes=person.get("notes") or "",
        returning=tq.has_earlier(customer_id, row["id"], row["received_at"]),
        enquiries=tq.enquiry_count(customer_id),
        purchases=count,
        purchases_cents=total,
        recent_purchases=tuple(
            PastPurchase(p["id"], p["outcome_at"], p["interest"] or "", p["purchase_value_cents"])
            for p in latest
        ),
        deleted=person.get("deleted_at") is not None,
    )


def _feedback_entries(rows: list[dict[str, Any]], staff: dict[int, str], log: _Log) -> list[Entry]:
    names = catalog.names(EXPECTATIONS)
    entries: list[Entry] = []
    for item in rows:
        who = staff.get(item["staff"], "") or log.creator("feedback", item["id"])
        entries.append(
            FeedbackEntry(
                at=item["recorded_at"],
                who=who,
                rating=item["rating"],
                expectation=item["expectation"],
                expectation_name=_name(names, item["expectation"]),
                recommend=item["recommend"],
                comment=item["comment"] or "",
                complaint=bool(item["complaint"]),
                resolved_at=item["complaint_resolved_at"],
            )
        )
        if item["complaint_resolved_at"] is not None:
            entries.append(
                ComplaintResolvedEntry(
                    at=item["complaint_resolved_at"],
                    who=log.last_update("feedback", item["id"]),
                    text=item["resolution"] or "",
                )
            )
    return entries


def _followup_entries(
    ctx: Context, rows: list[dict[str, Any]], staff: dict[int, str], log: _Log
) -> list[Entry]:
    kinds = catalog.names(FOLLOWUP_KINDS)
    topics = catalog.names(AFTER_SALES_TOPICS)
    now = ctx.now()
    entries: list[Entry] = []
    for item in rows:
        name = kinds.get(item["kind"], item["kind"])
        if item["kind"] == "after_sales" and item["topic"] in topics:
            name = topics[item["topic"]]

        def entry(event: str, at: datetime, who: str, text: str, item=item, name=name) -> Entry:
            return FollowUpEntry(
                at=at,
                who=who,
                event=event,
                followup_id=item["id"],
                followup_kind=item["kind"],
                followup_name=name,
                due_at=item["due_at"],
                assigned=staff.get(item["assigned_to"], ""),
                text=text,
                priority=bool(item["priority"]),
                overdue=event == "due" and item["remind_at"] < now,
            )

        entries.append(
            entry("opened", item["created_at"], log.creator("follow_up", item["id"]), item["note"])
        )
        if item["done_at"] is not None:
            who = log.last_update("follow_up", item["id"])
            entries.append(entry("done", item["done_at"], who, _result(item["result"])))
        elif item["cancelled_at"] is not None:
            who = log.last_update("follow_up", item["id"])
            entries.append(entry("cancelled", item["cancelled_at"], who, _result(item["result"])))
        else:
            entries.append(entry("due", item["remind_at"], staff.get(item["assigned_to"], ""), ""))
    return entries


def _result(text: str) -> str:
    """A closed follow-up's result as shown: the rules' own words translated, what
    staff typed as typed."""
    automatic = AUTOMATIC_RESULTS.get(text) if text else None
    return translate("Timeline", automatic) if automatic else text


class _Log:
    """The change-log entries of the enquiry's rows, answering "who did that"."""

    def __init__(self, rows: list[dict[str, Any]], staff: dict[int, str]) -> None:
        self.rows = rows
        self.staff = staff
        self.by_row: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            self.by_row[(row["entity"], row["entity_id"])].append(row)

    def who(self, row: dict[str, Any]) -> str:
        return str(self.staff.get(row["staff_id"], "") or row["actor"] or "")

    def creator(self, entity: str, row_id: int) -> str:
        for row in self.by_row.get((entity, row_id), ()):
            if row["kind"] == "create":
                return self.who(row)
        return ""

    def last_update(self, entity: str, row_id: int) -> str:
        updates = [r for r in self.by_row.get((entity, row_id), ()) if r["kind"] == "update"]
        return self.who(updates[-1]) if updates else ""

    def last_by(self, actions: tuple[str, ...]) -> str:
        """Who made the latest operation of these kinds that still stands."""
        found = [r for r in self.rows if r["action"] in actions and r["undone_by"] is None]
        return self.who(found[-1]) if found else ""

    def other_operations(self) -> list[ChangeEntry]:
        seen: dict[int, ChangeEntry] = {}
        for row in self.rows:
            if row["action"] in SHOWN_ACTIONS or row["operation_id"] in seen:
                continue
            seen[row["operation_id"]] = ChangeEntry(
                at=row["at"],
                who=self.who(row),
                operation_id=row["operation_id"],
                action=row["action"],
                summary=row["summary"] or row["action"],
                undone=row["undone_by"] is not None,
            )
        return list(seen.values())


def enquiry_exists(enquiry_id: int) -> bool:
    """Whether the enquiry is there and not deleted."""
    return queries.enquiry(enquiry_id) is not None
