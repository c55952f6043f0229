"""Everything the owner's month on one page needs, read in one go.

`summary` gathers the monthly figures (`report.monthly`, with last month and the
journey of the month's enquiries), the chart series they do not hold (response
times against the target) and the names to print, in one consistent read.
The window caches one `MonthSummary` per month and the PDF renders the same one,
so screen, paper and PDF never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from enquirydesk.domain import settings as declared
from enquirydesk.domain.month import Month
from enquirydesk.services import catalogs
from enquirydesk.services.context import Context
from enquirydesk.services.report import JOURNEY_STAGES, monthly_with
from enquirydesk.store import report_charts

#: Bucket edges as multiples of the response target: a quarter of it, half, the
#: target itself (the last bucket within it), then twice, four and eight times.
TARGET_MULTIPLES = (Fraction(1, 4), Fraction(1, 2), Fraction(1), Fraction(2), Fraction(4),
                    Fraction(8))  # fmt: skip


@dataclass(frozen=True)
class ResponseBucket:
    """Answered enquiries whose business response time was above `above_minutes` (or
    from 0 for the first bucket) and at most `up_to_minutes` (None: no upper end)."""

    above_minutes: int
    up_to_minutes: int | None
    count: int
    within_target: bool


@dataclass(frozen=True)
class ResponseDistribution:
    target_minutes: int
    buckets: tuple[ResponseBucket, ...]
    unanswered: int

    @property
    def within_target(self) -> int:
        return sum(b.count for b in self.buckets if b.within_target)


@dataclass(frozen=True)
class MonthSummary:
    """One month as the report shows it; plain data, safe to hand between threads."""

    month: Month
    figures: dict[str, Any]  # `report.monthly`: the report JSON, "previous" included
    response: ResponseDistribution
    names: dict[str, dict[str, str]]  # catalogue section → key → shown name
    shop: str
    currency: str

    @property
    def journey(self) -> dict[str, int]:
        """`JOURNEY_STAGES` → count over the month's enquiries: the report's own figures
        (``journey`` of the report JSON), which the workbook shows too."""
        journey: dict[str, int] = self.figures["journey"]
        return journey

    @property
    def empty(self) -> bool:
        """Nothing happened in the month: no enquiry received, no sale, no feedback (a
        month with a late sale from an earlier enquiry still has something to show)."""
        figures = self.figures
        return not (
            figures["enquiries"]["total"]
            or figures["sales"]["count"]
            or figures["feedback"]["count"]
        )


def bucket_edges(target_minutes: int) -> list[int]:
    """Whole-minute bucket edges around the target, increasing, the target among them."""
    edges = {max(1, round(target_minutes * multiple)) for multiple in TARGET_MULTIPLES}
    edges.add(max(1, target_minutes))
    return sorted(edges)


def _bucket_counts(ctx: Context, month: Month) -> list[int]:
    edges = bucket_edges(ctx.settings[declared.RESPONSE_TARGET])
    return report_charts.response_buckets(month, [e * 60 for e in edges])


def _distribution(ctx: Context, counts: list[int], unanswered: int) -> ResponseDistribution:
    target = ctx.settings[declared.RESPONSE_TARGET]
    edges = bucket_edges(target)
    lower = [0, *edges]
    upper: list[int | None] = [*edges, None]
    buckets = tuple(
        ResponseBucket(low, high, count, high is not None and high <= target)
        for low, high, count in zip(lower, upper, counts, strict=True)
    )
    return ResponseDistribution(target, buckets, unanswered)


def summary(ctx: Context, month: Month | str) -> MonthSummary:
    """The month's figures, chart series and names, read in one snapshot."""
    current = month if isinstance(month, Month) else Month.parse(month)
    figures, (counts, names) = monthly_with(
        ctx, current, lambda: _bucket_counts(ctx, current), catalogs.report_names
    )
    response = _distribution(ctx, counts, figures["response"]["unanswered"])
    return MonthSummary(
        month=current,
        figures=figures,
        response=response,
        names=names,
        shop=ctx.settings[declared.SHOP_NAME],
        currency=ctx.settings[declared.CURRENCY],
    )


__all__ = [
    "JOURNEY_STAGES",
    "MonthSummary",
    "ResponseBucket",
    "ResponseDistribution",
    "bucket_edges",
    "summary",
]
