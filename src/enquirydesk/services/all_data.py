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

This module writes the file; beside it, `all_data_sheets` describes its sheets and
recognises one, `all_data_read` and `all_data_cells` read it, and `all_data_restore`
brings it back (`import_all`, importable from here).
"""

from __future__ import annotations

import contextlib
import csv
import io
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from enquirydesk import __version__
from enquirydesk.domain import settings as declared
from enquirydesk.i18n import translate
from enquirydesk.services.all_data_restore import AllDataResult, import_all
from enquirydesk.services.all_data_sheets import (
    ABOUT,
    ABOUT_HEADER,
    FORMAT_MARK,
    SHEETS,
    is_all_data,
)
from enquirydesk.services.context import Context, Progress
from enquirydesk.services.export_rows import (
    FORMULA_STARTS,
    ExportError,
    Steps,
    atomic_output,
    refuse_database_target,
)
from enquirydesk.store import dump
from enquirydesk.store.bulk import db_time
from enquirydesk.store.migrations import LATEST

FORMATS = ("xlsx", "csv")
#: Data rows per sheet: Excel's 1,048,576 rows less the header.
SHEET_ROWS = 1_048_575
MAX_TEXT = 32_767  # characters an Excel cell holds
#: Text in the CSV files that gets an apostrophe in front (and loses it on the way back).
_QUOTED = (*FORMULA_STARTS, "'")
_WIDTHS = {"int": 10, "bool": 8, "time": 19, "text": 24}
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
ZIP64_FROM = 500_000  # rows of one table from which a sheet's part may pass 2 GB


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


__all__ = ["FORMATS", "SHEETS", "AllDataResult", "export_all", "import_all", "is_all_data"]
