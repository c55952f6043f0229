"""How a file of history is read: `ImportPlan` (what the import wizard settles and
`--map` files keep), `inspect` (open the file and settle its encoding, separator or sheet,
its columns, the order of day and month and the channel of a file without one) and
`resettle` (the same file read with other choices, from the rows read already), with the
mapping remembered for the next file of the same header.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from enquirydesk.domain import import_columns, import_values
from enquirydesk.domain.importcsv import FileProblem
from enquirydesk.i18n import QT_TRANSLATE_NOOP, Texts, every_translation, translate
from enquirydesk.services.context import Context
from enquirydesk.services.import_sources import SourceFile, open_source
from enquirydesk.store import bulk, files

Importer = Texts("Importer")

IMPORT_MAPPINGS_KEY = "import.mappings"  # the columns chosen for each shape of header


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


def remember(ctx: Context, inspection: Inspection) -> None:
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
