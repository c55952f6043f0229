"""Keeping the file healthy: check it, back it up, restore a backup, prune old backups.

These work on paths rather than an open `Context`: `check` must never write, and
`restore` must be able to replace a file that is too damaged to open. Damage found
by `check` is marked on the file (`store.health`): no program writes to it again
until a backup is restored over it.

Automatic backups (`automatic_backup`) are named ``<file>-YYYYMMDD-HHMMSS.sqlite``
and kept as Anki keeps them: the newest of each of the last 12 days, 10 weeks and
9 months (the shop's backup settings). Copies made for a reason carry it in their
name (``-before-restore-``, ``-before-upgrade-``) and are never pruned.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from enquirydesk import paths
from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import (
    DamagedDatabaseError,
    EnquiryDeskError,
    NewerVersionError,
    StoreError,
)
from enquirydesk.domain.formats import shop_formats
from enquirydesk.i18n import current_language, translate
from enquirydesk.store import files, health, migrations, postgres, queries, sqlite
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


def _existing(path: Path, backup: bool = False) -> Path:
    """`path`, which must be a file: the database, or with `backup` a backup to restore."""
    path = Path(path).expanduser()
    if not path.is_file():
        if backup:
            message = translate("Backups", "There is no backup file at {path}.")
        else:
            message = translate("Backups", "There is no database at {path}.")
        raise MissingFileError(message.format(path=path))
    return path


def _when(database: Path, moment: datetime) -> str:
    """A moment written for the shop of `database` (its country read from the file, which
    may be damaged: without it, the language's own way)."""
    try:
        country = json.loads(sqlite.read_setting(database, declared.COUNTRY.key) or '""')
    except ValueError:
        country = ""
    country = country if isinstance(country, str) else ""
    return shop_formats(current_language(), country, "EUR").when(moment)


def remove_leftovers() -> list[Path]:
    """Delete the half-written backups and exports that killed programs left behind."""
    return files.remove_unfinished(paths.unfinished_dir())


def check(path: Path) -> CheckResult:
    """The full integrity check, foreign keys, the expected schema and a reading of every
    row; writes nothing to the file. Damage found is marked on it (see `store.health`)."""
    path = _existing(path)
    try:
        facts = sqlite.inspect_file(path, verify=False)
    except DamagedDatabaseError as error:
        health.mark_damaged(path, str(error))
        raise
    if facts.empty:
        return CheckResult(
            path, None, (translate("Backups", "the file holds no EnquiryDesk data yet"),)
        )
    problems = list(sqlite.integrity_problems(path, read_back=True))
    if problems:
        health.mark_damaged(path, problems[0])
    else:
        mark = health.damage_mark(path)
        if mark is not None:
            when = _when(path, mark.found)
            if mark.reason:
                problem = translate(
                    "Backups",
                    "it was found damaged on {when} ({reason}); "
                    "restore a backup to go on writing to it",
                ).format(when=when, reason=mark.reason.rstrip("."))
            else:
                problem = translate(
                    "Backups",
                    "it was found damaged on {when}; restore a backup to go on writing to it",
                ).format(when=when)
            problems.append(problem)
    if facts.version is not None and facts.version > migrations.LATEST:
        problems.append(
            translate(
                "Backups",
                "it was saved by a newer EnquiryDesk (data version {version}); "
                "this one reads up to {latest}",
            ).format(version=facts.version, latest=migrations.LATEST)
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
    out: str | Path | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A verified copy of `database` (SQLite backup API); returns where it went.

    `out` may be a file name or a folder (an existing one, or a name ending in a path
    separator, which is created); the default is the backup folder. An existing file
    is never overwritten.
    """
    database = _existing(database)
    health.refuse_if_marked(database)
    sqlite.inspect_file(database, verify=False)  # refuse a file that is not ours
    when = now or datetime.now()
    if out is None:
        target = paths.backup_dir() / backup_name(database, when)
    else:
        text = os.fspath(out)
        chosen = Path(text).expanduser()
        if text.endswith(("/", os.sep)) or chosen.is_dir():
            target = chosen / backup_name(database, when)  # a folder, made when new
        elif chosen.parent.is_dir():
            target = chosen
        else:
            raise StoreError(
                translate(
                    "Backups", "There is no folder {folder} to write the backup into."
                ).format(folder=chosen.parent)
            )
    if target.exists():
        raise StoreError(
            translate(
                "Backups", "{path} already exists; choose another name for the backup."
            ).format(path=target)
        )
    if files.is_database_file(target, database):
        raise StoreError(
            translate("Backups", "A backup cannot be written over the database itself.")
        )
    sqlite.backup_to(database, target, progress, journal=paths.unfinished_dir())
    return target


def server_backup(
    store: Store, out: str | Path | None = None, *, now: datetime | None = None
) -> Path:
    """A backup of the shop's database on a server, made from this PC: PostgreSQL's own
    archive (``pg_dump``, restored with ``pg_restore``) where that program is installed,
    else the full export of the shop's data (File → Export all data), which EnquiryDesk
    reads back. `out`: a file or a folder, as for `backup`."""
    from enquirydesk.services import all_data
    from enquirydesk.services.context import Actor, Context

    program = postgres.pg_dump()
    when = now or datetime.now()
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", postgres.database_name(store.address)) or "shop"
    default = f"{name}-{when:%Y%m%d-%H%M%S}" + (".dump" if program else ".zip")
    if out is None:
        target = paths.backup_dir() / default
    else:
        chosen = Path(os.fspath(out)).expanduser()
        target = chosen / default if os.fspath(out).endswith(("/", os.sep)) or chosen.is_dir() \
            else chosen  # fmt: skip
    files.make_private_folder(target.parent)
    if target.exists():
        raise StoreError(
            translate(
                "Backups", "{path} already exists; choose another name for the backup."
            ).format(path=target)
        )
    if program is not None:
        postgres.dump_to(store.address, store.password, target, program)
        return target
    return all_data.export_all(Context(store, Actor("backup")), "zip", target)


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path | None  # None: nothing changed since the last one, none was made
    mark: int  # the change number the backup holds
    removed: tuple[Path, ...] = ()


def backup_settings_folder(configured: str) -> Path:
    """The backup folder a shop's setting names (its default when empty)."""
    return Path(configured).expanduser() if configured else paths.backup_dir()


def automatic_backup(
    store: Store,
    *,
    folder: Path,
    keep: tuple[int, int, int],
    since_mark: int | None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> AutomaticBackup:
    """The backup the window makes on close and every half hour: on this thread's own
    connection to `store` (the window's worker), only when something changed since the
    backup holding `since_mark` (None: the newest one in `folder`, if any), verified,
    then old ones pruned by the retention `keep` (daily, weekly, monthly). Nothing is
    made of a file that is read-only or was found damaged."""
    store.check_writable()  # a damaged file's copy would be no backup
    mark = queries.change_mark()
    if store.on_server:  # a server's backups are made on the server (`server_backup`)
        return AutomaticBackup(None, mark)
    if since_mark is None:
        latest = latest_backup(store.path, folder)
        since_mark = backup_facts(latest[1])[1] if latest else 0
    if mark == since_mark:
        return AutomaticBackup(None, mark)
    when = now or datetime.now()
    target = folder / backup_name(store.path, when)
    if target.exists():  # two in one second: the one there is as new as this
        return AutomaticBackup(target, mark)
    sqlite.backup_to(
        store.path,
        target,
        progress,
        connection=store.db.connection(),
        journal=paths.unfinished_dir(),
    )
    removed = prune_backups(store.path, folder, *keep)
    return AutomaticBackup(target, mark, tuple(removed))


def quick_check(database: Path) -> None:
    """SQLite's ``quick_check`` of the file, read-only (the window runs it behind itself);
    damage found is marked on the file, so that no program writes to it."""
    try:
        sqlite.inspect_file(database, verify=True)
    except DamagedDatabaseError as error:
        health.mark_damaged(database, str(error))
        raise


def disk_space(database: Path) -> health.Space:
    """Free space on the database's volume and the reserve writing needs."""
    return health.space(database)


def latest_backup(database: Path, folder: Path) -> tuple[datetime, Path] | None:
    """The newest automatic or command-line backup of `database` in `folder`."""
    found = backups_of(database, folder)
    return found[0] if found else None


def backup_facts(path: Path) -> tuple[int, int]:
    """(enquiries, last change number) a backup holds; (-1, -1) when it cannot be read."""
    try:
        return sqlite.backup_facts(path)
    except Exception:  # any file may be chosen: damaged, foreign, unreadable
        return -1, -1


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    safety_copy: Path | None
    upgraded_to: tuple[int, ...]


def verify_backup(source: Path) -> int:
    """Check that `source` is a healthy EnquiryDesk file this version can read; its version."""
    source = _existing(source, backup=True)
    facts = sqlite.inspect_file(source, verify=True, full=True)
    if facts.empty or facts.version is None:
        raise StoreError(
            translate("Backups", "{path} holds no EnquiryDesk data; nothing to restore.").format(
                path=source
            )
        )
    if facts.version > migrations.LATEST:
        raise NewerVersionError(
            translate(
                "Backups",
                "{path} was saved by a newer EnquiryDesk (data version {version}); "
                "update EnquiryDesk to restore it.",
            ).format(path=source, version=facts.version)
        )
    return facts.version


def _safety_copy(target: Path, now: datetime) -> Path:
    """Keep the current file before replacing it: a checked copy, or a raw one if damaged
    (read without breaking the locks of connections this process may hold on it)."""
    folder = paths.backup_dir()
    copy = folder / backup_name(target, now, "before-restore")
    try:
        sqlite.backup_to(target, copy, journal=paths.unfinished_dir())
    except EnquiryDeskError:
        files.make_private_folder(folder)
        raw = copy.with_name(copy.stem + "-damaged.sqlite")
        files.copy_raw(target, raw)
        wal = Path(f"{target}-wal")
        if wal.exists():
            files.copy_raw(wal, Path(f"{raw}-wal"))
        return raw
    return copy


def _healthy(target: Path) -> bool:
    if health.damage_mark(target) is not None:
        return False
    try:
        facts = sqlite.inspect_file(target, verify=True)
    except EnquiryDeskError:
        return False
    return facts.version is not None and facts.version <= migrations.LATEST


def restore(
    target: Path, source: Path, *, now: datetime | None = None, progress: Progress | None = None
) -> RestoreReport:
    """Replace the database at `target` with the backup `source`.

    The backup is verified first; the current file is kept as a safety copy. A
    healthy live file is overwritten page by page through SQLite's backup API
    under its lock, so a window that has it open sees the restored data; a
    damaged one is swapped out whole, and its damage mark goes with it.
    """
    when = now or datetime.now()
    source = Path(source).expanduser()
    verify_backup(source)
    target = Path(target).expanduser()
    if source.resolve() == target.resolve():
        raise StoreError(
            translate("Backups", "That backup is the database itself; choose a backup file.")
        )
    safety = None
    if target.exists() and target.stat().st_size > 0:
        healthy = _healthy(target)
        if not healthy and paths.window_elsewhere(target):
            # A damaged file is swapped out whole: a window still on it would go on with
            # the old file, and on closing delete the restored one's -wal by its name.
            raise StoreError(
                translate(
                    "Backups",
                    "An EnquiryDesk window has {name} open; close it, then restore the backup.",
                ).format(name=target.name)
            )
        safety = _safety_copy(target, when)
        if healthy:
            store = Store.open(target, verify=False, now=lambda: when)
            try:
                sqlite.restore_into(store.db, source, progress)
            finally:
                store.close()
        else:
            _swap_in(target, source)
    else:
        _swap_in(target, source)
    health.clear_damage_mark(target)
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
        sqlite.backup_to(
            source, partial.with_name(partial.name + ".db"), journal=paths.unfinished_dir()
        )
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
    if found:
        keep.add(found[0][0])  # never the newest: it may be the only good copy
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
        text = sqlite.read_setting(database, declared.BACKUP_FOLDER.key)
        value = json.loads(text) if text else ""
    except (OSError, ValueError):  # damaged, unreadable, or not ours
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
    "AutomaticBackup",
    "CheckResult",
    "DamagedDatabaseError",
    "MissingFileError",
    "RestoreReport",
    "automatic_backup",
    "backup",
    "backup_facts",
    "backup_folders",
    "check",
    "disk_space",
    "latest_backup",
    "prune_backups",
    "quick_check",
    "remove_leftovers",
    "restorable_backups",
    "restore",
    "verify_backup",
]
