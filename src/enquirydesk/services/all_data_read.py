"""An export of all data opened for reading, a workbook or a ZIP of CSV files: its about
rows, each table's sheets (and their "name (2)", … parts) turned into rows in storage
form and counted (`Rows`), and the one sentence for a file that is not such an export,
is damaged, or has a sheet or cell EnquiryDesk does not write.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from enquirydesk.domain.importcsv import FileProblem
from enquirydesk.i18n import translate
from enquirydesk.services.all_data_cells import Bad, cell_reader, json_cell
from enquirydesk.services.all_data_sheets import ABOUT, ABOUT_HEADER, zip_names
from enquirydesk.store import dump

#: A sheet's rows: (row number as the spreadsheet counts them, cells).
SheetRows = Iterator[tuple[int, Sequence[Any]]]


class Source:
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


class _Workbook(Source):
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


class _Zip(Source):
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


def open_export(path: Path) -> Source:
    if not path.is_file():
        raise FileProblem(translate("AllData", "There is no file {path}.").format(path=path))
    names = zip_names(path)
    if names is not None and f"{ABOUT}.csv" in names:
        return _Zip(path)
    if names is not None and "xl/workbook.xml" in names:
        return _Workbook(path)
    with open(path, "rb") as handle:
        if names is None and handle.read(4) == b"PK\x03\x04":  # a ZIP, but not whole
            raise damaged(path, zipfile.BadZipFile("the end of the ZIP is missing"))
    raise not_ours(path)


def not_ours(path: Path) -> FileProblem:
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


def damaged(path: Path, error: BaseException) -> FileProblem:
    return FileProblem(
        translate(
            "AllData",
            "{file} cannot be read whole ({reason}); it may be damaged or cut short. "
            "Nothing was imported.",
        ).format(file=path.name, reason=str(error).rstrip(".") or type(error).__name__)
    )


#: What reading a damaged file raises: a ZIP's or a workbook's, or text not in UTF-8.
def read_errors() -> tuple[type[BaseException], ...]:
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


class Rows:
    """Turns one table's sheets into rows in storage form, counting them for the progress
    and for the check against the about sheet."""

    def __init__(self, source: Source, older: bool, tick: Callable[[], None]) -> None:
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
                convert = cell_reader(column, self.source.csv_text)
                if table.name == "setting" and column.name == "value":
                    convert = json_cell(convert)
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
            except Bad:
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
            except Bad as bad:
                return FileProblem(
                    translate(
                        "AllData",
                        "{sheet}, row {row}, column {column}: {problem}; nothing was imported.",
                    ).format(sheet=place, row=number, column=name, problem=bad)
                )
        raise AssertionError("a row refused, but none of its cells")
