"""Checks several use cases share before they write anything."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.services.context import Context
from enquirydesk.store import queries

#: How far in the future a typed time may be (clocks of two PCs differ a little).
CLOCK_SLACK = timedelta(minutes=5)


def live_enquiry(enquiry_id: int) -> dict[str, Any]:
    row = queries.enquiry(enquiry_id)
    if row is None:
        raise NotFoundError(f"There is no enquiry number {enquiry_id}.")
    return row


def not_future(ctx: Context, moment: datetime, what: str) -> datetime:
    """`moment` to the second, refused when it lies in the future."""
    moment = moment.replace(microsecond=0)
    if moment > ctx.now() + CLOCK_SLACK:
        field = what.replace(" ", "_")
        raise ValidationError(field, f"{field}.future", f"The {what} is in the future.")
    return moment


def not_before_received(enquiry: dict[str, Any], moment: datetime, what: str) -> None:
    if moment < enquiry["received_at"]:
        raise ValidationError(
            "at", "at.before_received", f"The {what} cannot be earlier than the enquiry itself."
        )


def staff_or_actor(ctx: Context, staff_id: int | None) -> int | None:
    """The given staff member (who must exist), or the one acting."""
    if staff_id is None:
        return ctx.actor.staff_id
    if queries.staff_by_id(staff_id) is None:
        raise ValidationError(
            "staff", "staff.unknown", f"There is no staff member number {staff_id}."
        )
    return staff_id
