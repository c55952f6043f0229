"""The tables of the PDF report: counts with their share beside last month's, the
channels, and figure lists, as text cells in the user's locale (no Qt here).

Made from the same `MonthSummary` and `Formats` as the headline figures and charts
of `exports.report_content`.
"""

from __future__ import annotations

from dataclasses import dataclass

from enquirydesk.domain.formats import Formats
from enquirydesk.exports.report_content import (
    as_decimal,
    figure_text,
    response_time,
    share,
    shown_names,
    value_at,
)
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.services.report_charts import MonthSummary


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: bool = False  # the last row sums the others


#: The rows of the figure tables: (label, kind, path "a.b"); the labels are the
#: "MonthReport" context's, translated where the table is made.
RESPONSE_ROWS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("MonthReport", "Answered"), "count", "response.responded"),
    (QT_TRANSLATE_NOOP("MonthReport", "Not answered yet"), "count", "response.unanswered"),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Answered within target"),
        "percent",
        "response.within_target_pct",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Median, opening hours"),
        "minutes",
        "response.median_business_minutes",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "90 % within, opening hours"),
        "minutes",
        "response.p90_business_minutes",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Median, clock time"),
        "minutes",
        "response.median_minutes",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "90 % within, clock time"),
        "minutes",
        "response.p90_minutes",
    ),
)
AFTER_SALE_ROWS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("MonthReport", "Feedback received"), "count", "feedback.count"),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Better than expected"),
        "count",
        "feedback.expectation.better",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "As expected"),
        "count",
        "feedback.expectation.as_expected",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Worse than expected"),
        "count",
        "feedback.expectation.worse",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Complaints opened"),
        "count",
        "feedback.complaints_opened",
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "Complaints resolved"),
        "count",
        "feedback.complaints_resolved",
    ),
    (QT_TRANSLATE_NOOP("MonthReport", "Follow-ups due"), "count", "followups.due"),
    (QT_TRANSLATE_NOOP("MonthReport", "Follow-ups done"), "count", "followups.done"),
    (QT_TRANSLATE_NOOP("MonthReport", "Overdue at month end"), "count", "followups.overdue"),
)


def count_table(
    s: MonthSummary,
    section: str,
    title: str,
    first: str,
    f: Formats,
    total_label: str = "",
) -> Table:
    """A catalogue's counts this month (with their share) beside last month's."""
    now, before = s.figures[section], s.figures["previous"].get(section, {})
    total_now, total_before = sum(now.values()), sum(before.values())
    keys = sorted(now, key=lambda k: -now[k])
    rows = []
    for key, name in zip(keys, shown_names(s, section, keys), strict=True):
        earlier = before.get(key, 0)
        rows.append(
            (
                name,
                f.count(now[key]),
                f.percent(share(now[key], total_now)),
                f.count(earlier),
                f.percent(share(earlier, total_before)),
                f.count(now[key] - earlier, signed=True),
            )
        )
    total = f.count(total_now - total_before, signed=True)
    label = total_label or translate("MonthReport", "Total")
    rows.append((label, f.count(total_now), "", f.count(total_before), "", total))
    month, last = f.month(s.month, short=True), f.month(s.month.previous(), short=True)
    share_title = translate("MonthReport", "Share")
    return Table(
        title,
        (first, month, share_title, last, share_title, translate("MonthReport", "Change")),
        tuple(rows),
        total=True,
    )


def channel_table(s: MonthSummary, f: Formats) -> Table:
    """Enquiries, purchases and conversion per channel, conversion last month beside."""
    now, before = s.figures["outcomes"]["by_channel"], s.figures["previous"]["outcomes"]
    keys = list(now)
    rows = [
        (
            name,
            f.count(now[k]["enquiries"]),
            f.count(now[k]["purchased"]),
            f.percent(now[k]["conversion_pct"]),
            f.percent(before["by_channel"].get(k, {}).get("conversion_pct")),
        )
        for k, name in zip(keys, shown_names(s, "channels", keys), strict=True)
    ]
    last = f.month(s.month.previous(), short=True)
    return Table(
        translate("MonthReport", "By channel"),
        (
            translate("MonthReport", "Channel"),
            translate("MonthReport", "Enquiries"),
            translate("MonthReport", "Bought"),
            translate("MonthReport", "Conversion"),
            translate("MonthReport", "Conversion {month}").format(month=last),
        ),
        tuple(rows),
    )


def channel_response_table(s: MonthSummary, f: Formats) -> Table:
    """The median and 90th-percentile response time of each channel's answered enquiries,
    in opening hours, last month's beside."""
    now = s.figures["response"]["by_channel"]
    before = s.figures["previous"]["response"]["by_channel"]
    keys = list(now)
    rows = []
    for key, name in zip(keys, shown_names(s, "channels", keys), strict=True):
        earlier = before.get(key, {})
        rows.append(
            (
                name,
                response_time(now[key]["median_business_minutes"], f),
                response_time(now[key]["p90_business_minutes"], f),
                response_time(earlier.get("median_business_minutes"), f),
                response_time(earlier.get("p90_business_minutes"), f),
            )
        )
    last = f.month(s.month.previous(), short=True)
    return Table(
        translate("MonthReport", "Response by channel"),
        (
            translate("MonthReport", "Channel"),
            translate("MonthReport", "Median, opening hours"),
            translate("MonthReport", "90 % within, opening hours"),
            translate("MonthReport", "Median {month}").format(month=last),
            translate("MonthReport", "90 % within {month}").format(month=last),
        ),
        tuple(rows),
    )


def figures_table(
    s: MonthSummary, title: str, rows: tuple[tuple[str, str, str], ...], f: Formats
) -> Table:
    """Rows of (label, kind, path "a.b") for this month and last month; each label is
    marked for the "MonthReport" context and translated here."""
    now, before = s.figures, s.figures["previous"]
    body = []
    for label, kind, path in rows:
        keys = tuple(path.split("."))
        body.append(
            (
                translate("MonthReport", label),
                figure_text(kind, as_decimal(value_at(now, keys)), f),
                figure_text(kind, as_decimal(value_at(before, keys)), f),
            )
        )
    return Table(title, ("", f.month(s.month), f.month(s.month.previous())), tuple(body))


def response_table(s: MonthSummary, f: Formats) -> Table:
    return figures_table(s, translate("MonthReport", "Response"), RESPONSE_ROWS, f)


def after_sale_table(s: MonthSummary, f: Formats) -> Table:
    return figures_table(s, translate("MonthReport", "After the sale"), AFTER_SALE_ROWS, f)


def notes() -> str:
    """What the figures count, for the reader of the first page."""
    return translate(
        "MonthReport",
        "Enquiries, response times, conversion and reasons count the enquiries received "
        "in the month; sales and revenue the purchases closed in it; feedback what was "
        "recorded in it. Response times count opening hours only. Percentages are rounded "
        "to one decimal; – means there was nothing to compare.",
    )


__all__ = [
    "AFTER_SALE_ROWS",
    "RESPONSE_ROWS",
    "Table",
    "after_sale_table",
    "channel_response_table",
    "channel_table",
    "count_table",
    "figures_table",
    "notes",
    "response_table",
]
