"""What keeps a file from being written to: damage found once, and a disk nearly full.

**Damage.** Once any check (opening, the window's background check, ``check``, or a
write that met a damaged page) has found a file damaged, a mark is left beside it
(``shop.sqlite.damaged``): from then on no program writes to that file until a
backup is restored over it. The mark names the file's identity, so a file that was
replaced by another one (a restore, a copy by hand) is not held by an old mark.

**Disk space.** SQLite maps its shared-memory file (``-shm``) into memory; when the
disk is so full that a page of it cannot be backed, the kernel kills the program
(SIGBUS) without a word. So nothing is written while the database's volume has less
than a reserve free: the user gets a plain sentence instead, and after space is
freed everything works again.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from enquirydesk.domain.errors import DamagedDatabaseError, DiskFullError
from enquirydesk.i18n import QT_TRANSLATE_NOOP, current_language, translate
from enquirydesk.store import files

# Never write with less than this free on the database's volume...
RESERVE_BYTES = 50 * 1024 * 1024
# ...nor with less than this many times the current write-ahead log.
RESERVE_WAL_FACTOR = 2

#: Said when the disk is full (`disk_full()` gives it in the user's language).
DISK_FULL = QT_TRANSLATE_NOOP(
    "Health", "The disk is full; nothing was saved. Free some space and try again."
)


def disk_full() -> str:
    """What the user is told when the disk is full, in their language."""
    return translate("Health", DISK_FULL)


@dataclass(frozen=True)
class Space:
    free: int
    needed: int

    @property
    def enough(self) -> bool:
        return self.free >= self.needed


def space(database: Path) -> Space:
    """Free bytes on the volume of `database` and the reserve it needs (no file is opened)."""
    folder = database.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    try:
        wal = os.stat(f"{database}-wal").st_size
    except OSError:
        wal = 0
    return Space(free, max(RESERVE_BYTES, RESERVE_WAL_FACTOR * wal))


def ensure_space(database: Path) -> None:
    """Refuse to write (DiskFullError) while the volume is below its reserve."""
    if not space(database).enough:
        raise DiskFullError(disk_full())


# -- the damage mark ------------------------------------------------------------------------


@dataclass(frozen=True)
class DamageMark:
    found: datetime
    reason: str


def _mark_path(database: Path) -> Path:
    return database.with_name(database.name + ".damaged")


def _identity(database: Path) -> list[int] | None:
    try:
        info = os.stat(database)
    except OSError:
        return None
    return [info.st_dev, info.st_ino]


def mark_damaged(database: Path, reason: str, when: datetime | None = None) -> None:
    """Leave the mark beside `database` (kept when the folder cannot be written to: the
    database cannot be written there either)."""
    database = Path(database)
    if damage_mark(database) is not None:
        return
    record = {
        "found": (when or datetime.now()).replace(microsecond=0).isoformat(sep=" "),
        "reason": reason[:500],
        "file": _identity(database),
    }
    mark = _mark_path(database)
    partial = mark.with_name(mark.name + ".partial")
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)
        files.create_private(partial)
        partial.write_text(json.dumps(record), encoding="utf-8")
        os.replace(partial, mark)


def damage_mark(database: Path) -> DamageMark | None:
    """The mark left on `database`, if one applies to the file that is there now."""
    mark = _mark_path(Path(database))
    try:
        record = json.loads(mark.read_text(encoding="utf-8"))
        found = datetime.fromisoformat(record["found"])
        reason = str(record.get("reason", ""))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):  # an unreadable mark still holds
        return DamageMark(datetime.fromtimestamp(0), "")
    identity = record.get("file")
    if identity is not None and identity != _identity(Path(database)):
        return None  # another file was put in its place since
    return DamageMark(found, reason)


def clear_damage_mark(database: Path) -> None:
    with contextlib.suppress(OSError):
        _mark_path(Path(database)).unlink(missing_ok=True)


def refuse_if_marked(database: Path) -> None:
    """Raise DamagedDatabaseError when `database` carries a damage mark."""
    mark = damage_mark(database)
    if mark is None:
        return
    from enquirydesk.domain.formats import shop_formats  # Babel: loaded only when needed

    # The shop's country is in the damaged file: the date is written the language's way.
    when = shop_formats(current_language(), "", "EUR").when(mark.found)
    why = mark.reason.rstrip(".")
    if mark.found.year > 1970 and why:
        #: {reason} is what the check found, often SQLite's own words in English.
        message = translate(
            "Health",
            "{file} was found damaged on {when} ({reason}); nothing is written to it until a "
            "backup is restored over it.",
        )
    elif mark.found.year > 1970:
        message = translate(
            "Health",
            "{file} was found damaged on {when}; nothing is written to it until a "
            "backup is restored over it.",
        )
    elif why:
        #: {reason} is what the check found, often SQLite's own words in English.
        message = translate(
            "Health",
            "{file} was found damaged ({reason}); nothing is written to it until a "
            "backup is restored over it.",
        )
    else:
        message = translate(
            "Health",
            "{file} was found damaged; nothing is written to it until a "
            "backup is restored over it.",
        )
    raise DamagedDatabaseError(message.format(file=database, when=when, reason=why))
