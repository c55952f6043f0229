"""Feedback after a purchase, and complaints handled before they become bad word of mouth."""

from __future__ import annotations

from datetime import datetime

from enquirydesk.domain import followups as rules
from enquirydesk.domain.catalog import EXPECTATIONS, keys
from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.domain.validation import MAX_TEXT, clean_text
from enquirydesk.i18n import translate
from enquirydesk.services import followups
from enquirydesk.services.checks import live_enquiry, not_before_received, not_future
from enquirydesk.services.context import Changes, Context
from enquirydesk.store import queries
from enquirydesk.store.models import Feedback, FollowUp


def validate_feedback(rating: int | None, expectation: str | None, recommend: int | None) -> None:
    if rating is not None and not 1 <= rating <= 5:
        raise ValidationError(
            "rating", "rating.range", translate("Feedback", "The rating must be from 1 to 5.")
        )
    if expectation is not None and expectation not in keys(EXPECTATIONS):
        raise ValidationError(
            "expectation",
            "expectation.unknown",
            translate("Feedback", "Expectation must be worse, as_expected or better."),
        )
    if recommend is not None and not 0 <= recommend <= 10:
        raise ValidationError(
            "recommend",
            "recommend.range",
            translate("Feedback", "Would-recommend must be from 0 to 10."),
        )


def record_feedback(
    ctx: Context,
    enquiry_id: int,
    *,
    rating: int | None = None,
    expectation: str | None = None,
    recommend: int | None = None,
    comment: str = "",
    complaint: bool = False,
    at: datetime | None = None,
) -> Changes:
    """What the buyer said. A complaint (flag, rating ≤ 2 or "worse") opens a priority follow-up."""
    enquiry = live_enquiry(enquiry_id)
    validate_feedback(rating, expectation, recommend)
    text = clean_text(comment, "comment", MAX_TEXT)
    moment = not_future(ctx, at or ctx.now(), "feedback time")
    not_before_received(enquiry, moment, "feedback")
    is_complaint = rules.is_complaint(rating, expectation, complaint)
    settings = ctx.settings
    with ctx.write("record_feedback") as tx:
        feedback_id = tx.insert(
            Feedback,
            enquiry=enquiry_id,
            customer=enquiry["customer"],
            recorded_at=moment,
            staff=ctx.actor.staff_id,
            rating=rating,
            expectation=expectation,
            recommend=recommend,
            comment=text,
            complaint=is_complaint,
            created_at=ctx.now(),
        )
        # The buyer has been asked how it works out: the check-in is done.
        for item in queries.open_followups(enquiry_id, ("after_sales",)):
            if item["topic"] == "check_in":
                tx.update(FollowUp, item["id"], done_at=moment, result="feedback recorded")
        if is_complaint:
            followups.open_followup(
                tx,
                enquiry=enquiry,
                customer_id=enquiry["customer"],
                kind="complaint",
                due_at=rules.complaint_due(moment, settings.hours, settings.rules),
                now=ctx.now(),
                note=text,
                priority=True,
                assigned_to=enquiry["taken_by"],
                topic=str(feedback_id),
            )
        followups.refresh_next(tx, enquiry_id)
        if is_complaint:
            summary = translate("Feedback", "Feedback recorded on enquiry {number} (complaint)")
        else:
            summary = translate("Feedback", "Feedback recorded on enquiry {number}")
        tx.summary = summary.format(number=enquiry_id)
    return Changes.of(tx)


def resolve_complaint(
    ctx: Context, feedback_id: int, how: str, at: datetime | None = None
) -> Changes:
    """Record how and when a complaint was put right; its follow-up is done."""
    item = queries.feedback(feedback_id)
    if item is None:
        raise NotFoundError(
            translate("Feedback", "There is no feedback number {number}.").format(
                number=feedback_id
            )
        )
    if not item["complaint"]:
        raise ValidationError(
            "feedback",
            "feedback.not_complaint",
            translate("Feedback", "This feedback is not a complaint."),
        )
    if item["complaint_resolved_at"] is not None:
        raise ValidationError(
            "feedback",
            "feedback.resolved",
            translate("Feedback", "This complaint is resolved already."),
        )
    text = clean_text(how, "resolution", MAX_TEXT)
    if not text:
        raise ValidationError(
            "resolution",
            "resolution.empty",
            translate("Feedback", "Say how the complaint was resolved."),
        )
    moment = not_future(ctx, at or ctx.now(), "resolution time")
    summary = translate("Feedback", "Complaint {number} resolved").format(number=feedback_id)
    with ctx.write("resolve_complaint", summary) as tx:
        tx.update(Feedback, feedback_id, complaint_resolved_at=moment, resolution=text)
        for followup in queries.open_followups(item["enquiry"], ("complaint",)):
            if followup["topic"] in (None, str(feedback_id)):
                tx.update(FollowUp, followup["id"], done_at=moment, result=text)
        followups.refresh_next(tx, item["enquiry"])
    return Changes.of(tx)
