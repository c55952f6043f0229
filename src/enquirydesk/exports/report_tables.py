"""The tables of the PDF report: counts with their share beside last month's, the
channels, and figure lists, as text cells in the user's locale (no Qt here).

Made from the same `MonthSummary` and `Formats` as the headline figures and charts
of `exports.report_content`.
"""

from __future__ import annotations

from dataclasses import dataclass

from enquirydesk.exports.report_content import (
    Formats,
    Translate,
    as_decimal,
    figure_text,
    share,
    shown_names,
    value_at,
)
from enquirydesk.services.report_charts import MonthSummary


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: bool = False  # the last row sums the others


def count_table(
    s: MonthSummary,
    section: str,
    title: str,
    first: str,
    f: Formats,
    tr: Translate,
    total_label: str = "",
) -> Table:
    """A catalogue's counts this month (with their share) beside last month's."""
    now, before = s.figures[section], s.figures["previous"].get(section, {})
    total_now, total_before = sum(now.values()), sum(before.values())
    keys = sorted(now, key=lambda k: -now[k])
    rows = []
    for key, name in zip(keys, shown_names(s, section, keys, tr), strict=True):
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
    rows.append(
        (total_label or tr("Total"), f.count(total_now), "", f.count(total_before), "", total)
    )
    month, last = f.month(s.month, short=True), f.month(s.month.previous(), short=True)
    return Table(
        title,
        (first, month, tr("Share"), last, tr("Share"), tr("Change")),
        tuple(rows),
        total=True,
    )


def channel_table(s: MonthSummary, f: Formats, tr: Translate) -> Table:
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
        for k, name in zip(keys, shown_names(s, "channels", keys, tr), strict=True)
    ]
    return Table(
        tr("By channel"),
        (
            tr("Channel"),
            tr("Enquiries"),
            tr("Bought"),
            tr("Conversion"),
            tr("Conversion {month}").format(month=f.month(s.month.previous(), short=True)),
        ),
        tuple(rows),
    )


def figures_table(
    s: MonthSummary, title: str, rows: list[tuple[str, str, str]], f: Formats, tr: Translate
) -> Table:
    """Rows of (label, kind, path "a.b") for this month and last month."""
    now, before = s.figures, s.figures["previous"]
    body = []
    for label, kind, path in rows:
        keys = tuple(path.split("."))
        body.append(
            (
                label,
                figure_text(kind, as_decimal(value_at(now, keys)), f, tr),
                figure_text(kind, as_decimal(value_at(before, keys)), f, tr),
            )
        )
    return Table(title, ("", f.month(s.month), f.month(s.month.previous())), tuple(body))


def response_table(s: MonthSummary, f: Formats, tr: Translate) -> Table:
    return figures_table(
        s,
        tr("Response"),
        [
            (tr("Answered"), "count", "response.responded"),
            (tr("Not answered yet"), "count", "response.unanswered"),
            (tr("Answered within target"), "percent", "response.within_target_pct"),
            (tr("Median, opening hours"), "minutes", "response.median_business_minutes"),
            (tr("90 % within, opening hours"), "minutes", "response.p90_business_minutes"),
            (tr("Median, clock time"), "minutes", "response.median_minutes"),
            (tr("90 % within, clock time"), "minutes", "response.p90_minutes"),
        ],
        f,
        tr,
    )


def after_sale_table(s: MonthSummary, f: Formats, tr: Translate) -> Table:
    return figures_table(
        s,
        tr("After the sale"),
        [
            (tr("Feedback received"), "count", "feedback.count"),
            (tr("Better than expected"), "count", "feedback.expectation.better"),
            (tr("As expected"), "count", "feedback.expectation.as_expected"),
            (tr("Worse than expected"), "count", "feedback.expectation.worse"),
            (tr("Complaints opened"), "count", "feedback.complaints_opened"),
            (tr("Complaints resolved"), "count", "feedback.complaints_resolved"),
            (tr("Follow-ups due"), "count", "followups.due"),
            (tr("Follow-ups done"), "count", "followups.done"),
            (tr("Overdue at month end"), "count", "followups.overdue"),
        ],
        f,
        tr,
    )


def notes(tr: Translate) -> str:
    """What the figures count, for the reader of the first page."""
    return tr(
        "Enquiries, response times, conversion and reasons count the enquiries received "
        "in the month; sales and revenue the purchases closed in it; feedback what was "
        "recorded in it. Response times count opening hours only. Percentages are rounded "
        "to one decimal; – means there was nothing to compare."
    )


__all__ = [
    "Table",
    "after_sale_table",
    "channel_table",
    "count_table",
    "figures_table",
    "notes",
    "response_table",
]
