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
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import gc
import itertools
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from enquirydesk.domain import catalog, import_columns, import_values
from enquirydesk.domain import followups as rules
from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.hours import OpeningHours, response_times
from enquirydesk.domain.importcsv import FileProblem, ImportRow, RowParser, records
from enquirydesk.domain.validation import country_of_phones
from enquirydesk.i18n import (
    QT_TRANSLATE_NOOP,
    Texts,
    current_language,
    every_translation,
    install,
    translate,
)
from enquirydesk.services import catalogs, export_rows
from enquirydesk.services.context import Cancelled, Changes, Context, Progress
from enquirydesk.services.import_customers import CustomerIndex
from enquirydesk.services.import_sources import CSV, Piece, SourceFile, open_source
from enquirydesk.store import bulk, files, queries
from enquirydesk.store.bulk import BulkWriter, bulk_transaction, db_time
from enquirydesk.store.models import (
    Channel,
    Contact,
    Customer,
    CustomerContactInfo,
    DecisionFactor,
    Enquiry,
    EnquiryFactor,
    Feedback,
    FollowUp,
    LostReason,
    Source,
    Staff,
)

Importer = Texts("Importer")

BATCH = 4_000  # lines checked at a time (by a worker process for a large file)
PARALLEL_FROM = 2_500_000  # bytes (about 20,000 rows); smaller files are checked here
#: Pieces of a large file checked here while the worker processes start (about as long).
CHECKED_HERE = 2
SHEET_WEIGHT = 3  # a workbook's bytes are compressed: about a third of the same CSV text
IMPORT_MAPPINGS_KEY = "import.mappings"  # the columns chosen for each shape of header


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str

    def __str__(self) -> str:
        return translate("Importer", "line {line}: {reason}").format(
            line=self.line, reason=self.reason
        )


@dataclass(frozen=True)
class ImportResult:
    path: Path
    inspection: Inspection
    rows: int  # data rows in the file
    imported: int  # enquiries written: 0 for a dry run or a refused file
    bad: tuple[BadRow, ...]
    new_customers: int
    known_customers: int  # rows whose customer was already in the database
    new_staff: tuple[str, ...]
    feedback: int
    followups: int
    dry_run: bool
    changes: Changes | None = None


@dataclass(frozen=True)
class ImportPlan:
    """How to read a file: what the import wizard settles and `--map` files keep.

    Anything left None is found from the file: the encoding and separator of a CSV
    file, the first sheet with data, the columns (a mapping remembered for files of
    this header, else recognised from the names), the order of day and month.
    """

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    columns: tuple[str | None, ...] | None = None  # the field of each column, None: skipped
    date_order: str | None = None  # "dmy", "mdy" or "ymd"
    default_channel: str | None = None  # for a file without a channel column

    def to_json(self, header: list[str] | None = None) -> dict[str, Any]:
        """The plan as JSON (a `--map` file): with the file's `header`, the columns by name."""
        data = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(self).items()}
        if header is not None and self.columns is not None:
            data["columns"] = dict(zip(header, self.columns, strict=True))
        return data

    @classmethod
    def from_json(cls, data: Any, header: list[str]) -> ImportPlan:
        """A plan from its JSON form (a `--map` file) for a file with `header`; the columns
        as a list (one per column) or by the header's names (columns not named are not
        imported). A sentence when it is not a plan."""
        known = {f.name for f in dataclasses.fields(cls)}
        if not isinstance(data, dict) or not set(data) <= known:
            raise FileProblem(
                translate(
                    "Importer", "The mapping is not one this program wrote; the keys are: {keys}."
                ).format(keys=", ".join(sorted(known)))
            )
        columns = data.get("columns")
        if isinstance(columns, dict):
            by_name = {str(name).strip().casefold(): field for name, field in columns.items()}
            columns = [by_name.get(name.strip().casefold()) for name in header]
        if columns is not None:
            if not isinstance(columns, list) or not all(
                c is None or c in import_columns.FIELDS for c in columns
            ):
                raise FileProblem(
                    translate(
                        "Importer",
                        "The mapping's columns must each be a field ({fields}) or null.",
                    ).format(fields=", ".join(import_columns.FIELDS))
                )
            data = {**data, "columns": tuple(columns)}
        order = data.get("date_order")
        if order is not None and order not in import_values.DATE_ORDERS:
            raise FileProblem(
                translate("Importer", "The date order must be one of {orders}.").format(
                    orders=", ".join(import_values.DATE_ORDERS)
                )
            )
        return cls(**data)


def load_plan(map_path: Path, path: Path) -> ImportPlan:
    """The plan kept in the JSON file `map_path` (see `ImportPlan.to_json`), for `path`."""
    map_path = Path(map_path)
    try:
        data = json.loads(map_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise FileProblem(
            translate("Importer", "The mapping {file} cannot be read: {reason}").format(
                file=map_path.name, reason=getattr(error, "strerror", None) or error
            )
        ) from None
    found = data if isinstance(data, dict) else {}
    source = open_source(
        path,
        encoding=found.get("encoding"),
        delimiter=found.get("delimiter"),
        sheet=found.get("sheet"),
    )
    return ImportPlan.from_json(data, source.header)


@dataclass(frozen=True)
class Inspection:
    """A file opened for importing, with every question about reading it answered."""

    source: SourceFile
    plan: ImportPlan  # nothing left None but what the file does not need
    sample: list[tuple[int, list[str]]]  # the first rows, as (line, cells)
    date_orders: tuple[str, ...]  # the orders the sample's readable dates can be read in
    dates_ambiguous: bool  # some date of the sample is another day day-first than month-first
    habit: str  # the shop's order of day and month, for dates that fit both
    remembered: bool  # the columns are a mapping remembered for files of this header
    problem: str | None  # what keeps the file from being imported as mapped

    @property
    def header(self) -> list[str]:
        return self.source.header

    @property
    def has_dates(self) -> bool:
        """The sample has a date to read in the date columns."""
        return bool(_date_texts(self.sample, self.plan.columns or ()))


SAMPLE_ROWS = 200  # rows read to recognise the date order and shown in the preview
DATE_FIELDS = ("received_at", "first_response_at", "outcome_at", "feedback_at")
#: Countries that write the month first (12/24/2026): the default when a file's dates fit
#: both ways.
_MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW", "BZ"})
#: The column a file of rejected rows adds, so that it reads back with it left out.
PROBLEM_HEADING = QT_TRANSLATE_NOOP("Importer", "Why it was not imported")
MAPPINGS_KEPT = 30  # remembered mappings, the most recent


def inspect(ctx: Context, path: Path, plan: ImportPlan | None = None) -> Inspection:
    """Open `path` and settle how to read it: the parts of `plan` that are None come from
    the file, a remembered mapping, or the shop's habits."""
    plan = plan or ImportPlan()
    path = Path(path)
    if files.is_database_file(path, ctx.store.path):
        raise FileProblem(
            translate(
                "Importer",
                "{file} is the database itself (or SQLite's file beside it), not a history "
                "file to import.",
            ).format(file=path.name)
        )
    country = ctx.settings.country
    source = open_source(
        path, encoding=plan.encoding, delimiter=plan.delimiter, sheet=plan.sheet, country=country
    )
    header = source.header
    remembered: dict[str, Any] = {}
    columns = plan.columns
    if columns is None:
        remembered = _remembered(ctx).get(_shape(header)) or {}
        if len(remembered.get("columns", ())) == len(header):
            columns = tuple(remembered["columns"])
        else:
            remembered = {}
            columns = tuple(import_columns.recognise(header))
    elif len(columns) != len(header):
        count = len(columns)  # by a plain name: lupdate takes no other count for a plural
        raise FileProblem(
            Importer.tr("The mapping names %Ln columns, but the file has {count}.", None, count)
            .format(count=len(header))
        )  # fmt: skip
    layout = source.layout
    settled = replace(
        plan,
        encoding=layout.encoding,
        delimiter=layout.delimiter,
        sheet=layout.sheet,
        columns=columns,
        date_order=plan.date_order or remembered.get("date_order"),
        default_channel=plan.default_channel or remembered.get("default_channel"),
    )
    first = Inspection(
        source=source,
        plan=settled,
        sample=list(source.rows(SAMPLE_ROWS)),
        date_orders=(),
        dates_ambiguous=False,
        habit="mdy" if country in _MONTH_FIRST else "dmy",
        remembered=bool(remembered),
        problem=None,
    )
    return resettle(first, settled, keep_order=plan.date_order is not None)


def resettle(inspection: Inspection, plan: ImportPlan, keep_order: bool = True) -> Inspection:
    """`inspection` read with other columns, order of dates or channel (`plan`): answered
    from the rows read already, without reading the file again.

    The order of dates is the plan's when it fits the sample's dates (or `keep_order`: the
    user said so), else the shop's habit when that fits, else the one that fits."""
    columns = plan.columns or ()
    dates = _date_texts(inspection.sample, columns)
    # A date no order can read (32.10.2026) is a bad row, not a reason to doubt the rest.
    readable = [d for d in dates if import_values.date_orders([d])]
    orders = import_values.date_orders(readable)
    order = plan.date_order
    if not (order and (keep_order or order in orders or not orders)):
        habit = inspection.habit
        order = habit if habit in orders or not orders else orders[0]
    ambiguous = (
        {"dmy", "mdy"} <= set(orders)
        and "ymd" not in orders
        and any(
            import_values.parse_moment(d, "", "dmy") != import_values.parse_moment(d, "", "mdy")
            for d in readable
        )
    )  # 5.5.2026 reads the same either way: no question then
    problem = import_columns.mapping_problem(columns)
    if problem is None and "channel" not in columns and plan.default_channel is None:
        problem = translate(
            "Importer",
            "The file has no channel column: choose the channel its enquiries came through.",
        )
    return replace(
        inspection,
        plan=replace(plan, date_order=order),
        date_orders=orders,
        dates_ambiguous=ambiguous,
        problem=problem,
    )


def _date_texts(sample: list[tuple[int, list[str]]], columns: Sequence[str | None]) -> list[str]:
    """The different texts in the date columns of the sample."""
    at = [index for index, field in enumerate(columns) if field in DATE_FIELDS]
    return list(
        dict.fromkeys(
            cells[index]
            for _, cells in sample
            for index in at
            if index < len(cells) and cells[index].strip()
        )
    )


def _shape(header: list[str]) -> str:
    """The shape a mapping is remembered under; a file of rejected rows has the shape of
    the file it came from."""
    if header and header[-1] in every_translation("Importer", PROBLEM_HEADING):
        header = header[:-1]
    return import_columns.shape(header)


def _remembered(ctx: Context) -> dict[str, dict[str, Any]]:
    value = ctx.settings.values.get(IMPORT_MAPPINGS_KEY)
    return value if isinstance(value, dict) else {}


def _remember(ctx: Context, inspection: Inspection) -> None:
    """Keep the mapping used, for the next file of the same header (inside the import's
    transaction: kept exactly when the import is)."""
    plan = inspection.plan
    kept = {k: v for k, v in _remembered(ctx).items() if k != _shape(inspection.header)}
    kept[_shape(inspection.header)] = {
        "columns": list(plan.columns or ()),
        "date_order": plan.date_order,
        "default_channel": plan.default_channel,
    }
    kept = dict(list(kept.items())[-MAPPINGS_KEPT:])
    bulk.write_setting(IMPORT_MAPPINGS_KEY, json.dumps(kept, ensure_ascii=False, sort_keys=False))


class PreviewRow(NamedTuple):
    """One row of the file as it would be stored: shown values by field, or the field
    that is wrong and why."""

    line: int
    values: dict[str, str]
    problem: tuple[str, str] | None  # (field, reason)


def preview(ctx: Context, inspection: Inspection, rows: int = 20) -> list[PreviewRow]:
    """The first `rows` rows read as they would be stored, each bad value with its reason."""
    parser = _parser(ctx, inspection)
    formats = ctx.formats
    names = {
        "channel": catalogs.names(Channel),
        "source": catalogs.names(Source),
        "lost_reason": catalogs.names(LostReason),
        "decision_factor": catalogs.names(DecisionFactor),
        "purchase_channel": catalog.names(catalog.PURCHASE_CHANNELS),
        "expectation": catalog.names(catalog.EXPECTATIONS),
        "outcome": {k: translate("ExportRows", v) for k, v in export_rows.OUTCOME_NAMES.items()},
    }
    one_value = "purchase_value" not in (inspection.plan.columns or ())
    shown = []
    for line, cells in inspection.sample[:rows]:
        try:
            row = parser.parse(line, cells)
        except ValidationError as error:
            shown.append(PreviewRow(line, {}, (error.field, error.message)))
            continue
        shown.append(PreviewRow(line, _shown_values(row, names, formats, one_value), None))
    return shown


def _shown_values(
    row: ImportRow, names: dict[str, dict[str, str]], formats: Formats, one_value: bool = False
) -> dict[str, str]:
    """The row's values as the preview shows them. With `one_value` (the file has one
    amount column) the amount is shown there whether it was kept as the estimate or, on
    a bought enquiry, as what was paid."""
    def when(moment: datetime | None) -> str:
        return "" if moment is None else formats.when(moment)

    def money(cents: int | None) -> str:
        return "" if cents is None else formats.cents(cents)

    feedback = row.feedback
    return {
        "received_at": when(row.received_at),
        "channel": names["channel"].get(row.channel, row.channel),
        "customer_name": row.name,
        "phone": formats.phone(row.phone) if row.phone else "",
        "email": row.email or "",
        "interest": row.interest,
        "notes": row.notes,
        "staff": row.staff,
        "source": names["source"].get(row.source, row.source) if row.source else "",
        "first_response_at": when(row.first_response_at),
        "outcome": names["outcome"].get(row.outcome, row.outcome),
        "outcome_at": when(row.outcome_at),
        "value": money(
            row.purchase_cents
            if one_value and row.estimated_cents is None
            else row.estimated_cents
        ),
        "purchase_value": money(row.purchase_cents),
        "purchase_channel": names["purchase_channel"].get(row.purchase_channel, "")
        if row.purchase_channel
        else "",
        "lost_reason": names["lost_reason"].get(row.lost_reason, row.lost_reason)
        if row.lost_reason
        else "",
        "decision_factors": "; ".join(names["decision_factor"].get(f, f) for f in row.factors),
        "feedback_at": when(feedback.at) if feedback else "",
        "rating": str(feedback.rating) if feedback and feedback.rating is not None else "",
        "expectation": names["expectation"].get(feedback.expectation, "")
        if feedback and feedback.expectation
        else "",
        "nps": str(feedback.recommend) if feedback and feedback.recommend is not None else "",
        "complaint": (translate("Importer", "yes") if feedback.complaint else "")
        if feedback
        else "",
    }


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
        checker = _checker(ctx, inspection)
        lines = source.lines
        batches = check_pieces(checker, source.pieces(BATCH))

        def report(done: int) -> None:
            if progress is not None and progress(min(done, lines), lines) is False:
                raise Cancelled(translate("Importer", "Import cancelled; nothing was imported."))

        if dry_run:
            run = _Run(ctx, inspection, checker.now, writer=None)
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
                run = _Run(ctx, inspection, checker.now, writer)
                run.consume(batches, report, write=True, skip_bad=skip_bad)
                if (run.bad and not skip_bad) or not run.kept:
                    raise _NothingToImport
                changes = run.finish()
                _remember(ctx, inspection)
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


def _parser(ctx: Context, inspection: Inspection) -> RowParser:
    """What reads this file's rows against the shop's catalogues and country."""
    plan = inspection.plan
    return RowParser(
        plan.columns or (),
        {
            "channel": catalogs.every_name(Channel),
            "source": catalogs.every_name(Source),
            "decision_factor": catalogs.every_name(DecisionFactor),
            "lost_reason": catalogs.every_name(LostReason),
            "purchase_channel": catalog.every_name(catalog.PURCHASE_CHANNELS),
            "expectation": catalog.every_name(catalog.EXPECTATIONS),
        },
        ctx.settings.country,
        ctx.now(),
        names=inspection.header,
        date_order=plan.date_order or "dmy",
        default_channel=plan.default_channel,
    )


def _checker(ctx: Context, inspection: Inspection) -> _Checker:
    """What checks this file's rows against the shop's catalogues, country and hours."""
    settings = ctx.settings
    parser = _parser(ctx, inspection)
    ids = {
        "channel": ctx.catalog_ids(Channel),
        "decision_factor": ctx.catalog_ids(DecisionFactor),
        "lost_reason": ctx.catalog_ids(LostReason),
    }
    return _Checker(
        parser,
        inspection.source.layout.delimiter or ",",
        ids,
        settings.hours,
        settings.rules,
        parser.now,
        current_language(),
    )


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


class _Checked(NamedTuple):
    """A good row with everything worked out that needs no database, in storage form
    (times as `db_time` text, catalogue items as ids): plain values, cheap to send
    from a worker process."""

    line: int
    name: str
    key: str  # the name as matching compares it
    phone: str | None
    email: str | None
    received: str
    channel_id: int
    staff: str
    source: str | None  # a key; "returning" is decided by the match
    responded: str | None
    front: tuple[Any, ...]  # interest, notes, estimated value
    back: tuple[Any, ...]  # how answered … next follow-up, as the enquiry table orders them
    factor_ids: tuple[int, ...]
    feedback: tuple[Any, ...] | None  # recorded, rating, expectation, recommend, complaint
    followups: tuple[tuple[str, str | None, str, int], ...]  # kind, topic, due, priority


class _Checker:
    """Reads a piece of the file and checks its rows: the work that needs no database,
    so that worker processes can do it."""

    def __init__(
        self,
        parser: RowParser,
        delimiter: str,
        ids: dict[str, dict[str, int]],
        hours: OpeningHours,
        cadence: rules.FollowUpRules,
        now: datetime,
        language: str,
    ) -> None:
        self.parser, self.delimiter, self.ids = parser, delimiter, ids
        self.hours, self.rules, self.now = hours, cadence, now
        self.language = language  # a worker process tells bad rows in the user's language

    def __call__(self, piece: Piece) -> _Piece:
        """The good rows of a piece as plain tuples of `_Checked` fields (a named tuple
        costs twice as much to send between processes), and the bad ones."""
        checked: list[tuple[Any, ...]] = []
        bad: list[tuple[int, str]] = []
        first_line, body = piece
        parse, check = self.parser.parse, self.check
        if isinstance(body, str):
            rows: Iterable[tuple[int, list[str]]] = records(body, first_line, self.delimiter)
            read = body.count("\n") + 1
        else:  # a sheet's rows, numbered already
            rows, read = body, body[-1][0] - first_line + 1
        for line, fields in rows:
            try:
                checked.append(check(parse(line, fields)))
            except ValidationError as error:
                bad.append((line, error.message))
        return checked, bad, read

    def check(self, row: ImportRow) -> tuple[Any, ...]:
        """The fields of a `_Checked`, in order."""
        feedback = row.feedback
        complaint = feedback is not None and feedback.opens_complaint
        received, responded_at, outcome = row.received_at, row.first_response_at, row.outcome
        planned = rules.for_history(
            received_at=received,
            first_response_at=responded_at,
            outcome=outcome,
            outcome_at=row.outcome_at,
            feedback_at=None if feedback is None else feedback.at,
            complaint=complaint,
            hours=self.hours,
            rules=self.rules,
            now=self.now,
            # A file says nothing of consent: when the owner asks for it before offers,
            # imported purchases plan no repeat offer (staff may add one by hand).
            consent_at=None,
        )
        followups = tuple((p.kind, p.topic, db_time(p.due_at), int(p.priority)) for p in planned)
        responded = clock = business = how = None
        if responded_at is not None:
            responded = db_time(responded_at)
            clock, business = response_times(received, responded_at, self.hours)
            how = catalog.answered_now_contact_kind(row.channel)
        ids = self.ids
        factors = ids["decision_factor"]
        return (
            row.line, row.name, row.key, row.phone, row.email, db_time(received),
            ids["channel"][row.channel], row.staff, row.source, responded,
            (row.interest, row.notes, row.estimated_cents),
            (how, clock, business, outcome, db_time(row.outcome_at),
             row.purchase_cents, row.purchase_channel,
             ids["lost_reason"][row.lost_reason] if row.lost_reason else None,
             min(f[2] for f in followups) if followups else None),
            tuple([factors[f] for f in row.factors]) if row.factors else (),
            None if feedback is None
            else (db_time(feedback.at), feedback.rating, feedback.expectation,
                  feedback.recommend, int(complaint)),
            followups,
        )  # fmt: skip


#: What checking a piece of the file gives: good rows (`_Checked` fields), bad rows
#: (line, reason) and the number of lines read.
_Piece = tuple[list[tuple[Any, ...]], list[tuple[int, str]], int]


def _check_in_worker(task: tuple[_Checker, Piece]) -> _Piece:
    checker, piece = task
    if current_language() != checker.language:  # a new process speaks English
        install(checker.language)
    return checker(piece)


CheckPieces = Callable[[_Checker, Iterable[Piece]], Iterator[_Piece]]


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

        def check(checker: _Checker, pieces: Iterable[Piece]) -> Iterator[_Piece]:
            pieces = iter(pieces)
            first = list(itertools.islice(pieces, CHECKED_HERE))
            rest = pool.imap(_check_in_worker, ((checker, piece) for piece in pieces))
            return itertools.chain(map(checker, first), rest)

        yield check


class _Run:
    """One import: matches customers, refuses duplicates, and writes batch by batch."""

    def __init__(
        self, ctx: Context, inspection: Inspection, now: datetime, writer: BulkWriter | None
    ) -> None:
        self.ctx, self.inspection, self.now, self.writer = ctx, inspection, now, writer
        self.path = inspection.source.path
        self.stamp = db_time(now)
        self.source_ids = ctx.catalog_ids(Source)
        self.next_enquiry = self.first_enquiry = queries.next_id(Enquiry)
        self.index = CustomerIndex(
            queries.next_id(Customer), self.first_enquiry, inspection.source.lines
        )
        self.staff = {row["name"].casefold(): row["id"] for row in queries.staff_list()}
        self._staff_named: dict[str, int] = {}  # the staff id of each name as written
        self.first_staff = queries.next_id(Staff)
        self.new_staff: list[str] = []
        self._staff_written = 0
        self.next_feedback = queries.next_id(Feedback)
        self.bad: list[BadRow] = []
        self.kept = self.rows = self.known = self.feedback = self.followups = 0
        self._asked: set[int] = set()  # known customers whose enquiries were looked up
        self._existing: set[tuple[int, str | None, int]] = set()
        self._seen: dict[tuple[int, str, int], int] = {}
        #: Each customer's earliest enquiry so far (received, id, written without a source
        #: as a first one), and those such enquiries that an earlier row later displaced.
        self._earliest: dict[int, tuple[str, int, bool]] = {}
        self._displaced: list[int] = []

    def consume(
        self,
        batches: Iterable[_Piece],
        report: Callable[[int], None],
        *,
        write: bool,
        skip_bad: bool = False,
    ) -> None:
        lines = 0
        for fields, bad, read in batches:
            checked = list(map(_Checked._make, fields))
            self.bad.extend(BadRow(line, reason) for line, reason in bad)
            self.rows += len(checked) + len(bad)
            self.index.load(checked)
            resolve = self.index.resolve
            customer_ids = [
                resolve(item.key, item.name, item.phone, item.email)[0] for item in checked
            ]
            kept = self._without_duplicates(checked, customer_ids)
            self.kept += len(kept)
            if write and (skip_bad or not self.bad):
                self._write(kept)
            lines += read
            report(lines)
        self.bad.sort(key=lambda b: b.line)

    def _without_duplicates(
        self, checked: list[_Checked], customer_ids: list[int]
    ) -> list[tuple[_Checked, int, int | None]]:
        """Refuse a row already in the database, or twice in the file (same customer,
        channel and received time); the others with their customer and staff ids."""
        first_new = self.index.first_id
        ask = {c for c in customer_ids if c < first_new and c not in self._asked}
        if ask:
            self._asked |= ask
            before = bulk.enquiry_keys_before(self.first_enquiry, ask)
            self._existing |= {(c, db_time(at), ch) for c, at, ch in before}
        existing, seen, staff_named = self._existing, self._seen, self._staff_named
        kept = []
        for item, customer in zip(checked, customer_ids, strict=True):
            key = (customer, item.received, item.channel_id)
            if key in existing or key in seen:
                self._refuse(item.line, key)
                continue
            seen[key] = item.line
            staff = item.staff
            staff_id = (staff_named.get(staff) or self._staff_id(staff)) if staff else None
            kept.append((item, customer, staff_id))
            self.known += customer < first_new
            self.feedback += item.feedback is not None
            self.followups += len(item.followups)
        return kept

    def _refuse(self, line: int, key: tuple[int, str, int]) -> None:
        """A row refused as a duplicate of one in the database or earlier in the file."""
        if key in self._existing:
            reason = translate(
                "Importer",
                "this enquiry is already in the database (same customer, channel "
                "and received time); was the file imported before?",
            )
        else:
            reason = translate("Importer", "the same enquiry as line {line}.").format(
                line=self._seen[key]
            )
        self.bad.append(BadRow(line, reason))

    def _staff_id(self, name: str) -> int:
        key = name.casefold()
        if key not in self.staff:
            self.staff[key] = self.first_staff + len(self.new_staff)
            self.new_staff.append(name)
        self._staff_named[name] = self.staff[key]
        return self.staff[key]

    def _write_new_people(self) -> None:
        """Write the staff and customers met since last time, before the rows that name
        them: a row pointing at a parent not yet written would make SQLite look for
        orphans at every later insert into a parent table (quadratic)."""
        assert self.writer is not None
        stamp = self.stamp
        self.writer.insert(
            Staff,
            ("id", "name", "role", "active", "created_at"),
            [
                (self.first_staff + i, name, "staff", 1, stamp)
                for i, name in enumerate(self.new_staff[self._staff_written :], self._staff_written)
            ],
        )
        self._staff_written = len(self.new_staff)
        self.writer.insert(
            Customer,
            ("id", "name", "name_key", "phone", "email", "handle", "notes", "created_at",
             "updated_at"),
            [
                (c["id"], c["name"], c["name_key"], c["phone"], c["email"], "", "", stamp, stamp)
                for c in self.index.take_unwritten()
            ],
        )  # fmt: skip
        others, self.index.other_contacts = self.index.other_contacts, []
        self.writer.insert(
            CustomerContactInfo,
            ("customer_id", "kind", "value", "created_at"),
            [(customer, kind, value, stamp) for customer, kind, value in others],
        )
        changed = self.index.take_changed()
        bulk.update_customers(changed)
        self.writer.customers.catch_up(
            [*(c["id"] for c in changed), *(customer for customer, _, _ in others)]
        )

    def _write(self, kept: list[tuple[_Checked, int, int | None]]) -> None:
        assert self.writer is not None
        self._write_new_people()
        stamp, source_ids = self.stamp, self.source_ids
        returning = source_ids["returning"]
        batch = _Batch()
        enquiries, factors, contacts = batch.enquiries, batch.factors, batch.contacts
        feedback_rows, followups = batch.feedback, batch.followups
        enquiry_id = self.next_enquiry - 1
        for item, customer, staff in kept:
            enquiry_id += 1
            responded, back = item.responded, item.back
            if responded:
                contacts.append((enquiry_id, responded, staff, back[0], "out", "", stamp))
            if item.factor_ids:
                factors.extend([(enquiry_id, factor) for factor in item.factor_ids])
            feedback_id = None
            if item.feedback is not None:
                feedback_id = self.next_feedback
                self.next_feedback += 1
                at, rating, expectation, recommend, complaint = item.feedback
                feedback_rows.append(
                    (feedback_id, enquiry_id, customer, at, staff, rating, expectation,
                     recommend, "", complaint, "", stamp)
                )  # fmt: skip
            for kind, topic, due, priority in item.followups:
                if kind == "complaint":
                    topic = str(feedback_id)
                followups.append(
                    (enquiry_id, customer, kind, topic, "", priority, due, due, staff, "", stamp)
                )
            source = item.source
            earlier = self._earlier(customer, item.received, enquiry_id, not source)
            enquiries.append(
                (enquiry_id, customer, item.channel_id, item.received, staff, *item.front,
                 source_ids[source] if source else returning if earlier else None,
                 responded, staff if responded else None, *back, stamp, stamp)
            )  # fmt: skip
        self.next_enquiry = enquiry_id + 1
        batch.flush(self.writer)

    def _earlier(self, customer: int, received: str, enquiry_id: int, sourceless: bool) -> bool:
        """Whether the customer has an enquiry received before this one (at the same time:
        one with a lower id), in the database or the file: an enquiry the file gives no
        source is then a returning customer's. Else this one is their earliest so far;
        should a later row be earlier still, `finish` marks it returning after all."""
        earliest = self._earliest.get(customer)
        if earliest is None and customer < self.index.first_id:
            first_seen = self.index.rows[customer].get("first_seen")
            earliest = None if first_seen is None else (first_seen, 0, False)
        if earliest is not None and earliest[:2] < (received, enquiry_id):
            return True
        if earliest is not None and earliest[2]:
            self._displaced.append(earliest[1])
        self._earliest[customer] = (received, enquiry_id, sourceless)
        return False

    def finish(self) -> Changes:
        """Write what the last rows told about the new customers, mark the enquiries that
        turned out not to be their customer's first, and write the operation that names
        the import."""
        assert self.writer is not None
        self._write_new_people()
        bulk.mark_returning(self._displaced, self.source_ids["returning"])
        kept = self.kept  # a plain name: lupdate drops a call counting `self.kept`
        summary = Importer.tr("Imported %Ln enquiries from {file}", None, kept).format(
            file=self.path.name
        )
        operation_id = bulk.record_operation(
            at=self.now,
            staff=self.ctx.actor.staff_id,
            actor=self.ctx.actor.name,
            action="import",
            summary=summary,
        )
        return Changes(operation_id=operation_id, summary=summary, everything=True)

    def result(
        self, *, imported: int, dry_run: bool, changes: Changes | None = None
    ) -> ImportResult:
        return ImportResult(
            path=self.path,
            inspection=self.inspection,
            rows=self.rows,
            imported=imported,
            bad=tuple(self.bad),
            new_customers=len(self.index.new),
            known_customers=self.known,
            new_staff=tuple(self.new_staff),
            feedback=self.feedback,
            followups=self.followups,
            dry_run=dry_run,
            changes=changes,
        )


class _Batch:
    """Rows waiting for the next `executemany` (parents before children)."""

    def __init__(self) -> None:
        self.enquiries: list[tuple[Any, ...]] = []
        self.factors: list[tuple[Any, ...]] = []
        self.contacts: list[tuple[Any, ...]] = []
        self.feedback: list[tuple[Any, ...]] = []
        self.followups: list[tuple[Any, ...]] = []

    def _clear(self) -> None:
        for rows in (self.enquiries, self.factors, self.contacts, self.feedback, self.followups):
            rows.clear()

    def flush(self, writer: BulkWriter) -> None:
        writer.insert(
            Enquiry,
            ("id", "customer_id", "channel_id", "received_at", "taken_by_id", "interest",
             "details", "estimated_value_cents", "source_id", "first_response_at",
             "first_response_by_id", "first_response_how", "response_seconds",
             "response_business_seconds", "outcome", "outcome_at", "purchase_value_cents",
             "purchase_channel", "lost_reason_id", "next_followup_at", "created_at",
             "updated_at"),
            self.enquiries,
        )  # fmt: skip
        writer.insert(EnquiryFactor, ("enquiry_id", "factor_id"), self.factors)
        writer.insert(
            Contact,
            ("enquiry_id", "at", "staff_id", "kind", "direction", "text", "created_at"),
            self.contacts,
        )
        writer.insert(
            Feedback,
            ("id", "enquiry_id", "customer_id", "recorded_at", "staff_id", "rating",
             "expectation", "recommend", "comment", "complaint", "resolution", "created_at"),
            self.feedback,
        )  # fmt: skip
        writer.insert(
            FollowUp,
            ("enquiry_id", "customer_id", "kind", "topic", "note", "priority", "due_at",
             "remind_at", "assigned_to_id", "result", "created_at"),
            self.followups,
        )  # fmt: skip
        self._clear()


__all__ = [
    "BadRow",
    "ImportPlan",
    "ImportResult",
    "Inspection",
    "PreviewRow",
    "import_file",
    "inspect",
    "preview",
    "write_rejected",
]
