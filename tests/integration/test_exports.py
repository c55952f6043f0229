"""The month's CSV and XLSX exports of a realistic demo file: they agree with the report and
with each other, cells are typed, formula-like text is neutralised (an apostrophe in the
CSV, a quote-prefixed text cell in the XLSX), and a cancelled or failed export leaves
nothing behind."""

from __future__ import annotations

import contextlib
import csv
import os
import re
import sqlite3
import stat
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import openpyxl
import pytest

from enquirydesk.domain.month import Month
from enquirydesk.exports import files, report_content
from enquirydesk.exports.xlsx_summary import HEADLINE
from enquirydesk.services import catalogs, demo, export_rows, report, report_charts, settings
from enquirydesk.services.context import Actor, Cancelled, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry, mark_purchased
from enquirydesk.services.feedback import record_feedback
from enquirydesk.store.database import Store
from enquirydesk.store.models import Channel, DecisionFactor, LostReason, Source

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 23, 15, 30)
MONTH = Month(2026, 10)
#: Text a spreadsheet would run as a formula, and what the CSV must make of it (the
#: XLSX keeps it as it is, in a quote-prefixed text cell).
TRICKY = {
    '=HYPERLINK("http://evil.example","Click")': '\'=HYPERLINK("http://evil.example","Click")',
    "+1+1": "'+1+1",
    "@SUM(A1)": "'@SUM(A1)",
    "-2": "'-2",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """18 months of demo data, plus October enquiries whose text looks like formulas."""
    path = tmp_path_factory.mktemp("exports") / "shop.sqlite"
    store = Store.open(path, now=lambda: NOW)
    try:
        ctx = Context(store, Actor("export test"), lambda: NOW)
        settings.update(ctx, {"shop.country": "SI", "shop.name": "=Shop"})
        demo.generate(ctx, 3000, 5, workers=0)
        for day, name in enumerate(TRICKY, 1):
            eid = log_enquiry(
                ctx,
                NewEnquiry(
                    channel="chat",
                    name=name,
                    interest="=cmd|' /C calc'!A0",
                    received_at=datetime(2026, 10, day, 10, 0),
                    answered_now=True,
                ),
            ).created_id("enquiry")
            mark_purchased(
                ctx, eid, value="1234.50", factors=["price"], at=datetime(2026, 10, day, 11)
            )
            record_feedback(ctx, eid, rating=5, comment="+works", at=datetime(2026, 10, day, 12))
        log_enquiry(  # text that XML and Excel's own escapes must carry through unchanged
            ctx,
            NewEnquiry(
                channel="email",
                name="Zoë <Fish & Chips> _x0041_ 🐟",
                details="  two lines,\nindented  ",
                received_at=datetime(2026, 10, 9, 10, 0),
            ),
        )
    finally:
        store.close()
    # as an old import might have left them
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        for offset, text in enumerate(("char(9) || 'tab'", "char(13) || 'cr'")):
            connection.execute(
                f"UPDATE enquiry SET details = {text} WHERE id = (SELECT id FROM enquiry "
                f"WHERE received_at >= '2026-10-02' ORDER BY received_at LIMIT 1 OFFSET {offset})"
            )
    return path


@pytest.fixture
def ctx(shop: Path) -> Iterator[Context]:
    store = Store.open(shop, verify=False, now=lambda: NOW)
    yield Context(store, Actor("export test"), lambda: NOW)
    store.close()


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def typed_rows(ctx: Context, month: Month = MONTH) -> list[tuple[Any, ...]]:
    with ctx.store.snapshot():
        return list(export_rows.month_rows(ctx, month))


def column(name: str) -> int:
    return export_rows.HEADINGS.index(name)


def as_csv(value: Any, kind: str) -> str:
    """What the CSV must hold for one typed value."""
    if value is None:
        return ""
    return {
        "time": lambda v: v.strftime("%Y-%m-%d %H:%M"),
        "money": lambda v: f"{v:.2f}",
        "text": export_rows.neutralise,
    }.get(kind, str)(value)


def test_the_csv_holds_every_enquiry_of_the_month_as_the_report_counts_them(
    ctx: Context, tmp_path: Path
) -> None:
    out = files.export(ctx, MONTH, "csv", tmp_path / "october.csv")
    header, *rows = read_csv(out)
    figures = report.monthly(ctx, MONTH)
    assert header == list(export_rows.HEADINGS)
    assert len(rows) == figures["enquiries"]["total"] > 100
    assert [r[column("Enquiry")] for r in rows] == [str(r[0]) for r in typed_rows(ctx)]
    received = [datetime.fromisoformat(r[column("Received")]) for r in rows]
    assert received == sorted(received) and all(r.strftime("%Y-%m") == "2026-10" for r in received)

    outcomes = Counter(r[column("Outcome")] for r in rows)
    assert outcomes == {
        "Purchased": figures["outcomes"]["purchased"],
        "Lost": figures["outcomes"]["lost"],
        "Open": figures["outcomes"]["open"],
    }

    def counted(heading: str, model: Any, section: dict[str, int], outcome: str = "") -> None:
        names = catalogs.names(model)
        found = Counter(
            name
            for r in rows
            if outcome in ("", r[column("Outcome")])
            for name in r[column(heading)].split("; ")  # decision factors: several a row
            if name
        )
        assert found == {names[key]: n for key, n in section.items() if n}, heading

    counted("Channel", Channel, figures["enquiries"]["by_channel"])
    counted("Source", Source, figures["sources"])
    counted("Lost reason", LostReason, figures["lost_reasons"], "Lost")
    counted("Why they chose us", DecisionFactor, figures["decision_factors"], "Purchased")

    response = figures["response"]
    answered = [r for r in rows if r[column("First response")]]
    assert len(answered) == response["responded"]
    for heading, key in (
        ("Response (business min)", "p90_business_minutes"),
        ("Response (clock min)", "p90_minutes"),
    ):  # nearest rank: one value of the column, rounded alike
        values = sorted(float(r[column(heading)]) for r in answered)
        assert values[-(-9 * len(values) // 10) - 1] == response[key], heading
    referred = [r for r in rows if r[column("Referred by")]]
    assert (
        len([r for r in referred if r[column("Source")] == "Recommendation"])
        == (figures["referrals"])
    )
    sold = [
        Decimal(r[column("Purchase value")])
        for r in rows
        if r[column("Outcome")] == "Purchased" and r[column("Outcome at")].startswith("2026-10")
    ]
    assert 0 < len(sold) <= figures["sales"]["count"]  # sales also count older enquiries
    assert 0 < sum(sold) <= Decimal(figures["sales"]["revenue"])


def test_csv_cells_are_machine_formats_whatever_the_language(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "sl_SI.UTF-8")
    out = files.export(ctx, MONTH, "csv", tmp_path / "october.csv")
    _, *rows = read_csv(out)
    expected = typed_rows(ctx)
    kinds = [c.kind for c in export_rows.COLUMNS]
    assert rows == [[as_csv(v, k) for v, k in zip(row, kinds, strict=True)] for row in expected]
    assert any(re.fullmatch(r"\d+\.\d\d", r[column("Purchase value")]) for r in rows)
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", r[column("Received")]) is not None for r in rows
    )
    assert any(r[column("Rating (1-5)")] for r in rows)


def workbook(path: Path) -> Any:
    return openpyxl.load_workbook(path)


def excel_text(value: Any) -> Any:
    """A cell's text as Excel shows it: OOXML writes control characters as ``_x000D_``,
    which openpyxl leaves as they are."""
    if not isinstance(value, str):
        return value
    return re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m.group(1), 16)), value)


def sheet_values(path: Path) -> list[tuple[Any, ...]]:
    rows = workbook(path)["Enquiries"].iter_rows(values_only=True)
    return [tuple(excel_text(v) for v in row) for row in rows]


def same_cell(cell: Any, value: Any, kind: str) -> bool:
    if value is None or value == "":
        return cell is None
    if kind == "time":  # Excel keeps days as a float: equal to the second
        return abs(cell - value) < timedelta(seconds=1)
    if kind == "text":  # as recorded: no apostrophe, whatever it starts with
        return excel_text(cell) == value
    return cell == pytest.approx(float(value))


def shown_as_text(cell: Any) -> bool:
    """A text cell that Excel shows as text and never as a formula, even when it is edited:
    a string with the quote prefix format (and the cell's other formats as they were)."""
    return cell.data_type == "s" and cell.quotePrefix and not cell.value.startswith("'")


def test_the_workbook_has_the_same_rows_as_typed_cells(ctx: Context, tmp_path: Path) -> None:
    out = files.export(ctx, MONTH, "xlsx", tmp_path / "october.xlsx")
    book = workbook(out)
    assert book.sheetnames == ["Summary", "Enquiries"]
    sheet = book["Enquiries"]
    expected = typed_rows(ctx)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:AD{len(expected) + 1}"
    assert [c.value for c in sheet[1]] == list(export_rows.HEADINGS)
    kinds = [c.kind for c in export_rows.COLUMNS]
    for cells, row in zip(sheet.iter_rows(min_row=2), expected, strict=True):
        for cell, value, kind in zip(cells, row, kinds, strict=True):
            assert same_cell(cell.value, value, kind), (cell.coordinate, cell.value, value)
            if value is None or value == "":
                continue
            if kind == "time":
                assert cell.is_date and isinstance(cell.value, datetime)
            elif kind == "money":
                assert cell.data_type == "n" and "0.00" in cell.number_format
                assert "€" in cell.number_format
            elif kind in ("minutes", "count", "id"):
                assert cell.data_type == "n" and isinstance(cell.value, int | float)
            else:
                assert cell.data_type == "s"
                # Quote-prefixed exactly when it starts like a formula.
                assert cell.quotePrefix == value.startswith(export_rows.FORMULA_STARTS)
    assert sheet.column_dimensions["K"].width > sheet.column_dimensions["A"].width  # Details


def test_the_summary_sheet_holds_the_report_and_native_charts(ctx: Context, tmp_path: Path) -> None:
    out = files.export(ctx, MONTH, "xlsx", tmp_path / "october.xlsx")
    figures = report.monthly(ctx, MONTH)
    summary = workbook(out)["Summary"]
    title = summary["A1"]
    assert title.value == "=Shop · Monthly report: October 2026, with September 2026 beside it"
    assert shown_as_text(title) and title.font.b and title.font.sz == 14  # still the title
    first: dict[str, tuple[Any, Any]] = {}
    for label, this, last, *_ in summary.iter_rows(values_only=True):
        if label is not None and label not in first:
            first[label] = (this, last)
    for label, get, kind in HEADLINE:
        for got, fig in zip(first[label], (figures, figures["previous"]), strict=True):
            want = get(fig)
            if want is None:
                assert got == "–", label
            elif kind == "percent":
                assert got == pytest.approx(want / 100), label
            else:
                assert got == pytest.approx(float(want)), label
    assert first["Enquiries"][0] == figures["enquiries"]["total"]
    assert first["Revenue"][0] == float(figures["sales"]["revenue"]) > 0
    assert first["Conversion"][0] == pytest.approx(figures["outcomes"]["conversion_pct"] / 100)
    phone = catalogs.names(Channel)["phone"]
    assert first[phone][0] == figures["enquiries"]["by_channel"]["phone"]
    # Each channel's response times in business minutes, this month and last month.
    rows = list(summary.iter_rows(values_only=True))
    heading = next(
        number for number, row in enumerate(rows) if row[0] == "Response by channel, minutes"
    )
    assert rows[heading - 1][1:5] == ("Median, business", None, "90% within, business", None)
    assert rows[heading][1:5] == ("October 2026", "September 2026") * 2
    names = catalogs.names(Channel)
    times = figures["response"]["by_channel"]
    earlier = figures["previous"]["response"]["by_channel"]
    for row, key in zip(rows[heading + 1 :], times, strict=False):
        assert row[:5] == (
            names[key],
            times[key]["median_business_minutes"],
            earlier[key]["median_business_minutes"],
            times[key]["p90_business_minutes"],
            earlier[key]["p90_business_minutes"],
        ), key
    assert times["chat"]["median_business_minutes"] < times["email"]["median_business_minutes"]

    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        charts = sorted(n for n in names if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        texts = [package.read(n).decode() for n in charts]
    assert len(charts) == 8
    assert all("Summary!$A$" in text for text in texts)  # drawn from the sheet's cells
    for chart_title in (
        "Enquiries by channel",
        "Conversion by channel",
        "Median response by channel",
        "Why sales were lost",
        "The journey of this month's enquiries, so far",
    ):
        assert sum(chart_title in text for text in texts) == 1, chart_title


def test_the_workbook_s_journey_is_the_report_s_and_the_pdf_s(ctx: Context, tmp_path: Path) -> None:
    """One journey of the month's enquiries: the workbook's table (and the chart drawn from
    it), the report JSON's ``journey`` and the chart of the window and the PDF."""
    out = files.export(ctx, MONTH, "xlsx", tmp_path / "october.xlsx")
    figures = report.monthly(ctx, MONTH)
    rows = list(workbook(out)["Summary"].iter_rows(values_only=True))
    heading = next(
        n for n, row in enumerate(rows) if row[0] == "The journey of this month's enquiries, so far"
    )
    assert rows[heading][1:3] == ("October 2026", "September 2026")
    table = [row[:3] for row in rows[heading + 1 : heading + 7]]
    pdf = report_content.charts(report_charts.summary(ctx, MONTH), ctx.formats)["journey"]
    (bars,) = pdf.series
    assert (
        [label for label, *_ in table]
        == list(pdf.labels)
        == [
            "Enquiries",
            "Answered",
            "Bought",
            "Told us how it went",
            "Bought more than once",
            "Recommend us",
        ]
    )
    assert list(figures["journey"]) == list(report.JOURNEY_STAGES)
    assert [this for _, this, _ in table] == list(figures["journey"].values()) == list(bars.values)
    assert [last for *_, last in table] == list(figures["previous"]["journey"].values())
    assert rows[heading + 7][0] is None  # the table ends there
    journey = figures["journey"]
    assert journey["enquiries"] == figures["enquiries"]["total"]
    assert journey["answered"] == figures["response"]["responded"]
    assert journey["purchased"] == figures["outcomes"]["purchased"]
    # Each stage is a part of the one before (after the purchase: parts of the buyers).
    assert journey["enquiries"] >= journey["answered"] >= journey["purchased"] > 0
    assert all(0 < journey[k] <= journey["purchased"] for k in ("feedback", "repeat", "advocates"))


def test_formula_like_text_is_neutralised_in_csv_and_xlsx_and_numbers_stay_numbers(
    ctx: Context, tmp_path: Path
) -> None:
    csv_rows = read_csv(files.export(ctx, MONTH, "csv", tmp_path / "m.csv"))
    out = files.export(ctx, MONTH, "xlsx", tmp_path / "m.xlsx")
    xlsx_rows = sheet_values(out)
    customer, interest, value = column("Customer"), column("Interest"), column("Purchase value")
    # The CSV has no cell formats: an apostrophe in front.
    by_name = {row[customer]: row for row in csv_rows[1:]}
    for shown in TRICKY.values():
        row = by_name[shown]
        assert row[interest] == "'=cmd|' /C calc'!A0"
        assert row[column("Feedback comment")] == "'+works"
        assert row[value] == "1234.50"
    assert all(name not in by_name for name in TRICKY)
    # The workbook holds the text as it is, in quote-prefixed text cells.
    by_name = {row[customer]: row for row in xlsx_rows[1:]}
    for name in TRICKY:
        row = by_name[name]
        assert row[interest] == "=cmd|' /C calc'!A0"
        assert row[column("Feedback comment")] == "+works"
        assert row[value] == 1234.5  # a number, not text
    details = {r[column("Details")] for r in csv_rows[1:]}
    assert {"'\ttab", "'\rcr"} <= details
    assert {"\ttab", "\rcr"} <= {r[column("Details")] for r in xlsx_rows[1:]}
    phones = [r[column("Phone")] for r in csv_rows[1:] if r[column("Phone")]]
    assert phones and all(p.startswith("'+") for p in phones)
    sheet = workbook(out)["Enquiries"]
    phone_cells = [row[column("Phone")] for row in sheet.iter_rows(min_row=2)]
    phone_cells = [cell for cell in phone_cells if cell.value]
    assert [cell.value for cell in phone_cells] == [p[1:] for p in phones]  # "+38641…"
    assert all(shown_as_text(cell) for cell in phone_cells)
    # Nothing in the workbook is a formula, nor could Excel read one in.
    with zipfile.ZipFile(out) as package:
        for name in package.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in package.read(name).decode(), name
    tricky = 0
    for sheet in workbook(out).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.coordinate
                if isinstance(cell.value, str) and cell.value.startswith(
                    export_rows.FORMULA_STARTS
                ):
                    assert shown_as_text(cell), cell.coordinate
                    tricky += 1
    assert tricky > len(phones)


def test_the_enquiries_sheet_is_plain_spreadsheetml(ctx: Context, tmp_path: Path) -> None:
    out = files.export(ctx, MONTH, "xlsx", tmp_path / "october.xlsx")
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(out) as package:
        assert package.testzip() is None
        sheet = ElementTree.fromstring(package.read("xl/worksheets/sheet2.xml"))
        style_sheet = ElementTree.fromstring(package.read("xl/styles.xml"))
    cell_formats = list(style_sheet.find(f"{main}cellXfs"))
    assert int(style_sheet.find(f"{main}cellXfs").get("count")) == len(cell_formats)

    def described(xf: ElementTree.Element) -> tuple[Any, ...]:
        attributes = {k: v for k, v in xf.attrib.items() if k != "quotePrefix"}
        return tuple(sorted(attributes.items())), [ElementTree.tostring(c) for c in xf]

    # Each format's description, by its s="…" (None: the default), and the same of the
    # quote-prefixed ones alone.
    column_formats = {(str(i) if i else None): described(xf) for i, xf in enumerate(cell_formats)}
    quoted = {
        str(i): described(xf) for i, xf in enumerate(cell_formats) if xf.get("quotePrefix") == "1"
    }
    total = len(typed_rows(ctx))
    assert sheet.find(f"{main}dimension").get("ref") == f"A1:AD{total + 1}"
    styles = {}
    for col in sheet.iter(f"{main}col"):
        for index in range(int(col.get("min")), int(col.get("max")) + 1):
            styles[index] = col.get("style")
    rows = sheet.find(f"{main}sheetData").findall(f"{main}row")
    assert [int(r.get("r")) for r in rows] == list(range(1, total + 2))
    for row in rows[1:]:
        columns = [
            openpyxl.utils.column_index_from_string(c.get("r").rstrip("0123456789")) for c in row
        ]
        assert columns == sorted(set(columns))
        for cell, index in zip(row, columns, strict=True):
            assert cell.get("t") in (None, "inlineStr")
            text = excel_text("".join(cell.itertext()))
            if cell.get("t") == "inlineStr" and text.startswith(export_rows.FORMULA_STARTS):
                # The column's format with the quote prefix: nothing else differs.
                assert quoted[cell.get("s")] == column_formats[styles[index]], cell.get("r")
            else:
                assert cell.get("s") == styles[index], cell.get("r")  # the column's format
    zoe = next(r for r in sheet_values(out) if str(r[column("Customer")]).startswith("Zo"))
    assert zoe[column("Customer")] == "Zoë <Fish & Chips> _x0041_ 🐟"
    assert zoe[column("Details")] == "two lines,\nindented"


def test_an_empty_month_gives_headers_and_zeros(ctx: Context, tmp_path: Path) -> None:
    empty = Month(2020, 1)
    assert read_csv(files.export(ctx, empty, "csv", tmp_path / "e.csv")) == [
        list(export_rows.HEADINGS)
    ]
    out = files.export(ctx, empty, "xlsx", tmp_path / "e.xlsx")
    book = workbook(out)
    assert book["Enquiries"].max_row == 1 and book["Enquiries"].auto_filter.ref == "A1:AD1"
    labels = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    assert labels["Enquiries"] == 0 and labels["Conversion"] == "–"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("when", ["at the start", "after the last row"])
def test_a_cancelled_export_leaves_no_file_and_the_old_one_untouched(
    ctx: Context, tmp_path: Path, fmt: str, when: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"october.{fmt}"
    target.write_bytes(b"last month's file")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return when == "after the last row" and done < total

    with pytest.raises(Cancelled):
        files.export(ctx, MONTH, fmt, target, progress)
    assert target.read_bytes() == b"last month's file"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no temporary left
    assert seen[-1][0] == (0 if when == "at the start" else seen[-1][1])
    with pytest.raises(Cancelled):
        files.export(ctx, MONTH, fmt, folder / f"new.{fmt}", progress)
    assert sorted(p.name for p in folder.iterdir()) == [target.name]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_failing_export_leaves_no_file_and_progress_runs_to_the_end(
    ctx: Context, tmp_path: Path, fmt: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[tuple[int, int]] = []
    out = files.export(ctx, MONTH, fmt, folder / f"ok.{fmt}", lambda d, t: seen.append((d, t)))
    total = report.monthly(ctx, MONTH)["enquiries"]["total"]
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted({d for d, _ in seen})  # rising, never twice
    assert out.stat().st_size > 0

    def broken(done: int, total: int) -> None:
        if done:
            raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        files.export(ctx, MONTH, fmt, folder / f"broken.{fmt}", broken)
    assert sorted(p.name for p in folder.iterdir()) == [f"ok.{fmt}"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and pipes as on Linux")
def test_a_link_is_followed_and_a_pipe_is_refused(ctx: Context, tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    files.export(ctx, MONTH, "csv", link)
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith("Enquiry,")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(export_rows.ExportError, match="not an ordinary file"):
        files.export(ctx, MONTH, "xlsx", pipe)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "home")  # the program's own
    assert left == ["link.csv", "pipe", "real.csv"]
