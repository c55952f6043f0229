"""Follow-ups: the cadence kept by the rules, and what staff do with each item.

The follow-up rules are applied here, inside the same transaction as the change
that triggers them: logging an enquiry opens a "respond" item, the first answer
closes it, every real contact moves the "check decision" item, a purchase plans
the after-sales contacts, a lost outcome cancels what no longer makes sense.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from enquirydesk.domain import followups as rules
from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.domain.validation import MAX_TEXT, clean_text
from enquirydesk.i18n import translate
from enquirydesk.services.context import Changes, Context
from enquirydesk.store import queries
from enquirydesk.store.changelog import Tx
from enquirydesk.store.models import Enquiry, FollowUp

# -- the cadence, used by the other services inside their transactions -----------------


def open_followup(
    tx: Tx,
    *,
    enquiry: dict[str, Any] | None,
    customer_id: int,
    kind: str,
    due_at: datetime,
    now: datetime,
    topic: str | None = None,
    note: str = "",
    priority: bool = False,
    assigned_to: int | None = None,
) -> int:
    return tx.insert(
        FollowUp,
        enquiry=None if enquiry is None else enquiry["id"],
        customer=customer_id,
        kind=kind,
        topic=topic,
        note=note,
        priority=priority,
        due_at=due_at,
        remind_at=due_at,
        assigned_to=assigned_to,
        created_at=now,
    )


def close_followups(
    tx: Tx,
    enquiry_id: int,
    kinds: tuple[str, ...],
    *,
    at: datetime,
    done: bool,
    result: str = "",
) -> None:
    """Mark open items of these kinds done (the thing happened) or cancelled (moot)."""
    for item in queries.open_followups(enquiry_id, kinds):
        if done:
            tx.update(FollowUp, item["id"], done_at=at, result=result)
        else:
            tx.update(FollowUp, item["id"], cancelled_at=at, result=result)


def move_decision(tx: Tx, ctx: Context, enquiry: dict[str, Any], last_contact: datetime) -> None:
    """Keep exactly one open "check decision" item, due N business days after the last contact."""
    settings = ctx.settings
    due = rules.decision_due(last_contact, settings.hours, settings.rules)
    existing = queries.open_followups(enquiry["id"], ("decision",))
    if existing:
        first, *extra = existing
        # Announced again when it comes due at its new time (services.reminders).
        tx.update(
            FollowUp, first["id"], due_at=due, remind_at=due, snoozed_until=None, notified_at=None
        )
        for item in extra:
            tx.update(FollowUp, item["id"], cancelled_at=ctx.now())
    else:
        open_followup(
            tx,
            enquiry=enquiry,
            customer_id=enquiry["customer"],
            kind="decision",
            due_at=due,
            now=ctx.now(),
            assigned_to=enquiry.get("taken_by"),
        )


def refresh_next(tx: Tx, enquiry_id: int) -> None:
    """Keep the enquiry's "next follow-up" column equal to its earliest open item."""
    tx.update(Enquiry, enquiry_id, next_followup_at=queries.next_reminder(enquiry_id))


# -- what staff do with an item ----------------------------------------------------------


def _item(followup_id: int) -> dict[str, Any]:
    item = queries.followup(followup_id)
    if item is None:
        raise NotFoundError(
            translate("FollowUps", "There is no follow-up number {number}.").format(
                number=followup_id
            )
        )
    return item


def _no_such_staff(staff_id: int) -> NotFoundError:
    return NotFoundError(
        translate("FollowUps", "There is no staff member number {number}.").format(number=staff_id)
    )


def _refresh_after(tx: Tx, item: dict[str, Any]) -> None:
    if item["enquiry"] is not None:
        refresh_next(tx, item["enquiry"])


def complete(ctx: Context, followup_id: int, result: str = "") -> Changes:
    """Mark an item done, with a note of what came of it."""
    item = _item(followup_id)
    note = clean_text(result, "result", MAX_TEXT)
    if item["done_at"] is not None:
        raise ValidationError(
            "followup", "followup.done", translate("FollowUps", "This follow-up is done already.")
        )
    summary = translate("FollowUps", "Follow-up {number} done").format(number=followup_id)
    with ctx.write("followup_done", summary) as tx:
        tx.update(FollowUp, followup_id, done_at=ctx.now(), result=note)
        _refresh_after(tx, item)
    return Changes.of(tx)


def snooze(ctx: Context, followup_id: int, choice: str | datetime) -> Changes:
    """Put an item out of sight until later: ``hour``, ``tomorrow``, ``week`` or a time."""
    item = _item(followup_id)
    now = ctx.now()
    until = (
        choice
        if isinstance(choice, datetime)
        else rules.snooze_until(choice, now, ctx.settings.hours)
    )
    until = until.replace(microsecond=0)  # times are stored to the second
    if until <= now:
        raise ValidationError(
            "snooze",
            "snooze.past",
            translate("FollowUps", "Snooze until a time that is still to come."),
        )
    summary = translate("FollowUps", "Follow-up {number} snoozed").format(number=followup_id)
    with ctx.write("followup_snooze", summary) as tx:
        tx.update(
            FollowUp,
            followup_id,
            snoozed_until=until,
            remind_at=rules.reminder_at(item["due_at"], until),
            notified_at=None,
        )
        _refresh_after(tx, item)
    return Changes.of(tx)


def reassign(ctx: Context, followup_id: int, staff_id: int | None) -> Changes:
    item = _item(followup_id)
    if staff_id is not None and queries.staff_by_id(staff_id) is None:
        raise _no_such_staff(staff_id)
    summary = translate("FollowUps", "Follow-up {number} reassigned").format(number=followup_id)
    with ctx.write("followup_reassign", summary) as tx:
        tx.update(FollowUp, followup_id, assigned_to=staff_id)
        _refresh_after(tx, item)
    return Changes.of(tx)


def schedule(
    ctx: Context,
    enquiry_id: int,
    due_at: datetime,
    note: str = "",
    assigned_to: int | None = None,
) -> Changes:
    """A follow-up of the staff member's own choosing ("call back Tuesday about the quote")."""
    enquiry = queries.enquiry(enquiry_id)
    if enquiry is None:
        raise NotFoundError(
            translate("FollowUps", "There is no enquiry number {number}.").format(number=enquiry_id)
        )
    text = clean_text(note, "note", MAX_TEXT)
    if assigned_to is not None and queries.staff_by_id(assigned_to) is None:
        raise _no_such_staff(assigned_to)
    summary = translate("FollowUps", "Follow-up scheduled for enquiry {number}").format(
        number=enquiry_id
    )
    with ctx.write("followup_schedule", summary) as tx:
        open_followup(
            tx,
            enquiry=enquiry,
            customer_id=enquiry["customer"],
            kind="custom",
            due_at=due_at.replace(microsecond=0),
            now=ctx.now(),
            note=text,
            assigned_to=assigned_to if assigned_to is not None else ctx.actor.staff_id,
        )
        refresh_next(tx, enquiry_id)
    return Changes.of(tx)


@dataclass(frozen=True)
class DueWindow:
    """Which open items a list shows: all, those due today, or those overdue now."""

    due_from: datetime | None
    due_before: datetime | None


def due_window(which: str | None, now: datetime) -> DueWindow:
    if which is None:
        return DueWindow(None, None)
    start = datetime.combine(now.date(), datetime.min.time())
    if which == "today":
        return DueWindow(start, start + timedelta(days=1))
    if which == "overdue":
        return DueWindow(None, now)
    raise ValidationError(
        "due",
        "due.choice",
        translate("FollowUps", "{choice} is not one of: today, overdue.").format(
            choice=repr(which)
        ),
    )


def list_open(
    ctx: Context, which: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    window = due_window(which, ctx.now())
    return queries.followup_list(
        due_from=window.due_from, due_before=window.due_before, limit=limit
    )
