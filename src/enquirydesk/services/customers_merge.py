"""Merging two customers who turn out to be one person — only ever on purpose.

The user picks both and confirms a preview ("Ana K. (3 enquiries) into Ana
Kovač (5 enquiries)"). Then, in one transaction and one change-log operation,
every enquiry, follow-up and feedback of the other customer, and everyone they
referred, moves to the kept customer; nothing the other one had is lost: the kept
customer gets every phone number and e-mail address of both (theirs first), a
name, handle or referrer they lacked, the other's notes, and the earlier "customer
since"; the other is marked `merged_into` the kept one and deleted (softly). Undo
replays the log backwards and restores both exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.validation import MAX_TEXT
from enquirydesk.i18n import translate
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.customers import known_contacts
from enquirydesk.store import customer_queries as cq
from enquirydesk.store.changelog import Tx
from enquirydesk.store.models import Customer, CustomerContactInfo, Enquiry, Feedback, FollowUp

#: Contact facts the kept customer takes from the other one when it has none.
LEARNED = ("name", "phone", "email", "handle")


@dataclass(frozen=True)
class Side:
    """One of the two customers, as the preview names and counts them."""

    id: int
    label: str
    phones: tuple[str, ...]  # every number, as shown, the first one first
    emails: tuple[str, ...]
    since: datetime | None
    enquiries: int
    followups: int
    feedback: int
    referrals: int


@dataclass(frozen=True)
class MergePreview:
    keep: Side
    other: Side
    #: What the kept customer takes over: field (name/phone/email/handle) → shown value.
    learned: dict[str, str]
    notes_added: bool  # the other's notes are added to the kept customer's


def _label(row: dict[str, Any], formats: Formats) -> str:
    phone = formats.phone(row["phone"]) if row["phone"] else ""
    return row["name"] or phone or row["email"] or row["handle"] or f"#{row['id']}"


def _gone(customer_id: int, keep: bool) -> ValidationError:
    if keep:
        message = translate(
            "CustomerMerge",
            "Customer number {number} was deleted or merged already; "
            "choose another customer to keep.",
        )
    else:
        message = translate(
            "CustomerMerge",
            "Customer number {number} was deleted or merged already; "
            "choose another customer to merge.",
        )
    return ValidationError("customer", "merge.gone", message.format(number=customer_id))


def _pair(keep_id: int, other_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    if keep_id == other_id:
        raise ValidationError(
            "customer",
            "merge.same",
            translate("CustomerMerge", "A customer cannot be merged into themselves."),
        )
    keep, other = cq.customer(keep_id), cq.customer(other_id)
    if keep is None:
        raise _gone(keep_id, keep=True)
    if other is None:
        raise _gone(other_id, keep=False)
    return keep, other


def _learned(keep: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """Stored values the kept customer lacks and the other has."""
    values: dict[str, Any] = {}
    for field in LEARNED:
        if not keep[field] and other[field]:
            values[field] = other[field]
    if "name" in values:
        values["name_key"] = other["name_key"]
    return values


def _side(row: dict[str, Any], formats: Formats) -> Side:
    counts = cq.live_counts(row["id"])
    known = known_contacts(row)
    return Side(
        id=row["id"],
        label=_label(row, formats),
        phones=tuple(formats.phone(p) for p in known["phone"]),
        emails=tuple(known["email"]),
        since=row["created_at"],
        enquiries=counts["enquiries"],
        followups=counts["followups"],
        feedback=counts["feedback"],
        referrals=counts["referrals"],
    )


def preview(ctx: Context, keep_id: int, other_id: int) -> MergePreview:
    """What `merge` would do, for the user to confirm; refuses what `merge` refuses."""
    keep, other = _pair(keep_id, other_id)
    learned = _learned(keep, other)
    formats = ctx.formats
    if "phone" in learned:
        learned["phone"] = formats.phone(learned["phone"])
    learned.pop("name_key", None)
    return MergePreview(
        keep=_side(keep, formats),
        other=_side(other, formats),
        learned=learned,
        notes_added=bool(other["notes"]) and other["notes"] not in keep["notes"],
    )


def _take_contacts(
    tx: Tx, keep: dict[str, Any], other: dict[str, Any], values: dict[str, Any], now: datetime
) -> None:
    """Every number and address of the other customer becomes the kept one's: their first
    one where the kept customer has none (already in `values`), else one of their others;
    the other's other numbers move over, those the kept customer has already go."""
    known = known_contacts(keep)
    for kind in ("phone", "email"):
        if kind in values:
            known[kind].append(values[kind])
        elif other[kind] and other[kind] not in known[kind]:
            tx.insert(
                CustomerContactInfo, customer=keep["id"], kind=kind, value=other[kind],
                created_at=now,
            )  # fmt: skip
            known[kind].append(other[kind])
    for row in cq.contact_info([other["id"]]):
        if row["value"] in known[row["kind"]]:
            tx.delete(CustomerContactInfo, row["id"])
        else:
            tx.update(CustomerContactInfo, row["id"], customer=keep["id"])
            known[row["kind"]].append(row["value"])


def merge(ctx: Context, keep_id: int, other_id: int) -> Changes:
    """Move everything of `other_id` to `keep_id` and retire `other_id`, as one operation."""
    keep, other = _pair(keep_id, other_id)
    now = ctx.now()
    moved = cq.merge_rows(other_id)
    links = cq.enquiry_links([*moved["enquiry"], *moved["referred_enquiry"]])
    values = _learned(keep, other)
    if other["notes"] and other["notes"] not in keep["notes"]:
        values["notes"] = "\n\n".join(n for n in (keep["notes"], other["notes"]) if n)[:MAX_TEXT]
    referrer = keep["referred_by_id"]
    if referrer == other_id:  # "referred by the other" would now be themselves
        referrer = other["referred_by_id"] if other["referred_by_id"] != keep_id else None
        values["referred_by"] = referrer
    elif referrer is None and other["referred_by_id"] not in (None, keep_id):
        values["referred_by"] = other["referred_by_id"]
    if other["created_at"] and keep["created_at"] and other["created_at"] < keep["created_at"]:
        values["created_at"] = other["created_at"]  # a customer since the earlier of the two
    with ctx.write("merge_customers") as tx:
        for enquiry_id in moved["enquiry"]:
            # One "recommended by" the kept customer would now be their own referral.
            unreferred = {"referred_by": None} if links[enquiry_id][1] == keep_id else {}
            tx.update(Enquiry, enquiry_id, customer=keep_id, updated_at=now, **unreferred)
        for followup_id in moved["follow_up"]:
            tx.update(FollowUp, followup_id, customer=keep_id)
        for feedback_id in moved["feedback"]:
            tx.update(Feedback, feedback_id, customer=keep_id)
        for customer_id in moved["referred_customer"]:
            if customer_id not in (keep_id, other_id):
                tx.update(Customer, customer_id, referred_by=keep_id, updated_at=now)
        for enquiry_id in moved["referred_enquiry"]:
            # An enquiry of either of them "recommended by" the other is nobody's referral.
            own = links[enquiry_id][0] in (keep_id, other_id)
            tx.update(Enquiry, enquiry_id, referred_by=None if own else keep_id)
        _take_contacts(tx, keep, other, values, now)
        if values:
            tx.update(Customer, keep_id, updated_at=now, **values)
        tx.update(Customer, other_id, merged_into=keep_id, deleted_at=now, updated_at=now)
        formats = ctx.formats
        tx.summary = translate("CustomerMerge", "{other} merged into {keep}").format(
            other=_label(other, formats), keep=_label(keep, formats)
        )
    return Changes.of(tx)
