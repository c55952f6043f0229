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
filter — in memory; the data rows are then streamed into the Enquiries sheet by
`xlsx_rows` while the package is written to disk (see there why), so memory
stays flat however long the month is.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from pathlib import Path
from typing import Any

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
    """The workbook's cell formats, made once (Excel keeps one record per format)."""

    def __init__(self, workbook: Workbook, formats: Formats) -> None:
        self._workbook = workbook
        #: Each format's properties, and its quote-prefixed twin once asked for.
        self._properties: dict[int, tuple[Format, dict[str, Any]]] = {}
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
        made = self._workbook.add_format(properties)
        self._properties[id(made)] = (made, properties)
        return made

    def for_kind(self, kind: str) -> Format:
        return getattr(self, kind)  # the kinds of `export_rows.COLUMNS` are attribute names

    def for_text(self, text: str, style: Format | None = None) -> Format | None:
        """The format of a cell holding `text`: `style` (None: the plain text format),
        with Excel's quote prefix when `text` starts like a formula."""
        if not export_rows.looks_like_formula(text):
            return style
        base = self.text if style is None else style
        quoted = self._quoted.get(id(base))
        if quoted is None:
            quoted = self._workbook.add_format(
                {**self._properties[id(base)][1], "quote_prefix": True}
            )
            self._quoted[id(base)] = quoted
        return quoted


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


def write_xlsx(ctx: Context, month: Month, path: Path, progress: Progress | None = None) -> None:
    """Write `month` to `path` as a workbook; `progress(done, total)` → False cancels, and
    a cancelled or failed export leaves no file (and an earlier file at `path` untouched)."""
    settings = ctx.settings
    formats = ctx.formats
    kinds = [column.kind for column in export_rows.COLUMNS]
    summary_name = sheet_name(translate("Export", "Summary"), "Summary")
    enquiries_name = sheet_name(translate("Export", "Enquiries"), "Enquiries", (summary_name,))
    with export_rows.atomic_output(Path(path)) as temp, ctx.store.snapshot():
        # One snapshot: the summary and the rows come from the same state of the file.
        total = export_rows.month_total(ctx, month)
        steps = export_rows.Steps(progress, total)
        frame = io.BytesIO()
        workbook = Workbook(frame, OPTIONS)
        styles = Styles(workbook, formats)
        xlsx_summary.write_summary(
            workbook,
            workbook.add_worksheet(summary_name),
            styles,
            report.monthly(ctx, month),
            names=catalogs.report_names(),
            shop=settings[declared.SHOP_NAME],
            formats=formats,
        )
        _enquiries_frame(workbook.add_worksheet(enquiries_name), styles, total)
        workbook.close()
        with (
            zipfile.ZipFile(frame) as made,
            # Level 1: a third of the default's time for a file a quarter larger.
            zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package,
            contextlib.closing(export_rows.month_rows(ctx, month)) as rows,
        ):
            xlsx_rows.copy_with_rows(
                made, package, enquiries_name, kinds, rows, total, steps.advance
            )
        steps.tell()  # the last chance to cancel: the file is complete but not yet in place


__all__ = ["sheet_name", "write_xlsx"]
