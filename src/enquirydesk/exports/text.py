"""The monthly report as a one-screen text summary for a terminal.

Numbers, money and month names are written by the program's one formatter,
`domain.formats.Formats` (``ctx.formats``: the program's language, the shop's country
and currency; Babel's CLDR data, so Slovenian gives "12.345,50 €" whether or not the
system has that locale installed), and the words are the catalogue's ("MonthReport",
as in the PDF and the window). The figures come from `services.report.monthly`,
unchanged.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from enquirydesk.domain.formats import Formats
from enquirydesk.domain.month import Month
from enquirydesk.exports.report_content import response_time
from enquirydesk.i18n import translate

WIDTH = 80
MISSING = "–"  # a figure with an empty denominator


def render(
    figures: Mapping[str, Any],
    *,
    shop: str,
    names: Mapping[str, Mapping[str, str]],
    formats: Formats,
) -> str:
    """The report of `services.report.monthly` as lines of at most `WIDTH` characters,
    its figures written by `formats` (``ctx.formats``)."""
    f = formats
    now, before = figures, figures["previous"]
    title, earlier_title = f.month(Month.parse(now["month"])), f.month(Month.parse(before["month"]))
    heading = translate("MonthReport", "Monthly report: {month}, with {earlier} beside it").format(
        month=title, earlier=earlier_title
    )
    if shop:
        heading = f"{shop} · {heading}"

    def pair(first: int, second: int) -> str:
        return f"{f.count(first)} / {f.count(second)}"

    def rows(fig: Mapping[str, Any]) -> list[tuple[str, str]]:
        response, outcomes, feedback = fig["response"], fig["outcomes"], fig["feedback"]
        followups = fig["followups"]
        target = f.count(response["target_minutes"])
        return [
            (translate("MonthReport", "Enquiries"), f.count(fig["enquiries"]["total"])),
            (
                translate("MonthReport", "Answered / not yet"),
                pair(response["responded"], response["unanswered"]),
            ),
            (
                translate("MonthReport", "Answered within {target} min").format(target=target),
                f.percent(response["within_target_pct"]),
            ),
            (
                translate("MonthReport", "Median, opening hours"),
                response_time(response["median_business_minutes"], f),
            ),
            (
                translate("MonthReport", "90 % within, opening hours"),
                response_time(response["p90_business_minutes"], f),
            ),
            (
                translate("MonthReport", "Median, clock time"),
                response_time(response["median_minutes"], f),
            ),
            (
                translate("MonthReport", "90 % within, clock time"),
                response_time(response["p90_minutes"], f),
            ),
            (translate("MonthReport", "Purchased"), f.count(outcomes["purchased"])),
            (translate("MonthReport", "Lost"), f.count(outcomes["lost"])),
            (translate("MonthReport", "Still open"), f.count(outcomes["open"])),
            (translate("MonthReport", "Conversion"), f.percent(outcomes["conversion_pct"])),
            (translate("MonthReport", "Win rate"), f.percent(outcomes["win_rate_pct"])),
            (translate("MonthReport", "Sales"), f.count(fig["sales"]["count"])),
            (translate("MonthReport", "Revenue"), f.money(Decimal(fig["sales"]["revenue"]))),
            (translate("MonthReport", "Feedback received"), f.count(feedback["count"])),
            (translate("MonthReport", "Satisfied (CSAT)"), f.percent(feedback["csat_pct"])),
            (translate("MonthReport", "Net promoter score"), f.decimal(feedback["nps"])),
            (
                translate("MonthReport", "Complaints opened / resolved"),
                pair(feedback["complaints_opened"], feedback["complaints_resolved"]),
            ),
            (translate("MonthReport", "Repeat buyers"), f.count(fig["repeat_buyers"])),
            (translate("MonthReport", "Referrals"), f.count(fig["referrals"])),
            (translate("MonthReport", "Follow-ups due"), f.count(followups["due"])),
            (translate("MonthReport", "Follow-ups done"), f.count(followups["done"])),
            (translate("MonthReport", "Overdue at month end"), f.count(followups["overdue"])),
        ]

    current, previous = rows(now), rows(before)
    label_width = max(len(label) for label, _ in current)
    value_width = max(len(title), len(earlier_title), *(len(v) for _, v in current + previous))
    lines = [*textwrap.wrap(heading, WIDTH), ""]
    lines.append(f"{'':<{label_width}}  {title:>{value_width}}  {earlier_title:>{value_width}}")
    for (label, value), (_, earlier) in zip(current, previous, strict=True):
        lines.append(f"{label:<{label_width}}  {value:>{value_width}}  {earlier:>{value_width}}")

    channels = names.get("channels", {})
    lines += ["", _channel_table(now, channels, f), ""]
    lines += [_channel_response_table(now, channels, f), ""]
    ranked = (
        (translate("MonthReport", "Lost reasons: {items}"), "lost_reasons"),
        (translate("MonthReport", "Why they chose us: {items}"), "decision_factors"),
        (translate("MonthReport", "How they heard of us: {items}"), "sources"),
    )
    for sentence, section in ranked:
        lines.append(_ranked(sentence, now[section], names.get(section, {}), f))
    return "\n".join(lines) + "\n"


def _channel_table(figures: Mapping[str, Any], names: Mapping[str, str], f: Formats) -> str:
    by_channel = figures["outcomes"]["by_channel"]
    header = (
        translate("MonthReport", "By channel"),
        translate("MonthReport", "Enquiries"),
        translate("MonthReport", "Purchased"),
        translate("MonthReport", "Conversion"),
    )
    body = [
        (
            names.get(key, key),
            f.count(c["enquiries"]),
            f.count(c["purchased"]),
            f.percent(c["conversion_pct"]),
        )
        for key, c in by_channel.items()
    ]
    return _table(header, body)


def _channel_response_table(
    figures: Mapping[str, Any], names: Mapping[str, str], f: Formats
) -> str:
    """Each channel's median and 90th-percentile response in opening hours, as people say
    a time ("5 min", "4 h")."""
    header = (
        translate("MonthReport", "Response by channel"),
        translate("MonthReport", "Median, opening hours"),
        translate("MonthReport", "90 % within, opening hours"),
    )
    body = [
        (
            names.get(key, key),
            response_time(c["median_business_minutes"], f),
            response_time(c["p90_business_minutes"], f),
        )
        for key, c in figures["response"]["by_channel"].items()
    ]
    return _table(header, body)


def _table(header: tuple[str, ...], body: list[tuple[str, ...]]) -> str:
    """Rows with their names left and their figures right, in columns as wide as needed."""
    first = max(len(row[0]) for row in [header, *body])
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(1, len(header))]
    return "\n".join(
        f"{row[0]:<{first}}  "
        + "  ".join(f"{cell:>{w}}" for cell, w in zip(row[1:], widths, strict=True))
        for row in [header, *body]
    )


def _ranked(sentence: str, counts: Mapping[str, int], names: Mapping[str, str], f: Formats) -> str:
    """`sentence` ("Lost reasons: {items}") with the items that occurred, most first
    ("Price 12 · Stock 7 · …"), wrapped to the width."""
    ranked = sorted(((n, k) for k, n in counts.items() if n), key=lambda item: -item[0])
    # A no-break space keeps each name with its count when the line wraps.
    items = " · ".join(f"{names.get(key, key)}\u00a0{f.count(n)}" for n, key in ranked)
    return textwrap.fill(
        sentence.format(items=items or translate("MonthReport", "none")),
        width=WIDTH,
        subsequent_indent="  ",
        break_on_hyphens=False,
    )


__all__ = ["render"]
