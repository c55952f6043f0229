"""Opening an EnquiryDesk file safely, and the one way to write to it.

`Store.open` inspects the file read-only first (see `sqlite.inspect_file`), takes
a verified backup before any schema upgrade, then opens it for writing. Writes go
through `Store.write`, which wraps them in one ``BEGIN IMMEDIATE`` transaction
together with their change-log entries.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee

from enquirydesk.domain.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerVersionError,
    NotFoundError,
    StoreError,
)
from enquirydesk.i18n import translate
from enquirydesk.store import files, health, migrations, models, postgres, sqlite
from enquirydesk.store.changelog import Tx, undo_changes


@dataclass
class OpenReport:
    """What opening did: created a new file, upgraded it (and where the backup went)."""

    created: bool = False
    upgraded_to: list[int] = field(default_factory=list)
    backup: Path | None = None


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Store:
    """An open EnquiryDesk database. One per process (the models are bound globally).

    A file on this PC; or, with a ``postgresql://`` address, the shop's database on a
    server (`ServerStore`), which several PCs share. `path` names the file, or stands in
    for the server database in what this PC keeps per database (see
    `postgres.identity_path`); `location` is how to name it to the user.
    """

    #: Whether the database is on a server (no file of it on this PC to copy or check).
    on_server = False

    def __init__(self, path: Path, database: peewee.Database, report: OpenReport) -> None:
        self.path = path
        self.db = database
        self.report = report
        self.writable = True
        #: The operations this program saved (any thread): not news to it.
        self.made_here: set[int] = set()

    @property
    def location(self) -> str:
        return str(self.path)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        verify: bool = True,
        backup_dir: Path | None = None,
        now: Callable[[], datetime] = _now,
        password: str | None = None,
    ) -> Store:
        """Open (creating or upgrading if needed) the database at `path` (a file, or a
        server's address with its `password` when the address has none).

        Raises a `StoreError` subclass, having written nothing, when the file is
        not an EnquiryDesk database, is damaged (now, or found so earlier: see
        `store.health`), or comes from a newer version. A new file is created
        readable by its owner only.
        """
        if postgres.is_address(path):
            return ServerStore.connect(str(path), password=password, now=now)
        path = Path(path).expanduser()
        report = OpenReport()
        if path.exists():
            files.keep_private(path)
            health.refuse_if_marked(path)
            try:
                facts = sqlite.inspect_file(path, verify=verify)
            except DamagedDatabaseError as error:
                health.mark_damaged(path, str(error))
                raise
            if facts.version is not None and facts.version > migrations.LATEST:
                raise NewerVersionError(
                    translate(
                        "Store",
                        "{file} was saved by a newer EnquiryDesk (data version {version}; this "
                        "one reads up to {latest}). Update EnquiryDesk to open it.",
                    ).format(file=path, version=facts.version, latest=migrations.LATEST)
                )
            if facts.version is not None and facts.version < migrations.LATEST:
                stamp = now().strftime("%Y%m%d-%H%M%S")
                target = (backup_dir or path.parent / "backups") / (
                    f"{path.stem}-before-upgrade-v{facts.version}-{stamp}.sqlite"
                )
                sqlite.backup_to(path, target)
                report.backup = target
        else:
            try:
                files.make_private_folder(path.parent)
                files.create_private(path)
            except FileExistsError:
                pass  # another program created it this instant: open it like any other
            except OSError as error:
                raise StoreError(
                    #: {reason} is the operating system's own explanation.
                    translate(
                        "Store",
                        "The file {file} cannot be created ({reason}); check that its "
                        "folder is yours and the disk has room.",
                    ).format(file=path, reason=error.strerror)
                ) from None
        database = sqlite.make_database(path)
        models.database.initialize(database)
        try:
            database.connect(reuse_if_open=True)
            with database.atomic():
                if migrations.current_version(database) is None:
                    migrations.create_schema(database, now())
                    sqlite.set_application_id(database)
                    report.created = True
            report.upgraded_to = migrations.upgrade(database, now())
        except peewee.DatabaseError as error:
            database.close()
            raise sqlite.translate_error(error, path) from error
        except BaseException:  # e.g. a failed upgrade step: leave no connection behind
            database.close()
            raise
        return cls(path, database, report)

    def close(self) -> None:
        """Close this thread's connection (the last one to close checkpoints the WAL)."""
        if not self.db.is_closed():
            self.db.close()

    # -- writing ------------------------------------------------------------------

    def listener(self) -> Listener:
        """What a thread waits on for other programs' saved changes (see `Listener`)."""
        return Listener()

    def check_writable(self) -> None:
        """Refuse to write to a file opened read-only (it failed its check, or is being
        checked), found damaged by any program, or on a disk too full to write safely;
        every write path asks, the bulk ones too."""
        if not self.writable:
            raise StoreError(
                translate("Store", "The database is open read-only; nothing can be saved to it.")
            )
        try:
            health.refuse_if_marked(self.path)
        except DamagedDatabaseError:
            self.writable = False
            raise
        health.ensure_space(self.path)

    def translate(self, error: BaseException) -> BaseException:
        """`sqlite.translate_error` for this file; damage makes this store read-only."""
        translated = sqlite.translate_error(error, self.path)
        if isinstance(translated, DamagedDatabaseError):
            self.writable = False
        return translated

    @contextlib.contextmanager
    def write(
        self,
        *,
        actor: str,
        staff_id: int | None,
        action: str,
        summary: str,
        at: datetime,
        undo_of: int | None = None,
    ) -> Iterator[Tx]:
        """One operation: its writes and change-log entries commit together or not at all."""
        self.check_writable()
        try:
            with self.db.atomic():
                operation_id = models.Operation.insert(
                    at=at,
                    staff=staff_id,
                    actor=actor,
                    action=action,
                    summary=summary,
                    undo_of=undo_of,
                ).execute()
                tx = Tx(int(operation_id))
                self.made_here.add(tx.operation_id)
                tx.summary = summary
                yield tx
                if tx.summary != summary:
                    models.Operation.update(summary=tx.summary).where(
                        models.Operation.id == operation_id
                    ).execute()
        except peewee.DatabaseError as error:
            translated = self.translate(error)
            if translated is error:
                raise
            raise translated from error

    def undo(self, operation_id: int, *, actor: str, staff_id: int | None, at: datetime) -> Tx:
        """Undo one operation as a new operation; returns the undo's writes."""
        operation = models.Operation.get_or_none(models.Operation.id == operation_id)
        if operation is None:  # refuse before writing an undo that points nowhere
            raise NotFoundError(
                translate("Store", "There is no change number {number} to undo.").format(
                    number=operation_id
                )
            )
        summary = f"Undo: {operation.summary}"
        with self.write(
            actor=actor,
            staff_id=staff_id,
            action="undo",
            summary=summary,
            at=at,
            undo_of=operation_id,
        ) as tx:
            undo_changes(tx, operation_id)
        return tx

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Several operations as one: they commit together or not at all."""
        self.check_writable()
        with self.db.atomic():
            yield

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """A consistent read of several queries (a deferred transaction: takes no write lock)."""
        with self.db.atomic("DEFERRED"):
            yield

    def read_together(self, jobs: Sequence[Callable[[], Any]]) -> list[Any]:
        """The results of read-only `jobs`, run side by side, each in a thread of its own on
        a connection of its own, all reading the same committed state as one `snapshot`
        would: commits are held back for the moment it takes every job to begin its read
        transaction. When that cannot be done at once (another connection is writing this
        instant, the file is read-only, or the calling thread is inside a transaction),
        the jobs run one after another in one snapshot instead; the results are the same
        either way, only the time differs."""
        if len(jobs) < 2 or self.db.in_transaction():
            with self.snapshot():
                return [job() for job in jobs]
        with sqlite.commits_held(self.path) as held:
            if not held:
                with self.snapshot():
                    return [job() for job in jobs]
            results: list[Any] = [None] * len(jobs)
            errors: list[BaseException] = []
            reading = threading.Barrier(len(jobs) + 1)

            def run(index: int) -> None:
                try:
                    # A passing reader: SQLite's own small page cache (the file's pages are
                    # in the system's cache), not the long-lived connections' large one.
                    self.db.execute_sql(f"PRAGMA cache_size = {sqlite.PASSING_CACHE_KIB}")
                    with self.db.atomic("DEFERRED"):
                        try:
                            # The read transaction (its snapshot) begins with a first read.
                            self.db.execute_sql("SELECT 1 FROM schema_info LIMIT 1").fetchall()
                        finally:
                            reading.wait()
                        results[index] = jobs[index]()
                except BaseException as error:  # raised on the calling thread below
                    errors.append(error)
                    reading.abort()  # nobody waits for a job that will never read
                finally:
                    self.db.close()  # this thread's connection, not the caller's

            threads = [
                threading.Thread(target=run, args=(i,), name=f"enquirydesk-read-{i}")
                for i in range(len(jobs))
            ]
            for thread in threads:
                thread.start()
            with contextlib.suppress(threading.BrokenBarrierError):  # a job failed: below
                reading.wait()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]
        return results


class Listener:
    """Waits for other programs' changes to a file: SQLite tells nobody, so it only waits
    and the caller looks (a look at the latest change number costs microseconds)."""

    def __init__(self) -> None:
        self._closed = threading.Event()

    def wait(self, timeout: float) -> bool:
        self._closed.wait(timeout)
        return False

    def close(self) -> None:
        self._closed.set()


class ServerStore(Store):
    """The shop's database on a PostgreSQL server (see `store.postgres`)."""

    on_server = True

    @property
    def location(self) -> str:
        return self.address

    @classmethod
    def connect(
        cls, address: str, *, password: str | None = None, now: Callable[[], datetime] = _now
    ) -> ServerStore:
        """Connect to the shop's database, creating its tables when it has none (two PCs
        doing so at once: one makes them, the other finds them) and upgrading it.

        Raises a `StoreError` subclass with a plain sentence when the server cannot be
        reached or refuses, the database belongs to another program, or it was made by
        a newer EnquiryDesk.
        """
        report = OpenReport()
        database = postgres.make_database(address, password)
        models.database.initialize(database)
        try:
            database.connect(reuse_if_open=True)
            with database.atomic():  # the write lock: one PC creates, the others wait
                version = migrations.current_version(database)
                if version is None:
                    if database.get_tables():
                        raise ForeignDatabaseError(
                            translate(
                                "Store",
                                "{database} holds another program's tables, not EnquiryDesk's.",
                            ).format(database=postgres.describe(address))
                        )
                    postgres.install_shims(database)
                    migrations.create_schema(database, now())
                    report.created = True
                elif version > migrations.LATEST:
                    raise NewerVersionError(
                        translate(
                            "Store",
                            "{database} was set up by a newer EnquiryDesk (data version "
                            "{version}; this one reads up to {latest}). Update EnquiryDesk "
                            "on this PC to use it.",
                        ).format(
                            database=postgres.describe(address),
                            version=version,
                            latest=migrations.LATEST,
                        )
                    )
            report.upgraded_to = migrations.upgrade(database, now())
        except peewee.DatabaseError as error:
            database.close()
            translated = postgres.translate_error(error, address)
            if translated is error:
                raise
            raise translated from None
        except BaseException:
            database.close()
            raise
        return cls(address, database, report)

    def __init__(self, address: str, database: peewee.Database, report: OpenReport) -> None:
        super().__init__(postgres.identity_path(address), database, report)
        self.address = postgres.without_password(address)
        self.password = getattr(database, "password", None)

    def listener(self) -> postgres.Listener:
        return postgres.Listener(self.address, self.password)

    @contextlib.contextmanager
    def write(self, **what: Any) -> Iterator[Tx]:
        """`Store.write`, and the other PCs told of the operation when it commits."""
        with super().write(**what) as tx:
            yield tx
            postgres.announce(self.db, tx.operation_id)

    def check_writable(self) -> None:
        if not self.writable:
            raise StoreError(
                translate("Store", "The database is open read-only; nothing can be saved to it.")
            )

    def translate(self, error: BaseException) -> BaseException:
        return postgres.translate_error(error, self.address)

    def read_together(self, jobs: Sequence[Callable[[], Any]]) -> list[Any]:
        """The jobs one after another in one snapshot: the server's own workers already
        answer each query in parallel where it pays."""
        with self.snapshot():
            return [job() for job in jobs]
