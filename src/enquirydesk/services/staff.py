"""Staff members: who takes enquiries and who follows them up."""

from __future__ import annotations

from typing import Any

from enquirydesk.domain.catalog import STAFF_ROLES
from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.domain.pins import hash_pin
from enquirydesk.domain.validation import clean_name
from enquirydesk.i18n import translate
from enquirydesk.services.context import Changes, Context
from enquirydesk.store import queries
from enquirydesk.store.models import Staff


def add_staff(ctx: Context, name: str, role: str = "staff") -> Changes:
    clean = clean_name(name)
    if not clean:
        raise ValidationError(
            "name", "staff.name", translate("Staff", "Give the staff member's name.")
        )
    if role not in STAFF_ROLES:
        raise ValidationError("role", "staff.role", translate("Staff", "A role is owner or staff."))
    if queries.staff_named(clean) is not None:
        raise ValidationError(
            "name",
            "staff.exists",
            translate("Staff", "There is already a staff member named {name}.").format(name=clean),
        )
    summary = translate("Staff", "Staff member {name} added").format(name=clean)
    with ctx.write("add_staff", summary) as tx:
        tx.insert(Staff, name=clean, role=role, active=True, created_at=ctx.now())
    return Changes.of(tx)


def _no_such_staff(staff_id: int) -> NotFoundError:
    return NotFoundError(
        translate("Staff", "There is no staff member number {number}.").format(number=staff_id)
    )


def set_active(ctx: Context, staff_id: int, active: bool) -> Changes:
    row = queries.staff_by_id(staff_id)
    if row is None:
        raise _no_such_staff(staff_id)
    if active:
        summary = translate("Staff", "Staff member {name} reactivated")
    else:
        summary = translate("Staff", "Staff member {name} deactivated")
    with ctx.write("staff_active", summary.format(name=row["name"])) as tx:
        tx.update(Staff, staff_id, active=active)
    return Changes.of(tx)


def set_pin(ctx: Context, staff_id: int, pin: str | None) -> Changes:
    row = queries.staff_by_id(staff_id)
    if row is None:
        raise _no_such_staff(staff_id)
    summary = translate("Staff", "PIN of {name} changed").format(name=row["name"])
    with ctx.write("staff_pin", summary) as tx:
        tx.update(Staff, staff_id, pin_hash=hash_pin(pin) if pin else None)
    return Changes.of(tx)


def find_by_name(name: str) -> dict[str, Any]:
    """The active staff member with this name (case-blind), or a clear error listing who exists."""
    row = queries.staff_named(name)
    if row is None or not row["active"]:
        known = ", ".join(r["name"] for r in queries.staff_list(active_only=True))
        if known:
            message = translate("Staff", "No staff member is named {name} (known: {known}).")
        else:
            message = translate("Staff", "No staff member is named {name} (known: none yet).")
        raise ValidationError(
            "staff",
            "staff.unknown",
            message.format(name=repr(name.strip()), known=known),
        )
    return row


def active_staff() -> dict[int, str]:
    """id → name of the active staff members, by name (to assign follow-ups to)."""
    return {row["id"]: row["name"] for row in queries.staff_list(active_only=True)}


def at_the_counter() -> list[tuple[int, str, bool]]:
    """(id, name, has a PIN) of the active staff, by name: who can be at the counter."""
    return [
        (row["id"], row["name"], bool(row["pin_hash"]))
        for row in queries.staff_list(active_only=True, with_pins=True)
    ]
