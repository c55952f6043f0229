"""Which follow-ups to announce, each exactly once.

A follow-up is announced when its reminder time (its due time, or the end of its
snooze) has come. That includes the "respond" item every unanswered enquiry gets,
due the moment it passes the response target: so an enquiry that just became
overdue is announced too. Announcing sets ``notified_at`` in the file — plain
bookkeeping, not an operation of the change log (nothing to undo) — in the same
transaction that finds the items, so a second window never repeats it. Snoozing or
moving an item clears ``notified_at``: it is announced again when it comes due.

The window asks every minute for what came due since it last asked
(`announce_due`); at start it asks once for everything not yet announced
(`catch_up`), which it shows as one summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from enquirydesk.domain.errors import StoreError
from enquirydesk.services.context import Context
from enquirydesk.services.today import Item, item
from enquirydesk.store import today_queries

#: Items named one by one; beyond this a notice counts them.
SHOWN = 5


@dataclass(frozen=True)
class Announcement:
    """Follow-ups that came due: how many, the first few (priority first), and until when
    the file was looked at (the next check starts there)."""

    count: int
    items: tuple[Item, ...]
    checked_until: datetime


def _claim(ctx: Context, since: datetime | None) -> Announcement | None:
    try:
        ctx.store.check_writable()
    except StoreError:  # being checked, damaged (found by any program) or the disk full
        return None
    now = ctx.now()
    count, rows = today_queries.claim_due(since, now, now, SHOWN)
    return Announcement(count, tuple(item(row) for row in rows), now)


def catch_up(ctx: Context) -> Announcement | None:
    """Everything that came due while the program was closed (or was never announced),
    claimed at once: the start-up summary. None while the file may not be written."""
    return _claim(ctx, None)


def announce_due(ctx: Context, since: datetime) -> Announcement | None:
    """What came due after `since` (the last check's `checked_until`) and up to now.

    None while the file may not be written; the next check asks from `since` again.
    """
    return _claim(ctx, since)
