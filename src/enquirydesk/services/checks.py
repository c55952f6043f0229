"""Checks several use cases share before they write anything."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.services.context import Context
from enquirydesk.store import queries

#: How far in the future a typed time may be (clocks of two PCs differ a little).
CLOCK_SLACK = timedelta(minutes=5)

#: What a time in the future is refused with, by the time it is (the field's name).
_IN_THE_FUTURE = {
    "time": QT_TRANSLATE_NOOP("Checks", "The time is in the future."),
    "received time": QT_TRANSLATE_NOOP("Checks", "The received time is in the future."),
    "contact time": QT_TRANSLATE_NOOP("Checks", "The contact time is in the future."),
    "response time": QT_TRANSLATE_NOOP("Checks", "The response time is in the future."),
    "purchase time": QT_TRANSLATE_NOOP("Checks", "The purchase time is in the future."),
    "feedback time": QT_TRANSLATE_NOOP("Checks", "The feedback time is in the future."),
    "resolution time": QT_TRANSLATE_NOOP("Checks", "The resolution time is in the future."),
}

#: What a time before the enquiry itself is refused with, by what happened then.
_BEFORE_RECEIVED = {
    "contact": QT_TRANSLATE_NOOP(
        "Checks", "The contact cannot be earlier than the enquiry itself."
    ),
    "response": QT_TRANSLATE_NOOP(
        "Checks", "The response cannot be earlier than the enquiry itself."
    ),
    "purchase": QT_TRANSLATE_NOOP(
        "Checks", "The purchase cannot be earlier than the enquiry itself."
    ),
    "outcome": QT_TRANSLATE_NOOP(
        "Checks", "The outcome cannot be earlier than the enquiry itself."
    ),
    "feedback": QT_TRANSLATE_NOOP(
        "Checks", "The feedback cannot be earlier than the enquiry itself."
    ),
}


def live_enquiry(enquiry_id: int) -> dict[str, Any]:
    row = queries.enquiry(enquiry_id)
    if row is None:
        raise NotFoundError(
            translate("Checks", "There is no enquiry number {number}.").format(number=enquiry_id)
        )
    return row


def not_future(ctx: Context, moment: datetime, what: str) -> datetime:
    """`moment` to the second, refused when it lies in the future. `what` is one of the
    times of `_IN_THE_FUTURE` ("received time", "contact time"...)."""
    moment = moment.replace(microsecond=0)
    if moment > ctx.now() + CLOCK_SLACK:
        field = what.replace(" ", "_")
        message = _IN_THE_FUTURE.get(what, _IN_THE_FUTURE["time"])
        raise ValidationError(field, f"{field}.future", translate("Checks", message))
    return moment


def not_before_received(enquiry: dict[str, Any], moment: datetime, what: str) -> None:
    """Refuse a `moment` before the enquiry came in; `what` is one of `_BEFORE_RECEIVED`."""
    if moment < enquiry["received_at"]:
        raise ValidationError(
            "at",
            "at.before_received",
            translate("Checks", _BEFORE_RECEIVED.get(what, _BEFORE_RECEIVED["contact"])),
        )


def staff_or_actor(ctx: Context, staff_id: int | None) -> int | None:
    """The given staff member (who must exist), or the one acting."""
    if staff_id is None:
        return ctx.actor.staff_id
    if queries.staff_by_id(staff_id) is None:
        raise ValidationError(
            "staff",
            "staff.unknown",
            translate("Checks", "There is no staff member number {number}.").format(
                number=staff_id
            ),
        )
    return staff_id
