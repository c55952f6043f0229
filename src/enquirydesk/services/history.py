"""Undo, and reading the change log."""

from __future__ import annotations

from enquirydesk.domain.hours import OpeningHours
from enquirydesk.domain.settings import ShopSettings
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.settings import recompute_business_times
from enquirydesk.store import queries


def _stored_hours() -> OpeningHours:
    return ShopSettings(queries.settings_values()).hours


def undo(ctx: Context, operation_id: int) -> Changes:
    """Undo one operation (itself logged, and undoable in turn).

    Undoing a change of opening hours recomputes the stored business response
    times in the same transaction, as changing the hours does.
    """
    with ctx.store.transaction():
        hours_before = _stored_hours()
        tx = ctx.store.undo(
            operation_id, actor=ctx.actor.name, staff_id=ctx.actor.staff_id, at=ctx.now()
        )
        hours_after = _stored_hours()
        if hours_after != hours_before:
            recompute_business_times(hours_after)
    ctx.forget_cache()
    return Changes.of(tx)
