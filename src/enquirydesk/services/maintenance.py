"""Keeping the file healthy: check it, back it up, restore a backup, prune old backups.

These work on paths rather than an open `Context`: `check` must never write, and
`restore` must be able to replace a file that is too damaged to open.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from enquirydesk import paths
from enquirydesk.domain.errors import (
    DamagedDatabaseError,
    EnquiryDeskError,
    NewerVersionError,
    StoreError,
)
from enquirydesk.store import migrations, sqlite
from enquirydesk.store.database import Store
from enquirydesk.store.verify import schema_problems

Progress = Callable[[int, int], None]

#: Backups this program names itself: ``<stem>-YYYYMMDD-HHMMSS.sqlite``.
_BACKUP_NAME = re.compile(r"-(\d{8})-(\d{6})\.sqlite$")


class MissingFileError(StoreError):
    """The file named by the user does not exist."""


@dataclass(frozen=True)
class CheckResult:
    path: Path
    version: int | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _existing(path: Path, what: str) -> Path:
    path = Path(path).expanduser()
    if not path.is_file():
        raise MissingFileError(f"There is no {what} at {path}.")
    return path


def check(path: Path) -> CheckResult:
    """The full integrity check, foreign keys and the expected schema; writes nothing."""
    path = _existing(path, "database")
    facts = sqlite.inspect_file(path, verify=False)
    if facts.empty:
        return CheckResult(path, None, ("the file holds no EnquiryDesk data yet",))
    problems = list(sqlite.integrity_problems(path))
    if facts.version is not None and facts.version > migrations.LATEST:
        problems.append(
            f"it was saved by a newer EnquiryDesk (data version {facts.version}); "
            f"this one reads up to {migrations.LATEST}"
        )
    elif facts.version == migrations.LATEST and not problems:
        with sqlite.readonly_connection(path) as connection:
            problems.extend(schema_problems(connection))
    return CheckResult(path, facts.version, tuple(problems))


def backup_name(database: Path, when: datetime, label: str = "") -> str:
    middle = f"-{label}" if label else ""
    return f"{database.stem}{middle}-{when:%Y%m%d-%H%M%S}.sqlite"


def backup(
    database: Path,
    out: Path | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A verified copy of `database` (SQLite backup API); returns where it went.

    `out` may be a file name or a folder; the default is the backup folder. An
    existing file is never overwritten.
    """
    database = _existing(database, "database")
    sqlite.inspect_file(database, verify=False)  # refuse a file that is not ours
    when = now or datetime.now()
    if out is None:
        target = paths.backup_dir() / backup_name(database, when)
    else:
        out = Path(out).expanduser()
        target = out / backup_name(database, when) if out.is_dir() else out
    if target.exists():
        raise StoreError(f"{target} already exists; choose another name for the backup.")
    if target.resolve() == database.resolve():
        raise StoreError("A backup cannot be written over the database itself.")
    sqlite.backup_to(database, target, progress)
    return target


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    safety_copy: Path | None
    upgraded_to: tuple[int, ...]


def verify_backup(source: Path) -> int:
    """Check that `source` is a healthy EnquiryDesk file this version can read; its version."""
    source = _existing(source, "backup file")
    facts = sqlite.inspect_file(source, verify=True, full=True)
    if facts.empty or facts.version is None:
        raise StoreError(f"{source} holds no EnquiryDesk data; nothing to restore.")
    if facts.version > migrations.LATEST:
        raise NewerVersionError(
            f"{source} was saved by a newer EnquiryDesk (data version {facts.version}); "
            "update EnquiryDesk to restore it."
        )
    return facts.version


def _safety_copy(target: Path, now: datetime) -> Path:
    """Keep the current file before replacing it: a checked copy, or a raw one if damaged."""
    folder = paths.backup_dir()
    copy = folder / backup_name(target, now, "before-restore")
    try:
        sqlite.backup_to(target, copy)
    except EnquiryDeskError:
        folder.mkdir(parents=True, exist_ok=True)
        raw = copy.with_name(copy.stem + "-damaged.sqlite")
        shutil.copy2(target, raw)
        wal = Path(f"{target}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{raw}-wal"))
        return raw
    return copy


def _healthy(target: Path) -> bool:
    try:
        facts = sqlite.inspect_file(target, verify=True)
    except EnquiryDeskError:
        return False
    return facts.version is not None and facts.version <= migrations.LATEST


def restore(target: Path, source: Path, *, now: datetime | None = None) -> RestoreReport:
    """Replace the database at `target` with the backup `source`.

    The backup is verified first; the current file is kept as a safety copy. A
    healthy live file is overwritten page by page through SQLite's backup API
    under its lock, so a window that has it open sees the restored data; a
    damaged one is swapped out whole.
    """
    when = now or datetime.now()
    source = Path(source).expanduser()
    verify_backup(source)
    target = Path(target).expanduser()
    if source.resolve() == target.resolve():
        raise StoreError("That backup is the database itself; choose a backup file.")
    safety = None
    if target.exists() and target.stat().st_size > 0:
        safety = _safety_copy(target, when)
        if _healthy(target):
            store = Store.open(target, verify=False, now=lambda: when)
            try:
                sqlite.restore_into(store.db, source)
            finally:
                store.close()
        else:
            _swap_in(target, source)
    else:
        _swap_in(target, source)
    store = Store.open(target, now=lambda: when)
    try:
        upgraded = tuple(store.report.upgraded_to)
    finally:
        store.close()
    return RestoreReport(source, safety, upgraded)


def _swap_in(target: Path, source: Path) -> None:
    """Put a checked copy of `source` where `target` is, atomically, dropping stale WAL files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".restoring")
    partial.unlink(missing_ok=True)
    try:
        sqlite.backup_to(source, partial.with_name(partial.name + ".db"))
        os.replace(partial.with_name(partial.name + ".db"), partial)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# -- automatic backups ------------------------------------------------------------


def backups_of(database: Path, folder: Path) -> list[tuple[datetime, Path]]:
    """This database's automatic backups in `folder`, newest first."""
    found = []
    if not folder.is_dir():
        return found
    for candidate in folder.glob(f"{database.stem}-*.sqlite"):
        match = _BACKUP_NAME.search(candidate.name)
        rest = candidate.name[len(database.stem) + 1 : match.start() + 1] if match else None
        if match is None or rest != "":
            continue  # labelled copies (before-restore, before-upgrade) are kept
        when = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        found.append((when, candidate))
    found.sort(reverse=True)
    return found


def backups_to_keep(stamps: list[datetime], daily: int, weekly: int, monthly: int) -> set[datetime]:
    """Anki's rule: the newest backup of each of the last `daily` days, `weekly` weeks
    and `monthly` months (counting only periods that have a backup)."""
    keep: set[datetime] = set()
    for count, period in (
        (daily, lambda d: d.date()),
        (weekly, lambda d: date.fromisocalendar(*d.isocalendar()[:2], 1)),
        (monthly, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for stamp in sorted(stamps, reverse=True):
            key = period(stamp)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(stamp)
    return keep


def prune_backups(
    database: Path, folder: Path, daily: int, weekly: int, monthly: int
) -> list[Path]:
    """Delete automatic backups the retention rule no longer keeps; returns what went."""
    found = backups_of(database, folder)
    keep = backups_to_keep([when for when, _ in found], daily, weekly, monthly)
    removed = []
    for when, path in found:
        if when not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


# -- finding a backup to restore ----------------------------------------------------


def backup_folders(database: Path, configured: str = "") -> list[Path]:
    """Where backups of `database` may be: the shop's backup folder setting, then the default.

    `configured` is that setting when the caller could read it; otherwise it is read from
    the file itself, read-only, and a file too damaged to say leaves the default folder.
    """
    setting = configured or _configured_backup_folder(Path(database).expanduser())
    folders = [Path(setting).expanduser()] if setting else []
    if paths.backup_dir() not in folders:
        folders.append(paths.backup_dir())
    return folders


def _configured_backup_folder(database: Path) -> str:
    try:
        with sqlite.readonly_connection(database) as connection:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = 'backup.folder'"
            ).fetchone()
        value = json.loads(row[0]) if row else ""
    except (sqlite3.Error, OSError, ValueError):  # damaged, unreadable, or not ours
        return ""
    return value if isinstance(value, str) else ""


def restorable_backups(database: Path, configured: str = "") -> list[tuple[datetime, Path]]:
    """The automatic and `backup` command copies of `database` in its backup folders,
    newest first (what the window offers when the file cannot be used)."""
    database = Path(database).expanduser()
    found: dict[Path, tuple[datetime, Path]] = {}
    for folder in backup_folders(database, configured):
        for when, path in backups_of(database, folder):
            found.setdefault(path.resolve(), (when, path))
    return sorted(found.values(), reverse=True)


__all__ = [
    "CheckResult",
    "DamagedDatabaseError",
    "MissingFileError",
    "RestoreReport",
    "backup",
    "backup_folders",
    "check",
    "prune_backups",
    "restorable_backups",
    "restore",
    "verify_backup",
]
