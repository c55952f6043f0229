"""The Enquiries sheet's rows, streamed into the workbook package XlsxWriter made.

Why not let XlsxWriter write them: it spends some ten microseconds on every
cell (argument checks, a cell record, attribute escaping at save). On the
two-core machine of PERFORMANCE.md a 20,684-enquiry month (378,000 cells) took
6.4 s that way, past the 5 s allowed; streamed as here, the whole export takes
2.4 s and its memory stays flat. So XlsxWriter builds the whole workbook —
Summary, charts, styles, and the Enquiries sheet with its header, column widths
and formats, frozen header and filter — and this module copies that package,
putting the data rows into the Enquiries sheet's ``<sheetData>`` as it goes:
one f-string per cell, written straight into the compressed part, a few hundred
rows at a time.

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

import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import IO, Any
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


Cell = Callable[[int, Any], str]


def _cell(kind: str, letters: str, style: int, quoted: int) -> Cell:
    """How one column's value becomes a ``<c>`` element (empty when there is no value);
    `style` is the column's cell format, `quoted` its quote-prefixed copy."""
    plain = _style(style)
    if kind == "text":
        prefixed = _style(quoted)
        starts = export_rows.FORMULA_STARTS

        def text(row: int, value: str) -> str:
            if not value:
                return ""
            return (
                f'<c r="{letters}{row}"{prefixed if value.startswith(starts) else plain}'
                f' t="inlineStr"><is><t xml:space="preserve">{_escape(value)}</t></is></c>'
            )

        return text
    if kind == "time":

        def time(row: int, value: datetime | None) -> str:
            if value is None:
                return ""
            return f'<c r="{letters}{row}"{plain}><v>{(value - EXCEL_EPOCH) / DAY!r}</v></c>'

        return time

    def number(row: int, value: Any) -> str:
        return "" if value is None else f'<c r="{letters}{row}"{plain}><v>{value}</v></c>'

    return number


def _stream_rows(
    out: IO[bytes], rows: Iterable[Sequence[Any]], cells: list[Cell], advance: Callable[[], None]
) -> int:
    """Write `rows` as rows 2… and return how many there were."""
    chunk: list[str] = []
    count = 0
    for count, values in enumerate(rows, 1):
        number = count + 1  # the header is row 1
        chunk.append(f'<row r="{number}">')
        chunk.extend([cell(number, value) for cell, value in zip(cells, values, strict=True)])
        chunk.append("</row>")
        advance()
        if count % CHUNK == 0:
            out.write("".join(chunk).encode("utf-8"))
            chunk.clear()
    out.write("".join(chunk).encode("utf-8"))
    return count


def copy_with_rows(
    frame: zipfile.ZipFile,
    target: zipfile.ZipFile,
    sheet: str,
    kinds: Sequence[str],
    rows: Iterable[Sequence[Any]],
    total: int,
    advance: Callable[[], None],
) -> None:
    """Copy the package `frame` into `target`, with `rows` (one value per kind, in column
    order) as rows 2… of `sheet`. The frame's sheet holds the header only and was made
    knowing there would be `total` rows (its filter range says so); the dimension is
    set to match. Text columns get quote-prefixed copies of their formats in the style
    sheet, for the text that starts like a formula."""
    part, styles_name = sheet_part(frame, sheet), styles_part(frame)
    xml = frame.read(part).decode("utf-8")
    styles = column_style_indexes(xml, len(kinds))
    styles_xml, quoted = with_quote_prefix(
        frame.read(styles_name).decode("utf-8"),
        (style for style, kind in zip(styles, kinds, strict=True) if kind == "text"),
    )
    cells = [
        _cell(k, column_letters(i), styles[i], quoted.get(styles[i], styles[i]))
        for i, k in enumerate(kinds)
    ]
    for info in frame.infolist():
        if info.filename == styles_name:
            target.writestr(info, styles_xml.encode("utf-8"))
            continue
        if info.filename != part:
            target.writestr(info, frame.read(info))
            continue
        head, tail = xml.split("</sheetData>", 1)
        last = f"{column_letters(len(kinds) - 1)}{total + 1}"
        head = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last}"/>', head, count=1)
        with target.open(part, "w") as out:  # compressed as `target` says
            out.write(head.encode("utf-8"))
            written = _stream_rows(out, rows, cells, advance)
            out.write(("</sheetData>" + tail).encode("utf-8"))
        if written != total:  # the caller reads in one snapshot: this is a bug, not a user's
            raise RuntimeError(f"{written} rows were written where {total} were counted")


__all__ = [
    "column_letters",
    "column_style_indexes",
    "copy_with_rows",
    "sheet_part",
    "styles_part",
    "with_quote_prefix",
]
