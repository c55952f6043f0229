"""The file to import, opened the way it was saved: a CSV file in any separator and in
UTF-8 or a Windows code page, or a sheet of an XLSX, XLS or ODS workbook.

Either way it comes out as a header (the names as written) and rows of text cells
with the line (row) number they have in the file, so the same checks read both.
A workbook's cells are typed: a date cell becomes ``2026-10-24 14:05:00``, a whole
number ``6281234567`` (not ``6281234567.0``), so that nothing reads it differently
from the same value typed into a CSV file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from enquirydesk.domain import import_columns
from enquirydesk.domain.import_values import quoted
from enquirydesk.domain.importcsv import FileProblem, Table, check_header, decode, read_table
from enquirydesk.i18n import translate

CSV, SHEET = "csv", "sheet"
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
_ZIP_MAGIC, _OLE_MAGIC = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"

#: Countries whose spreadsheets save text in Windows' Central European code page.
CENTRAL_EUROPE = frozenset({"SI", "HR", "BA", "RS", "ME", "CZ", "SK", "PL", "HU", "RO", "AL"})

#: A piece of the body to check: (line of its first row, CSV text or rows of cells).
Piece = tuple[int, str | list[tuple[int, list[str]]]]


@dataclass(frozen=True)
class Layout:
    """How the file is read: what the import wizard shows and lets the user change."""

    kind: str  # CSV or SHEET
    encoding: str | None = None  # CSV
    delimiter: str | None = None  # CSV
    sheet: str | None = None  # SHEET: the sheet read
    sheets: tuple[str, ...] = ()  # SHEET: every sheet of the workbook


class SourceFile:
    """An opened file: its layout, its header and its rows (read again for each pass)."""

    def __init__(
        self,
        path: Path,
        layout: Layout,
        header: list[str],
        lines: int,
        table: Table | None = None,
        header_line: int = 1,
        sheet: Any = None,
    ) -> None:
        self.path, self.layout, self.header, self.lines = path, layout, header, lines
        self._table = table  # a CSV file's text
        self._sheet = sheet  # a workbook's sheet, kept compact by its reader, read each pass
        self.header_line = header_line

    def rows(self, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
        """The body's rows as (line, cells), blank rows left out; the first `limit`."""
        rows = self._table.rows() if self._table is not None else _sheet_rows(self)
        for count, row in enumerate(rows):
            if limit is not None and count >= limit:
                return
            yield row

    def pieces(self, size: int) -> Iterator[Piece]:
        """The body in pieces of about `size` rows for checking (in worker processes for
        a large file): CSV as text cut at row ends, a sheet as rows of cells."""
        if self._table is not None:
            yield from self._table.chunks(size)
            return
        piece: list[tuple[int, list[str]]] = []
        for row in _sheet_rows(self):
            piece.append(row)
            if len(piece) >= size:
                yield piece[0][0], piece
                piece = []
        if piece:
            yield piece[0][0], piece


def open_source(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    country: str = "",
) -> SourceFile:
    """Open `path` as a CSV file or a workbook, by its name and its first bytes; a text
    file not in UTF-8 is read in the code page of the shop's `country` when its letters
    do not tell."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            start = file.read(8)
    except OSError as error:
        raise FileProblem(
            translate("Importer", "{file} cannot be read: {reason}").format(
                file=path.name, reason=error.strerror or error
            )
        ) from None
    is_sheet = path.suffix.lower() in SHEET_SUFFIXES or start.startswith((_ZIP_MAGIC, _OLE_MAGIC))
    if is_sheet:
        return _open_workbook(path, sheet)
    prefer = "cp1250" if country.upper() in CENTRAL_EUROPE else "cp1252"
    text, encoding = decode(path.read_bytes(), encoding, prefer)
    table = read_table(text, delimiter)
    layout = Layout(CSV, encoding=encoding, delimiter=table.delimiter)
    return SourceFile(path, layout, table.header, max(1, text.count("\n")), table)


def _workbook(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as error:  # calamine raises its own kinds for each broken format
        raise FileProblem(
            translate(
                "Importer",
                "{file} is not a workbook this program can read (XLSX, XLS or ODS): {reason}",
            ).format(file=path.name, reason=error)
        ) from None


def _open_workbook(path: Path, name: str | None) -> SourceFile:
    book = _workbook(path)
    sheets = tuple(book.sheet_names)
    if name is not None and name not in sheets:
        raise FileProblem(
            translate("Importer", "{file} has no sheet {sheet}.").format(
                file=path.name, sheet=quoted(name)
            )
        )
    sheet = found = None
    if name is not None:
        sheet = _sheet(book, name)
        found = _header_row(sheet)
    else:  # the first sheet whose columns import (the Enquiries of a monthly export,
        # after its Summary), else the first with anything in it
        first = None
        for candidate in sheets:
            read = _sheet(book, candidate)
            header = _header_row(read) if read.height > 0 else None
            if header is None:
                continue
            if first is None:
                first = (read, candidate, header)
            if not import_columns.missing_fields(import_columns.recognise(header[1])):
                sheet, name, found = read, candidate, header
                break
        if found is None and first is not None:
            sheet, name, found = first
        elif found is None:
            name = sheets[0] if sheets else ""
    if found is None:
        raise FileProblem(
            translate(
                "Importer", "The sheet {sheet} is empty; its first row must name the columns."
            ).format(sheet=quoted(name or ""))
        )
    header_line, header = found
    check_header(header)
    layout = Layout(SHEET, sheet=name, sheets=sheets)
    return SourceFile(path, layout, header, sheet.height, header_line=header_line, sheet=sheet)


def _sheet(book: Any, name: str) -> Any:
    try:
        return book.get_sheet_by_name(name)
    except Exception as error:  # a sheet whose XML is broken
        raise FileProblem(
            translate("Importer", "The sheet {sheet} cannot be read: {reason}").format(
                sheet=quoted(name), reason=error
            )
        ) from None


def _header_row(sheet: Any) -> tuple[int, list[str]] | None:
    """The first row with something in it, as (its row number, the names)."""
    for number, cells in enumerate(sheet.iter_rows(), sheet.start[0] + 1 if sheet.start else 1):
        names = [cell_text(cell).strip() for cell in cells]
        if any(names):
            while names and not names[-1]:
                names.pop()
            return number, names
    return None


def _sheet_rows(source: SourceFile) -> Iterator[tuple[int, list[str]]]:
    sheet = source._sheet
    header_line = source.header_line
    first = sheet.start[0] + 1 if sheet.start else 1
    text = cell_text
    for number, cells in enumerate(sheet.iter_rows(), first):
        if number <= header_line:
            continue
        fields = [text(cell) for cell in cells]
        if any(field.strip() for field in fields):
            yield number, fields


def cell_text(value: Any) -> str:
    """A workbook cell as the text the row checker reads."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(" ", "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat("seconds")
    return str(value)


__all__ = ["CSV", "SHEET", "Layout", "Piece", "SourceFile", "cell_text", "open_source"]
