"""The owner's PIN, and the PINs staff may have to switch to them at the counter.

Once the owner has set a PIN, opening Settings, deleting, merging, exports, imports,
restoring a backup and switching to the owner need it, in the window and on the
command line alike. PINs are kept only as salted slow hashes (scrypt). After five
wrong PINs in a row the next try must wait 30 seconds, then twice as long each time:
the count is kept per database file in the data folder, so that it holds across
windows and commands.

A forgotten PIN: when the PIN is set, a recovery key is shown once to write down (kept,
like the PIN, as a hash). `reset_owner_pin` takes it and removes the PIN. Without it,
restoring a backup made before the PIN was set is the way back (which needs the file
and that backup: no back door).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from datetime import datetime, timedelta
from pathlib import Path

from enquirydesk import paths
from enquirydesk.domain import pins
from enquirydesk.domain.errors import EnquiryDeskError, ValidationError
from enquirydesk.i18n import Texts, translate
from enquirydesk.services.context import Changes, Context
from enquirydesk.store import files, queries, sqlite
from enquirydesk.store.models import Setting, Staff

Security = Texts("Security")

RECOVERY = "security.recovery_key"


class PinRefused(EnquiryDeskError):
    """A wrong PIN, or one tried too soon after too many wrong ones."""

    def __init__(self, message: str, wait_s: int = 0) -> None:
        super().__init__(message)
        self.wait_s = wait_s


# -- who the owner is ---------------------------------------------------------------------


def owner() -> dict | None:
    """The (active) owner of the shop, or None while nobody is."""
    return queries.owner()


def owner_pin_set() -> bool:
    found = owner()
    return found is not None and bool(found["pin_hash"])


# -- trying a PIN ---------------------------------------------------------------------------


def _tries_file() -> Path:
    return paths.data_dir() / "pin-tries.json"


def _key(database: Path) -> str:
    return hashlib.sha256(os.path.realpath(database).encode()).hexdigest()[:16]


def _load() -> dict:
    try:
        found = json.loads(_tries_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _store(tries: dict) -> None:
    target = _tries_file()
    with contextlib.suppress(OSError):
        files.make_private_folder(target.parent)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        files.create_private(partial)
        partial.write_text(json.dumps(tries), encoding="utf-8")
        os.replace(partial, target)


def wait_left(database: Path, now: datetime) -> int:
    """Seconds before the next PIN may be tried on `database` (0: now)."""
    entry = _load().get(_key(database)) or {}
    failures = int(entry.get("failures", 0))
    last = entry.get("last")
    if not last:
        return 0
    until = datetime.fromisoformat(last) + timedelta(seconds=pins.wait_after(failures))
    return max(0, int((until - now).total_seconds() + 0.999))


def _note(database: Path, now: datetime, right: bool) -> int:
    tries = _load()
    key = _key(database)
    if right:
        tries.pop(key, None)
        _store(tries)
        return 0
    failures = int((tries.get(key) or {}).get("failures", 0)) + 1
    tries[key] = {"failures": failures, "last": now.isoformat()}
    _store(tries)
    return failures


def check_pin(
    database: Path, now: datetime, pin: str, stored: str, staff_name: str | None = None
) -> None:
    """Raise PinRefused unless `pin` matches `stored` (and may be tried now): the owner's
    PIN, or with `staff_name` that staff member's."""
    waiting = wait_left(database, now)
    if waiting:
        raise PinRefused(
            Security.tr("Too many wrong PINs; try again in %n seconds.", None, waiting),
            wait_s=waiting,
        )
    if pins.verify_pin(pin, stored):
        _note(database, now, right=True)
        return
    failures = _note(database, now, right=False)
    waiting = pins.wait_after(failures)
    if waiting:
        if staff_name is None:
            message = Security.tr(
                "That is not the owner's PIN. Too many wrong PINs; try again in %n seconds.",
                None,
                waiting,
            )
        else:
            message = Security.tr(
                "That is not {name}'s PIN. Too many wrong PINs; try again in %n seconds.",
                None,
                waiting,
            )
        raise PinRefused(message.format(name=staff_name), wait_s=waiting)
    left = pins.FREE_TRIES - failures
    if staff_name is None:
        message = Security.tr(
            "That is not the owner's PIN (%n more tries before a wait).", None, left
        )
    else:
        message = Security.tr("That is not {name}'s PIN (%n more tries before a wait).", None, left)
    raise PinRefused(message.format(name=staff_name))


def check_owner_pin(ctx: Context, pin: str | None) -> None:
    """Nothing to do when no owner PIN is set; else `pin` must be the owner's."""
    found = owner()
    if found is None or not found["pin_hash"]:
        return
    if not pin:
        raise PinRefused(translate("Security", "This needs the owner's PIN."))
    check_pin(ctx.store.path, ctx.now(), pin, found["pin_hash"])


def file_needs_pin(database: Path, backup: Path) -> bool:
    """Whether a restore over `database` (or, unreadable, from `backup`) needs a PIN."""
    stored = sqlite.owner_pin_hash(database)
    if stored is None:
        stored = sqlite.owner_pin_hash(backup)
    return bool(stored)


def check_file_owner_pin(database: Path, backup: Path, pin: str | None, now: datetime) -> None:
    """Before a restore, which works on paths (the file may be damaged): the PIN of the
    owner of the file in place, or, when that cannot be read, of the backup."""
    stored = sqlite.owner_pin_hash(database)
    if stored is None:
        stored = sqlite.owner_pin_hash(backup)
    if not stored:
        return
    if not pin:
        raise PinRefused(translate("Security", "Restoring a backup needs the owner's PIN."))
    check_pin(database, now, pin, stored)


def staff_has_pin(staff_id: int) -> bool:
    row = queries.staff_by_id(staff_id)
    return row is not None and bool(row["pin_hash"])


def check_staff_pin(ctx: Context, staff_id: int, pin: str | None) -> None:
    """To switch to a staff member who has a PIN (the owner's, for the owner)."""
    row = queries.staff_by_id(staff_id)
    if row is None or not row["pin_hash"]:
        return
    if not pin:
        raise PinRefused(
            translate("Security", "Switching to {name} needs their PIN.").format(name=row["name"])
        )
    check_pin(ctx.store.path, ctx.now(), pin, row["pin_hash"], staff_name=row["name"])


# -- setting and forgetting ---------------------------------------------------------------


def set_owner_pin(ctx: Context, pin: str | None) -> tuple[Changes, str | None]:
    """Set (or, with None, remove) the owner's PIN; returns the change and, when a PIN is
    set, a new recovery key to write down (only its hash is kept)."""
    found = owner()
    if found is None:
        raise ValidationError(
            "pin",
            "pin.no_owner",
            translate("Security", "Choose the owner on the Staff page before setting a PIN."),
        )
    key = pins.new_recovery_key() if pin else None
    if pin:
        summary = translate("Security", "Owner's PIN set")
    else:
        summary = translate("Security", "Owner's PIN removed")
    with ctx.write("owner_pin", summary) as tx:
        write_owner_pin(tx, found["id"], pin, key)
    ctx.forget_cache()
    return Changes.of(tx), key


def write_owner_pin(tx, owner_id: int, pin: str | None, recovery_key: str | None) -> None:
    """Inside an operation: the owner's PIN hash and the recovery key's."""
    tx.update(Staff, owner_id, pin_hash=pins.hash_pin(pin) if pin else None)
    value = json.dumps(pins.hash_secret(recovery_key) if recovery_key else "")
    setting_id = queries.setting_id(RECOVERY)
    if setting_id is None:
        tx.insert(Setting, key=RECOVERY, value=value)
    else:
        tx.update(Setting, setting_id, value=value)


def reset_owner_pin(ctx: Context, recovery_key: str) -> Changes:
    """A forgotten PIN: the recovery key written down when it was set removes it."""
    stored = queries.settings_values().get(RECOVERY) or ""
    if not stored or not pins.verify_secret(recovery_key, stored):
        _note(ctx.store.path, ctx.now(), right=False)
        raise PinRefused(translate("Security", "That is not this shop's recovery key."))
    changes, _ = set_owner_pin(ctx, None)
    return changes


def needs_owner_pin() -> bool:
    """Whether the owner's PIN guards Settings, deleting, merging, exports, imports and
    restores (for the window to ask before it acts)."""
    return owner_pin_set()


__all__ = [
    "PinRefused",
    "check_file_owner_pin",
    "check_owner_pin",
    "check_staff_pin",
    "file_needs_pin",
    "needs_owner_pin",
    "owner",
    "owner_pin_set",
    "reset_owner_pin",
    "set_owner_pin",
    "staff_has_pin",
    "wait_left",
]
