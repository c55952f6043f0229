"""Undo, and reading the change log."""

from __future__ import annotations

from enquirydesk.services.context import Changes, Context


def undo(ctx: Context, operation_id: int) -> Changes:
    """Undo one operation (itself logged, and undoable in turn)."""
    tx = ctx.store.undo(
        operation_id, actor=ctx.actor.name, staff_id=ctx.actor.staff_id, at=ctx.now()
    )
    ctx.forget_cache()
    return Changes.of(tx)
