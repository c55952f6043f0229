"""The monthly figures, computed in SQL aggregates.

`monthly` returns one plain structure (the report JSON, with the month before
under ``previous`` and the shop's currency under ``currency``) that the command
line, the window and the exports all render; nobody computes a figure twice —
the journey of the month's enquiries too, which the window, the PDF and the
workbook all draw from ``journey``. The counting is done by the SQL aggregates
of `store.reporting` (and `store.report_charts` for the journey); here the counts
become figures (catalogue keys with zeros, percentages, minutes, rounding) by
the formulas of `domain.metrics`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

from enquirydesk.domain import catalog, metrics
from enquirydesk.domain import settings as declared
from enquirydesk.domain.month import Month
from enquirydesk.domain.validation import cents_to_decimal
from enquirydesk.services import catalogs
from enquirydesk.services.context import Context
from enquirydesk.store import report_charts, reporting
from enquirydesk.store.models import CatalogItem, Channel, DecisionFactor, LostReason, Source

#: The stages of the journey of a month's enquiries, in order (from enquiry to advocacy):
#: the keys of ``journey`` in the report JSON and the bars of the journey chart.
JOURNEY_STAGES = ("enquiries", "answered", "purchased", "feedback", "repeat", "advocates")


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _pct(numerator: int, denominator: int) -> float | None:
    return _number(metrics.pct(numerator, denominator))


def monthly(ctx: Context, month: str | Month) -> dict[str, Any]:
    """Every monthly figure for `month` ("YYYY-MM"), with the month before as ``previous``
    and the shop's currency (ISO 4217, the currency of ``sales.revenue``) as ``currency``."""
    current = month if isinstance(month, Month) else Month.parse(month)
    figures, _ = monthly_with(ctx, current)
    return figures


def monthly_with(ctx: Context, month: Month, *also: Callable[[], Any]) -> tuple[dict, list]:
    """`monthly`, and the results of the reads `also`, all from the same committed state.
    The month, the month before and each of `also` are read side by side (the two
    months are the same work twice, and a busy month's is most of a second)."""
    figures, previous, *more = ctx.store.read_together(
        [lambda: figures_of(ctx, month), lambda: figures_of(ctx, month.previous()), *also]
    )
    return {
        "month": figures.pop("month"),
        "currency": ctx.settings[declared.CURRENCY],
        **figures,
        "previous": previous,
    }, more


def figures_of(ctx: Context, month: Month) -> dict[str, Any]:
    """The figures of one month (no ``previous``)."""
    start, end = month.start, month.end
    target_minutes = ctx.settings[declared.RESPONSE_TARGET]
    groups = reporting.cohort(month, target_minutes * 60)

    channel_key = _keys(ctx, Channel)
    per_channel = {key: {"enquiries": 0, "purchased": 0} for key in _all_keys(ctx, Channel)}
    outcomes = {"purchased": 0, "lost": 0, "open": 0}
    sources = _zeros(ctx, Source)
    lost_reasons = _zeros(ctx, LostReason)
    source_key, reason_key = _keys(ctx, Source), _keys(ctx, LostReason)
    responded = within = referrals = 0
    for group in groups:
        counts = per_channel[channel_key[group.channel_id]]
        counts["enquiries"] += group.enquiries
        outcomes[group.outcome] = outcomes.get(group.outcome, 0) + group.enquiries
        if group.outcome == "purchased":
            counts["purchased"] += group.enquiries
        if group.source_id is not None:
            key = source_key[group.source_id]
            sources[key] += group.enquiries
            if key == "recommendation":
                referrals += group.referred
        if group.outcome == "lost" and group.lost_reason_id is not None:
            lost_reasons[reason_key[group.lost_reason_id]] += group.enquiries
        responded += group.responded
        within += group.within_target
    total = sum(c["enquiries"] for c in per_channel.values())
    decided = outcomes["purchased"] + outcomes["lost"]

    factors = _zeros(ctx, DecisionFactor)
    factor_key = _keys(ctx, DecisionFactor)
    for factor_id, count in reporting.factor_counts(month):
        factors[factor_key[factor_id]] += count

    sales_count, revenue_cents = reporting.sales(start, end)
    # "Overdue at the end of the month": while the month is not over, overdue now.
    due, done, overdue = reporting.followup_counts(start, end, min(end, ctx.now()))
    return {
        "month": str(month),
        "enquiries": {
            "total": total,
            "by_channel": {k: c["enquiries"] for k, c in per_channel.items()},
        },
        "response": _response(
            month,
            (total, responded, within, target_minutes),
            channel_key,
            _all_keys(ctx, Channel),
        ),
        "outcomes": {
            "purchased": outcomes["purchased"],
            "lost": outcomes["lost"],
            "open": outcomes["open"],
            "conversion_pct": _pct(outcomes["purchased"], total),
            "win_rate_pct": _pct(outcomes["purchased"], decided),
            "by_channel": {
                key: {
                    "enquiries": c["enquiries"],
                    "purchased": c["purchased"],
                    "conversion_pct": _pct(c["purchased"], c["enquiries"]),
                }
                for key, c in per_channel.items()
            },
        },
        "sales": {
            "count": sales_count,
            "revenue": f"{cents_to_decimal(revenue_cents):.2f}",
        },
        "lost_reasons": lost_reasons,
        "sources": sources,
        "decision_factors": factors,
        "feedback": _feedback(reporting.feedback_counts(start, end)),
        "repeat_buyers": reporting.repeat_buyers(start, end),
        "referrals": referrals,
        "followups": {"due": due, "done": done, "overdue": overdue},
        "journey": _journey(month, total, responded),
    }


def _journey(month: Month, total: int, responded: int) -> dict[str, int]:
    """How far the month's enquiries have gone so far, stage by stage (`JOURNEY_STAGES`):
    received, answered, bought, and among those bought: with feedback, by a buyer who
    has bought another time too, by an advocate (as the customer badges say)."""
    bought = report_charts.journey(month)
    return {
        "enquiries": total,
        "answered": responded,
        "purchased": bought.purchased,
        "feedback": bought.with_feedback,
        "repeat": bought.repeat,
        "advocates": bought.advocates,
    }


def _keys(ctx: Context, model: type[CatalogItem]) -> dict[int, str]:
    return {i: k for k, i in ctx.catalog_ids(model).items()}


def _all_keys(ctx: Context, model: type[CatalogItem]) -> list[str]:
    """Built-in keys in their catalogue order, then any the shop added."""
    keys = list(catalog.keys(catalogs.BUILT_IN[model]))
    keys += [k for k in ctx.catalog_ids(model) if k not in keys]
    return keys


def _zeros(ctx: Context, model: type[CatalogItem]) -> dict[str, int]:
    return dict.fromkeys(_all_keys(ctx, model), 0)


def _response(
    month: Month,
    counts: tuple[int, int, int, int],
    channel_key: dict[int, str],
    channels: list[str],
) -> dict[str, Any]:
    """The response figures; `counts` are the month's enquiries, the answered, those within
    the target, and the target in minutes."""
    total, responded, within, target_minutes = counts
    clock, business, by_channel = reporting.response_seconds(month)  # each in order
    per_channel = {key: {"median_business_minutes": None, "p90_business_minutes": None}
                   for key in channels}  # fmt: skip
    for channel_id, seconds in by_channel.items():
        per_channel[channel_key[channel_id]] = {
            "median_business_minutes": _minutes(metrics.median_of_sorted(seconds)),
            "p90_business_minutes": _minutes(metrics.percentile_of_sorted(seconds, 90)),
        }
    return {
        "responded": responded,
        "unanswered": total - responded,
        "target_minutes": target_minutes,
        "median_minutes": _minutes(metrics.median_of_sorted(clock)),
        "p90_minutes": _minutes(metrics.percentile_of_sorted(clock, 90)),
        "median_business_minutes": _minutes(metrics.median_of_sorted(business)),
        "p90_business_minutes": _minutes(metrics.percentile_of_sorted(business, 90)),
        "within_target_pct": _pct(within, total),
        "by_channel": per_channel,
    }


def _minutes(seconds: Fraction | None) -> float | None:
    return None if seconds is None else _number(metrics.round1(seconds / 60))


def _feedback(counts: reporting.FeedbackCounts) -> dict[str, Any]:
    return {
        "count": counts.count,
        "csat_pct": _pct(counts.satisfied, counts.rated),
        "nps": _number(
            metrics.nps_from_counts(counts.promoters, counts.detractors, counts.recommend_answered)
        ),
        "expectation": {
            "worse": counts.worse,
            "as_expected": counts.as_expected,
            "better": counts.better,
        },
        "complaints_opened": counts.complaints_opened,
        "complaints_resolved": counts.complaints_resolved,
    }


__all__ = ["JOURNEY_STAGES", "Month", "figures_of", "monthly", "monthly_with"]
