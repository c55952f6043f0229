"""The formulas of the monthly figures, exact to the last decimal.

Arithmetic is done in `Fraction`s and rounded once at the end, half away from
zero, to one decimal (`round1`). A figure whose denominator is empty is `None`.
Percentiles are read from values already in ascending order
(`median_of_sorted`, `percentile_of_sorted`, by the ranks `median_positions` and
`nearest_rank_position` name), so the report sorts one month's column once.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

Number = int | Fraction | Decimal

_ONE_DECIMAL = Decimal("0.1")


def round1(value: Number | None) -> Decimal | None:
    """Round to one decimal, halves away from zero (``2.25`` → ``2.3``, ``-2.25`` → ``-2.3``)."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        tenths = math.floor(abs(value) * 10 + Fraction(1, 2))
        return (Decimal(tenths if value >= 0 else -tenths) / 10).quantize(_ONE_DECIMAL)
    rounded = Decimal(value).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)
    # -0.04 rounds to zero, and a report must say "0.0", not "-0.0".
    return rounded if rounded else abs(rounded)


def pct(numerator: int, denominator: int) -> Decimal | None:
    """``numerator ÷ denominator × 100`` to one decimal; `None` when nothing to divide by."""
    if denominator == 0:
        return None
    return round1(Fraction(numerator * 100, denominator))


def median_positions(count: int) -> tuple[int, int]:
    """1-based ranks whose mean is the median of `count` sorted values (the same twice when odd)."""
    if count <= 0:
        raise ValueError("no values")
    return (count + 1) // 2, count // 2 + 1


def nearest_rank_position(count: int, percent: int) -> int:
    """1-based rank of the nearest-rank percentile: ``ceil(percent/100 · count)``, at least 1."""
    if count <= 0:
        raise ValueError("no values")
    return max(1, -(-percent * count // 100))


def median_of_sorted(ordered: Sequence[Number]) -> Fraction | None:
    """Median of values already in ascending order (mean of the two middle ones when even)."""
    if not ordered:
        return None
    lo, hi = median_positions(len(ordered))
    return (Fraction(ordered[lo - 1]) + Fraction(ordered[hi - 1])) / 2


def percentile_of_sorted(ordered: Sequence[Number], percent: int) -> Fraction | None:
    """Nearest-rank percentile of values already in ascending order."""
    if not ordered:
        return None
    return Fraction(ordered[nearest_rank_position(len(ordered), percent) - 1])


def median(values: Iterable[Number]) -> Fraction | None:
    return median_of_sorted(sorted(values))


def percentile(values: Iterable[Number], percent: int) -> Fraction | None:
    return percentile_of_sorted(sorted(values), percent)


def seconds_to_minutes(seconds: Number | None) -> Decimal | None:
    """Seconds → minutes, one decimal."""
    if seconds is None:
        return None
    return round1(Fraction(seconds) / 60)


def median_minutes(seconds: Iterable[int]) -> Decimal | None:
    value = median(seconds)
    return None if value is None else round1(value / 60)


def p90_minutes(seconds: Iterable[int]) -> Decimal | None:
    value = percentile(seconds, 90)
    return None if value is None else round1(value / 60)


def csat(ratings: Iterable[int]) -> Decimal | None:
    """Share of ratings that are 4 or 5, in percent of all ratings given."""
    given = [r for r in ratings if r is not None]
    return pct(sum(1 for r in given if r >= 4), len(given))


def nps_from_counts(promoters: int, detractors: int, answered: int) -> Decimal | None:
    """Net promoter score: % of 9–10 minus % of 0–6, exact before rounding."""
    if answered == 0:
        return None
    return round1(Fraction((promoters - detractors) * 100, answered))


def nps(scores: Iterable[int]) -> Decimal | None:
    given = [s for s in scores if s is not None]
    return nps_from_counts(
        sum(1 for s in given if s >= 9), sum(1 for s in given if s <= 6), len(given)
    )
