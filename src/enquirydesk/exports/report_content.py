"""What the owner's month says, ready to show: headline figures with last month and
the change, the charts and the tables, as text in the user's locale.

The window's Reports page and the PDF (on paper too) are both made from these, so
a figure reads the same everywhere. The numbers come unchanged from a
`services.report_charts.MonthSummary`; formatting is left to the program's one
formatter, `domain.formats.Formats` (``ctx.formats``), and the words are the
"MonthReport" context's of the catalogue (`i18n.translate`), so this module needs
no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from enquirydesk.domain.formats import Formats
from enquirydesk.exports.chart_data import MISSING, ChartData, Kind, Series
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.services.report_charts import MonthSummary, ResponseBucket

THIS_MONTH, LAST_MONTH, OVER_TARGET, UNANSWERED = 0, 1, 2, 3  # chart fills


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

#: The bars of the response time by channel: (label of the "MonthReport" context, the
#: figure of ``response.by_channel.<key>``, fill).
CHANNEL_RESPONSE_SERIES: tuple[tuple[str, str, int], ...] = (
    (
        QT_TRANSLATE_NOOP("MonthReport", "Median, opening hours"),
        "median_business_minutes",
        THIS_MONTH,
    ),
    (
        QT_TRANSLATE_NOOP("MonthReport", "90 % within, opening hours"),
        "p90_business_minutes",
        LAST_MONTH,
    ),
)


#: The journey chart's title and the name of each of its stages (`report.JOURNEY_STAGES`),
#: in the "MonthReport" context: the window, the PDF and the workbook show these words.
JOURNEY_TITLE = QT_TRANSLATE_NOOP("MonthReport", "The journey of this month's enquiries, so far")
JOURNEY_NAMES: dict[str, str] = {
    "enquiries": QT_TRANSLATE_NOOP("MonthReport", "Enquiries"),
    "answered": QT_TRANSLATE_NOOP("MonthReport", "Answered"),
    "purchased": QT_TRANSLATE_NOOP("MonthReport", "Bought"),
    "feedback": QT_TRANSLATE_NOOP("MonthReport", "Told us how it went"),
    "repeat": QT_TRANSLATE_NOOP("MonthReport", "Bought more than once"),
    "advocates": QT_TRANSLATE_NOOP("MonthReport", "Recommend us"),
}


def journey_labels(stages: Iterable[str]) -> tuple[str, ...]:
    """The names of the journey's `stages`, in the user's language."""
    return tuple(translate("MonthReport", JOURNEY_NAMES[stage]) for stage in stages)


def _titles(s: MonthSummary, f: Formats) -> dict[str, tuple[str, str]]:
    now = s.figures
    target = f.count(now["response"]["target_minutes"])
    resolved = f.count(now["feedback"]["complaints_resolved"])
    return {
        "enquiries": (
            translate("MonthReport", "Enquiries"),
            translate("MonthReport", "received this month"),
        ),
        "median_response": (
            translate("MonthReport", "Median response"),
            translate("MonthReport", "in opening hours"),
        ),
        "within_target": (
            translate("MonthReport", "Answered within target"),
            translate("MonthReport", "of all enquiries, target {minutes} min").format(
                minutes=target
            ),
        ),
        "conversion": (
            translate("MonthReport", "Conversion"),
            translate("MonthReport", "enquiries that bought"),
        ),
        "win_rate": (
            translate("MonthReport", "Win rate"),
            translate("MonthReport", "bought, of those decided"),
        ),
        "sales": (
            translate("MonthReport", "Sales"),
            translate("MonthReport", "purchases closed this month"),
        ),
        "revenue": (
            translate("MonthReport", "Revenue"),
            translate("MonthReport", "value of those purchases"),
        ),
        "csat": (
            translate("MonthReport", "Satisfied buyers (CSAT)"),
            translate("MonthReport", "rated 4 or 5 of 5"),
        ),
        "nps": (
            translate("MonthReport", "Net promoter score"),
            translate("MonthReport", "from −100 to 100"),
        ),
        "complaints": (
            translate("MonthReport", "Complaints"),
            translate("MonthReport", "opened; {resolved} resolved").format(resolved=resolved),
        ),
        "repeat_buyers": (
            translate("MonthReport", "Repeat buyers"),
            translate("MonthReport", "had bought from us before"),
        ),
        "referrals": (
            translate("MonthReport", "Referrals"),
            translate("MonthReport", "recommended by a customer"),
        ),
    }


def value_at(figures: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = figures
    for part in path:
        value = value[part]
    return value


def figure_text(kind: str, value: Decimal | None, f: Formats, signed: bool = False) -> str:
    """A figure of `kind` (count, money, minutes, percent, score) as the report writes it;
    `signed` for a change, which for a percentage is in percentage points."""
    if value is None:
        return MISSING
    if kind == "count":
        return f.count(value, signed)
    if kind == "money":
        return f.money(value, signed)
    if kind == "minutes":
        return response_time(value, f, signed)
    if kind == "percent":
        if signed:
            return translate("MonthReport", "{value} pts").format(value=f.decimal(value, signed))
        return f.percent(value)
    return f.decimal(value, signed)


def response_time(minutes: Any, f: Formats, signed: bool = False) -> str:
    """A response time of the report (minutes, one decimal) to the nearest minute, as
    people say it: "5 min", "4 h", "1 h 27 min", "2 d 3 h"; "–" when nothing was answered.
    `signed` for a change: "+4 min", "−1 h 5 min"."""
    value = as_decimal(minutes)
    if value is None:
        return MISSING
    return f.duration(int(value.quantize(Decimal(1), ROUND_HALF_UP)) * 60, signed)


def headlines(s: MonthSummary, f: Formats) -> list[Headline]:
    """The headline figures of `s`, written by `f` (``ctx.formats``)."""
    titles = _titles(s, f)
    found = []
    for key, path, kind, higher_is_better in _HEADLINES:
        now = as_decimal(value_at(s.figures, path))
        before = as_decimal(value_at(s.figures["previous"], path))
        change = None if now is None or before is None else now - before
        direction = 0 if not change else (1 if change > 0 else -1)
        shown_now, shown_before = figure_text(kind, now, f), figure_text(kind, before, f)
        if shown_now == shown_before:
            direction = 0  # a move too small to show ("7 min" both months) is no move
        found.append(
            Headline(
                key=key,
                title=titles[key][0],
                note=titles[key][1],
                value=shown_now,
                previous=shown_before,
                change="" if change is None else figure_text(kind, change, f, signed=True),
                direction=direction,
                higher_is_better=higher_is_better,
            )
        )
    return found


def shown_names(s: MonthSummary, section: str, keys: list[str]) -> tuple[str, ...]:
    """The catalogue names of `keys` as the summary holds them (already in the user's
    language for built-in items; a name the owner typed as typed)."""
    shown = s.names.get(section, {})
    return tuple(shown.get(key, key) for key in keys)


def _bucket_label(bucket: ResponseBucket, f: Formats) -> str:
    """Bucket names like "up to 15 min", "15–30 min", "1–2 h", "over 8 h"."""

    def hours(minutes: int) -> bool:
        return minutes >= 60 and minutes % 60 == 0

    def span(minutes: int) -> str:
        if hours(minutes):
            return translate("MonthReport", "{hours} h").format(hours=f.count(minutes // 60))
        return translate("MonthReport", "{minutes} min").format(minutes=f.count(minutes))

    low, high = bucket.above_minutes, bucket.up_to_minutes
    if high is None:
        return translate("MonthReport", "over {time}").format(time=span(low))
    if low == 0:
        return translate("MonthReport", "up to {time}").format(time=span(high))
    if hours(low) and hours(high):
        return translate("MonthReport", "{low}–{high} h").format(
            low=f.count(low // 60), high=f.count(high // 60)
        )
    if high <= 120:
        return translate("MonthReport", "{low}–{high} min").format(
            low=f.count(low), high=f.count(high)
        )
    return translate("MonthReport", "{low}–{high}").format(low=span(low), high=span(high))


def share(part: int, whole: int) -> Decimal | None:
    """`part` of `whole` in percent, one decimal, halves up (as `domain.metrics.pct`)."""
    if not whole:
        return None
    return (Decimal(part * 100) / Decimal(whole)).quantize(Decimal("0.1"), "ROUND_HALF_UP")


def charts(s: MonthSummary, f: Formats) -> dict[str, ChartData]:
    """The report's charts in the order they are shown, by a stable key."""
    now, before = s.figures, s.figures["previous"]
    this_name, last_name = f.month(s.month), f.month(s.month.previous())
    nothing = translate("MonthReport", "No enquiries this month")

    def count(value: float) -> str:
        return f.count(int(value))

    channels = list(now["enquiries"]["by_channel"])
    by_channel = ChartData(
        title=translate("MonthReport", "Enquiries by channel"),
        labels=shown_names(s, "channels", channels),
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
        title=translate("MonthReport", "Conversion by channel (enquiries that bought)"),
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

    answered = now["response"]["by_channel"]
    answered_keys = list(answered)
    channel_response = ChartData(
        title=translate("MonthReport", "Response time by channel, in opening hours"),
        labels=shown_names(s, "channels", answered_keys),
        series=tuple(
            Series(
                translate("MonthReport", label),
                tuple(answered[k][figure] for k in answered_keys),
                fill,
            )
            for label, figure, fill in CHANNEL_RESPONSE_SERIES
        ),
        format_value=lambda minutes: response_time(minutes, f),
        empty_text=translate("MonthReport", "No enquiries answered this month"),
        zeros_are_values=True,
    )

    response = s.response
    buckets = list(response.buckets)
    within = sum(1 for b in buckets if b.within_target)
    target = f.count(response.target_minutes)
    not_answered = translate("MonthReport", "not answered")
    response_chart = ChartData(
        title=translate(
            "MonthReport", "Response time in opening hours (target {minutes} min)"
        ).format(minutes=target),
        labels=(*(_bucket_label(b, f) for b in buckets), not_answered),
        series=(Series(this_name, (*(b.count for b in buckets), response.unanswered)),),
        format_value=count,
        kind=Kind.VERTICAL,
        label_fills=(
            *(THIS_MONTH if b.within_target else OVER_TARGET for b in buckets),
            UNANSWERED,
        ),
        legend=(
            (translate("MonthReport", "within target"), THIS_MONTH),
            (translate("MonthReport", "over target"), OVER_TARGET),
            (not_answered, UNANSWERED),
        ),
        marker_after=within - 1 if within else None,
        marker_text=translate("MonthReport", "target {minutes} min").format(minutes=target),
        empty_text=nothing,
    )

    # The report's own journey figures (``journey`` of the report JSON), as the workbook.
    stages = s.journey
    total = stages["enquiries"]

    def with_share(value: float) -> str:
        return translate("MonthReport", "{count} · {share}").format(
            count=f.count(int(value)), share=f.percent(share(int(value), total))
        )

    journey = ChartData(
        title=translate("MonthReport", JOURNEY_TITLE),
        labels=journey_labels(stages),
        series=(Series(this_name, tuple(stages.values())),),
        format_value=with_share,
        kind=Kind.FUNNEL,
        empty_text=nothing,
    )

    def ranked(section: str, title: str, empty: str) -> ChartData:
        counts = now[section]
        keys = sorted(counts, key=lambda k: -counts[k])  # stable: catalogue order on ties
        return ChartData(
            title=title,
            labels=shown_names(s, section, keys),
            series=(Series(this_name, tuple(counts[k] for k in keys)),),
            format_value=count,
            empty_text=empty,
        )

    return {
        "journey": journey,
        "channels": by_channel,
        "response": response_chart,
        "channel_response": channel_response,
        "conversion": conversion,
        "lost_reasons": ranked(
            "lost_reasons",
            translate("MonthReport", "Why we lost them"),
            translate("MonthReport", "No lost sales"),
        ),
        "decision_factors": ranked(
            "decision_factors",
            translate("MonthReport", "Why they chose us"),
            translate("MonthReport", "No purchases with reasons"),
        ),
        "sources": ranked(
            "sources",
            translate("MonthReport", "How they heard of us"),
            translate("MonthReport", "No sources recorded"),
        ),
    }


__all__ = [
    "CHANNEL_RESPONSE_SERIES",
    "HEADLINE_KEYS",
    "JOURNEY_NAMES",
    "JOURNEY_TITLE",
    "Formats",
    "Headline",
    "as_decimal",
    "charts",
    "figure_text",
    "headlines",
    "journey_labels",
    "response_time",
    "share",
    "shown_names",
    "value_at",
]
