"""A customer's data, on request: everything the shop holds about one person, in one value.

A customer may ask what the shop keeps about them (GDPR art. 15 in Ljubljana, UU PDP
art. 7 in Jakarta). `customer_data` gathers it: their details, every enquiry (deleted
ones too, marked: they are still in the file until the owner's purge), the contacts,
purchases, feedback and complaints, follow-ups, and the change log's entries about
them. Customers merged into them are the same person: their retired records and their
history are included. Nobody else is: a referrer and the people they referred are
named (id and name), nothing more, and a change-log entry of an operation that also
changed another customer (a merge of two other people) keeps its facts but not its
summary, which names them. A forgotten customer is exported as "Forgotten customer"
with no personal field at all.

The value is JSON-ready (`exports.customer_data` writes it as JSON or as a PDF) and its
shape is stable; keys are English whatever the language. Times are the shop's local
time as ``YYYY-MM-DDTHH:MM:SS``; money is a decimal string in the shop's currency
(``"1500.00"``); a catalogue item is ``{"key": "walk_in", "name": "Walk-in"}`` with its
name as the shop shows it in its language; absent values are ``null``::

    format "enquirydesk.customer-data", version 1, exported_at, shop, currency, language
    customer: id, forgotten, forgotten_at, name, phones [E.164, the first one first],
        emails [...], handle, notes, consent_at, created_at, updated_at,
        referred_by {id, name} | null, referred [{id, name}]
    merged_customers: [{id, name, phones, emails, handle, notes, created_at, merged_at}]
    enquiries: [{id, received_at, channel {key, name}, interest, details,
        source {key, name} | null, referred_by {id, name} | null, taken_by,
        estimated_value, first_response {at, by, how {key, name} | null, seconds,
        business_seconds} | null, outcome {key, name}, outcome_at, purchase_value,
        purchase_channel {key, name} | null, lost_reason {key, name} | null,
        decision_factors [{key, name}], created_at, updated_at, deleted_at}]
    contacts: [{id, enquiry_id, at, staff, kind {key, name}, direction "in" | "out",
        text, created_at, deleted_at}]
    purchases: [{enquiry_id, at, interest, value, purchase_channel, decision_factors,
        deleted_at}]
    feedback: [{id, enquiry_id, recorded_at, staff, rating 1-5, expectation {key, name},
        recommend 0-10, comment, complaint true/false, complaint_resolved_at, resolution,
        created_at, deleted_at}]
    followups: [{id, enquiry_id, kind {key, name}, topic {key, name} | null, note,
        priority, due_at, snoozed_until, assigned_to, state "open" | "done" | "cancelled",
        done_at, cancelled_at, result, created_at, deleted_at}]
    change_log: [{operation_id, at, actor, action, summary, entity, entity_id,
        change "create" | "update" | "delete", fields [names an update changed]}]
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from enquirydesk.domain import catalog
from enquirydesk.domain import settings as declared
from enquirydesk.domain.validation import format_cents
from enquirydesk.i18n import current_language, translate
from enquirydesk.services import catalogs
from enquirydesk.services.context import Context
from enquirydesk.services.export_rows import OUTCOME_NAMES
from enquirydesk.services.privacy import find_customer, forgotten_label
from enquirydesk.store import customer_data as store
from enquirydesk.store import privacy as privacy_store
from enquirydesk.store.models import Channel, DecisionFactor, LostReason, Source

FORMAT = "enquirydesk.customer-data"
VERSION = 1

#: What the shop's own words for the program's fixed lists are looked up by.
_FIXED = {
    "how": catalog.CONTACT_KINDS,
    "purchase_channel": catalog.PURCHASE_CHANNELS,
    "expectation": catalog.EXPECTATIONS,
    "followup": catalog.FOLLOWUP_KINDS,
    "topic": catalog.AFTER_SALES_TOPICS,
}

# -- what is held ---------------------------------------------------------------------------


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%dT%H:%M:%S")


def _money(cents: int | None) -> str | None:
    return None if cents is None else format_cents(cents)


class _Names:
    """Keys → the names the shop shows, in its language, read once per export."""

    def __init__(self) -> None:
        self.catalogs = {
            model: catalogs.names(model) for model in (Channel, Source, DecisionFactor, LostReason)
        }
        self.fixed = {what: catalog.names(pairs) for what, pairs in _FIXED.items()}
        self.outcome = {key: translate("ExportRows", name) for key, name in OUTCOME_NAMES.items()}

    def item(self, names: dict[str, str], key: str | None) -> dict[str, str] | None:
        return None if key is None else {"key": key, "name": names.get(key, key)}

    def of(self, model: Any, key: str | None) -> dict[str, str] | None:
        return self.item(self.catalogs[model], key)

    def word(self, what: str, key: str | None) -> dict[str, str] | None:
        return self.item(self.fixed[what], key or None)


def customer_data(ctx: Context, customer_id: int) -> dict[str, Any]:
    """Everything held about this customer (see the module for the shape); read as one
    state of the file. A customer merged into another stands for that one (the same
    person, `privacy.find_customer`); an unknown one: `NotFoundError`."""
    with ctx.store.snapshot():
        return _gather(ctx, find_customer(ctx, customer_id=customer_id))


def _gather(ctx: Context, customer_id: int) -> dict[str, Any]:
    names = _Names()
    # The customer first, then everyone merged into them.
    ids = [customer_id, *(i for i in privacy_store.people([customer_id]) if i != customer_id)]
    rows = store.customers(ids)
    main = rows[0]
    forgotten = main["forgotten_at"] is not None
    label = forgotten_label()
    info = store.contact_info(ids)
    enquiries = store.enquiries(ids)
    enquiry_ids = [row["id"] for row in enquiries]
    contacts = store.contacts(enquiry_ids)
    followups = store.followups(ids, enquiry_ids)
    feedback = store.feedback(ids, enquiry_ids)
    referred = [] if forgotten else store.referred_ids(ids)
    linked = {row["referred_by_id"] for row in (main, *enquiries)} - {None, *ids}
    people = store.names([*linked, *referred])
    log = store.change_log(
        {
            "customer": ids,
            "customer_contact_info": [row["id"] for row in info],
            "enquiry": enquiry_ids,
            "contact": [row["id"] for row in contacts],
            "enquiry_factor": store.factor_row_ids(enquiry_ids),
            "follow_up": [row["id"] for row in followups],
            "feedback": [row["id"] for row in feedback],
        },
        ids,
        enquiry_ids,
    )

    def text(value: str) -> str:
        """Free text as stored; nothing for a forgotten customer."""
        return "" if forgotten else value

    def person(other_id: int | None) -> dict[str, Any] | None:
        if other_id is None or forgotten or other_id in ids:
            return None
        name, gone = people.get(other_id, ("", False))
        return {"id": other_id, "name": label if gone else name}

    def known(customer: dict[str, Any], kind: str) -> list[str]:
        if forgotten:
            return []
        first = [customer[kind]] if customer[kind] else []
        others = [
            r["value"] for r in info if r["kind"] == kind and r["customer_id"] == customer["id"]
        ]
        return list(dict.fromkeys([*first, *others]))

    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _time(ctx.now()),
        "shop": ctx.settings[declared.SHOP_NAME],
        "currency": str(ctx.settings[declared.CURRENCY]),
        "language": current_language(),
        "customer": {
            "id": customer_id,
            "forgotten": forgotten,
            "forgotten_at": _time(main["forgotten_at"]),
            "name": label if forgotten else main["name"],
            "phones": known(main, "phone"),
            "emails": known(main, "email"),
            "handle": text(main["handle"]),
            "notes": text(main["notes"]),
            "consent_at": _time(main["consent_at"]),
            "created_at": _time(main["created_at"]),
            "updated_at": _time(main["updated_at"]),
            "referred_by": person(main["referred_by_id"]),
            "referred": [person(i) for i in referred],
        },
        "merged_customers": [
            {
                "id": row["id"],
                "name": label if forgotten or row["forgotten_at"] else row["name"],
                "phones": known(row, "phone"),
                "emails": known(row, "email"),
                "handle": text(row["handle"]),
                "notes": text(row["notes"]),
                "created_at": _time(row["created_at"]),
                "merged_at": _time(row["deleted_at"]),
            }
            for row in rows[1:]
        ],
        "enquiries": [_enquiry(row, names, text, person) for row in enquiries],
        "contacts": [
            {
                "id": row["id"],
                "enquiry_id": row["enquiry_id"],
                "at": _time(row["at"]),
                "staff": row["staff"],
                "kind": names.word("how", row["kind"]),
                "direction": row["direction"],
                "text": text(row["text"]),
                "created_at": _time(row["created_at"]),
                "deleted_at": _time(row["deleted_at"]),
            }
            for row in contacts
        ],
        "purchases": [
            {
                "enquiry_id": row["id"],
                "at": _time(row["outcome_at"]),
                "interest": text(row["interest"]),
                "value": _money(row["purchase_value_cents"]),
                "purchase_channel": names.word("purchase_channel", row["purchase_channel"]),
                "decision_factors": [names.of(DecisionFactor, k) for k in row["decision_factors"]],
                "deleted_at": _time(row["deleted_at"]),
            }
            for row in enquiries
            if row["outcome"] == "purchased"
        ],
        "feedback": [
            {
                "id": row["id"],
                "enquiry_id": row["enquiry_id"],
                "recorded_at": _time(row["recorded_at"]),
                "staff": row["staff"],
                "rating": row["rating"],
                "expectation": names.word("expectation", row["expectation"]),
                "recommend": row["recommend"],
                "comment": text(row["comment"]),
                "complaint": row["complaint"],
                "complaint_resolved_at": _time(row["complaint_resolved_at"]),
                "resolution": text(row["resolution"]),
                "created_at": _time(row["created_at"]),
                "deleted_at": _time(row["deleted_at"]),
            }
            for row in feedback
        ],
        "followups": [
            {
                "id": row["id"],
                "enquiry_id": row["enquiry_id"],
                "kind": names.word("followup", row["kind"]),
                "topic": names.word("topic", row["topic"]),
                "note": text(row["note"]),
                "priority": row["priority"],
                "due_at": _time(row["due_at"]),
                "snoozed_until": _time(row["snoozed_until"]),
                "assigned_to": row["assigned_to"],
                "state": _state(row),
                "done_at": _time(row["done_at"]),
                "cancelled_at": _time(row["cancelled_at"]),
                "result": text(row["result"]),
                "created_at": _time(row["created_at"]),
                "deleted_at": _time(row["deleted_at"]),
            }
            for row in followups
        ],
        "change_log": [
            {
                "operation_id": entry["operation_id"],
                "at": _time(entry["at"]),
                "actor": entry["actor"],
                "action": entry["action"],
                # An operation that also changed another customer names them; a forgotten
                # customer's summaries may still name them.
                "summary": "" if forgotten or entry["others"] else entry["summary"],
                "entity": entry["entity"],
                "entity_id": entry["entity_id"],
                "change": entry["kind"],
                "fields": entry["fields"],
            }
            for entry in log
        ],
    }


def _state(row: dict[str, Any]) -> str:
    if row["done_at"] is not None:
        return "done"
    return "open" if row["cancelled_at"] is None else "cancelled"


def _enquiry(
    row: dict[str, Any],
    names: _Names,
    text: Callable[[str], str],
    person: Callable[[int | None], dict[str, Any] | None],
) -> dict[str, Any]:
    answered = None
    if row["first_response_at"] is not None:
        answered = {
            "at": _time(row["first_response_at"]),
            "by": row["first_response_by"],
            "how": names.word("how", row["first_response_how"]),
            "seconds": row["response_seconds"],
            "business_seconds": row["response_business_seconds"],
        }
    return {
        "id": row["id"],
        "received_at": _time(row["received_at"]),
        "channel": names.of(Channel, row["channel"]),
        "interest": text(row["interest"]),
        "details": text(row["details"]),
        "source": names.of(Source, row["source"]),
        "referred_by": person(row["referred_by_id"]),
        "taken_by": row["taken_by"],
        "estimated_value": _money(row["estimated_value_cents"]),
        "first_response": answered,
        "outcome": names.item(names.outcome, row["outcome"]),
        "outcome_at": _time(row["outcome_at"]),
        "purchase_value": _money(row["purchase_value_cents"]),
        "purchase_channel": names.word("purchase_channel", row["purchase_channel"]),
        "lost_reason": names.of(LostReason, row["lost_reason"]),
        "decision_factors": [names.of(DecisionFactor, k) for k in row["decision_factors"]],
        "created_at": _time(row["created_at"]),
        "updated_at": _time(row["updated_at"]),
        "deleted_at": _time(row["deleted_at"]),
    }


__all__ = ["FORMAT", "VERSION", "customer_data"]
