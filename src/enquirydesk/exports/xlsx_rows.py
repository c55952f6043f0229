"""The Enquiries sheet's rows, streamed into the workbook package XlsxWriter made.

Why not let XlsxWriter write them: it spends some ten microseconds on every
cell (argument checks, a cell record, attribute escaping at save). On the
two-core machine of PERFORMANCE.md a 20,684-enquiry month (378,000 cells) took
6.4 s that way, past the 5 s allowed; streamed as here, the whole export takes
2.4 s and its memory stays flat. So XlsxWriter builds the whole workbook —
Summary, charts, styles, and the Enquiries sheet with its header, column widths
and formats, frozen header and filter — and this module copies that package,
putting the data rows into the Enquiries sheet's ``<sheetData>``: `write_sheet`
writes that part, `copy_parts` the others. Each row is made by one call of a
function put together for the sheet's columns (`row_writer`), a text column's
cells are made once per distinct text, and the rows go into the compressed part
a few hundred at a time, compressed in a thread of their own while the next
ones are made. At 3,000,000 enquiries a busy month is 210,000 rows.

The rows are plain SpreadsheetML, the form XlsxWriter itself uses in its
constant-memory mode: numbers (dates are day counts) with the column's own
style, text as inline strings exactly as recorded. A text that starts like a
formula (``+38641…``, ``=cmd…``) takes the column's style with Excel's quote
prefix: Excel shows it as text and never runs it, with no apostrophe in the
cell. Those quote-prefixed styles are added to the package's style sheet here,
one for each text column's style. Only the standard parts of the package are
read: the workbook names the sheet, its relationships name the part and the
style sheet, the part's ``<col>`` elements give each column's style, the style
sheet's ``<cellXfs>`` the cell formats.
"""

from __future__ import annotations

import queue
import re
import threading
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import IO, Any, NamedTuple
from xml.etree import ElementTree

from enquirydesk.services import export_rows

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
#: Day 0 of Excel's (1900) date system, for the times after 1 March 1900 that we write.
EXCEL_EPOCH = datetime(1899, 12, 30)
DAY = timedelta(days=1)
MAX_TEXT = 32_767  # characters Excel keeps in a cell
CHUNK = 250  # rows per write into the compressed part

# Characters XML cannot hold raw become _xHHHH_ (as Excel writes them); a literal
# "_xHHHH_" in the text gets its underscore escaped so Excel does not decode it.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]|_x[0-9a-fA-F]{4}_")
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f]|_x[0-9a-fA-F]{4}_")  # either kind


def _escape(text: str) -> str:
    """`text` as the content of a ``<t>`` element. Most text needs nothing: one search."""
    text = text[:MAX_TEXT]
    if _SPECIAL.search(text) is None:
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _CONTROL.sub(
        lambda m: "_x005F" + m[0] if m[0][0] == "_" else f"_x{ord(m[0]):04X}_", text
    )


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_part(package: zipfile.ZipFile, name: str) -> str:
    """The part (``xl/worksheets/sheet2.xml``) that holds the sheet called `name`."""
    book = ElementTree.fromstring(package.read("xl/workbook.xml"))
    sheet = next(s for s in book.iter(f"{MAIN}sheet") if s.get("name") == name)
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    target = next(r for r in rels.iter(f"{RELS}Relationship") if r.get("Id") == sheet.get(DOC_REL))
    return "xl/" + str(target.get("Target")).removeprefix("/xl/").removeprefix("/")


def styles_part(package: zipfile.ZipFile) -> str:
    """The part (``xl/styles.xml``) that holds the workbook's cell formats."""
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    target = next(r for r in rels.iter(f"{RELS}Relationship") if r.get("Type") == STYLES_TYPE)
    return "xl/" + str(target.get("Target")).removeprefix("/xl/").removeprefix("/")


def column_style_indexes(sheet_xml: str, count: int) -> list[int]:
    """Each column's cell format: its index in the style sheet's ``<cellXfs>``."""
    styles = [0] * count
    for col in ElementTree.fromstring(sheet_xml).iter(f"{MAIN}col"):
        style = int(col.get("style") or 0)
        for index in range(int(col.get("min", 1)) - 1, min(int(col.get("max", 1)), count)):
            styles[index] = style
    return styles


def _style(index: int) -> str:
    """A cell's ``s="…"`` attribute text (empty for the default format)."""
    return f' s="{index}"' if index else ""


_CELL_XFS = re.compile(r'(<cellXfs\b[^>]*?\bcount=")(\d+)("[^>]*>)(.*?)(</cellXfs>)', re.DOTALL)
_XF = re.compile(r"<xf\b[^>]*?/>|<xf\b[^>]*>.*?</xf>", re.DOTALL)


def with_quote_prefix(styles_xml: str, indexes: Iterable[int]) -> tuple[str, dict[int, int]]:
    """`styles_xml` with, for each cell format in `indexes`, a copy that has Excel's quote
    prefix, and where each format's quote-prefixed copy is (a format that already has
    the prefix is its own)."""
    found = _CELL_XFS.search(styles_xml)
    if found is None:
        raise RuntimeError("the workbook's style sheet has no cell formats")
    formats = _XF.findall(found[4])
    added: list[str] = []
    quoted: dict[int, int] = {}
    for index in sorted(set(indexes)):
        xf = formats[index]
        if re.match(r'<xf\b[^>]*\squotePrefix="(1|true)"', xf):
            quoted[index] = index
            continue
        quoted[index] = len(formats) + len(added)
        added.append(xf.replace("<xf", '<xf quotePrefix="1"', 1))
    if not added:
        return styles_xml, quoted
    count = len(formats) + len(added)
    cell_xfs = f"{found[1]}{count}{found[3]}{found[4]}{''.join(added)}{found[5]}"
    return styles_xml[: found.start()] + cell_xfs + styles_xml[found.end() :], quoted


class _TextCells(dict[str, str]):
    """A text column's cells after the cell reference, by text: the column's style (with
    the quote prefix when the text starts like a formula) and the escaped text. Most
    columns repeat a few words (a channel, an outcome, a name) thousands of times, so
    each is worked out once; only the first few thousand short texts are kept, so that
    memory stays small whatever the month holds.

    As XlsxWriter writes text, ``xml:space="preserve"`` is said only of a text that
    starts or ends with white space, the only white space a reader could drop: a
    sixth of the sheet's bytes otherwise."""

    LIMIT = 2_048  # texts kept per column
    LONGEST = 80  # characters of a text worth keeping

    def __init__(self, style: int, quoted: int) -> None:
        super().__init__()
        self.starts = {
            (prefixed, kept): f'{_style(quoted if prefixed else style)} t="inlineStr"><is><t'
            + (' xml:space="preserve">' if kept else ">")
            for prefixed in (False, True)
            for kept in (False, True)
        }

    def __missing__(self, text: str) -> str:
        start = self.starts[
            text.startswith(export_rows.FORMULA_STARTS),
            text[:1].isspace() or text[-1:].isspace(),
        ]
        cell = f"{start}{_escape(text)}</t></is></c>"
        if len(text) <= self.LONGEST and len(self) < self.LIMIT:
            self[text] = cell
        return cell


RowWriter = Callable[[str, Sequence[Any]], str]


def row_writer(kinds: Sequence[str], styles: Sequence[int], quoted: Sequence[int]) -> RowWriter:
    """A function that turns one row's values (one per kind, in column order) into its
    ``<row>`` element, given the row number as text; a cell without a value (None, or
    empty text) is left out. Column `i` takes the cell format `styles[i]`, and its text
    that starts like a formula `quoted[i]`.

    The function is put together from one expression per column, so that a row is
    one call: a month is hundreds of thousands of rows of thirty cells, and a call per
    cell was most of the export's time. Only names made here go into its source; for
    an id and a text column it reads::

        def row(n, values):
            (v0, v1,) = values
            return ''.join((
                f'<row r="{n}">',
                ('' if v0 is None else f'<c r="A{n}"{s0}><v>{v0}</v></c>'),
                ('' if not v1 else f'<c r="B{n}"{t1[v1]}'),
                '</row>',
            ))
    """
    scope: dict[str, Any] = {"EPOCH": EXCEL_EPOCH, "DAY": DAY}
    cells = []
    for i, kind in enumerate(kinds):
        value, start = f"v{i}", f'<c r="{column_letters(i)}{{n}}"'
        if kind == "text":
            scope[f"t{i}"] = _TextCells(styles[i], quoted[i])
            cells.append(f"'' if not {value} else f'{start}{{t{i}[{value}]}}'")
            continue
        scope[f"s{i}"] = _style(styles[i])
        number = f"({value} - EPOCH) / DAY!r" if kind == "time" else value
        cells.append(f"'' if {value} is None else f'{start}{{s{i}}}><v>{{{number}}}</v></c>'")
    values = ", ".join(f"v{i}" for i in range(len(kinds)))
    body = "".join(f"\n        ({cell})," for cell in cells)
    source = (
        f"def row(n, values):\n"
        f"    ({values},) = values\n"
        f"    return ''.join((\n        f'<row r=\"{{n}}\">',{body}\n        '</row>',\n    ))\n"
    )
    exec(compile(source, f"<{__name__}.row_writer>", "exec"), scope)
    return scope["row"]  # type: ignore[no-any-return]


class _Writer:
    """Writes to `out` in a thread of its own: compressing the part (zlib lets go of the
    interpreter while it works) runs beside the making of the next rows. An error of the
    writer is raised on the caller's thread at its next `write` or at the end."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="enquirydesk-xlsx-writer")

    def __enter__(self) -> _Writer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None and exc_info[0] is None:
            raise self.error

    def _run(self) -> None:
        while (data := self.queue.get()) is not None:
            if self.error is None:  # after an error, only drain: the caller will stop
                try:
                    self.out.write(data)
                except BaseException as error:  # raised on the caller's thread
                    self.error = error

    def write(self, data: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(data)


def _stream_rows(
    out: IO[bytes], rows: Iterable[Sequence[Any]], row: RowWriter, advance: Callable[[], None]
) -> int:
    """Write `rows` as rows 2… and return how many there were."""
    chunk: list[str] = []
    count = 0
    with _Writer(out) as writer:
        for count, values in enumerate(rows, 1):
            chunk.append(row(str(count + 1), values))  # the header is row 1
            advance()
            if count % CHUNK == 0:
                writer.write("".join(chunk).encode("utf-8"))
                chunk.clear()
        writer.write("".join(chunk).encode("utf-8"))
    return count


class _Parts(NamedTuple):
    """Where a frame keeps the sheet and its cell formats, and the formats its cells use."""

    sheet: str  # the sheet's part
    styles: str  # the style sheet's part
    style_sheet: str  # the style sheet with the quote-prefixed copies
    formats: list[int]  # each column's cell format
    quoted: list[int]  # each column's format for text that starts like a formula


def _parts(frame: zipfile.ZipFile, sheet: str, kinds: Sequence[str]) -> _Parts:
    part, styles_name = sheet_part(frame, sheet), styles_part(frame)
    formats = column_style_indexes(frame.read(part).decode("utf-8"), len(kinds))
    style_sheet, quoted = with_quote_prefix(
        frame.read(styles_name).decode("utf-8"),
        (style for style, kind in zip(formats, kinds, strict=True) if kind == "text"),
    )
    return _Parts(
        part, styles_name, style_sheet, formats, [quoted.get(style, style) for style in formats]
    )


def write_sheet(
    frame: zipfile.ZipFile,
    target: zipfile.ZipFile,
    sheet: str,
    kinds: Sequence[str],
    rows: Iterable[Sequence[Any]],
    total: int,
    advance: Callable[[], None],
) -> None:
    """Write the part of `sheet` of the package `frame` into `target`, with `rows` (one
    value per kind, in column order) as its rows 2…. The frame's sheet holds the header
    only and was made knowing there would be `total` rows (its filter range says so);
    the dimension is set to match. A text that starts like a formula takes a
    quote-prefixed copy of its column's format, which `copy_parts` adds to the style
    sheet."""
    parts = _parts(frame, sheet, kinds)
    head, tail = frame.read(parts.sheet).decode("utf-8").split("</sheetData>", 1)
    last = f"{column_letters(len(kinds) - 1)}{total + 1}"
    head = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last}"/>', head, count=1)
    row = row_writer(kinds, parts.formats, parts.quoted)
    with target.open(parts.sheet, "w") as out:  # compressed as `target` says
        out.write(head.encode("utf-8"))
        written = _stream_rows(out, rows, row, advance)
        out.write(("</sheetData>" + tail).encode("utf-8"))
    if written != total:  # the caller reads in one snapshot: this is a bug, not a user's
        raise RuntimeError(f"{written} rows were written where {total} were counted")


def copy_parts(
    frame: zipfile.ZipFile,
    target: zipfile.ZipFile,
    sheet: str,
    kinds: Sequence[str],
    written: zipfile.ZipFile,
) -> None:
    """Copy every part of the package `frame` but `sheet`'s into `target`, where
    `write_sheet` wrote that sheet from the package `written`; the style sheet gets the
    quote-prefixed copies that sheet's cells use. The two packages must agree on the
    sheet and the style sheet, or the cells would point at the wrong formats."""
    parts = _parts(frame, sheet, kinds)
    for name in (parts.sheet, parts.styles):
        if frame.read(name) != written.read(name):  # a bug, not a user's
            raise RuntimeError(f"{name} differs between the workbook's two frames")
    for info in frame.infolist():
        if info.filename == parts.styles:
            target.writestr(info, parts.style_sheet.encode("utf-8"))
        elif info.filename != parts.sheet:
            target.writestr(info, frame.read(info))


__all__ = [
    "column_letters",
    "column_style_indexes",
    "copy_parts",
    "row_writer",
    "sheet_part",
    "styles_part",
    "with_quote_prefix",
    "write_sheet",
]
