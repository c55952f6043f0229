"""The month as an Excel workbook: a Summary sheet with native charts, and the
Enquiries sheet with the same rows as the CSV.

Cells carry real types — dates as Excel dates, money as numbers in the shop's
currency, minutes and counts as numbers — so the owner can sort, filter and sum
without converting anything. Text is always stored as text exactly as recorded,
never parsed as a formula or number. Text that starts like a formula (a phone
number ``+38641…``, a name ``=cmd…``) is not given the CSV's apostrophe: its cell
takes Excel's quote prefix format instead, so Excel shows ``+38641…`` as text and
a cell edited and re-entered cannot turn into a formula either.

XlsxWriter builds the workbook — the Summary with its charts, and the
Enquiries sheet's header, column widths and formats, frozen header row and
filter — in memory; the data rows are streamed into the Enquiries sheet by
`xlsx_rows` while the package is written to disk (see there why), so memory
stays flat however long the month is. The rows are streamed while the Summary's
figures are still being read (see `write_xlsx`).
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import zipfile
from pathlib import Path
from typing import Any, NamedTuple

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from enquirydesk.domain import settings as declared
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.month import Month
from enquirydesk.exports import xlsx_rows, xlsx_summary
from enquirydesk.i18n import translate
from enquirydesk.services import catalogs, export_rows, report
from enquirydesk.services.context import Context, Progress

OPTIONS = {
    "in_memory": True,  # the frame is small: no temporary files
    # Only `write()` guesses types; these say: never guess, whatever is called.
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}
#: Excel's built-in "date and time" format (number 22): each user sees their own
#: regional date order.
DATE_TIME = 22
WIDTHS = {"id": 9, "time": 16, "minutes": 12, "money": 14, "count": 10, "text": 18}
WIDE_TEXT = {"Interest": 28, "Details": 40, "Feedback comment": 40, "E-mail": 26}
#: What Excel allows in a sheet's name: 31 characters, none of these, no apostrophe
#: at either end, not "History" (Excel's own).
SHEET_NAME_LENGTH = 31
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def sheet_name(text: str, fallback: str, taken: tuple[str, ...] = ()) -> str:
    """`text` (a translated name) made a name Excel accepts: the forbidden characters
    ``[]:*?/\\`` made spaces, cut to 31 characters, without apostrophes at the ends;
    the English `fallback` when nothing is left or the name (in any case) is `taken`."""
    used = {t.casefold() for t in taken} | {"history"}
    name = " ".join(_NOT_IN_SHEET_NAMES.sub(" ", text).split())
    name = name[:SHEET_NAME_LENGTH].strip(" '")
    if name and name.casefold() not in used:
        return name
    return fallback if fallback.casefold() not in used else f"{fallback[:29]} 2"


class Styles:
    """The workbook's cell formats, made once (Excel keeps one record per format), each
    with its quote-prefixed twin.

    All of them are made at once, and each is given its place in the style sheet as
    it is made, in this fixed order, rather than as XlsxWriter would (in the order the
    sheets first use them): the style sheet then does not depend on the Summary's
    figures or texts, so the Enquiries sheet's rows can be written while the figures
    are still being read (see `write_xlsx`).
    """

    def __init__(self, workbook: Workbook, formats: Formats) -> None:
        self._workbook = workbook
        #: Each format's quote-prefixed twin.
        self._quoted: dict[int, Format] = {}
        add = self._add
        self.title = add({"bold": True, "font_size": 14})
        self.heading = add({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
        self.section = add({"bold": True})
        self.column_heading = add({"bold": True, "bottom": 1, "align": "right"})
        self.text = add({})
        self.time = add({"num_format": DATE_TIME})
        self.minutes = add({"num_format": "#,##0.0"})
        self.count = add({"num_format": "#,##0"})
        self.id = add({"num_format": "0"})
        self.money = add({"num_format": formats.excel_money_format()})
        self.percent = add({"num_format": "0.0%"})
        self.missing = add({"align": "right"})

    def _add(self, properties: dict[str, Any]) -> Format:
        made = self._placed(properties)
        self._quoted[id(made)] = self._placed({**properties, "quote_prefix": True})
        return made

    def _placed(self, properties: dict[str, Any]) -> Format:
        """A new format with its place in the style sheet fixed now (XlsxWriter's own
        numbering, asked for early)."""
        made = self._workbook.add_format(properties)
        made._get_xf_index()
        return made

    def for_kind(self, kind: str) -> Format:
        return getattr(self, kind)  # the kinds of `export_rows.COLUMNS` are attribute names

    def for_text(self, text: str, style: Format | None = None) -> Format | None:
        """The format of a cell holding `text`: `style` (None: the plain text format),
        with Excel's quote prefix when `text` starts like a formula."""
        if not export_rows.looks_like_formula(text):
            return style
        return self._quoted[id(self.text if style is None else style)]


def _enquiries_frame(sheet: Worksheet, styles: Styles, total: int) -> None:
    """The Enquiries sheet without its rows: header, widths, each column's format (which
    the streamed cells take on), the frozen header and a filter over `total` rows."""
    columns = export_rows.COLUMNS
    shown = export_rows.headings()
    for col, (column, heading) in enumerate(zip(columns, shown, strict=True)):
        width = WIDE_TEXT.get(column.heading, WIDTHS[column.kind])
        width = max(width, min(len(heading) + 2, 24))
        sheet.set_column(col, col, width, styles.for_kind(column.kind))
    sheet.set_row(0, 30)
    sheet.freeze_panes(1, 0)
    for col, heading in enumerate(shown):
        sheet.write_string(0, col, heading, styles.for_text(heading, styles.heading))
    sheet.autofilter(0, 0, total, len(columns) - 1)


class _Book(NamedTuple):
    """What the workbook is made of besides the month's rows and figures."""

    summary: str  # the sheets' names
    enquiries: str
    formats: Formats
    shop: str
    kinds: list[str]  # the Enquiries sheet's columns' kinds


class _Figures(NamedTuple):
    """What the Summary sheet shows: the report's figures and the catalogues' names."""

    figures: dict[str, Any]
    names: dict[str, dict[str, str]]


def _frame(book: _Book, total: int, summary: _Figures | None) -> io.BytesIO:
    """The workbook package without the Enquiries sheet's rows, and with an empty
    Summary sheet when there is no `summary` yet. The Enquiries sheet is written
    first, so that its header's texts come first in the shared string table: that
    sheet's part is then the same whatever the Summary holds (see `Styles` for the
    formats)."""
    frame = io.BytesIO()
    workbook = Workbook(frame, OPTIONS)
    styles = Styles(workbook, book.formats)
    summary_sheet = workbook.add_worksheet(book.summary)
    _enquiries_frame(workbook.add_worksheet(book.enquiries), styles, total)
    if summary is not None:
        xlsx_summary.write_summary(
            workbook,
            summary_sheet,
            styles,
            summary.figures,
            names=summary.names,
            shop=book.shop,
            formats=book.formats,
        )
    workbook.close()
    return frame


class _Written(NamedTuple):
    """The Enquiries sheet as written: its rows' count, the frame it was written from and
    the export's progress."""

    total: int
    frame: io.BytesIO
    steps: export_rows.Steps


def _write_enquiries(
    ctx: Context,
    month: Month,
    book: _Book,
    package: zipfile.ZipFile,
    progress: Progress | None,
) -> _Written:
    """The Enquiries sheet, rows and all, into `package`, from a frame with an empty
    Summary (a job of `report.monthly_with`: it is read beside the figures)."""
    total = export_rows.month_total(ctx, month)
    steps = export_rows.Steps(progress, total)
    frame = _frame(book, total, None)
    with (
        zipfile.ZipFile(frame) as made,
        contextlib.closing(export_rows.month_rows(ctx, month)) as rows,
    ):
        xlsx_rows.write_sheet(made, package, book.enquiries, book.kinds, rows, total, steps.advance)
    return _Written(total, frame, steps)


def write_xlsx(ctx: Context, month: Month, path: Path, progress: Progress | None = None) -> None:
    """Write `month` to `path` as a workbook; `progress(done, total)` → False cancels, and
    a cancelled or failed export leaves no file (and an earlier file at `path` untouched).

    The Summary needs the month's figures, most of a second of reading in a busy month,
    and the Enquiries sheet every enquiry of it: the two are read side by side, from
    the same state of the file (`report.monthly_with`). The Enquiries sheet goes into
    the package first, from a frame with an empty Summary; the rest of the package
    follows from the whole frame once the figures are in, and must agree with the
    first on the Enquiries sheet and the formats (`xlsx_rows.copy_parts` checks).
    """
    summary_name = sheet_name(translate("Export", "Summary"), "Summary")
    book = _Book(
        summary_name,
        sheet_name(translate("Export", "Enquiries"), "Enquiries", (summary_name,)),
        ctx.formats,
        ctx.settings[declared.SHOP_NAME],
        [column.kind for column in export_rows.COLUMNS],
    )
    with (
        export_rows.atomic_output(Path(path)) as temp,
        # Level 1: a third of the default's time for a file a quarter larger.
        zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package,
    ):
        figures, (names, written) = report.monthly_with(
            ctx,
            month,
            catalogs.report_names,
            functools.partial(_write_enquiries, ctx, month, book, package, progress),
        )
        whole = _frame(book, written.total, _Figures(figures, names))
        with zipfile.ZipFile(whole) as made, zipfile.ZipFile(written.frame) as first:
            xlsx_rows.copy_parts(made, package, book.enquiries, book.kinds, first)
        written.steps.tell()  # the last chance to cancel: the file is complete, not in place


__all__ = ["sheet_name", "write_xlsx"]
