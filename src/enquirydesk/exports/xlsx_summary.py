"""The workbook's Summary sheet: every monthly figure beside last month's, and native
Excel charts drawn from those cells.

The figures are `services.report.monthly`'s, unchanged; this module only lays
them out, top to bottom, one table after another, and adds a chart beside each
table as it is finished. A chart refers to its table's cells, so Excel draws it
from the very numbers the owner reads. The journey of the month's enquiries is
the report's ``journey``, under the same title and stage names as in the window
and the PDF, so the three show the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from enquirydesk.domain.formats import Formats
from enquirydesk.domain.month import Month
from enquirydesk.exports.report_content import JOURNEY_TITLE, journey_labels
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.services.report import JOURNEY_STAGES

SHEET = "Summary"  # the sheet's English name; `write_summary` uses the sheet's own
MISSING = "–"  # a figure with an empty denominator (never 0)
CHART_COLUMN = 8  # charts stand right of the tables, from column I
CHART_SIZE = {"x_scale": 1.1, "y_scale": 1.0}  # 528 × 288 pixels
CHART_ROWS = 16  # rows one chart covers, with a gap

Figures = Mapping[str, Any]
Getter = Callable[[Figures], Any]


#: The headline figures: label, where the value is, how it is shown. The labels are
#: English, marked for the "MonthReport" context and translated where they are written.
HEADLINE: tuple[tuple[str, Getter, str], ...] = (
    (QT_TRANSLATE_NOOP("MonthReport", "Enquiries"), lambda f: f["enquiries"]["total"], "count"),
    (QT_TRANSLATE_NOOP("MonthReport", "Answered"), lambda f: f["response"]["responded"], "count"),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Not answered yet"),
        lambda f: f["response"]["unanswered"],
        "count",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Answered within target"),
        lambda f: f["response"]["within_target_pct"],
        "percent",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Median response, business min"),
        lambda f: f["response"]["median_business_minutes"],
        "min",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "90% within, business min"),
        lambda f: f["response"]["p90_business_minutes"],
        "min",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Median response, clock min"),
        lambda f: f["response"]["median_minutes"],
        "min",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "90% within, clock min"),
        lambda f: f["response"]["p90_minutes"],
        "min",
    ),
    (QT_TRANSLATE_NOOP("MonthReport", "Purchased"), lambda f: f["outcomes"]["purchased"], "count"),
    (QT_TRANSLATE_NOOP("MonthReport", "Lost"), lambda f: f["outcomes"]["lost"], "count"),
    (QT_TRANSLATE_NOOP("MonthReport", "Still open"), lambda f: f["outcomes"]["open"], "count"),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Conversion"),
        lambda f: f["outcomes"]["conversion_pct"],
        "percent",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Win rate"),
        lambda f: f["outcomes"]["win_rate_pct"],
        "percent",
    ),
    (QT_TRANSLATE_NOOP("MonthReport", "Sales"), lambda f: f["sales"]["count"], "count"),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Revenue"),
        lambda f: Decimal(f["sales"]["revenue"]),
        "money",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Feedback received"),
        lambda f: f["feedback"]["count"],
        "count",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Satisfied (CSAT)"),
        lambda f: f["feedback"]["csat_pct"],
        "percent",
    ),
    (QT_TRANSLATE_NOOP("MonthReport", "Net promoter score"), lambda f: f["feedback"]["nps"], "min"),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Complaints opened"),
        lambda f: f["feedback"]["complaints_opened"],
        "count",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Complaints resolved"),
        lambda f: f["feedback"]["complaints_resolved"],
        "count",
    ),
    (QT_TRANSLATE_NOOP("MonthReport", "Repeat buyers"), lambda f: f["repeat_buyers"], "count"),
    (QT_TRANSLATE_NOOP("MonthReport", "Referrals"), lambda f: f["referrals"], "count"),
    (QT_TRANSLATE_NOOP("MonthReport", "Follow-ups due"), lambda f: f["followups"]["due"], "count"),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Follow-ups done"),
        lambda f: f["followups"]["done"],
        "count",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Overdue at month end"),
        lambda f: f["followups"]["overdue"],
        "count",
    ),
)
RESPONSE = (
    (QT_TRANSLATE_NOOP("MonthReport", "Median, business"), "median_business_minutes"),
    (QT_TRANSLATE_NOOP("MonthReport", "90% within, business"), "p90_business_minutes"),
    (QT_TRANSLATE_NOOP("MonthReport", "Median, clock"), "median_minutes"),
    (QT_TRANSLATE_NOOP("MonthReport", "90% within, clock"), "p90_minutes"),
)
#: The response by channel table's column groups: (first column, heading).
CHANNEL_RESPONSE_GROUPS = (
    (1, QT_TRANSLATE_NOOP("MonthReport", "Median, business")),
    (3, QT_TRANSLATE_NOOP("MonthReport", "90% within, business")),
)
EXPECTATIONS = (
    (QT_TRANSLATE_NOOP("MonthReport", "Worse than expected"), "worse"),
    (QT_TRANSLATE_NOOP("MonthReport", "As expected"), "as_expected"),
    (QT_TRANSLATE_NOOP("MonthReport", "Better than expected"), "better"),
)


def month_name(month: str, formats: Formats) -> str:
    """A month of the report's JSON ("2026-10") as `formats` names it ("oktober 2026")."""
    return formats.month(Month.parse(month))


class _Sheet:
    """Writes the sheet row by row and keeps the next free row and chart place."""

    def __init__(
        self, workbook: Workbook, sheet: Worksheet, styles: Any, this: str, last: str
    ) -> None:
        self.workbook, self.sheet, self.styles = workbook, sheet, styles
        self.this, self.last = this, last  # the two months' names, for column headings
        self.row = 0
        self.chart_row = 2

    def text(self, col: int, value: str, style: Format | None = None) -> None:
        """A text cell holding `value` as it is (quote-prefixed when it starts like a
        formula: see `xlsx`)."""
        if value:
            self.sheet.write_string(self.row, col, value, self.styles.for_text(value, style))

    def figure(self, col: int, value: Any, kind: str, chart: bool = False) -> None:
        """One value; an empty denominator shows "–" (or, in a chart's data, nothing)."""
        s = self.styles
        if value is None:
            if chart:
                self.sheet.write_blank(self.row, col, None, s.missing)
            else:
                self.sheet.write_string(self.row, col, MISSING, s.missing)
        elif kind == "percent":
            self.sheet.write_number(self.row, col, float(value) / 100, s.percent)
        else:
            style = {"count": s.count, "min": s.minutes, "money": s.money}[kind]
            self.sheet.write_number(self.row, col, float(value), style)

    def heading(self, title: str, *columns: str) -> None:
        self.text(0, title, self.styles.section)
        for col, name in enumerate(columns, 1):
            self.text(col, name, self.styles.column_heading)
        self.row += 1

    def chart(
        self,
        kind: str,
        title: str,
        first: int,
        last: int,
        columns: tuple[int, int] = (1, 2),
        percent: bool = False,
    ) -> None:
        """A chart of rows `first`..`last`: column 0 names the bars, `columns` hold this
        month and last month. Excel draws it from the cells, so it always matches them."""
        chart = self.workbook.add_chart({"type": kind})
        for col, name in zip(columns, (self.this, self.last), strict=True):
            chart.add_series(
                {
                    "name": name,
                    "categories": [self.sheet.name, first, 0, last, 0],
                    "values": [self.sheet.name, first, col, last, col],
                }
            )
        chart.set_title({"name": title, "name_font": {"size": 12}})
        chart.set_legend({"position": "bottom"})
        values_axis = {"num_format": "0%" if percent else "#,##0", "min": 0}
        if kind == "bar":
            # Its categories run up the y axis: reversed, they read top to bottom in the
            # table's order, with the values' axis kept at the bottom.
            chart.set_y_axis({"reverse": True, "crossing": "max"})
            chart.set_x_axis(values_axis)
        else:
            chart.set_y_axis(values_axis)
        self.sheet.insert_chart(self.chart_row, CHART_COLUMN, chart, CHART_SIZE)
        self.chart_row += CHART_ROWS


def write_summary(
    workbook: Workbook,
    sheet: Worksheet,
    styles: Any,
    figures: Figures,
    *,
    names: Mapping[str, Mapping[str, str]],
    shop: str,
    formats: Formats,
) -> None:
    """The Summary sheet of `figures` (as `services.report.monthly` gives them); month
    names as `formats` writes them, the words in the program's language."""
    now, before = figures, figures["previous"]
    this, last = month_name(now["month"], formats), month_name(before["month"], formats)
    sheet.set_column(0, 0, 32)
    sheet.set_column(1, 6, 15)
    out = _Sheet(workbook, sheet, styles, this, last)
    heading = translate("MonthReport", "Monthly report: {month}, with {earlier} beside it").format(
        month=this, earlier=last
    )
    out.text(0, f"{shop} · {heading}" if shop else heading, styles.title)
    out.row = 2
    out.heading("", this, last)
    for label, get, kind in HEADLINE:
        out.text(0, translate("MonthReport", label))
        out.figure(1, get(now), kind)
        out.figure(2, get(before), kind)
        out.row += 1

    out.row += 1
    for col, group in (
        (1, translate("MonthReport", "Enquiries")),
        (3, translate("MonthReport", "Purchased")),
        (5, translate("MonthReport", "Conversion")),
    ):
        out.text(col, group, styles.section)
    out.row += 1
    out.heading(translate("MonthReport", "By channel"), this, last, this, last, this, last)
    first = out.row
    channels = names.get("channels", {})
    for key, counts in now["outcomes"]["by_channel"].items():
        earlier = before["outcomes"]["by_channel"].get(key, {})
        out.text(0, channels.get(key, key))
        for col, (field, kind) in enumerate(
            (("enquiries", "count"), ("purchased", "count"), ("conversion_pct", "percent"))
        ):
            out.figure(1 + 2 * col, counts[field], kind, chart=True)
            out.figure(2 + 2 * col, earlier.get(field), kind, chart=True)
        out.row += 1
    out.chart("column", translate("MonthReport", "Enquiries by channel"), first, out.row - 1)
    out.chart(
        "column",
        translate("MonthReport", "Conversion by channel"),
        first,
        out.row - 1,
        (5, 6),
        percent=True,
    )

    # Each channel's response times in opening hours, over its answered enquiries.
    out.row += 1
    for col, group in CHANNEL_RESPONSE_GROUPS:
        out.text(col, translate("MonthReport", group), styles.section)
    out.row += 1
    out.heading(translate("MonthReport", "Response by channel, minutes"), this, last, this, last)
    first = out.row
    earlier_times = before["response"]["by_channel"]
    for key, times in now["response"]["by_channel"].items():
        earlier = earlier_times.get(key, {})
        out.text(0, channels.get(key, key))
        for col, field in enumerate(("median_business_minutes", "p90_business_minutes")):
            out.figure(1 + 2 * col, times[field], "min", chart=True)
            out.figure(2 + 2 * col, earlier.get(field), "min", chart=True)
        out.row += 1
    out.chart("column", translate("MonthReport", "Median response by channel"), first, out.row - 1)

    for title, section, chart_title in (
        (
            translate("MonthReport", "Lost reasons"),
            "lost_reasons",
            translate("MonthReport", "Why sales were lost"),
        ),
        (
            translate("MonthReport", "Why they chose us"),
            "decision_factors",
            translate("MonthReport", "Why buyers chose us"),
        ),
        (
            translate("MonthReport", "How they heard of us"),
            "sources",
            translate("MonthReport", "How they heard of us"),
        ),
    ):
        shown = names.get(section, {})
        rows = [
            (shown.get(key, key), count, before[section].get(key, 0))
            for key, count in now[section].items()
        ]
        _table(out, title, rows, ("bar", chart_title))

    times = [
        (translate("MonthReport", label), now["response"][key], before["response"][key])
        for label, key in RESPONSE
    ]
    _table(
        out,
        translate("MonthReport", "Response times, minutes"),
        times,
        ("column", translate("MonthReport", "Response times")),
        kind="min",
    )
    journey = [
        (label, now["journey"][stage], before["journey"][stage])
        for stage, label in zip(JOURNEY_STAGES, journey_labels(JOURNEY_STAGES), strict=True)
    ]
    title = translate("MonthReport", JOURNEY_TITLE)
    _table(out, title, journey, ("bar", title))
    expected = now["feedback"]["expectation"], before["feedback"]["expectation"]
    rows = [
        (translate("MonthReport", label), expected[0][key], expected[1][key])
        for label, key in EXPECTATIONS
    ]
    _table(out, translate("MonthReport", "Compared with what they expected"), rows)

    # Printed, the tables and the charts beside them come out one page wide.
    sheet.print_area(0, 0, max(out.row, out.chart_row), CHART_COLUMN + 8)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)


def _table(
    out: _Sheet,
    title: str,
    rows: list[tuple[str, Any, Any]],
    chart: tuple[str, str] | None = None,
    kind: str = "count",
) -> None:
    """A table of (name, this month, last month) rows, and a chart of it: (type, title)."""
    out.row += 1
    out.heading(title, out.this, out.last)
    first = out.row
    for name, value, earlier in rows:
        out.text(0, name)
        out.figure(1, value, kind, chart=True)
        out.figure(2, earlier, kind, chart=True)
        out.row += 1
    if chart is not None and rows:
        out.chart(chart[0], chart[1], first, out.row - 1)


__all__ = ["HEADLINE", "month_name", "write_summary"]
