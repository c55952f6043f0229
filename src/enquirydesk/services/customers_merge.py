"""Merging two customers who turn out to be one person — only ever on purpose.

The user picks both and confirms a preview ("Ana K. (3 enquiries) into Ana
Kovač (5 enquiries)"). Then, in one transaction and one change-log operation,
every enquiry, follow-up and feedback of the other customer, and everyone they
referred, moves to the kept customer; the kept customer learns a phone, e-mail,
handle or referrer they lacked, and the other's notes; the other is marked
`merged_into` the kept one and deleted (softly). Undo replays the log backwards
and restores both exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.validation import MAX_TEXT
from enquirydesk.i18n import translate
from enquirydesk.services.context import Changes, Context
from enquirydesk.store import customer_queries as cq
from enquirydesk.store.models import Customer, Enquiry, Feedback, FollowUp

#: Contact facts the kept customer takes from the other one when it has none.
LEARNED = ("name", "phone", "email", "handle")


@dataclass(frozen=True)
class Side:
    """One of the two customers, as the preview names and counts them."""

    id: int
    label: str
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
    return Side(
        id=row["id"],
        label=_label(row, formats),
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
        if values:
            tx.update(Customer, keep_id, updated_at=now, **values)
        tx.update(Customer, other_id, merged_into=keep_id, deleted_at=now, updated_at=now)
        formats = ctx.formats
        tx.summary = translate("CustomerMerge", "{other} merged into {keep}").format(
            other=_label(other, formats), keep=_label(keep, formats)
        )
    return Changes.of(tx)
