"""Retention: keep nothing longer than needed about enquirers who never bought.

When the owner chooses N months (Settings → Privacy, `privacy.forget_after_months`;
0 leaves everyone), a customer who never bought — no live enquiry of theirs, nor
of anyone merged into them, was purchased — and whose latest enquiry came in more
than N calendar months ago is forgotten through `services.privacy.forget`: their
personal data goes, their enquiries stay as anonymous records, so every figure of
every month stays the same. `candidates` is the preview; `apply` forgets exactly
those, as one operation in the change log. The window runs `apply` at start and
once a day; `enquirydesk retention` runs it from the command line.
"""

from __future__ import annotations

import calendar
from datetime import datetime
from typing import NamedTuple

from enquirydesk.domain import settings as declared
from enquirydesk.services import privacy
from enquirydesk.services.context import Changes, Context, Progress
from enquirydesk.store import retention as store


class Candidate(NamedTuple):  # a tuple: tens of thousands are made at once
    """A customer retention would forget now."""

    id: int
    name: str  # as the directory shows them: name, else phone, e-mail or handle
    last_enquiry_at: datetime
    enquiries: int


def months_before(moment: datetime, months: int) -> datetime:
    """`moment` moved back by whole calendar months; a day the month lacks becomes its last
    day (31 May less 3 months is 28 or 29 February)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def cutoff(ctx: Context, months: int, now: datetime | None = None) -> datetime:
    """Enquiries received before this moment are more than `months` months old."""
    return months_before(now or ctx.now(), months)


def months_setting(ctx: Context) -> int:
    """The owner's choice: forget after this many months; 0 when retention is off."""
    return int(ctx.settings[declared.FORGET_AFTER_MONTHS])


def candidates(ctx: Context, months: int, now: datetime | None = None) -> list[Candidate]:
    """Who would be forgotten after `months` months without an enquiry (as of `now`,
    else the context's clock), oldest latest enquiry first. Nobody for 0 months."""
    if months <= 0:
        return []
    phone = ctx.formats.phone
    return [
        Candidate(
            customer_id,
            name or (phone(number) if number else "") or email or handle or f"#{customer_id}",
            last,
            count,
        )
        for customer_id, name, number, email, handle, last, count in store.never_bought_before(
            cutoff(ctx, months, now)
        )
    ]


def apply(ctx: Context, progress: Progress | None = None) -> Changes | None:
    """Forget, as one operation, everyone `candidates` lists for the owner's setting now;
    None when retention is off or nobody is due."""
    months = months_setting(ctx)
    if months <= 0:
        return None
    due = [candidate.id for candidate in candidates(ctx, months)]
    if not due:
        return None
    return privacy.forget(ctx, due, reason="retention", progress=progress)
