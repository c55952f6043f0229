"""The chart figures the monthly report does not hold — response times in buckets around
the target, and the customer journey of the month's enquiries — against a plain
Python reference over the rows, read back with `sqlite3`, on realistic demo data."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from enquirydesk.domain.month import Month
from enquirydesk.services import demo, report, report_charts, settings
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import delete_enquiry
from enquirydesk.store.database import Store

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 3, 2, 10, 0)
MONTH = Month(2026, 2)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("charts") / "demo.sqlite"
    store = Store.open(path, now=lambda: NOW)
    try:
        ctx = Context(store, Actor("test"), lambda: NOW)
        settings.update(ctx, {"shop.country": "SI"})
        demo.generate(ctx, 2500, seed=11, workers=0)
    finally:
        store.close()
    return path


@pytest.fixture
def shop(demo_file: Path, tmp_path: Path):
    copy = tmp_path / "shop.sqlite"
    with closing(sqlite3.connect(demo_file)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    store = Store.open(copy, now=lambda: NOW)
    yield Context(store, Actor("test"), lambda: NOW), copy
    store.close()


def rows(path: Path, sql: str, *args) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, args).fetchall()


def received(path: Path, month: Month) -> list[tuple]:
    return rows(
        path,
        "SELECT id, customer_id, outcome, response_seconds, response_business_seconds "
        "FROM enquiry WHERE deleted_at IS NULL AND received_at >= ? AND received_at < ?",
        month.start.isoformat(sep=" "),
        month.end.isoformat(sep=" "),
    )


def test_bucket_edges_surround_the_target() -> None:
    assert report_charts.bucket_edges(60) == [15, 30, 60, 120, 240, 480]
    for target in (1, 5, 15, 45, 90, 240):
        edges = report_charts.bucket_edges(target)
        assert edges == sorted(set(edges)) and target in edges and edges[0] >= 1


@pytest.mark.parametrize("target", [60, 45])
def test_response_buckets_count_each_answered_enquiry_once(shop, target: int) -> None:
    ctx, path = shop
    settings.update(ctx, {"followup.response_target_minutes": target})
    ctx.forget_cache()
    found = report_charts.summary(ctx, MONTH)
    answered = [r[4] for r in received(path, MONTH) if r[3] is not None]
    assert answered and target == found.response.target_minutes
    for bucket in found.response.buckets:
        low, high = bucket.above_minutes * 60, bucket.up_to_minutes
        expected = sum(
            1
            for seconds in answered
            if (seconds > low or bucket.above_minutes == 0)
            and (high is None or seconds <= high * 60)
        )
        assert bucket.count == expected, bucket
        assert bucket.within_target == (high is not None and high <= target)
    assert sum(b.count for b in found.response.buckets) == len(answered)
    within = sum(1 for seconds in answered if seconds <= target * 60)
    assert found.response.within_target == within
    total = found.figures["enquiries"]["total"]
    assert found.figures["response"]["within_target_pct"] == round(within * 100 / total, 1)
    assert found.response.unanswered == total - len(answered)


def test_the_journey_follows_the_month_s_buyers(shop) -> None:
    ctx, path = shop
    found = report_charts.summary(ctx, MONTH)
    bought = [r for r in received(path, MONTH) if r[2] == "purchased"]
    purchases: dict[int, int] = {}
    for (customer,) in rows(
        path, "SELECT customer_id FROM enquiry WHERE deleted_at IS NULL AND outcome='purchased'"
    ):
        purchases[customer] = purchases.get(customer, 0) + 1
    with_feedback = {
        e for (e,) in rows(path, "SELECT enquiry_id FROM feedback WHERE deleted_at IS NULL")
    }
    promoters = {
        c
        for (c,) in rows(
            path, "SELECT customer_id FROM feedback WHERE deleted_at IS NULL AND recommend >= 9"
        )
    }
    recommenders = {
        c
        for (c,) in rows(
            path,
            "SELECT referred_by_id FROM customer WHERE deleted_at IS NULL "
            "AND referred_by_id IS NOT NULL UNION SELECT referred_by_id FROM enquiry "
            "WHERE deleted_at IS NULL AND referred_by_id IS NOT NULL",
        )
    }
    expected = {
        "enquiries": len(received(path, MONTH)),
        "answered": sum(1 for r in received(path, MONTH) if r[3] is not None),
        "purchased": len(bought),
        "feedback": sum(1 for r in bought if r[0] in with_feedback),
        "repeat": sum(1 for r in bought if purchases[r[1]] >= 2),
        "advocates": sum(1 for r in bought if r[1] in promoters | recommenders),
    }
    assert found.journey == expected
    assert all(expected[k] > 0 for k in expected)  # the demo data reaches every stage
    figures = report.monthly(ctx, MONTH)
    assert found.figures == figures
    assert found.journey["purchased"] == figures["outcomes"]["purchased"]


def test_a_deleted_purchase_leaves_the_journey(shop) -> None:
    ctx, path = shop
    before = report_charts.summary(ctx, MONTH).journey
    bought = next(r for r in received(path, MONTH) if r[2] == "purchased")
    delete_enquiry(ctx, bought[0])
    after = report_charts.summary(ctx, MONTH).journey
    assert after["enquiries"] == before["enquiries"] - 1
    assert after["purchased"] == before["purchased"] - 1


def test_an_empty_month_has_zeros_and_no_errors(shop) -> None:
    ctx, _ = shop
    found = report_charts.summary(ctx, Month(2019, 5))
    assert found.empty
    assert set(found.journey.values()) == {0}
    assert found.response.within_target == 0 and found.response.unanswered == 0


def test_a_change_too_small_to_show_is_no_change(shop) -> None:
    """7.2 min against 7.0 min reads "7 min" both months: the card says unchanged, not
    "▲ 0 min · worse"; a visible move keeps its direction."""
    import copy

    from enquirydesk.exports import report_content

    ctx, _ = shop
    summary = report_charts.summary(ctx, MONTH)
    figures = copy.deepcopy(summary.figures)
    figures["response"]["median_business_minutes"] = 7.2
    figures["previous"]["response"]["median_business_minutes"] = 7.0
    figures["outcomes"]["conversion_pct"] = 41.94
    figures["previous"]["outcomes"]["conversion_pct"] = 41.9
    figures["enquiries"]["total"] = figures["previous"]["enquiries"]["total"] + 3
    lines = {
        line.key: line
        for line in report_content.headlines(replace(summary, figures=figures), ctx.formats)
    }
    assert lines["median_response"].value == lines["median_response"].previous == "7 min"
    assert lines["median_response"].direction == 0 and lines["median_response"].better is None
    assert lines["conversion"].direction == 0
    assert lines["enquiries"].direction == 1 and lines["enquiries"].better is True
    figures["response"]["median_business_minutes"] = 9.0
    moved = report_content.headlines(replace(summary, figures=figures), ctx.formats)
    median = next(line for line in moved if line.key == "median_response")
    assert median.direction == 1 and median.better is False and median.change == "+2 min"
