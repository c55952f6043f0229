"""The metric formulas, against reference implementations written from their definitions.

"Percentages and minutes are rounded to one decimal; a figure with an empty
denominator is null, never 0 and never an error." Rounding is half away from
zero (never banker's rounding, never float error).
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enquirydesk.domain.metrics import (
    csat,
    median,
    median_minutes,
    median_positions,
    nearest_rank_position,
    nps,
    nps_from_counts,
    p90_minutes,
    pct,
    percentile,
    round1,
    seconds_to_minutes,
)

# -- references -----------------------------------------------------------------------


def ref_round1(value: Fraction) -> Decimal:
    """Half away from zero, by cases on the exact fraction of tenths."""
    tenths = value * 10
    below = math.floor(tenths)
    rest = tenths - below  # in [0, 1)
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and value > 0):
        below += 1
    sign = "-" if below < 0 else ""
    return Decimal(f"{sign}{abs(below) // 10}.{abs(below) % 10}")


def ref_median(values: list[int]) -> Fraction | None:
    """The median: the middle value; the mean of the two middle values for an even count."""
    if not values:
        return None
    ordered = sorted(values)
    n = len(ordered)
    if n % 2:
        return Fraction(ordered[n // 2])
    return Fraction(ordered[n // 2 - 1] + ordered[n // 2], 2)


def ref_p90(values: list[int]) -> Fraction | None:
    """The 90th percentile: the value at position ceil(0.9·n) in ascending order (1-based)."""
    if not values:
        return None
    position = math.ceil(Fraction(9, 10) * len(values))
    return Fraction(sorted(values)[position - 1])


def ref_csat(ratings: list[int | None]) -> Decimal | None:
    rated = [r for r in ratings if r is not None]
    if not rated:
        return None
    return ref_round1(Fraction(100 * len([r for r in rated if r in (4, 5)]), len(rated)))


def ref_nps(scores: list[int | None]) -> Decimal | None:
    given_ = [s for s in scores if s is not None]
    if not given_:
        return None
    promoters = Fraction(100 * len([s for s in given_ if s in (9, 10)]), len(given_))
    detractors = Fraction(100 * len([s for s in given_ if 0 <= s <= 6]), len(given_))
    return ref_round1(promoters - detractors)


fractions = st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**4)


# -- rounding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(9, 4), "2.3"),  # 2.25
        (Fraction(-9, 4), "-2.3"),
        (Fraction(449, 200), "2.2"),  # 2.245
        (Fraction(1, 20), "0.1"),  # 0.05
        (Fraction(-1, 20), "-0.1"),
        (Fraction(1, 40), "0.0"),  # 0.025
        (Fraction(1, 3), "0.3"),
        (Fraction(2, 3), "0.7"),
        (Fraction(0), "0.0"),
        (Decimal("2.25"), "2.3"),
        (Decimal("-2.25"), "-2.3"),
        (Decimal("0.15"), "0.2"),  # a float 0.15 would round down
        (Decimal("2.35"), "2.4"),
        (Decimal("2.45"), "2.5"),  # banker's rounding would give 2.4
        (Decimal("-0.04"), "0.0"),  # never "-0.0"
        (Fraction(-1, 25), "0.0"),
        (7, "7.0"),
        (-3, "-3.0"),
    ],
)
def test_round1_examples(value, expected):
    result = round1(value)
    assert isinstance(result, Decimal)
    assert str(result) == expected


def test_round1_none():
    assert round1(None) is None


@given(fractions)
def test_round1_matches_reference(value):
    result = round1(value)
    assert result == ref_round1(value)
    assert result.as_tuple().exponent == -1
    assert abs(Fraction(result) - value) <= Fraction(1, 20)


@given(st.decimals(min_value=-(10**6), max_value=10**6, places=3))
def test_round1_decimal_agrees_with_fraction(value):
    # Compared as text: Decimal("-0.0") == 0, but a report would print the minus sign.
    assert str(round1(value)) == str(round1(Fraction(value))) == str(ref_round1(Fraction(value)))


# -- percentages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"),
    [
        (0, 0, None),
        (5, 0, None),
        (0, 5, Decimal("0.0")),  # zero of something is 0, not null
        (1, 3, Decimal("33.3")),
        (2, 3, Decimal("66.7")),
        (1, 8, Decimal("12.5")),
        (1, 16, Decimal("6.3")),  # 6.25: half away from zero
        (3, 16, Decimal("18.8")),  # 18.75
        (1, 1, Decimal("100.0")),
        (1, 2000, Decimal("0.1")),  # 0.05
        (1, 2001, Decimal("0.0")),
    ],
)
def test_pct_examples(numerator, denominator, expected):
    assert pct(numerator, denominator) == expected


@given(denominator=st.integers(1, 10**6), data=st.data())
def test_pct_matches_reference(denominator, data):
    numerator = data.draw(st.integers(0, denominator))
    tenths = (2000 * numerator + denominator) // (2 * denominator)  # floor(x·1000/d + ½)
    result = pct(numerator, denominator)
    assert result == Decimal(tenths) / 10
    assert Decimal(0) <= result <= Decimal(100)


# -- median and p90 -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], None),
        ([7], Fraction(7)),
        ([3, 1], Fraction(2)),
        ([1, 2], Fraction(3, 2)),
        ([5, 1, 3], Fraction(3)),
        ([4, 1, 3, 2], Fraction(5, 2)),
        ([10, 10, 10, 90], Fraction(10)),
    ],
)
def test_median_examples(values, expected):
    assert median(values) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], None),
        ([7], 7),
        (list(range(1, 11)), 9),  # ceil(9.0) = 9th
        (list(range(1, 12)), 10),  # ceil(9.9) = 10th
        (list(range(1, 21)), 18),
        (list(range(1, 22)), 19),  # ceil(18.9)
        ([1, 2], 2),  # ceil(1.8)
        ([100, 1, 50], 100),  # ceil(2.7) = 3rd
        (list(range(10, 0, -1)), 9),  # order does not matter
    ],
)
def test_p90_examples(values, expected):
    assert percentile(values, 90) == expected


lists_of_seconds = st.lists(st.integers(0, 10**7), max_size=60)


@given(lists_of_seconds)
def test_median_and_p90_match_reference(values):
    assert median(values) == ref_median(values)
    assert percentile(values, 90) == ref_p90(values)
    if values:
        # Nearest rank never interpolates: p90 is one of the values.
        assert percentile(values, 90) in values
        assert min(values) <= median(values) <= percentile(values, 90) <= max(values)


@given(st.integers(1, 10**6))
def test_rank_positions(count):
    lo, hi = median_positions(count)
    assert 1 <= lo <= hi <= count
    if count % 2:
        assert lo == hi == (count + 1) // 2
    else:
        assert (lo, hi) == (count // 2, count // 2 + 1)
    assert nearest_rank_position(count, 90) == math.ceil(Fraction(9 * count, 10))
    assert nearest_rank_position(count, 100) == count
    assert nearest_rank_position(count, 0) == 1


def test_rank_positions_need_values():
    with pytest.raises(ValueError):
        median_positions(0)
    with pytest.raises(ValueError):
        nearest_rank_position(0, 90)


@pytest.mark.parametrize(
    ("seconds", "median_expected", "p90_expected"),
    [
        ([], None, None),
        ([90], Decimal("1.5"), Decimal("1.5")),
        ([15], Decimal("0.3"), Decimal("0.3")),  # 0.25 min: half away from zero
        ([30, 60], Decimal("0.8"), Decimal("1.0")),  # median 45 s = 0.75 min
        ([60, 120, 180, 240, 300, 360, 420, 480, 540, 6000], Decimal("5.5"), Decimal("9.0")),
        ([3], Decimal("0.1"), Decimal("0.1")),  # 0.05 min
        ([2], Decimal("0.0"), Decimal("0.0")),
    ],
)
def test_minutes(seconds, median_expected, p90_expected):
    assert median_minutes(seconds) == median_expected
    assert p90_minutes(seconds) == p90_expected


@given(lists_of_seconds)
def test_minutes_match_reference(values):
    if not values:
        assert median_minutes(values) is None
        assert p90_minutes(values) is None
        return
    assert median_minutes(values) == ref_round1(ref_median(values) / 60)
    assert p90_minutes(values) == ref_round1(ref_p90(values) / 60)


def test_seconds_to_minutes():
    assert seconds_to_minutes(None) is None
    assert seconds_to_minutes(0) == Decimal("0.0")
    assert seconds_to_minutes(3) == Decimal("0.1")
    assert seconds_to_minutes(3600) == Decimal("60.0")
    assert seconds_to_minutes(Fraction(45, 2)) == Decimal("0.4")  # 0.375


# -- satisfaction ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        ([], None),
        ([None, None], None),
        ([5, 4, 3, 2, 1], Decimal("40.0")),
        ([4, None], Decimal("100.0")),
        ([3, 3, 3], Decimal("0.0")),
        ([5, 5, 3], Decimal("66.7")),
    ],
)
def test_csat_examples(ratings, expected):
    assert csat(ratings) == expected


@given(st.lists(st.one_of(st.none(), st.integers(1, 5)), max_size=50))
def test_csat_matches_reference(ratings):
    assert csat(ratings) == ref_csat(ratings)
    assert csat(iter(ratings)) == ref_csat(ratings)  # any iterable, read once


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([], None),
        ([None], None),
        ([10], Decimal("100.0")),
        ([0], Decimal("-100.0")),
        ([7, 8], Decimal("0.0")),  # passives only
        ([10, 9, 8, 7, 6, 0], Decimal("0.0")),
        ([9, 9, 6], Decimal("33.3")),
        ([6, 6, 10], Decimal("-33.3")),
        ([0, *[7] * 15], Decimal("-6.3")),  # -6.25: away from zero
        ([10, *[8] * 15], Decimal("6.3")),
        ([6, 9, None], Decimal("0.0")),
    ],
)
def test_nps_examples(scores, expected):
    assert nps(scores) == expected


@given(st.lists(st.one_of(st.none(), st.integers(0, 10)), max_size=50))
def test_nps_matches_reference(scores):
    result = nps(scores)
    assert result == ref_nps(scores)
    if result is not None:
        assert Decimal(-100) <= result <= Decimal(100)
        answered = [s for s in scores if s is not None]
        assert (
            nps_from_counts(
                sum(s >= 9 for s in answered), sum(s <= 6 for s in answered), len(answered)
            )
            == result
        )


def test_nps_from_counts_empty_is_null():
    assert nps_from_counts(0, 0, 0) is None
    assert nps_from_counts(1, 1, 3) == Decimal("0.0")
    assert nps_from_counts(2, 1, 3) == Decimal("33.3")
