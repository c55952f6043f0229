"""Export all data, and bring such an export back whole: the shop's way to move to another
PC, keep a copy in a spreadsheet, or leave for another tool.

The file holds every table of the shop's data (`store.dump`), a sheet each, named like the
table, with the table's own column names and raw values: ids, foreign keys (``…_id``) and
money in hundredths (``…_cents``) as whole numbers, times to the second, booleans, text
as text. Deleted rows are there too, with the time in ``deleted_at``. A first sheet
"about" says which program and data version wrote it, when, for which shop, how many
rows each sheet has, and what each sheet holds. PINs are never in it, nor the undo
history.

Two forms: an Excel workbook (XlsxWriter in constant-memory mode: a million enquiries
take no more memory than ten; a table longer than a sheet goes on in "contact (2)", …)
or a ZIP of UTF-8 CSV files, ``about.csv`` and one per table, times written as
``YYYY-MM-DD HH:MM:SS``. In the CSV files, text that a spreadsheet would run as a formula
(or that starts with an apostrophe) gets an apostrophe in front, as every export here
does (`export_rows.neutralise`); an import takes it off again. Either is written whole
or not at all (`export_rows.atomic_output`).

`import_all` reads either back into a database that holds no customers and no enquiries,
in one transaction, with every id as it was: the Today lists and every month's report
come out exactly as in the shop the file came from. A file of a newer data version is
refused; an older one may lack columns added since (they take their defaults).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from enquirydesk import __version__
from enquirydesk.domain import settings as declared
from enquirydesk.domain.importcsv import FileProblem
from enquirydesk.i18n import QT_TRANSLATE_NOOP, Texts, translate
from enquirydesk.services.context import Cancelled, Changes, Context, Progress
from enquirydesk.services.export_rows import (
    FORMULA_STARTS,
    ExportError,
    Steps,
    atomic_output,
    refuse_database_target,
)
from enquirydesk.store import bulk, dump, files
from enquirydesk.store.bulk import bulk_transaction, db_time
from enquirydesk.store.migrations import LATEST

AllData = Texts("AllData")

FORMATS = ("xlsx", "csv")
ABOUT = "about"
#: What the about sheet's first column calls the file, the data version and so on.
FORMAT_MARK = "EnquiryDesk all data"
#: Data rows per sheet: Excel's 1,048,576 rows less the header.
SHEET_ROWS = 1_048_575
MAX_TEXT = 32_767  # characters an Excel cell holds
#: Text in the CSV files that gets an apostrophe in front (and loses it on the way back).
_QUOTED = (*FORMULA_STARTS, "'")
_WIDTHS = {"int": 10, "bool": 8, "time": 19, "text": 24}
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
ZIP64_FROM = 500_000  # rows of one table from which a sheet's part may pass 2 GB

#: What each sheet holds, for the about sheet (in the user's language).
SHEETS = {
    "setting": QT_TRANSLATE_NOOP(
        "AllData",
        "The shop's settings: a key and its value (JSON) a row. PIN-related settings are left out.",
    ),
    "staff": QT_TRANSLATE_NOOP(
        "AllData", "Who works in the shop, their role and since when; PINs are not exported."
    ),
    "channel": QT_TRANSLATE_NOOP(
        "AllData",
        "The channels enquiries come in by (an empty name: the built-in name, in the "
        "reader's language).",
    ),
    "source": QT_TRANSLATE_NOOP("AllData", "How customers heard of the shop."),
    "decision_factor": QT_TRANSLATE_NOOP("AllData", "Why buyers chose the shop."),
    "lost_reason": QT_TRANSLATE_NOOP("AllData", "Why sales were lost."),
    "customer": QT_TRANSLATE_NOOP(
        "AllData",
        "Everyone who ever enquired, with their first phone and e-mail; referred_by_id is "
        "who recommended them, merged_into_id whom they were merged into.",
    ),
    "customer_contact_info": QT_TRANSLATE_NOOP(
        "AllData", "Customers' other phone numbers and e-mail addresses."
    ),
    "customer_distinct": QT_TRANSLATE_NOOP(
        "AllData", "Pairs of customers staff said are two different people."
    ),
    "enquiry": QT_TRANSLATE_NOOP(
        "AllData",
        "Every enquiry: when and how it came in, who answered and how fast (seconds), the "
        "outcome; money in hundredths of the currency (…_cents).",
    ),
    "enquiry_factor": QT_TRANSLATE_NOOP(
        "AllData", "Why each buyer chose the shop: a row per purchase and decision factor."
    ),
    "contact": QT_TRANSLATE_NOOP(
        "AllData", "Calls, messages, e-mails, visits, quotes and notes on each enquiry."
    ),
    "follow_up": QT_TRANSLATE_NOOP(
        "AllData", "Follow-ups: when due, snoozed, done (with the result) or cancelled."
    ),
    "feedback": QT_TRANSLATE_NOOP(
        "AllData",
        "What buyers said: rating (1-5), better or worse than expected, would recommend "
        "(0-10), complaints and how they were resolved.",
    ),
}


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


# -- export ---------------------------------------------------------------------------------


def export_all(ctx: Context, fmt: str, target: Path, progress: Progress | None = None) -> Path:
    """Write every table to `target` as `fmt` ("xlsx" or "csv": a ZIP of CSV files), whole
    or not at all; returns the path written. `progress(done, total)` in rows; False
    cancels (`Cancelled`, and no file is left)."""
    if fmt not in FORMATS:
        raise ExportError(
            translate(
                "AllData", "{format} is not a format for all data; use one of: {formats}."
            ).format(format=repr(fmt), formats=", ".join(FORMATS))
        )
    path = Path(target).expanduser()
    refuse_database_target(ctx, path)
    with atomic_output(path) as temp, ctx.store.snapshot():
        counts = {table.name: dump.count(table) for table in dump.TABLES}
        steps = Steps(progress, sum(counts.values()), every=2_000)
        about = _about(ctx, counts)
        if fmt == "xlsx":
            _write_xlsx(temp, about, counts, steps)
        else:
            _write_zip(temp, about, steps)
        steps.tell()
    return path


def _about(ctx: Context, counts: Mapping[str, int]) -> list[tuple[str, Any, str]]:
    """The about sheet's rows: (item, value, what it is)."""
    settings = ctx.settings
    rows: list[tuple[str, Any, str]] = [
        (
            "format",
            FORMAT_MARK,
            translate(
                "AllData",
                "Every record of an EnquiryDesk shop, a sheet per table, deleted rows "
                "included (with deleted_at). Bring it back into an empty database with "
                "File → Import… or `enquirydesk import FILE`.",
            ),
        ),
        ("program_version", __version__, translate("AllData", "The EnquiryDesk that wrote it.")),
        (
            "schema_version",
            LATEST,
            translate("AllData", "The data version; EnquiryDesk reads files up to its own."),
        ),
        ("exported_at", ctx.now(), translate("AllData", "When the file was written.")),
        ("shop_name", str(settings[declared.SHOP_NAME]), translate("AllData", "The shop.")),
        (
            "currency",
            str(settings[declared.CURRENCY]),
            translate("AllData", "The currency of every …_cents column, in hundredths."),
        ),
    ]
    for table in dump.TABLES:
        rows.append((table.name, counts[table.name], translate("AllData", SHEETS[table.name])))
    return rows


ABOUT_HEADER = ("item", "value", "about")


def _write_xlsx(
    path: Path, about: list[tuple[str, Any, str]], counts: Mapping[str, int], steps: Steps
) -> None:
    from xlsxwriter import Workbook
    from xlsxwriter.exceptions import FileCreateError

    big = max(counts.values(), default=0) >= ZIP64_FROM
    # The sheets' rows wait in temporary files of their own folder, gone however this ends.
    with tempfile.TemporaryDirectory(prefix="enquirydesk-", ignore_cleanup_errors=True) as spool:
        workbook = Workbook(
            str(path),
            {
                "constant_memory": True,
                "tmpdir": spool,
                "use_zip64": big,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        try:
            styles = _Styles(workbook)
            _xlsx_about(workbook.add_worksheet(ABOUT), styles, about)
            for table in dump.TABLES:
                _xlsx_table(workbook, styles, table, steps)
        except BaseException:
            for sheet in workbook.worksheets():  # the spooled rows' files, for the folder to go
                with contextlib.suppress(OSError):
                    sheet._opt_close()
            raise
        try:
            workbook.close()
        except FileCreateError as error:  # what XlsxWriter makes of an OSError
            cause = error.args[0] if error.args else None
            raise cause if isinstance(cause, OSError) else OSError(str(error)) from error


def _xlsx_about(sheet: Any, styles: _Styles, about: list[tuple[str, Any, str]]) -> None:
    for column, name in enumerate(ABOUT_HEADER):
        sheet.write_string(0, column, name, styles.bold)
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 24)
    sheet.set_column(2, 2, 90)
    for row, (item, value, what) in enumerate(about, 1):
        sheet.write_string(row, 0, item)
        if isinstance(value, datetime):
            sheet.write_datetime(row, 1, value, styles.time)
        elif isinstance(value, int):
            sheet.write_number(row, 1, value)
        else:
            styles.text(sheet, row, 1, str(value))
        sheet.write_string(row, 2, what)


class _Styles:
    def __init__(self, workbook: Any) -> None:
        self.bold = workbook.add_format({"bold": True})
        self.time = workbook.add_format({"num_format": TIME_FORMAT})
        # Excel shows such text as text, and a cell edited and re-entered stays text.
        self.quoted = workbook.add_format({"quote_prefix": True})

    def text(self, sheet: Any, row: int, column: int, value: str) -> None:
        if len(value) > MAX_TEXT:
            raise ExportError(
                translate(
                    "AllData",
                    "Sheet {sheet}, row {row} holds text longer than an Excel cell takes "
                    "({length} characters); export all data as CSV files instead.",
                ).format(sheet=sheet.name, row=row + 1, length=len(value))
            )
        if value.startswith(FORMULA_STARTS):
            sheet.write_string(row, column, value, self.quoted)
        else:
            sheet.write_string(row, column, value)


def _xlsx_table(workbook: Any, styles: _Styles, table: dump.Table, steps: Steps) -> None:
    """The table's sheet (and "name (2)", … when it holds more rows than a sheet takes)."""
    part = 0

    def new_sheet() -> Any:
        nonlocal part
        part += 1
        sheet = workbook.add_worksheet(table.name if part == 1 else f"{table.name} ({part})")
        for column, spec in enumerate(table.columns):
            sheet.write_string(0, column, spec.name, styles.bold)
            sheet.set_column(column, column, _WIDTHS[spec.kind])
        sheet.freeze_panes(1, 0)
        return sheet

    def writers(sheet: Any) -> list[Callable[[int, int, Any], Any]]:
        def text(r: int, c: int, value: str) -> None:
            styles.text(sheet, r, c, value)

        def moment(r: int, c: int, value: str) -> None:
            sheet.write_datetime(r, c, datetime.fromisoformat(value), styles.time)

        def flag(r: int, c: int, value: int) -> None:
            sheet.write_boolean(r, c, bool(value))

        by_kind = {"int": sheet.write_number, "bool": flag, "time": moment, "text": text}
        return [by_kind[column.kind] for column in table.columns]

    sheet = new_sheet()
    write = writers(sheet)
    row = 0
    with contextlib.closing(dump.rows(table)) as found:
        for values in found:
            if row == SHEET_ROWS:
                sheet = new_sheet()
                write = writers(sheet)
                row = 0
            row += 1
            for column, value in enumerate(values):
                if value is not None:
                    write[column](row, column, value)
            steps.advance()


def _neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_QUOTED):
        return "'" + value
    return value


def _write_zip(path: Path, about: list[tuple[str, Any, str]], steps: Steps) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with _csv_member(archive, f"{ABOUT}.csv") as writer:
            writer.writerow(ABOUT_HEADER)
            for item, value, what in about:
                shown = db_time(value) if isinstance(value, datetime) else value
                writer.writerow((item, _neutralise(shown), _neutralise(what)))
        for table in dump.TABLES:
            texts = [i for i, column in enumerate(table.columns) if column.kind == "text"]
            with (
                _csv_member(archive, f"{table.name}.csv") as writer,
                contextlib.closing(dump.rows(table)) as found,
            ):
                writer.writerow(table.column_names)
                for values in found:
                    cells = list(values)
                    for i in texts:
                        text = cells[i]
                        if text and text.startswith(_QUOTED):
                            cells[i] = "'" + text
                    writer.writerow(cells)
                    steps.advance()


@contextlib.contextmanager
def _csv_member(archive: zipfile.ZipFile, name: str) -> Iterator[Any]:
    # force_zip64: a member's size is not known before it is written.
    with (
        archive.open(name, "w", force_zip64=True) as raw,
        io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text,
    ):
        yield csv.writer(text)


# -- recognising a file ---------------------------------------------------------------------


def _zip_names(path: Path) -> list[str] | None:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.namelist()
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        return None


def is_all_data(path: Path) -> bool:
    """Whether `path` is an export of all data: a workbook with the about and enquiry
    sheets, or a ZIP with about.csv and enquiry.csv."""
    names = _zip_names(Path(path))
    if names is None:
        return False
    if f"{ABOUT}.csv" in names and "enquiry.csv" in names:
        return True
    if "xl/workbook.xml" not in names:
        return False
    try:
        from python_calamine import CalamineWorkbook

        with CalamineWorkbook.from_path(str(path)) as book:
            sheets = set(book.sheet_names)
    except Exception:  # any workbook calamine cannot read is not ours
        return False
    return ABOUT in sheets and "enquiry" in sheets


# -- import ---------------------------------------------------------------------------------


class _Bad(Exception):
    """A cell that cannot be what its column holds: the reason, for the message."""


def _needed() -> _Bad:
    return _Bad(translate("AllData", "a value is needed"))


def _whole(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise _Bad(
        translate("AllData", "a whole number is needed, not {value}").format(value=repr(value))
    )


_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}


def _flag(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float) and value in (0, 1):
        return int(value)
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in _TRUE:
            return 1
        if word in _FALSE:
            return 0
    raise _Bad(translate("AllData", "1 or 0 is needed, not {value}").format(value=repr(value)))


def _moment(value: Any) -> str:
    if isinstance(value, datetime):
        if value.microsecond:  # a spreadsheet's day fraction: the nearest second
            value = (value + timedelta(microseconds=500_000)).replace(microsecond=0)
        return value.isoformat(" ", "seconds")
    if isinstance(value, date):  # a time at midnight reads as a date
        return datetime.combine(value, time()).isoformat(" ", "seconds")
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value.strip()).isoformat(" ", "seconds")
    raise _Bad(
        translate("AllData", "a date and time like 2026-10-01 09:15:00 is needed, not {value}")
        .format(value=repr(value))
    )  # fmt: skip


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():  # digits a spreadsheet took for a number
        return str(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise _Bad(translate("AllData", "text is needed, not {value}").format(value=repr(value)))


def _cell(column: dump.Column, csv_text: bool) -> Callable[[Any], Any]:
    """What turns a cell of `column` into its stored value (or raises `_Bad`). The usual
    cells — a CSV file's text, a workbook's numbers, dates and strings as written — take
    the shortest way: an import converts millions of them."""
    kind, nullable = column.kind, column.nullable

    def missing() -> None:
        if nullable:
            return None
        raise _needed()

    if kind == "text":
        empty = None if nullable else ""
        if csv_text:

            def text(value: str) -> str | None:
                if not value:
                    return empty
                return value[1:] if value[0] == "'" else value

            return text

        def cell_text(value: Any) -> str | None:
            if value == "" or value is None:
                return empty
            return value if type(value) is str else _text(value)

        return cell_text
    if kind == "int":

        def whole(value: Any) -> int | None:
            if type(value) is float and value.is_integer():
                return int(value)
            if value == "" or value is None:
                return missing()
            if type(value) is str:
                try:
                    return int(value)
                except ValueError:
                    pass
            return _whole(value)

        return whole
    if kind == "time":

        def moment(value: Any) -> str | None:
            if type(value) is str:
                if not value:
                    return missing()
                if len(value) == 19 and value[10] == " ":  # as stored, if it is a time
                    try:
                        datetime.fromisoformat(value)
                        return value
                    except ValueError:
                        pass
            elif type(value) is datetime and not value.microsecond:
                return value.isoformat(" ", "seconds")
            elif value is None:
                return missing()
            return _moment(value)

        return moment

    def flag(value: Any) -> int | None:
        if value == "" or value is None:
            return missing()
        return _flag(value)

    return flag


def _json(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        text = parse(value)
        try:
            json.loads(text)
        except ValueError:
            raise _Bad(translate("AllData", "a JSON value is needed")) from None
        return text

    return convert


#: A sheet's rows: (row number as the spreadsheet counts them, cells).
SheetRows = Iterator[tuple[int, Sequence[Any]]]


class _Source:
    """An export of all data opened for reading: its about rows and its sheets."""

    csv_text = False

    def about(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for place, header, rows in self.sheets(ABOUT):
            if [str(h).strip() for h in header[:2]] != list(ABOUT_HEADER[:2]):
                raise _unreadable_sheet(place)
            for _, cells in rows:
                if cells and cells[0] != "":
                    value = cells[1] if len(cells) > 1 else ""
                    if isinstance(value, str) and value.startswith("'") and self.csv_text:
                        value = value[1:]
                    found[str(cells[0]).strip()] = value
        return found

    def has(self, name: str) -> bool:
        raise NotImplementedError

    def sheets(self, name: str) -> Iterator[tuple[str, list[str], SheetRows]]:
        """(place, header, rows) of each sheet holding the table `name`, in order."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _Workbook(_Source):
    def __init__(self, path: Path) -> None:
        from python_calamine import CalamineWorkbook

        self.book = CalamineWorkbook.from_path(str(path))
        self.names = set(self.book.sheet_names)

    def has(self, name: str) -> bool:
        return name in self.names

    def sheets(self, name: str) -> Iterator[tuple[str, list[str], SheetRows]]:
        part, place = 1, name
        while place in self.names:
            rows = self.book.get_sheet_by_name(place).iter_rows()
            header = [str(h).strip() for h in next(rows, [])]
            yield place, header, enumerate(rows, 2)
            part += 1
            place = f"{name} ({part})"

    def close(self) -> None:
        self.book.close()


class _Zip(_Source):
    csv_text = True

    def __init__(self, path: Path) -> None:
        self.archive = zipfile.ZipFile(path)
        self.names = set(self.archive.namelist())
        self.reading: list[io.TextIOWrapper] = []  # closed by `close`, however reading ended

    def has(self, name: str) -> bool:
        return f"{name}.csv" in self.names

    def sheets(self, name: str) -> Iterator[tuple[str, list[str], SheetRows]]:
        place = f"{name}.csv"
        if place not in self.names:
            return
        text = io.TextIOWrapper(self.archive.open(place), encoding="utf-8-sig", newline="")
        self.reading.append(text)
        rows = csv.reader(text)
        header = [h.strip() for h in next(rows, [])]
        yield place, header, enumerate(rows, 2)
        self.reading.remove(text)
        text.close()

    def close(self) -> None:
        for text in self.reading:
            text.close()
        self.archive.close()


def _open(path: Path) -> _Source:
    if not path.is_file():
        raise FileProblem(translate("AllData", "There is no file {path}.").format(path=path))
    names = _zip_names(path)
    if names is not None and f"{ABOUT}.csv" in names:
        return _Zip(path)
    if names is not None and "xl/workbook.xml" in names:
        return _Workbook(path)
    with open(path, "rb") as handle:
        if names is None and handle.read(4) == b"PK\x03\x04":  # a ZIP, but not whole
            raise _damaged(path, zipfile.BadZipFile("the end of the ZIP is missing"))
    raise _not_ours(path)


def _not_ours(path: Path) -> FileProblem:
    return FileProblem(
        translate(
            "AllData",
            "{file} is not an export of all data from EnquiryDesk (it lacks the about and "
            "enquiry sheets).",
        ).format(file=path.name)
    )


def _unreadable_sheet(place: str) -> FileProblem:
    return FileProblem(
        translate(
            "AllData",
            "{sheet} does not start with the header row EnquiryDesk writes; nothing was imported.",
        ).format(sheet=place)
    )


#: What reading a damaged file raises: a ZIP's or a workbook's, or text not in UTF-8.
def _read_errors() -> tuple[type[BaseException], ...]:
    from python_calamine import CalamineError

    return (
        CalamineError,
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        UnicodeDecodeError,
        csv.Error,
    )


class _Rows:
    """Turns one table's sheets into rows in storage form, counting them for the progress
    and for the check against the about sheet."""

    def __init__(self, source: _Source, older: bool, tick: Callable[[], None]) -> None:
        self.source, self.older, self.tick = source, older, tick
        self.read = 0

    def parts(self, table: dump.Table) -> Iterator[tuple[str, Iterator[dump.NumberedRow]]]:
        first: list[str] | None = None
        for place, header, rows in self.source.sheets(table.name):
            if first is not None and header[: len(first)] != first:
                raise _unreadable_sheet(place)
            first = first or header
            yield place, self._rows(table, place, header, rows)

    def _plan(
        self, table: dump.Table, place: str, header: list[str]
    ) -> list[tuple[int, Callable[[Any], Any], str]]:
        """For each column of the table: its position in the sheet, what converts its cells
        (for a column the sheet lacks: what gives its default), its name."""
        named = [h for h in header if h]
        known = set(table.column_names)
        for name in named:
            if name not in known:
                raise FileProblem(
                    translate(
                        "AllData",
                        "{sheet} has a column {column} that EnquiryDesk does not know; "
                        "nothing was imported.",
                    ).format(sheet=place, column=name)
                )
        if len(set(named)) != len(named) or "id" not in named:
            raise _unreadable_sheet(place)
        plan: list[tuple[int, Callable[[Any], Any], str]] = []
        for column in table.columns:
            if column.name in header:
                convert = _cell(column, self.source.csv_text)
                if table.name == "setting" and column.name == "value":
                    convert = _json(convert)
                plan.append((header.index(column.name), convert, column.name))
            elif self.older and (column.nullable or column.default is not None):
                default = column.default
                plan.append((0, lambda _cell, default=default: default, column.name))
            else:
                raise FileProblem(
                    translate(
                        "AllData", "{sheet} lacks the column {column}; nothing was imported."
                    ).format(sheet=place, column=column.name)
                )
        return plan

    def _rows(
        self, table: dump.Table, place: str, header: list[str], rows: SheetRows
    ) -> Iterator[dump.NumberedRow]:
        plan = self._plan(table, place, header)
        width, first = len(header), header.index("id")
        pairs = [(position, convert) for position, convert, _ in plan]
        tick = self.tick
        for number, cells in rows:
            no_id = len(cells) <= first or cells[first] in ("", None)
            if no_id and all(cell in ("", None) for cell in cells):
                continue  # an empty line a spreadsheet left
            if len(cells) != width:
                cells = self._fit(cells, width, place, number)
            try:
                values = [convert(cells[position]) for position, convert in pairs]
            except _Bad:
                raise self._bad_cell(plan, cells, place, number) from None
            self.read += 1
            tick()
            yield number, values

    @staticmethod
    def _fit(cells: Sequence[Any], width: int, place: str, number: int) -> list[Any]:
        """A row as wide as the header: a short one filled with empty cells."""
        if any(cell not in ("", None) for cell in cells[width:]):
            raise FileProblem(
                translate(
                    "AllData",
                    "{sheet}, row {row} has more cells than the header row; nothing was imported.",
                ).format(sheet=place, row=number)
            )
        return [*cells[:width], *[""] * (width - len(cells))]

    @staticmethod
    def _bad_cell(
        plan: list[tuple[int, Callable[[Any], Any], str]],
        cells: Sequence[Any],
        place: str,
        number: int,
    ) -> FileProblem:
        """The first cell of the row that cannot be what its column holds, named."""
        for position, convert, name in plan:
            try:
                convert(cells[position])
            except _Bad as bad:
                return FileProblem(
                    translate(
                        "AllData",
                        "{sheet}, row {row}, column {column}: {problem}; nothing was imported.",
                    ).format(sheet=place, row=number, column=name, problem=bad)
                )
        raise AssertionError("a row refused, but none of its cells")


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
        version = _whole(about.get("schema_version", ""))
    except _Bad:
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
        return _whole(about[name])
    except (KeyError, _Bad):
        return None


def import_all(ctx: Context, path: Path, progress: Progress | None = None) -> AllDataResult:
    """Bring an export of all data back into this database, which must hold no customers
    and no enquiries: every table with its ids, in one transaction (all or nothing).

    The file's settings, staff and catalogues replace the database's; its PIN settings and
    PINs stay. `progress(done, total)` in rows; False cancels (`Cancelled`)."""
    path = Path(path)
    if files.is_database_file(path, ctx.store.path):
        raise _not_ours(path)
    reading = _read_errors()
    try:
        source = _open(path)
    except reading as error:
        raise _damaged(path, error) from None
    try:
        if not source.has("enquiry"):
            raise _not_ours(path)
        try:
            about = source.about()
        except reading as error:
            raise _damaged(path, error) from None
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


def _damaged(path: Path, error: BaseException) -> FileProblem:
    return FileProblem(
        translate(
            "AllData",
            "{file} cannot be read whole ({reason}); it may be damaged or cut short. "
            "Nothing was imported.",
        ).format(file=path.name, reason=str(error).rstrip(".") or type(error).__name__)
    )


def _load(
    ctx: Context,
    path: Path,
    source: _Source,
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
            rows = _Rows(source, version < LATEST, ticks)
            try:
                if source.has(table.name):
                    restore.load(table, rows.parts(table))
            except reading as error:
                raise _damaged(path, error) from None
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


__all__ = ["FORMATS", "SHEETS", "AllDataResult", "export_all", "import_all", "is_all_data"]
