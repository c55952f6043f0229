"""The monthly figures of SPEC §4, computed in SQL aggregates.

`monthly` returns one plain structure (the SPEC §6 JSON, with the month before
under ``previous``) that the command line, the window and the exports all
render; nobody computes a figure twice. Percentiles are read as the values at
their ranks (``ORDER BY … LIMIT … OFFSET``), never by loading a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

from peewee import Case, fn

from enquirydesk.domain import catalog, metrics
from enquirydesk.domain import settings as declared
from enquirydesk.domain.validation import cents_to_decimal, parse_month
from enquirydesk.services.context import Context
from enquirydesk.store.models import (
    Channel,
    DecisionFactor,
    Enquiry,
    EnquiryFactor,
    Feedback,
    FollowUp,
    LostReason,
    Source,
)


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        return cls(*parse_month(text))

    @property
    def start(self) -> datetime:
        return datetime(self.year, self.month, 1)

    @property
    def end(self) -> datetime:
        return self.next().start

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _pct(numerator: int, denominator: int) -> float | None:
    return _number(metrics.pct(numerator, denominator))


def monthly(ctx: Context, month: str | Month) -> dict[str, Any]:
    """Every figure of SPEC §4 for `month` ("YYYY-MM"), with the month before as ``previous``."""
    current = month if isinstance(month, Month) else Month.parse(month)
    with ctx.store.snapshot():
        figures = figures_of(ctx, current)
        figures["previous"] = figures_of(ctx, current.previous())
    return figures


def figures_of(ctx: Context, month: Month) -> dict[str, Any]:
    """The figures of one month (no ``previous``)."""
    start, end = month.start, month.end
    target_minutes = ctx.settings[declared.RESPONSE_TARGET]
    live = Enquiry.deleted_at.is_null()
    received = live & (Enquiry.received_at >= start) & (Enquiry.received_at < end)

    channel_keys = {i: k for k, i in ctx.catalog_ids(Channel).items()}
    per_channel: dict[str, dict[str, int]] = {
        key: {"enquiries": 0, "purchased": 0, "lost": 0} for key in catalog.keys(catalog.CHANNELS)
    }
    for key in channel_keys.values():
        per_channel.setdefault(key, {"enquiries": 0, "purchased": 0, "lost": 0})
    rows = (
        Enquiry.select(Enquiry.channel, Enquiry.outcome, fn.COUNT(Enquiry.id))
        .where(received)
        .group_by(Enquiry.channel, Enquiry.outcome)
        .tuples()
    )
    outcomes = {"purchased": 0, "lost": 0, "open": 0}
    for channel_id, outcome, count in rows:
        counts = per_channel[channel_keys[channel_id]]
        counts["enquiries"] += count
        if outcome in ("purchased", "lost"):
            counts[outcome] += count
        outcomes[outcome] = outcomes.get(outcome, 0) + count
    total = sum(c["enquiries"] for c in per_channel.values())

    response = _response(received, total, target_minutes)
    decided = outcomes["purchased"] + outcomes["lost"]

    sales_count, revenue = (
        Enquiry.select(fn.COUNT(Enquiry.id), fn.SUM(Enquiry.purchase_value_cents))
        .where(
            live
            & (Enquiry.outcome == "purchased")
            & (Enquiry.outcome_at >= start)
            & (Enquiry.outcome_at < end)
        )
        .tuples()
        .first()
    )
    return {
        "month": str(month),
        "enquiries": {
            "total": total,
            "by_channel": {k: c["enquiries"] for k, c in per_channel.items()},
        },
        "response": response,
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
            "count": sales_count or 0,
            "revenue": f"{cents_to_decimal(int(revenue or 0)):.2f}",
        },
        "lost_reasons": _catalog_counts(
            ctx,
            LostReason,
            catalog.LOST_REASONS,
            Enquiry.lost_reason,
            Enquiry.select(Enquiry.lost_reason, fn.COUNT(Enquiry.id)).where(
                received & (Enquiry.outcome == "lost")
            ),
        ),
        "sources": _catalog_counts(
            ctx,
            Source,
            catalog.SOURCES,
            Enquiry.source,
            Enquiry.select(Enquiry.source, fn.COUNT(Enquiry.id)).where(received),
        ),
        "decision_factors": _catalog_counts(
            ctx,
            DecisionFactor,
            catalog.DECISION_FACTORS,
            EnquiryFactor.factor,
            EnquiryFactor.select(EnquiryFactor.factor, fn.COUNT(EnquiryFactor.id))
            .join(Enquiry, on=(EnquiryFactor.enquiry == Enquiry.id))
            .where(received & (Enquiry.outcome == "purchased")),
        ),
        "feedback": _feedback(start, end),
        "repeat_buyers": _repeat_buyers(start, end),
        "referrals": Enquiry.select()
        .join(Source, on=(Enquiry.source == Source.id))
        .where(received & (Source.key == "recommendation") & Enquiry.referred_by.is_null(False))
        .count(),
        "followups": _followups(start, end),
    }


def _response(received: Any, total: int, target_minutes: int) -> dict[str, Any]:
    answered = received & Enquiry.first_response_at.is_null(False)
    responded, within = (
        Enquiry.select(
            fn.COUNT(Enquiry.id),
            fn.SUM(Case(None, [(Enquiry.response_business_seconds <= target_minutes * 60, 1)], 0)),
        )
        .where(answered)
        .tuples()
        .first()
    )
    responded = responded or 0
    figures: dict[str, Any] = {
        "responded": responded,
        "unanswered": total - responded,
        "target_minutes": target_minutes,
    }
    for name, column in (
        ("", Enquiry.response_seconds),
        ("business_", Enquiry.response_business_seconds),
    ):
        figures[f"median_{name}minutes"] = _number(_at_ranks(answered, column, responded, "median"))
        figures[f"p90_{name}minutes"] = _number(_at_ranks(answered, column, responded, "p90"))
    figures["within_target_pct"] = _pct(int(within or 0), total)
    order = ("responded", "unanswered", "target_minutes", "median_minutes", "p90_minutes",
             "median_business_minutes", "p90_business_minutes", "within_target_pct")  # fmt: skip
    return {key: figures[key] for key in order}


def _at_ranks(where: Any, column: Any, count: int, which: str) -> Decimal | None:
    """The median or the nearest-rank p90 of `column` in minutes, from the values at its ranks."""
    if count == 0:
        return None
    if which == "median":
        lo, hi = metrics.median_positions(count)
    else:
        lo = hi = metrics.nearest_rank_position(count, 90)
    values = [
        v
        for (v,) in Enquiry.select(column)
        .where(where)
        .order_by(column)
        .limit(hi - lo + 1)
        .offset(lo - 1)
        .tuples()
    ]
    return metrics.round1(Fraction(sum(values), len(values)) / 60)


def _catalog_counts(
    ctx: Context,
    model: type,
    built_in: tuple[tuple[str, str], ...],
    group_column: Any,
    query: Any,
) -> dict[str, int]:
    keys = {i: k for k, i in ctx.catalog_ids(model).items()}
    counts = dict.fromkeys(catalog.keys(built_in), 0)
    for key in keys.values():
        counts.setdefault(key, 0)
    for item_id, count in query.group_by(group_column).tuples():
        if item_id is not None:
            counts[keys[item_id]] += count
    return counts


def _feedback(start: datetime, end: datetime) -> dict[str, Any]:
    live = Feedback.deleted_at.is_null() & Enquiry.deleted_at.is_null()
    in_month = live & (Feedback.recorded_at >= start) & (Feedback.recorded_at < end)

    def case(condition: Any) -> Any:
        return fn.SUM(Case(None, [(condition, 1)], 0))

    row = (
        Feedback.select(
            fn.COUNT(Feedback.id),
            case(Feedback.rating.is_null(False)),
            case(Feedback.rating >= 4),
            case(Feedback.recommend.is_null(False)),
            case(Feedback.recommend >= 9),
            case(Feedback.recommend <= 6),
            case(Feedback.expectation == "worse"),
            case(Feedback.expectation == "as_expected"),
            case(Feedback.expectation == "better"),
            case(Feedback.complaint == True),  # noqa: E712 - SQL expression
        )
        .join(Enquiry, on=(Feedback.enquiry == Enquiry.id))
        .where(in_month)
        .tuples()
        .first()
    )
    count, rated, happy, answered, promoters, detractors, worse, as_expected, better, complaints = (
        int(v or 0) for v in row
    )
    resolved = (
        Feedback.select()
        .join(Enquiry, on=(Feedback.enquiry == Enquiry.id))
        .where(
            live
            & (Feedback.complaint_resolved_at >= start)
            & (Feedback.complaint_resolved_at < end)
        )
        .count()
    )
    return {
        "count": count,
        "csat_pct": _pct(happy, rated),
        "nps": _number(metrics.nps_from_counts(promoters, detractors, answered)),
        "expectation": {"worse": worse, "as_expected": as_expected, "better": better},
        "complaints_opened": complaints,
        "complaints_resolved": resolved,
    }


def _repeat_buyers(start: datetime, end: datetime) -> int:
    purchase = Enquiry.deleted_at.is_null() & (Enquiry.outcome == "purchased")
    buyers = (
        Enquiry.select(Enquiry.customer)
        .where(purchase & (Enquiry.outcome_at >= start) & (Enquiry.outcome_at < end))
        .distinct()
    )
    return (
        Enquiry.select(Enquiry.customer)
        .where(purchase & (Enquiry.outcome_at < end) & Enquiry.customer.in_(buyers))
        .group_by(Enquiry.customer)
        .having(fn.COUNT(Enquiry.id) >= 2)
        .count()
    )


def _followups(start: datetime, end: datetime) -> dict[str, int]:
    live = FollowUp.deleted_at.is_null()
    in_month = (FollowUp.due_at >= start) & (FollowUp.due_at < end)
    due = FollowUp.select().where(live & FollowUp.cancelled_at.is_null() & in_month).count()
    done_in_month = (FollowUp.done_at >= start) & (FollowUp.done_at < end)
    done = FollowUp.select().where(live & done_in_month).count()
    # Overdue at the end of the month: due before it and still open then. Counted as the
    # disjoint parts open now / done after / cancelled after, so each part uses an index.
    due_before_end = live & (FollowUp.due_at < end)
    overdue = sum(
        FollowUp.select().where(due_before_end & part).count()
        for part in (
            FollowUp.done_at.is_null() & FollowUp.cancelled_at.is_null(),
            (FollowUp.done_at >= end)
            & (FollowUp.cancelled_at.is_null() | (FollowUp.cancelled_at >= end)),
            FollowUp.done_at.is_null() & (FollowUp.cancelled_at >= end),
        )
    )
    return {"due": due, "done": done, "overdue": overdue}


__all__ = ["Month", "figures_of", "monthly"]
