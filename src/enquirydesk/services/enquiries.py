"""Enquiries from first contact to outcome: log, answer, follow up, purchased or lost.

Each function validates everything first, then makes its change and the follow-up
rules' consequences in one transaction, and returns `Changes`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from enquirydesk.domain import followups as rules
from enquirydesk.domain.catalog import (
    CONTACT_KINDS,
    DIRECTIONS,
    PURCHASE_CHANNELS,
    answered_now_contact_kind,
    keys,
    name,
)
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.hours import response_times
from enquirydesk.domain.validation import MAX_TEXT, clean_text, parse_money
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.services import customers, followups
from enquirydesk.services.checks import (
    live_enquiry,
    not_before_received,
    not_future,
    staff_or_actor,
)
from enquirydesk.services.context import Changes, Context
from enquirydesk.store import queries
from enquirydesk.store import retention as consent
from enquirydesk.store.changelog import Tx
from enquirydesk.store.models import (
    Channel,
    Contact,
    Customer,
    DecisionFactor,
    Enquiry,
    EnquiryFactor,
    FollowUp,
    LostReason,
    Source,
)


@dataclass(frozen=True)
class NewEnquiry:
    """What staff type when an enquiry comes in."""

    channel: str
    name: str = ""
    phone: str = ""
    email: str = ""
    handle: str = ""
    interest: str = ""
    details: str = ""
    source: str | None = None
    referred_by: int | None = None  # the customer who recommended us
    staff_id: int | None = None  # taken by; the acting staff member when None
    received_at: datetime | None = None
    answered_now: bool = False
    estimated_value: str | int | None = None
    customer_id: int | None = None  # an existing customer the user picked


def _no_channel() -> ValidationError:
    return ValidationError(
        "channel",
        "channel.missing",
        translate("Enquiries", "Choose the channel the enquiry came through."),
    )


def _referred_themselves() -> ValidationError:
    return ValidationError(
        "referred_by",
        "referred_by.self",
        translate("Enquiries", "A customer cannot have recommended the shop to themselves."),
    )


def log_enquiry(ctx: Context, new: NewEnquiry) -> Changes:
    """Log an enquiry; match or create its customer; start the response clock.

    With `referred_by` (the customer who recommended the shop) the enquiry names its
    recommender, its source is "recommendation" unless another was given, and the
    customer is recorded as referred by them unless someone referred them before.
    """
    settings = ctx.settings
    channel_id = ctx.catalog_id(Channel, new.channel, "channel")
    if channel_id is None:
        raise _no_channel()
    details = customers.validate_details(
        new.name, new.phone, new.email, new.handle, settings.country
    )
    interest = clean_text(new.interest, "interest")
    notes = clean_text(new.details, "details", MAX_TEXT)
    source_id = ctx.catalog_id(Source, new.source, "source")
    estimated = parse_money(new.estimated_value, "estimated value", ctx.formats)
    staff_id = staff_or_actor(ctx, new.staff_id)
    now = ctx.now()
    received = not_future(ctx, new.received_at or now, "received time")
    if new.referred_by is not None and queries.customer(new.referred_by) is None:
        raise ValidationError(
            "referred_by",
            "referred_by.unknown",
            translate("Enquiries", "The recommending customer does not exist."),
        )

    if new.referred_by is not None and new.referred_by == new.customer_id:
        raise _referred_themselves()

    with ctx.write("log_enquiry") as tx:
        customer_id, found = customers.resolve(tx, ctx, details, new.customer_id)
        if new.referred_by is not None:
            if new.referred_by == customer_id:  # recognised by phone, e-mail or name
                raise _referred_themselves()
            # As Edit customer sets it; who first brought a known customer stays.
            if found.customer_id is None or queries.customer(customer_id)["referred_by"] is None:
                tx.update(Customer, customer_id, referred_by=new.referred_by)
            if source_id is None:  # a named recommender: counted among the referrals
                source_id = ctx.catalog_ids(Source).get("recommendation")
        if source_id is None and found.customer_id is not None:
            source_id = ctx.catalog_ids(Source).get("returning")
        values: dict[str, Any] = dict(
            customer=customer_id,
            channel=channel_id,
            received_at=received,
            taken_by=staff_id,
            interest=interest,
            details=notes,
            estimated_value_cents=estimated,
            source=source_id,
            referred_by=new.referred_by,
            created_at=now,
            updated_at=now,
        )
        if new.answered_now:
            clock, business = response_times(received, received, settings.hours)
            values.update(
                first_response_at=received,
                first_response_by=staff_id,
                first_response_how=answered_now_contact_kind(new.channel),
                response_seconds=clock,
                response_business_seconds=business,
            )
        enquiry_id = tx.insert(Enquiry, **values)
        enquiry = {"id": enquiry_id, "customer": customer_id, "taken_by": staff_id}
        if new.answered_now:
            tx.insert(
                Contact,
                enquiry=enquiry_id,
                at=received,
                staff=staff_id,
                kind=answered_now_contact_kind(new.channel),
                direction="out",
                text="",
                created_at=now,
            )
            followups.move_decision(tx, ctx, enquiry, received)
        else:
            followups.open_followup(
                tx,
                enquiry=enquiry,
                customer_id=customer_id,
                kind="respond",
                due_at=rules.respond_due(received, settings.hours, settings.rules),
                now=now,
                assigned_to=staff_id,
            )
        followups.refresh_next(tx, enquiry_id)
        tx.summary = translate("Enquiries", "Enquiry {number} logged ({customer})").format(
            number=enquiry_id, customer=details.shown(ctx.formats)
        )
    return Changes.of(tx)


def _set_first_response(
    tx: Tx, ctx: Context, enquiry: dict[str, Any], at: datetime, by: int | None, how: str
) -> None:
    clock, business = response_times(enquiry["received_at"], at, ctx.settings.hours)
    tx.update(
        Enquiry,
        enquiry["id"],
        first_response_at=at,
        first_response_by=by,
        first_response_how=how,
        response_seconds=clock,
        response_business_seconds=business,
        updated_at=ctx.now(),
    )
    followups.close_followups(tx, enquiry["id"], ("respond",), at=at, done=True, result="answered")


def record_contact(
    ctx: Context,
    enquiry_id: int,
    kind: str,
    *,
    direction: str = "out",
    text: str = "",
    at: datetime | None = None,
    staff_id: int | None = None,
) -> Changes:
    """A call, message, visit, quote or note on the timeline, and what it sets in motion.

    The first outgoing contact is the first response; every real contact on an
    open enquiry moves the "check decision" follow-up to count from it.
    """
    if kind not in keys(CONTACT_KINDS):
        raise ValidationError(
            "kind",
            "contact.kind",
            translate("Enquiries", "Unknown kind of contact {kind}.").format(kind=repr(kind)),
        )
    if direction not in DIRECTIONS:
        raise ValidationError(
            "direction",
            "contact.direction",
            translate("Enquiries", "Unknown direction {direction}.").format(
                direction=repr(direction)
            ),
        )
    enquiry = live_enquiry(enquiry_id)
    note = clean_text(text, "text", MAX_TEXT)
    moment = not_future(ctx, at or ctx.now(), "contact time")
    not_before_received(enquiry, moment, "contact")
    staff = staff_or_actor(ctx, staff_id)
    with ctx.write("record_contact") as tx:
        tx.insert(
            Contact,
            enquiry=enquiry_id,
            at=moment,
            staff=staff,
            kind=kind,
            direction=direction,
            text=note,
            created_at=ctx.now(),
        )
        answered = enquiry["first_response_at"] is not None
        if not answered and rules.is_response(kind, direction):
            _set_first_response(tx, ctx, enquiry, moment, staff, kind)
            answered = True
        if answered and enquiry["outcome"] == "open" and rules.is_real_contact(kind):
            last = rules.last_real_contact(
                (c["at"], c["kind"]) for c in queries.contacts(enquiry_id)
            )
            followups.move_decision(tx, ctx, enquiry, last or moment)
        followups.refresh_next(tx, enquiry_id)
        tx.summary = translate("Enquiries", "Contact ({kind}) recorded on enquiry {number}").format(
            kind=name(CONTACT_KINDS, kind).lower(), number=enquiry_id
        )
    return Changes.of(tx)


def set_first_response(
    ctx: Context, enquiry_id: int, at: datetime, how: str = "call", staff_id: int | None = None
) -> Changes:
    """Set the first response explicitly (it wins over the first outgoing contact)."""
    enquiry = live_enquiry(enquiry_id)
    moment = not_future(ctx, at, "response time")
    not_before_received(enquiry, moment, "response")
    staff = staff_or_actor(ctx, staff_id)
    summary = translate("Enquiries", "First response set on enquiry {number}").format(
        number=enquiry_id
    )
    with ctx.write("set_first_response", summary) as tx:
        _set_first_response(tx, ctx, enquiry, moment, staff, how)
        if enquiry["outcome"] == "open" and not queries.open_followups(enquiry_id, ("decision",)):
            followups.move_decision(tx, ctx, enquiry, moment)
        followups.refresh_next(tx, enquiry_id)
    return Changes.of(tx)


def _factor_ids(ctx: Context, factor_keys: Iterable[str]) -> list[int]:
    ids = []
    for key in factor_keys:
        factor_id = ctx.catalog_id(DecisionFactor, key, "decision factor")
        if factor_id is not None and factor_id not in ids:
            ids.append(factor_id)
    return ids


def _sync_factors(tx: Tx, enquiry_id: int, wanted: list[int]) -> None:
    links = queries.enquiry_factor_links(enquiry_id)
    for factor_id, link_id in links.items():
        if factor_id not in wanted:
            tx.delete(EnquiryFactor, link_id)
    for factor_id in wanted:
        if factor_id not in links:
            tx.insert(EnquiryFactor, enquiry=enquiry_id, factor=factor_id)


def mark_purchased(
    ctx: Context,
    enquiry_id: int,
    *,
    value: str | int | None,
    purchase_channel: str = "in_store",
    factors: Iterable[str] = (),
    at: datetime | None = None,
) -> Changes:
    """They bought: record value, how and why; plan the after-sales contacts."""
    enquiry = live_enquiry(enquiry_id)
    cents = parse_money(value, "value", ctx.formats)
    if purchase_channel not in keys(PURCHASE_CHANNELS):
        raise ValidationError(
            "purchase_channel",
            "purchase_channel.unknown",
            translate(
                "Enquiries",
                "Unknown purchase channel {channel}; use one of: in_store, online, delivery.",
            ).format(channel=repr(purchase_channel)),
        )
    factor_ids = _factor_ids(ctx, factors)
    moment = not_future(ctx, at or ctx.now(), "purchase time")
    not_before_received(enquiry, moment, "purchase")
    settings = ctx.settings
    with ctx.write("mark_purchased") as tx:
        tx.update(
            Enquiry,
            enquiry_id,
            outcome="purchased",
            outcome_at=moment,
            purchase_value_cents=cents,
            purchase_channel=purchase_channel,
            lost_reason=None,
            updated_at=ctx.now(),
        )
        _sync_factors(tx, enquiry_id, factor_ids)
        followups.close_followups(
            tx, enquiry_id, ("respond", "decision"), at=moment, done=True, result="purchased"
        )
        if enquiry["outcome"] != "purchased":
            # The repeat offer waits for consent when the owner asks for it (Settings →
            # Privacy); the check-in is service and is always planned.
            agreed = consent.consent_at(enquiry["customer"])
            for topic, due in rules.after_sales_due(moment, settings.hours, settings.rules, agreed):
                followups.open_followup(
                    tx,
                    enquiry=enquiry,
                    customer_id=enquiry["customer"],
                    kind="after_sales",
                    topic=topic,
                    due_at=due,
                    now=ctx.now(),
                    assigned_to=enquiry["taken_by"],
                )
        followups.refresh_next(tx, enquiry_id)
        tx.summary = translate("Enquiries", "Enquiry {number} marked purchased").format(
            number=enquiry_id
        )
    return Changes.of(tx)


def mark_lost(
    ctx: Context,
    enquiry_id: int,
    *,
    reason: str,
    at: datetime | None = None,
    note: str = "",
) -> Changes:
    """They did not buy: record why; cancel follow-ups that no longer make sense."""
    enquiry = live_enquiry(enquiry_id)
    reason_id = ctx.catalog_id(LostReason, reason, "lost reason")
    if reason_id is None:
        raise ValidationError(
            "reason", "lost_reason.missing", translate("Enquiries", "Choose why the sale was lost.")
        )
    text = clean_text(note, "note", MAX_TEXT)
    moment = not_future(ctx, at or ctx.now(), "time")
    not_before_received(enquiry, moment, "outcome")
    with ctx.write("mark_lost") as tx:
        tx.update(
            Enquiry,
            enquiry_id,
            outcome="lost",
            outcome_at=moment,
            lost_reason=reason_id,
            purchase_value_cents=None,
            purchase_channel=None,
            updated_at=ctx.now(),
        )
        _sync_factors(tx, enquiry_id, [])
        followups.close_followups(
            tx,
            enquiry_id,
            ("respond", "decision", "after_sales"),
            at=moment,
            done=False,
            result="lost",
        )
        if text:
            tx.insert(
                Contact, enquiry=enquiry_id, at=moment, staff=ctx.actor.staff_id, kind="note",
                direction="out", text=text, created_at=ctx.now(),
            )  # fmt: skip
        followups.refresh_next(tx, enquiry_id)
        tx.summary = translate("Enquiries", "Enquiry {number} marked lost").format(
            number=enquiry_id
        )
    return Changes.of(tx)


_AFTER_FIRST_RESPONSE = QT_TRANSLATE_NOOP(
    "Enquiries", "The enquiry cannot be received after its first response."
)
_AFTER_OUTCOME = QT_TRANSLATE_NOOP("Enquiries", "The enquiry cannot be received after its outcome.")

EDITABLE = (
    "channel",
    "interest",
    "details",
    "source",
    "staff_id",
    "estimated_value",
    "received_at",
)


def edit_enquiry(ctx: Context, enquiry_id: int, **fields: Any) -> Changes:
    """Correct what was typed. Changing the received time recomputes the response figures."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
    enquiry = live_enquiry(enquiry_id)
    values: dict[str, Any] = {}
    if "channel" in fields:
        values["channel"] = ctx.catalog_id(Channel, fields["channel"], "channel")
        if values["channel"] is None:
            raise _no_channel()
    if "interest" in fields:
        values["interest"] = clean_text(fields["interest"], "interest")
    if "details" in fields:
        values["details"] = clean_text(fields["details"], "details", MAX_TEXT)
    if "source" in fields:
        values["source"] = ctx.catalog_id(Source, fields["source"], "source")
    if "staff_id" in fields:
        values["taken_by"] = staff_or_actor(ctx, fields["staff_id"]) if fields["staff_id"] else None
    if "estimated_value" in fields:
        values["estimated_value_cents"] = parse_money(
            fields["estimated_value"], "estimated value", ctx.formats
        )
    received = enquiry["received_at"]
    if "received_at" in fields:
        received = not_future(ctx, fields["received_at"], "received time")
        for later, message in (
            (enquiry["first_response_at"], _AFTER_FIRST_RESPONSE),
            (enquiry["outcome_at"], _AFTER_OUTCOME),
        ):
            if later is not None and later < received:
                raise ValidationError(
                    "received_at", "received_at.after", translate("Enquiries", message)
                )
        values["received_at"] = received
        if enquiry["first_response_at"] is not None:
            clock, business = response_times(
                received, enquiry["first_response_at"], ctx.settings.hours
            )
            values.update(response_seconds=clock, response_business_seconds=business)
    summary = translate("Enquiries", "Enquiry {number} edited").format(number=enquiry_id)
    with ctx.write("edit_enquiry", summary) as tx:
        tx.update(Enquiry, enquiry_id, updated_at=ctx.now(), **values)
        if "received_at" in values:
            due = rules.respond_due(received, ctx.settings.hours, ctx.settings.rules)
            for item in queries.open_followups(enquiry_id, ("respond",)):
                tx.update(
                    FollowUp,
                    item["id"],
                    due_at=due,
                    remind_at=rules.reminder_at(due, item["snoozed_until"]),
                    notified_at=None,  # announced again at its new time
                )
            followups.refresh_next(tx, enquiry_id)
    return Changes.of(tx)


def delete_enquiry(ctx: Context, enquiry_id: int) -> Changes:
    """Soft delete: the enquiry and its follow-ups leave every list and report.

    Undo brings them back."""
    live_enquiry(enquiry_id)
    now = ctx.now()
    summary = translate("Enquiries", "Enquiry {number} deleted").format(number=enquiry_id)
    with ctx.write("delete_enquiry", summary) as tx:
        tx.update(Enquiry, enquiry_id, deleted_at=now)
        for followup_id in queries.live_followup_ids(enquiry_id):
            tx.update(FollowUp, followup_id, deleted_at=now)
    return Changes.of(tx)
