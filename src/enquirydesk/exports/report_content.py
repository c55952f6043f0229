"""What the owner's month says, ready to show: headline figures with last month and
the change, the charts and the tables, as text in the user's locale.

The window's Reports page and the PDF (on paper too) are both made from these, so
a figure reads the same everywhere. The numbers come unchanged from a
`services.report_charts.MonthSummary`; formatting is left to a `Formats` (the
Qt one is `exports.charts.LocaleFormats`) and translation to a `tr` function, so
this module needs no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from enquirydesk.domain.month import Month
from enquirydesk.exports.chart_data import MISSING, ChartData, Kind, Series
from enquirydesk.services.report_charts import MonthSummary, ResponseBucket

Translate = Callable[[str], str]

THIS_MONTH, LAST_MONTH, OVER_TARGET, UNANSWERED = 0, 1, 2, 3  # chart fills


class Formats(Protocol):
    def count(self, value: int | Decimal, signed: bool = False) -> str: ...
    def decimal(self, value: Decimal | float | None, signed: bool = False) -> str: ...
    def percent(self, value: Decimal | float | None) -> str: ...
    def money(self, amount: Decimal, signed: bool = False) -> str: ...
    def month(self, month: Month, short: bool = False) -> str: ...


@dataclass(frozen=True)
class Headline:
    """One headline figure: this month, last month, and how it moved."""

    key: str
    title: str
    note: str  # what it counts, in a few words
    value: str
    previous: str
    change: str  # signed difference in the figure's unit; "" when not comparable
    direction: int  # +1 up, -1 down, 0 unchanged or not comparable
    higher_is_better: bool

    @property
    def better(self) -> bool | None:
        """Whether the move is good news; None when it did not move."""
        return None if self.direction == 0 else (self.direction > 0) == self.higher_is_better


def as_decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


# key, path into the figures, kind, higher is better
_HEADLINES: tuple[tuple[str, tuple[str, ...], str, bool], ...] = (
    ("enquiries", ("enquiries", "total"), "count", True),
    ("median_response", ("response", "median_business_minutes"), "minutes", False),
    ("within_target", ("response", "within_target_pct"), "percent", True),
    ("conversion", ("outcomes", "conversion_pct"), "percent", True),
    ("win_rate", ("outcomes", "win_rate_pct"), "percent", True),
    ("sales", ("sales", "count"), "count", True),
    ("revenue", ("sales", "revenue"), "money", True),
    ("csat", ("feedback", "csat_pct"), "percent", True),
    ("nps", ("feedback", "nps"), "score", True),
    ("complaints", ("feedback", "complaints_opened"), "count", False),
    ("repeat_buyers", ("repeat_buyers",), "count", True),
    ("referrals", ("referrals",), "count", True),
)

#: The headline figures, in the order the window and the PDF show them.
HEADLINE_KEYS = tuple(key for key, *_ in _HEADLINES)


def _titles(s: MonthSummary, f: Formats, tr: Translate) -> dict[str, tuple[str, str]]:
    now = s.figures
    target = f.count(now["response"]["target_minutes"])
    return {
        "enquiries": (tr("Enquiries"), tr("received this month")),
        "median_response": (tr("Median response"), tr("in opening hours")),
        "within_target": (
            tr("Answered within target"),
            tr("of all enquiries, target {minutes} min").format(minutes=target),
        ),
        "conversion": (tr("Conversion"), tr("enquiries that bought")),
        "win_rate": (tr("Win rate"), tr("bought, of those decided")),
        "sales": (tr("Sales"), tr("purchases closed this month")),
        "revenue": (tr("Revenue"), tr("value of those purchases")),
        "csat": (tr("Satisfied buyers (CSAT)"), tr("rated 4 or 5 of 5")),
        "nps": (tr("Net promoter score"), tr("from −100 to 100")),
        "complaints": (
            tr("Complaints"),
            tr("opened; {resolved} resolved").format(
                resolved=f.count(now["feedback"]["complaints_resolved"])
            ),
        ),
        "repeat_buyers": (tr("Repeat buyers"), tr("had bought from us before")),
        "referrals": (tr("Referrals"), tr("recommended by a customer")),
    }


def value_at(figures: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = figures
    for part in path:
        value = value[part]
    return value


def figure_text(
    kind: str, value: Decimal | None, f: Formats, tr: Translate, signed: bool = False
) -> str:
    """A figure of `kind` (count, money, minutes, percent, score) as the report writes it;
    `signed` for a change, which for a percentage is in percentage points."""
    if value is None:
        return MISSING
    if kind == "count":
        return f.count(value, signed)
    if kind == "money":
        return f.money(value, signed)
    if kind == "minutes":
        return tr("{value} min").format(value=f.decimal(value, signed))
    if kind == "percent":
        if signed:
            return tr("{value} pts").format(value=f.decimal(value, signed))
        return f.percent(value)
    return f.decimal(value, signed)


def headlines(s: MonthSummary, f: Formats, tr: Translate) -> list[Headline]:
    titles = _titles(s, f, tr)
    found = []
    for key, path, kind, higher_is_better in _HEADLINES:
        now = as_decimal(value_at(s.figures, path))
        before = as_decimal(value_at(s.figures["previous"], path))
        change = None if now is None or before is None else now - before
        direction = 0 if not change else (1 if change > 0 else -1)
        found.append(
            Headline(
                key=key,
                title=titles[key][0],
                note=titles[key][1],
                value=figure_text(kind, now, f, tr),
                previous=figure_text(kind, before, f, tr),
                change="" if change is None else figure_text(kind, change, f, tr, signed=True),
                direction=direction,
                higher_is_better=higher_is_better,
            )
        )
    return found


def shown_names(s: MonthSummary, section: str, keys: list[str], tr: Translate) -> tuple[str, ...]:
    shown = s.names.get(section, {})
    return tuple(tr(shown.get(key, key)) for key in keys)


def _bucket_label(bucket: ResponseBucket, f: Formats, tr: Translate) -> str:
    """Bucket names like "up to 15 min", "15–30 min", "1–2 h", "over 8 h"."""

    def hours(minutes: int) -> bool:
        return minutes >= 60 and minutes % 60 == 0

    def span(minutes: int) -> str:
        if hours(minutes):
            return tr("{hours} h").format(hours=f.count(minutes // 60))
        return tr("{minutes} min").format(minutes=f.count(minutes))

    low, high = bucket.above_minutes, bucket.up_to_minutes
    if high is None:
        return tr("over {time}").format(time=span(low))
    if low == 0:
        return tr("up to {time}").format(time=span(high))
    if hours(low) and hours(high):
        return tr("{low}–{high} h").format(low=f.count(low // 60), high=f.count(high // 60))
    if high <= 120:
        return tr("{low}–{high} min").format(low=f.count(low), high=f.count(high))
    return tr("{low}–{high}").format(low=span(low), high=span(high))


def share(part: int, whole: int) -> Decimal | None:
    """`part` of `whole` in percent, one decimal, halves up (as `domain.metrics.pct`)."""
    if not whole:
        return None
    return (Decimal(part * 100) / Decimal(whole)).quantize(Decimal("0.1"), "ROUND_HALF_UP")


def charts(s: MonthSummary, f: Formats, tr: Translate) -> dict[str, ChartData]:
    """The report's charts in the order they are shown, by a stable key."""
    now, before = s.figures, s.figures["previous"]
    this_name, last_name = f.month(s.month), f.month(s.month.previous())
    nothing = tr("No enquiries this month")

    def count(value: float) -> str:
        return f.count(int(value))

    channels = list(now["enquiries"]["by_channel"])
    by_channel = ChartData(
        title=tr("Enquiries by channel"),
        labels=shown_names(s, "channels", channels, tr),
        series=(
            Series(this_name, tuple(now["enquiries"]["by_channel"][k] for k in channels)),
            Series(
                last_name,
                tuple(before["enquiries"]["by_channel"].get(k, 0) for k in channels),
                LAST_MONTH,
            ),
        ),
        format_value=count,
        empty_text=nothing,
    )
    conversion = ChartData(
        title=tr("Conversion by channel (enquiries that bought)"),
        labels=by_channel.labels,
        series=tuple(
            Series(
                name,
                tuple(
                    figures["outcomes"]["by_channel"].get(k, {}).get("conversion_pct")
                    for k in channels
                ),
                fill,
            )
            for name, figures, fill in (
                (this_name, now, THIS_MONTH),
                (last_name, before, LAST_MONTH),
            )
        ),
        format_value=f.percent,
        empty_text=nothing,
    )

    response = s.response
    buckets = list(response.buckets)
    within = sum(1 for b in buckets if b.within_target)
    target = f.count(response.target_minutes)
    response_chart = ChartData(
        title=tr("Response time in opening hours (target {minutes} min)").format(minutes=target),
        labels=(*(_bucket_label(b, f, tr) for b in buckets), tr("not answered")),
        series=(Series(this_name, (*(b.count for b in buckets), response.unanswered)),),
        format_value=count,
        kind=Kind.VERTICAL,
        label_fills=(
            *(THIS_MONTH if b.within_target else OVER_TARGET for b in buckets),
            UNANSWERED,
        ),
        legend=(
            (tr("within target"), THIS_MONTH),
            (tr("over target"), OVER_TARGET),
            (tr("not answered"), UNANSWERED),
        ),
        marker_after=within - 1 if within else None,
        marker_text=tr("target {minutes} min").format(minutes=target),
        empty_text=nothing,
    )

    total = s.journey["enquiries"]

    def with_share(value: float) -> str:
        return tr("{count} · {share}").format(
            count=f.count(int(value)), share=f.percent(share(int(value), total))
        )

    stage_names = {
        "enquiries": tr("Enquiries"),
        "answered": tr("Answered"),
        "purchased": tr("Bought"),
        "feedback": tr("Told us how it went"),
        "repeat": tr("Bought more than once"),
        "advocates": tr("Recommend us"),
    }
    journey = ChartData(
        title=tr("The journey of this month's enquiries, so far"),
        labels=tuple(stage_names[k] for k in s.journey),
        series=(Series(this_name, tuple(s.journey.values())),),
        format_value=with_share,
        kind=Kind.FUNNEL,
        empty_text=nothing,
    )

    def ranked(section: str, title: str, empty: str) -> ChartData:
        counts = now[section]
        keys = sorted(counts, key=lambda k: -counts[k])  # stable: catalogue order on ties
        return ChartData(
            title=title,
            labels=shown_names(s, section, keys, tr),
            series=(Series(this_name, tuple(counts[k] for k in keys)),),
            format_value=count,
            empty_text=empty,
        )

    return {
        "journey": journey,
        "channels": by_channel,
        "response": response_chart,
        "conversion": conversion,
        "lost_reasons": ranked("lost_reasons", tr("Why we lost them"), tr("No lost sales")),
        "decision_factors": ranked(
            "decision_factors", tr("Why they chose us"), tr("No purchases with reasons")
        ),
        "sources": ranked("sources", tr("How they heard of us"), tr("No sources recorded")),
    }


__all__ = [
    "HEADLINE_KEYS",
    "Formats",
    "Headline",
    "Translate",
    "as_decimal",
    "charts",
    "figure_text",
    "headlines",
    "share",
    "shown_names",
    "value_at",
]
