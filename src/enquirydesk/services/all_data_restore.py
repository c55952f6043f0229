"""Bringing an export of all data back whole (`import_all`): into a database that holds no
customers and no enquiries, every table with its ids, in one transaction, the file's
data version checked and each table's rows counted against its about sheet, with the
progress in rows; and what was brought in (`AllDataResult`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from enquirydesk.domain.importcsv import FileProblem
from enquirydesk.i18n import Texts, translate
from enquirydesk.services.all_data_cells import Bad, whole
from enquirydesk.services.all_data_read import (
    Rows,
    Source,
    damaged,
    not_ours,
    open_export,
    read_errors,
)
from enquirydesk.services.context import Cancelled, Changes, Context, Progress
from enquirydesk.store import bulk, dump, files
from enquirydesk.store.bulk import bulk_transaction
from enquirydesk.store.migrations import LATEST

AllData = Texts("AllData")


@dataclass(frozen=True)
class AllDataResult:
    """What `import_all` brought in."""

    path: Path
    counts: Mapping[str, int]  # table → rows written
    schema_version: int  # the file's
    shop_name: str
    changes: Changes

    @property
    def enquiries(self) -> int:
        return self.counts.get("enquiry", 0)

    @property
    def customers(self) -> int:
        return self.counts.get("customer", 0)

    def __str__(self) -> str:
        """What was brought in, in one sentence."""
        enquiries, customers = self.enquiries, self.customers
        return translate(
            "AllData", "Imported all data from {file}: {enquiries} and {customers}."
        ).format(
            file=self.path.name,
            enquiries=AllData.tr("%Ln enquiries", None, enquiries),
            customers=AllData.tr("%Ln customers", None, customers),
        )


class _Ticks:
    """Import progress in rows: every `every` rows; False from `progress` cancels."""

    def __init__(self, progress: Progress | None, total: int, every: int = 2_000) -> None:
        self.progress, self.total, self.every = progress, total, every
        self.done = 0

    def tell(self) -> None:
        if self.progress is not None:
            total = max(self.total, self.done)
            if self.progress(self.done, total) is False:
                raise Cancelled(translate("AllData", "Import cancelled; nothing was imported."))

    def __call__(self) -> None:
        self.done += 1
        if self.done % self.every == 0:
            self.tell()


def _version(about: Mapping[str, Any], path: Path) -> int:
    try:
        version = whole(about.get("schema_version", ""))
    except Bad:
        raise FileProblem(
            translate(
                "AllData",
                "{file} does not say which data version it holds (schema_version on its "
                "about sheet); nothing was imported.",
            ).format(file=path.name)
        ) from None
    if version > LATEST:
        raise FileProblem(
            translate(
                "AllData",
                "{file} was written by a newer EnquiryDesk (data version {version}; this one "
                "reads up to {latest}). Update EnquiryDesk to import it.",
            ).format(file=path.name, version=version, latest=LATEST)
        )
    return version


def _expected(about: Mapping[str, Any], name: str) -> int | None:
    try:
        return whole(about[name])
    except (KeyError, Bad):
        return None


def import_all(ctx: Context, path: Path, progress: Progress | None = None) -> AllDataResult:
    """Bring an export of all data back into this database, which must hold no customers
    and no enquiries: every table with its ids, in one transaction (all or nothing).

    The file's settings, staff and catalogues replace the database's; its PIN settings and
    PINs stay. `progress(done, total)` in rows; False cancels (`Cancelled`)."""
    path = Path(path)
    if files.is_database_file(path, ctx.store.path):
        raise not_ours(path)
    reading = read_errors()
    try:
        source = open_export(path)
    except reading as error:
        raise damaged(path, error) from None
    try:
        if not source.has("enquiry"):
            raise not_ours(path)
        try:
            about = source.about()
        except reading as error:
            raise damaged(path, error) from None
        version = _version(about, path)
        if version == LATEST:
            for table in dump.TABLES:
                if not source.has(table.name):
                    raise FileProblem(
                        translate(
                            "AllData",
                            "{file} lacks the sheet {sheet}; nothing was imported.",
                        ).format(file=path.name, sheet=table.name)
                    )
        total = sum(_expected(about, t.name) or 0 for t in dump.TABLES)
        ticks = _Ticks(progress, total)
        ticks.tell()
        result = _load(ctx, path, source, about, version, ticks, reading)
    finally:
        with contextlib.suppress(*reading):
            source.close()
    ctx.forget_cache()  # the settings and catalogues are the file's now
    ticks.tell()
    return result


def _load(
    ctx: Context,
    path: Path,
    source: Source,
    about: Mapping[str, Any],
    version: int,
    ticks: _Ticks,
    reading: tuple[type[BaseException], ...],
) -> AllDataResult:
    ctx.store.check_writable()
    names = [t.name for t in dump.TABLES]
    with bulk_transaction(ctx.store.db, names, rebuild_indexes=True) as writer:
        restore = dump.Restore(writer)
        restore.start()
        for table in dump.TABLES:
            rows = Rows(source, version < LATEST, ticks)
            try:
                if source.has(table.name):
                    restore.load(table, rows.parts(table))
            except reading as error:
                raise damaged(path, error) from None
            expected = _expected(about, table.name)
            if expected is not None and expected != rows.read:
                raise FileProblem(
                    translate(
                        "AllData",
                        "{file} holds {found} rows of {sheet} where it says {expected}; it may "
                        "be damaged or cut short. Nothing was imported.",
                    ).format(
                        file=path.name,
                        found=ctx.formats.count(rows.read),
                        sheet=table.name,
                        expected=ctx.formats.count(expected),
                    )
                )
        restore.finish()
        shop = str(about.get("shop_name") or "")
        summary = translate("AllData", "Imported all data from {file}").format(file=path.name)
        staff = ctx.actor.staff_id if restore.has_staff(ctx.actor.staff_id) else None
        operation_id = bulk.record_operation(
            at=ctx.now(), staff=staff, actor=ctx.actor.name, action="import", summary=summary
        )
    return AllDataResult(
        path=path,
        counts=dict(restore.counts),
        schema_version=version,
        shop_name=shop,
        changes=Changes(operation_id=operation_id, summary=summary, everything=True),
    )
