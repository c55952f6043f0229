"""The owner's Settings saved as one operation: the shop's settings, its lists (channels,
sources, decision factors, lost reasons), its staff and the owner's PIN — validated
first, written together, in the change log with who and when, undone by one undo.

A list is saved as it should be, in order: items are added (with a key made from the
name, stable from then on for import, export and the report JSON), renamed, reordered,
hidden or shown again — never deleted, so history keeps every name. The same for staff:
added, renamed, deactivated, made the owner — never deleted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from enquirydesk.domain import catalog
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.pins import check_pin_format, hash_pin, new_recovery_key
from enquirydesk.domain.validation import clean_name
from enquirydesk.i18n import QT_TRANSLATE_NOOP, Texts, translate
from enquirydesk.services import catalogs, security
from enquirydesk.services.context import Changes, Context, Progress
from enquirydesk.services.settings import changed_summary, checked_values, title, write_values
from enquirydesk.store import queries
from enquirydesk.store.models import CatalogItem, Channel, DecisionFactor, LostReason, Source, Staff

ShopSetup = Texts("ShopSetup")

#: The lists the owner keeps, by the name the Settings pages use.
LISTS: dict[str, type[CatalogItem]] = {
    "channel": Channel,
    "source": Source,
    "factor": DecisionFactor,
    "reason": LostReason,
}
#: Each list's title, in English: `list_title` gives it in the user's language.
LIST_TITLES = {
    "channel": QT_TRANSLATE_NOOP("ShopSetup", "Channels"),
    "source": QT_TRANSLATE_NOOP("ShopSetup", "Sources"),
    "factor": QT_TRANSLATE_NOOP("ShopSetup", "Decision factors"),
    "reason": QT_TRANSLATE_NOOP("ShopSetup", "Lost reasons"),
}
#: What a list is refused with: an item without a name, a name twice ({name}), every
#: item hidden. Whole sentences for each list (their words change with the list).
_LIST_PROBLEMS = {
    "channel": (
        QT_TRANSLATE_NOOP("ShopSetup", "Every one of the channels needs a name."),
        QT_TRANSLATE_NOOP("ShopSetup", "“{name}” is among the channels twice."),
        QT_TRANSLATE_NOOP("ShopSetup", "Keep at least one of the channels."),
    ),
    "source": (
        QT_TRANSLATE_NOOP("ShopSetup", "Every one of the sources needs a name."),
        QT_TRANSLATE_NOOP("ShopSetup", "“{name}” is among the sources twice."),
        QT_TRANSLATE_NOOP("ShopSetup", "Keep at least one of the sources."),
    ),
    "factor": (
        QT_TRANSLATE_NOOP("ShopSetup", "Every one of the decision factors needs a name."),
        QT_TRANSLATE_NOOP("ShopSetup", "“{name}” is among the decision factors twice."),
        QT_TRANSLATE_NOOP("ShopSetup", "Keep at least one of the decision factors."),
    ),
    "reason": (
        QT_TRANSLATE_NOOP("ShopSetup", "Every one of the lost reasons needs a name."),
        QT_TRANSLATE_NOOP("ShopSetup", "“{name}” is among the lost reasons twice."),
        QT_TRANSLATE_NOOP("ShopSetup", "Keep at least one of the lost reasons."),
    ),
}
MAX_ITEM_NAME = 60
KEEP = object()  # "leave the owner's PIN as it is"
NO_OWNER = QT_TRANSLATE_NOOP(
    "ShopSetup", "Choose the owner on the Staff page before setting a PIN."
)


def list_title(name: str) -> str:
    """The title of one of the `LISTS` in the user's language ("Channels")."""
    return translate("ShopSetup", LIST_TITLES[name])


@dataclass(frozen=True)
class ListItem:
    """One item of a list as the page holds it (`key` None: added now)."""

    key: str | None
    name: str
    hidden: bool = False


@dataclass(frozen=True)
class Member:
    """One staff member as the page holds them (`id` None: added now)."""

    id: int | None
    name: str
    role: str = "staff"
    active: bool = True
    pin: str | None = None  # a new PIN for switching to them; None: as it was
    clear_pin: bool = False


@dataclass
class Setup:
    """What the Settings dialog changes (only what it holds is looked at)."""

    values: Mapping[str, Any] = field(default_factory=dict)
    lists: Mapping[str, Sequence[ListItem]] = field(default_factory=dict)
    staff: Sequence[Member] | None = None
    owner_pin: Any = KEEP  # a new PIN, None to remove it, or KEEP


@dataclass(frozen=True)
class Saved:
    changes: Changes
    recovery_key: str | None = None  # shown once when an owner's PIN was set


def current_list(name: str) -> list[ListItem]:
    """A list as it is stored, in order, with the names shown for it."""
    model = LISTS[name]
    shown = catalogs.names(model)
    return [
        ListItem(row["key"], shown[row["key"]], bool(row["hidden"]))
        for row in queries.catalog(model)
    ]


def current_staff() -> list[Member]:
    return [
        Member(row["id"], row["name"], row["role"], bool(row["active"]))
        for row in queries.staff_list()
    ]


# -- checking ---------------------------------------------------------------------------


def _check_list(name: str, items: Sequence[ListItem]) -> None:
    empty, twice, all_hidden = _LIST_PROBLEMS[name]
    seen: set[str] = set()
    for item in items:
        text = item.name.strip()
        if not text:
            raise ValidationError(name, f"{name}.empty", translate("ShopSetup", empty))
        if len(text) > MAX_ITEM_NAME:
            raise ValidationError(
                name,
                f"{name}.long",
                ShopSetup.tr("“{name}…” is longer than %n characters.", None, MAX_ITEM_NAME).format(
                    name=text[:20]
                ),
            )
        if text.casefold() in seen:
            raise ValidationError(
                name, f"{name}.twice", translate("ShopSetup", twice).format(name=text)
            )
        seen.add(text.casefold())
    if not any(not item.hidden for item in items):
        raise ValidationError(name, f"{name}.all_hidden", translate("ShopSetup", all_hidden))


def _check_staff(members: Sequence[Member]) -> None:
    seen: set[str] = set()
    owners = 0
    for member in members:
        text = clean_name(member.name)
        if not text:
            raise ValidationError(
                "staff", "staff.name", translate("ShopSetup", "Every staff member needs a name.")
            )
        if text.casefold() in seen:
            raise ValidationError(
                "staff",
                "staff.twice",
                translate("ShopSetup", "There are two staff members named {name}.").format(
                    name=text
                ),
            )
        seen.add(text.casefold())
        if member.role not in catalog.STAFF_ROLES:
            raise ValidationError(
                "staff", "staff.role", translate("ShopSetup", "A role is owner or staff.")
            )
        if member.role == "owner":
            owners += 1
            if not member.active:
                raise ValidationError(
                    "staff",
                    "staff.owner_inactive",
                    translate("ShopSetup", "The owner cannot be deactivated."),
                )
        if member.pin:
            check_pin_format(member.pin)
    if owners > 1:
        raise ValidationError(
            "staff", "staff.owners", translate("ShopSetup", "Only one staff member is the owner.")
        )


# -- saving -----------------------------------------------------------------------------


def save(ctx: Context, setup: Setup, progress: Progress | None = None) -> Saved:
    """Check everything, then write it as one operation (undone by one undo)."""
    values = checked_values(ctx, setup.values)
    for name, items in setup.lists.items():
        _check_list(name, items)
    if setup.staff is not None:
        _check_staff(setup.staff)
    if setup.owner_pin not in (KEEP, None):
        check_pin_format(setup.owner_pin)
    changed_lists = {
        name: items for name, items in setup.lists.items() if list(items) != current_list(name)
    }
    staff_changed = setup.staff is not None and (
        list(setup.staff) != current_staff() or any(m.pin or m.clear_pin for m in setup.staff)
    )
    titles = [title(key) for key in values]
    titles += [list_title(name) for name in changed_lists]
    if staff_changed:
        titles.append(translate("ShopSetup", "Staff"))
    if setup.owner_pin is not KEEP:
        titles.append(translate("ShopSetup", "Owner's PIN"))
    if not titles:
        return Saved(Changes(operation_id=None, summary=changed_summary([])))
    recovery = None
    with ctx.write("settings", changed_summary(titles)) as tx:
        write_values(ctx, tx, values, progress)
        for name, items in changed_lists.items():
            _write_list(tx, LISTS[name], items)
        if staff_changed:
            _write_staff(ctx, tx, setup.staff or ())
        if setup.owner_pin is not KEEP:
            found = security.owner()
            if found is None:
                raise ValidationError("pin", "pin.no_owner", translate("ShopSetup", NO_OWNER))
            recovery = new_recovery_key() if setup.owner_pin else None
            security.write_owner_pin(tx, found["id"], setup.owner_pin, recovery)
    ctx.forget_cache()
    return Saved(Changes.of(tx), recovery)


def _write_list(tx, model: type[CatalogItem], items: Sequence[ListItem]) -> None:
    # A built-in item keeps no name of its own while it reads as its built-in name, in
    # English or in the user's language (the page shows it translated).
    english = dict(catalogs.BUILT_IN[model])
    translated = catalog.names(catalogs.BUILT_IN[model])
    stored = {row["key"]: row for row in queries.catalog(model)}
    taken = set(stored)
    for order, item in enumerate(items, start=1):
        text = item.name.strip()
        if item.key is None:
            key = catalog.key_from_name(text, taken)
            taken.add(key)
            tx.insert(model, key=key, name=text, sort_order=order, hidden=item.hidden)
            continue
        row = stored[item.key]
        built_in = text in (english.get(item.key), translated.get(item.key))
        name = None if built_in else text
        tx.update(model, row["id"], name=name, sort_order=order, hidden=item.hidden)


def _write_staff(ctx: Context, tx, members: Sequence[Member]) -> None:
    for member in members:
        name = clean_name(member.name)
        values: dict[str, Any] = {"name": name, "role": member.role, "active": member.active}
        if member.pin:
            values["pin_hash"] = hash_pin(member.pin)
        elif member.clear_pin:
            values["pin_hash"] = None
        if member.id is None:
            tx.insert(Staff, created_at=ctx.now(), **values)
        else:
            tx.update(Staff, member.id, **values)


__all__ = [
    "KEEP",
    "LISTS",
    "LIST_TITLES",
    "NO_OWNER",
    "ListItem",
    "Member",
    "Saved",
    "ShopSetup",
    "current_list",
    "current_staff",
    "list_title",
    "save",
]
