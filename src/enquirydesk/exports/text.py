"""The monthly report as a one-screen text summary for a terminal.

Numbers, money and month names follow the user's locale (Babel's CLDR data, so
``sl_SI`` gives "12.345,50 €" whether or not the system has that locale
installed). The figures come from `services.report.monthly`, unchanged.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

WIDTH = 80
MISSING = "–"  # a figure with an empty denominator


def user_locale(code: str | None = None) -> Locale:
    """The locale for `code` (``sl``, ``id_ID``, ``sl_SI.UTF-8``), else the environment's
    (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English.

    ``LC_CTYPE`` is not asked: Python sets it to ``C.UTF-8`` itself when the
    user's locale is not installed, which would hide the language they chose.
    """
    candidates = [code or ""]
    candidates += os.environ.get("LANGUAGE", "").split(":")
    candidates += [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for candidate in candidates:
        tag = candidate.split(".")[0].split("@")[0].replace("-", "_")
        if not tag or tag in ("C", "POSIX"):
            continue
        try:
            return Locale.parse(tag)
        except (ValueError, UnknownLocaleError):
            continue
    return Locale("en")


class _Formats:
    def __init__(self, locale: Locale, currency: str) -> None:
        self.locale = locale
        self.currency = currency
        pattern = locale.percent_formats[None].pattern
        last = pattern.rfind("0")
        self._percent = f"{pattern[: last + 1]}.0{pattern[last + 1 :]}"

    def count(self, value: int) -> str:
        return format_decimal(value, format="#,##0", locale=self.locale)

    def one_decimal(self, value: float | None) -> str:
        if value is None:
            return MISSING
        return format_decimal(Decimal(str(value)), format="#,##0.0", locale=self.locale)

    def percent(self, value: float | None) -> str:
        if value is None:
            return MISSING
        return format_percent(Decimal(str(value)) / 100, format=self._percent, locale=self.locale)

    def money(self, value: str) -> str:
        return format_currency(Decimal(value), self.currency, locale=self.locale)

    def month(self, month: str) -> str:
        year, number = (int(part) for part in month.split("-"))
        return format_date(date(year, number, 1), "LLLL y", locale=self.locale)

    def counts(self, *values: int) -> str:
        return " / ".join(self.count(v) for v in values)


def render(
    figures: Mapping[str, Any],
    *,
    shop: str,
    currency: str,
    names: Mapping[str, Mapping[str, str]],
    locale: Locale,
) -> str:
    """The report of `services.report.monthly` as lines of at most `WIDTH` characters."""
    f = _Formats(locale, currency)
    now, before = figures, figures["previous"]
    title, earlier_title = f.month(now["month"]), f.month(before["month"])
    heading = f"Monthly report: {title}, with {earlier_title} beside it"
    if shop:
        heading = f"{shop} · {heading}"

    def rows(fig: Mapping[str, Any]) -> list[tuple[str, str]]:
        response, outcomes, feedback = fig["response"], fig["outcomes"], fig["feedback"]
        followups = fig["followups"]
        target = response["target_minutes"]
        return [
            ("Enquiries", f.count(fig["enquiries"]["total"])),
            ("Answered / not yet", f.counts(response["responded"], response["unanswered"])),
            (f"Answered within {target} min", f.percent(response["within_target_pct"])),
            ("Median response, business min", f.one_decimal(response["median_business_minutes"])),
            ("90% within, business min", f.one_decimal(response["p90_business_minutes"])),
            ("Median response, clock min", f.one_decimal(response["median_minutes"])),
            ("90% within, clock min", f.one_decimal(response["p90_minutes"])),
            ("Purchased", f.count(outcomes["purchased"])),
            ("Lost", f.count(outcomes["lost"])),
            ("Still open", f.count(outcomes["open"])),
            ("Conversion", f.percent(outcomes["conversion_pct"])),
            ("Win rate", f.percent(outcomes["win_rate_pct"])),
            ("Sales", f.count(fig["sales"]["count"])),
            ("Revenue", f.money(fig["sales"]["revenue"])),
            ("Feedback received", f.count(feedback["count"])),
            ("Satisfied (CSAT)", f.percent(feedback["csat_pct"])),
            ("Net promoter score", f.one_decimal(feedback["nps"])),
            (
                "Complaints opened / resolved",
                f.counts(feedback["complaints_opened"], feedback["complaints_resolved"]),
            ),
            ("Repeat buyers", f.count(fig["repeat_buyers"])),
            ("Referrals", f.count(fig["referrals"])),
            ("Follow-ups due", f.count(followups["due"])),
            ("Follow-ups done", f.count(followups["done"])),
            ("Overdue at month end", f.count(followups["overdue"])),
        ]

    current, previous = rows(now), rows(before)
    label_width = max(len(label) for label, _ in current)
    value_width = max(len(title), len(earlier_title), *(len(v) for _, v in current + previous))
    lines = [*textwrap.wrap(heading, WIDTH), ""]
    lines.append(f"{'':<{label_width}}  {title:>{value_width}}  {earlier_title:>{value_width}}")
    for (label, value), (_, earlier) in zip(current, previous, strict=True):
        lines.append(f"{label:<{label_width}}  {value:>{value_width}}  {earlier:>{value_width}}")

    lines += ["", _channel_table(now, names.get("channels", {}), f), ""]
    for title_text, section in (
        ("Lost reasons", "lost_reasons"),
        ("Why they chose us", "decision_factors"),
        ("How they heard of us", "sources"),
    ):
        lines.append(_ranked(title_text, now[section], names.get(section, {}), f))
    return "\n".join(lines) + "\n"


def _channel_table(figures: Mapping[str, Any], names: Mapping[str, str], f: _Formats) -> str:
    by_channel = figures["outcomes"]["by_channel"]
    header = ("By channel", "Enquiries", "Purchased", "Conversion")
    body = [
        (
            names.get(key, key),
            f.count(c["enquiries"]),
            f.count(c["purchased"]),
            f.percent(c["conversion_pct"]),
        )
        for key, c in by_channel.items()
    ]
    first = max(len(row[0]) for row in [header, *body])
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(1, 4)]
    return "\n".join(
        f"{row[0]:<{first}}  "
        + "  ".join(f"{cell:>{w}}" for cell, w in zip(row[1:], widths, strict=True))
        for row in [header, *body]
    )


def _ranked(title: str, counts: Mapping[str, int], names: Mapping[str, str], f: _Formats) -> str:
    """`title: most 12 · next 7 · …` for the items that occurred, wrapped to the width."""
    ranked = sorted(((n, k) for k, n in counts.items() if n), key=lambda item: -item[0])
    # A no-break space keeps each name with its count when the line wraps.
    items = " · ".join(f"{names.get(key, key)}\u00a0{f.count(n)}" for n, key in ranked) or "none"
    return textwrap.fill(
        f"{title}: {items}", width=WIDTH, subsequent_indent="  ", break_on_hyphens=False
    )


__all__ = ["render", "user_locale"]
