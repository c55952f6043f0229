"""Importing a shop's history from a CSV file or a sheet of a workbook.

`inspect` opens the file and settles how to read it (its columns mapped to fields,
the order of day and month); `preview` reads the first rows as they would be
stored; `import_file` imports it. The mapping used is remembered for the next file
with the same header.

Every row is checked, and its customer matched, before anything is written;
then everything is written in one transaction, so an interrupted import
(Ctrl+C, a killed process, a power cut) leaves the database as it was.

Customers are recognised by `customers.recognise`, the same rule as for a logged
enquiry, asked of an index of the customers the file can concern (loaded once)
and of those the file itself introduces. Customers already in the database are
never changed by an import; new ones collect the phone, e-mail and name their
rows give. A row for a known customer with the same channel and received time as
one of their enquiries is refused as a duplicate, so importing a file twice adds
nothing twice. Imported history opens only the follow-ups not yet due. An enquiry
without a source is from a returning customer when that customer has an earlier
enquiry by received time, whatever the order of the rows in the file.

The parts live beside this module: `import_plan` (how a file reads, and the mappings
remembered), `import_preview`, `import_check` (the rows checked, here or in worker
processes) and `import_run` (the matching and writing); their public names are
importable from here.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from enquirydesk.domain import settings as declared
from enquirydesk.domain.importcsv import FileProblem
from enquirydesk.domain.validation import country_of_phones
from enquirydesk.i18n import translate
from enquirydesk.services import export_rows
from enquirydesk.services.context import Cancelled, Context, Progress
from enquirydesk.services.import_check import CheckedPiece, Checker, check_in_worker, row_checker
from enquirydesk.services.import_plan import (
    PROBLEM_HEADING,
    ImportPlan,
    Inspection,
    inspect,
    load_plan,
    remember,
    resettle,
)
from enquirydesk.services.import_preview import PreviewRow, preview
from enquirydesk.services.import_run import BadRow, ImportResult, Run
from enquirydesk.services.import_sources import CSV, Piece
from enquirydesk.store import queries
from enquirydesk.store.bulk import bulk_transaction
from enquirydesk.store.models import (
    Contact,
    Customer,
    Enquiry,
    EnquiryFactor,
    Feedback,
    FollowUp,
    Staff,
)

# The import's tunables are read here, where it runs (tests set them on this module).
BATCH = 4_000  # lines checked at a time (by a worker process for a large file)
PARALLEL_FROM = 2_500_000  # bytes (about 20,000 rows); smaller files are checked here
#: Pieces of a large file checked here while the worker processes start (about as long).
CHECKED_HERE = 2
SHEET_WEIGHT = 3  # a workbook's bytes are compressed: about a third of the same CSV text


def import_file(
    ctx: Context,
    path: Path,
    plan: ImportPlan | None = None,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    inspection: Inspection | None = None,
) -> ImportResult:
    """Check the file at `path` and, unless `dry_run` or a bad row forbids it, import it.

    `inspection`, when the caller has one for this file and plan, saves reading the file
    again to settle how to read it.
    Without `skip_bad`, one bad row means nothing is imported; the result lists
    every bad row with its line number either way. Rows are written as they are
    checked, inside one transaction that is rolled back if the import must not
    happen after all (a bad row, a cancel, an error).
    """
    if inspection is None:
        inspection = inspect(ctx, path, plan)
    if inspection.problem is not None:
        raise FileProblem(inspection.problem)
    with _no_cycle_collection():  # back once the import's rows are let go
        return _import(ctx, inspection, dry_run=dry_run, skip_bad=skip_bad, progress=progress)


def _import(
    ctx: Context,
    inspection: Inspection,
    *,
    dry_run: bool,
    skip_bad: bool,
    progress: Progress | None,
) -> ImportResult:
    """`import_file` of a file whose reading is settled."""
    source = inspection.source
    size = source.path.stat().st_size
    with _checking(size if source.layout.kind == CSV else size * SHEET_WEIGHT) as check_pieces:
        checker = row_checker(ctx, inspection)
        lines = source.lines
        batches = check_pieces(checker, source.pieces(BATCH))

        def report(done: int) -> None:
            if progress is not None and progress(min(done, lines), lines) is False:
                raise Cancelled(translate("Importer", "Import cancelled; nothing was imported."))

        if dry_run:
            run = Run(ctx, inspection, checker.now, writer=None)
            run.consume(batches, report, write=False)
            return run.result(imported=0, dry_run=True)
        tables = [
            m._meta.table_name
            for m in (Staff, Customer, Enquiry, EnquiryFactor, Contact, FollowUp, Feedback)
        ]
        # Building the indexes once at the end beats keeping them up to date row by row
        # while the file brings more rows than the database holds.
        rebuild = queries.next_id(Enquiry) - 1 < lines and queries.next_id(Customer) - 1 < lines
        try:
            ctx.store.check_writable()
            with bulk_transaction(ctx.store.db, tables, rebuild_indexes=rebuild) as writer:
                run = Run(ctx, inspection, checker.now, writer)
                run.consume(batches, report, write=True, skip_bad=skip_bad)
                if (run.bad and not skip_bad) or not run.kept:
                    raise _NothingToImport
                changes = run.finish()
                remember(ctx, inspection)
        except _NothingToImport:
            return run.result(imported=0, dry_run=False)
    ctx.forget_cache()
    if progress is not None:
        progress(lines, lines)
    _learn_country(ctx, run.index.new)
    return run.result(imported=run.kept, dry_run=False, changes=changes)


def write_rejected(result: ImportResult, target: Path) -> Path:
    """The rows an import refused, as a CSV file with the file's own header and a last
    column saying why: fixed, it imports like the original."""
    inspection = result.inspection
    reasons = {bad.line: bad.reason for bad in result.bad}
    source = inspection.source
    delimiter = source.layout.delimiter or ","
    rows = (
        [*cells, reasons[line]] for line, cells in source.rows() if line in reasons
    )  # read again: a million good rows are never kept for the few bad ones
    header = [*source.header, translate("Importer", PROBLEM_HEADING)]
    target = Path(target)
    # The file's own cells, as they were: what the user wrote, handed back to be fixed.
    with (
        export_rows.atomic_output(target) as temp,
        open(temp, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return target


def _learn_country(ctx: Context, new_customers: list[dict[str, Any]]) -> None:
    """A shop never told its country takes it from the numbers it imported (+62… → ID),
    so that it reports in its own currency and reads local numbers from then on."""
    if ctx.settings.country:
        return
    country = country_of_phones(c["phone"] for c in new_customers if c.get("phone"))
    if country:
        from enquirydesk.services import settings as settings_service

        settings_service.update(ctx, {declared.COUNTRY.key: country})


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while an import runs (in the whole program: the
    window makes little garbage meanwhile). The import makes no cycles, its rows are
    freed as they go, and the collector would walk its every customer and row over and
    over as they pile up (a third of the time spent matching). It comes back once they
    are freed: else its first pass would walk them all once more."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _NothingToImport(Exception):
    """Roll the transaction back: bad rows forbid the import, or no row is good."""


CheckPieces = Callable[[Checker, Iterable[Piece]], Iterator[CheckedPiece]]


@contextlib.contextmanager
def _checking(size: int) -> Iterator[CheckPieces]:
    """How pieces of a file of `size` bytes get checked, in file order: here, or for a
    large file by two worker processes while this one matches and writes. The workers
    start at once, and this process checks the first pieces itself while they do."""
    if size < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield lambda checker, pieces: map(checker, pieces)
        return
    context = multiprocessing.get_context("spawn")  # never fork a process with an open database
    # A worker makes no reference cycles: the cycle collector would only walk its rows.
    with context.Pool(2, initializer=gc.disable) as pool:

        def check(checker: Checker, pieces: Iterable[Piece]) -> Iterator[CheckedPiece]:
            pieces = iter(pieces)
            first = list(itertools.islice(pieces, CHECKED_HERE))
            rest = pool.imap(check_in_worker, ((checker, piece) for piece in pieces))
            return itertools.chain(map(checker, first), rest)

        yield check


__all__ = [
    "BadRow",
    "ImportPlan",
    "ImportResult",
    "Inspection",
    "PreviewRow",
    "import_file",
    "inspect",
    "load_plan",
    "preview",
    "resettle",
    "write_rejected",
]
