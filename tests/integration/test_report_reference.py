"""The monthly report against a deliberately simple reference.

Histories are built through the real services; the reference reads the rows back
with a plain connection and follows the definitions literally, in plain Python with
exact fractions. Interpretations pinned here (decided by the lead engineer):

- soft-deleted enquiries count nowhere (nor their feedback or follow-ups);
- a month is [first day 00:00:00, first day of next month 00:00:00) in shop time;
- response figures are over enquiries received in M with a first response, from
  the stored ``response_seconds`` / ``response_business_seconds``; the median of an
  even count is the mean of the two middle values, p90 is nearest rank
  ``ceil(0.9·n)``, both on seconds, then ÷ 60, then rounded;
- response by channel: the same median and p90 of the business seconds, over each
  channel's answered enquiries received in M; every channel of the catalogue (the
  shop's own too) is present, ``None`` when none of its enquiries was answered;
- within target % = received in M, answered, business seconds ≤ target·60, over
  all received in M;
- outcomes, lost reasons, sources, decision factors, referrals: the cohort
  received in M by its current state; sales: purchases whose outcome time is in M;
- feedback recorded in M; complaints resolved = resolved in M;
- repeat buyers: customers with a purchase in M and ≥ 2 purchases before the end of M;
- follow-ups: due = not deleted, never cancelled, due in M; done = done in M;
  overdue = due before the end of M (or now, while M is not over) and neither done
  nor cancelled by then;
- journey, over the enquiries received in M: all of them, those answered, those
  purchased (by their current state), and of the purchased ones, as of now: those
  with feedback, those whose customer has another purchase (at any time), those
  whose customer is an advocate — gave a would-recommend score of 9 or 10 in any
  feedback (on whichever enquiry), or is named as the recommender by a customer or
  an enquiry; in that order;
- currency: the shop's currency setting, or its country's currency when none was
  chosen; once, beside the month (not in ``previous``);
- percentages and minutes are floats rounded to one decimal, halves away from zero;
  revenue is a string with two decimals; an empty denominator gives ``None``.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter, defaultdict
from contextlib import closing
from datetime import datetime, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enquirydesk.domain import catalog
from enquirydesk.domain.month import Month
from enquirydesk.services import enquiries, feedback, followups, history, report, setup
from enquirydesk.services import settings as shop_settings
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.services.setup import ListItem, Setup
from enquirydesk.store import queries
from enquirydesk.store.database import Store
from support import FakeClock, plain_connection

pytestmark = pytest.mark.both_engines

LATER = datetime(2027, 1, 15, 12, 0, 0)  # "now" for every test: all history lies before it

# -- the catalogue's key lists, written out ------------------------------------------------

CHANNEL_KEYS = ("phone", "walk_in", "email", "web_form", "social", "chat", "other")
SOURCE_KEYS = (
    "ads",
    "social_media",
    "recommendation",
    "search",
    "passing_by",
    "returning",
    "other",
)
FACTOR_KEYS = (
    "price",
    "brand",
    "recommendation",
    "proximity",
    "after_sales",
    "experience",
    "availability",
    "ads",
)
REASON_KEYS = ("price", "competitor", "not_available", "no_response", "changed_mind", "other")
EXPECTATION_KEYS = ("worse", "as_expected", "better")
JOURNEY_KEYS = ("enquiries", "answered", "purchased", "feedback", "repeat", "advocates")
#: The currencies of the countries the tests use, for a shop that never chose one.
COUNTRY_CURRENCY = {"SI": "EUR", "ID": "IDR"}


def empty_figures(month: str) -> dict[str, Any]:
    """The report JSON tree of one month with nothing in it: the expected key set, written out."""
    return {
        "month": month,
        "enquiries": {"total": 0, "by_channel": dict.fromkeys(CHANNEL_KEYS, 0)},
        "response": {
            "responded": 0,
            "unanswered": 0,
            "target_minutes": 60,
            "median_minutes": None,
            "p90_minutes": None,
            "median_business_minutes": None,
            "p90_business_minutes": None,
            "within_target_pct": None,
            "by_channel": {
                key: {"median_business_minutes": None, "p90_business_minutes": None}
                for key in CHANNEL_KEYS
            },
        },
        "outcomes": {
            "purchased": 0,
            "lost": 0,
            "open": 0,
            "conversion_pct": None,
            "win_rate_pct": None,
            "by_channel": {
                key: {"enquiries": 0, "purchased": 0, "conversion_pct": None}
                for key in CHANNEL_KEYS
            },
        },
        "sales": {"count": 0, "revenue": "0.00"},
        "lost_reasons": dict.fromkeys(REASON_KEYS, 0),
        "sources": dict.fromkeys(SOURCE_KEYS, 0),
        "decision_factors": dict.fromkeys(FACTOR_KEYS, 0),
        "feedback": {
            "count": 0,
            "csat_pct": None,
            "nps": None,
            "expectation": {"worse": 0, "as_expected": 0, "better": 0},
            "complaints_opened": 0,
            "complaints_resolved": 0,
        },
        "repeat_buyers": 0,
        "referrals": 0,
        "followups": {"due": 0, "done": 0, "overdue": 0},
        "journey": dict.fromkeys(JOURNEY_KEYS, 0),
    }


def empty_report(month: str, currency: str = "EUR") -> dict[str, Any]:
    return {
        **empty_figures(month),
        "currency": currency,
        "previous": empty_figures(previous_month(month)),
    }


# -- months ---------------------------------------------------------------------------------


def month_bounds(month: str) -> tuple[datetime, datetime]:
    year, number = (int(part) for part in month.split("-"))
    start = datetime(year, number, 1)
    end = datetime(year + 1, 1, 1) if number == 12 else datetime(year, number + 1, 1)
    return start, end


def previous_month(month: str) -> str:
    start, _ = month_bounds(month)
    return (start - timedelta(days=1)).strftime("%Y-%m")


# -- the reference ----------------------------------------------------------------------------


def round1(value: Fraction) -> float:
    """One decimal, halves away from zero, as a float."""
    tenths = math.floor(abs(value) * 10 + Fraction(1, 2))
    if tenths == 0:
        return 0.0
    return (tenths if value > 0 else -tenths) / 10


def pct(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else round1(Fraction(100 * numerator, denominator))


def median_minutes(seconds: list[int]) -> float | None:
    values = sorted(seconds)
    n = len(values)
    if n == 0:
        return None
    if n % 2 == 1:
        middle = Fraction(values[n // 2])
    else:
        middle = Fraction(values[n // 2 - 1] + values[n // 2], 2)
    return round1(middle / 60)


def p90_minutes(seconds: list[int]) -> float | None:
    values = sorted(seconds)
    if not values:
        return None
    rank = math.ceil(Fraction(9, 10) * len(values))  # 1-based, nearest rank
    return round1(Fraction(values[rank - 1], 60))


def money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def load(db_path: Path) -> dict[str, Any]:
    """Every live row the report may use, read with a plain connection (sqlite3, or
    psycopg made to read the same)."""
    with closing(plain_connection(db_path)) as con:
        con.row_factory = sqlite3.Row

        def keys_of(table: str) -> dict[int, str]:
            return {row["id"]: row["key"] for row in con.execute(f"SELECT id, key FROM {table}")}

        channel, source, reason, factor = (
            keys_of(t) for t in ("channel", "source", "lost_reason", "decision_factor")
        )
        factors: dict[int, list[str]] = defaultdict(list)
        for row in con.execute("SELECT enquiry_id, factor_id FROM enquiry_factor"):
            factors[row["enquiry_id"]].append(factor[row["factor_id"]])
        enquiry_rows = [
            {
                "id": row["id"],
                "customer": row["customer_id"],
                "channel": channel[row["channel_id"]],
                "received_at": _time(row["received_at"]),
                "first_response_at": _time(row["first_response_at"]),
                "seconds": row["response_seconds"],
                "business_seconds": row["response_business_seconds"],
                "outcome": row["outcome"],
                "outcome_at": _time(row["outcome_at"]),
                "value_cents": row["purchase_value_cents"],
                "lost_reason": reason.get(row["lost_reason_id"]),
                "source": source.get(row["source_id"]),
                "referred_by": row["referred_by_id"],
                "factors": factors[row["id"]],
            }
            for row in con.execute("SELECT * FROM enquiry WHERE deleted_at IS NULL")
        ]
        live = {e["id"] for e in enquiry_rows}
        feedback_rows = [
            {
                "recorded_at": _time(row["recorded_at"]),
                "rating": row["rating"],
                "expectation": row["expectation"],
                "recommend": row["recommend"],
                "complaint": bool(row["complaint"]),
                "resolved_at": _time(row["complaint_resolved_at"]),
            }
            for row in con.execute("SELECT * FROM feedback WHERE deleted_at IS NULL")
            if row["enquiry_id"] in live
        ]
        followup_rows = [
            {
                "due_at": _time(row["due_at"]),
                "done_at": _time(row["done_at"]),
                "cancelled_at": _time(row["cancelled_at"]),
            }
            for row in con.execute("SELECT * FROM follow_up WHERE deleted_at IS NULL")
            if row["enquiry_id"] is None or row["enquiry_id"] in live
        ]
        target_row = con.execute(
            "SELECT value FROM setting WHERE key = 'followup.response_target_minutes'"
        ).fetchone()
        settings = {
            row["key"]: json.loads(row["value"])
            for row in con.execute(
                "SELECT key, value FROM setting WHERE key IN ('shop.currency', 'shop.country')"
            )
        }
        # The journey's later stages follow the customer badges: any live feedback, any
        # live customer or enquiry naming a recommender.
        all_feedback = list(con.execute("SELECT * FROM feedback WHERE deleted_at IS NULL"))
        recommenders = {
            row[0]
            for row in con.execute(
                "SELECT referred_by_id FROM customer WHERE deleted_at IS NULL"
                " AND referred_by_id IS NOT NULL"
            )
        } | {e["referred_by"] for e in enquiry_rows if e["referred_by"] is not None}
    currency = settings.get("shop.currency") or COUNTRY_CURRENCY[settings["shop.country"]]
    return {
        # The built-in channels, then any the shop added: each has its figures.
        "channels": [*CHANNEL_KEYS, *(k for k in channel.values() if k not in CHANNEL_KEYS)],
        "enquiries": enquiry_rows,
        "feedback": feedback_rows,
        "followups": followup_rows,
        "target": 60 if target_row is None else json.loads(target_row["value"]),
        "currency": currency,
        "with_feedback": {row["enquiry_id"] for row in all_feedback},
        "promoters": {
            row["customer_id"]
            for row in all_feedback
            if row["recommend"] is not None and row["recommend"] >= 9
        },
        "recommenders": recommenders,
    }


def reference_figures(data: dict[str, Any], month: str, now: datetime) -> dict[str, Any]:
    start, end = month_bounds(month)
    overdue_at = min(end, now)

    def in_month(moment: datetime | None) -> bool:
        return moment is not None and start <= moment < end

    cohort = [e for e in data["enquiries"] if in_month(e["received_at"])]
    answered = [e for e in cohort if e["first_response_at"] is not None]
    target = data["target"]
    within = [e for e in answered if e["business_seconds"] <= target * 60]
    purchased = [e for e in cohort if e["outcome"] == "purchased"]
    lost = [e for e in cohort if e["outcome"] == "lost"]
    still_open = [e for e in cohort if e["outcome"] == "open"]

    channels = data["channels"]
    by_channel = {}
    for key in channels:
        of_channel = [e for e in cohort if e["channel"] == key]
        bought = [e for e in of_channel if e["outcome"] == "purchased"]
        by_channel[key] = {
            "enquiries": len(of_channel),
            "purchased": len(bought),
            "conversion_pct": pct(len(bought), len(of_channel)),
        }

    all_purchases = [e for e in data["enquiries"] if e["outcome"] == "purchased"]
    sales = [e for e in all_purchases if in_month(e["outcome_at"])]
    revenue = sum(e["value_cents"] or 0 for e in sales)

    lost_reasons = dict.fromkeys(REASON_KEYS, 0)
    for e in lost:
        if e["lost_reason"] is not None:
            lost_reasons[e["lost_reason"]] += 1
    sources = dict.fromkeys(SOURCE_KEYS, 0)
    for e in cohort:
        if e["source"] is not None:
            sources[e["source"]] += 1
    factors = dict.fromkeys(FACTOR_KEYS, 0)
    for e in purchased:
        for key in e["factors"]:
            factors[key] += 1

    said = [f for f in data["feedback"] if in_month(f["recorded_at"])]
    ratings = [f["rating"] for f in said if f["rating"] is not None]
    scores = [f["recommend"] for f in said if f["recommend"] is not None]
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    expectation = dict.fromkeys(EXPECTATION_KEYS, 0)
    for f in said:
        if f["expectation"] is not None:
            expectation[f["expectation"]] += 1

    buyers_in_month = {e["customer"] for e in sales}
    purchases_so_far = Counter(e["customer"] for e in all_purchases if e["outcome_at"] < end)
    repeat_buyers = sum(1 for c in buyers_in_month if purchases_so_far[c] >= 2)

    purchases_ever = Counter(e["customer"] for e in all_purchases)
    advocates = data["promoters"] | data["recommenders"]

    items = data["followups"]

    def open_at_end(item: dict[str, Any]) -> bool:
        return (item["done_at"] is None or item["done_at"] >= overdue_at) and (
            item["cancelled_at"] is None or item["cancelled_at"] >= overdue_at
        )

    return {
        "month": month,
        "enquiries": {
            "total": len(cohort),
            "by_channel": {key: sum(e["channel"] == key for e in cohort) for key in channels},
        },
        "response": {
            "responded": len(answered),
            "unanswered": len(cohort) - len(answered),
            "target_minutes": target,
            "median_minutes": median_minutes([e["seconds"] for e in answered]),
            "p90_minutes": p90_minutes([e["seconds"] for e in answered]),
            "median_business_minutes": median_minutes([e["business_seconds"] for e in answered]),
            "p90_business_minutes": p90_minutes([e["business_seconds"] for e in answered]),
            "within_target_pct": pct(len(within), len(cohort)),
            "by_channel": {
                key: {
                    "median_business_minutes": median_minutes(
                        [e["business_seconds"] for e in answered if e["channel"] == key]
                    ),
                    "p90_business_minutes": p90_minutes(
                        [e["business_seconds"] for e in answered if e["channel"] == key]
                    ),
                }
                for key in channels
            },
        },
        "outcomes": {
            "purchased": len(purchased),
            "lost": len(lost),
            "open": len(still_open),
            "conversion_pct": pct(len(purchased), len(cohort)),
            "win_rate_pct": pct(len(purchased), len(purchased) + len(lost)),
            "by_channel": by_channel,
        },
        "sales": {"count": len(sales), "revenue": money(revenue)},
        "lost_reasons": lost_reasons,
        "sources": sources,
        "decision_factors": factors,
        "feedback": {
            "count": len(said),
            "csat_pct": pct(sum(1 for r in ratings if r >= 4), len(ratings)),
            "nps": (
                None
                if not scores
                else round1(
                    Fraction(100 * promoters, len(scores)) - Fraction(100 * detractors, len(scores))
                )
            ),
            "expectation": expectation,
            "complaints_opened": sum(1 for f in said if f["complaint"]),
            "complaints_resolved": sum(
                1 for f in data["feedback"] if f["complaint"] and in_month(f["resolved_at"])
            ),
        },
        "repeat_buyers": repeat_buyers,
        "referrals": sum(
            1 for e in cohort if e["source"] == "recommendation" and e["referred_by"] is not None
        ),
        "followups": {
            "due": sum(1 for i in items if i["cancelled_at"] is None and in_month(i["due_at"])),
            "done": sum(1 for i in items if in_month(i["done_at"])),
            "overdue": sum(1 for i in items if i["due_at"] < overdue_at and open_at_end(i)),
        },
        "journey": {
            "enquiries": len(cohort),
            "answered": len(answered),
            "purchased": len(purchased),
            "feedback": sum(1 for e in purchased if e["id"] in data["with_feedback"]),
            "repeat": sum(1 for e in purchased if purchases_ever[e["customer"]] >= 2),
            "advocates": sum(1 for e in purchased if e["customer"] in advocates),
        },
    }


def reference(db_path: Path, month: str, now: datetime = LATER) -> dict[str, Any]:
    data = load(db_path)
    return {
        **reference_figures(data, month, now),
        "currency": data["currency"],
        "previous": reference_figures(data, previous_month(month), now),
    }


# -- comparing ------------------------------------------------------------------------------


def flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in tree.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            flat.update(flatten(value, path))
        else:
            flat[path] = value
    return flat


def same(got: Any, expected: Any) -> bool:
    """Equal and of the promised type: floats for percentages, ints for counts, str for money."""
    if expected is None:
        return got is None
    if isinstance(got, bool) or type(got) is not type(expected):
        return False
    return bool(got == expected)


def assert_report(got: dict[str, Any], expected: dict[str, Any], case: str) -> None:
    mine, theirs = flatten(expected), flatten(got)
    problems = []
    for path in sorted(set(mine) | set(theirs)):
        if path not in theirs:
            problems.append(f"{path}: missing (expected {mine[path]!r})")
        elif path not in mine:
            problems.append(f"{path}: unexpected key (got {theirs[path]!r})")
        elif not same(theirs[path], mine[path]):
            problems.append(f"{path}: expected {mine[path]!r}, got {theirs[path]!r}")
    assert not problems, f"{case}: {len(problems)} figure(s) differ\n  " + "\n  ".join(problems)


def check_month(ctx: Context, db_path: Path, month: str, case: str) -> dict[str, Any]:
    got = report.monthly(ctx, month)
    json.loads(json.dumps(got))  # plain JSON types only
    assert_report(got, reference(db_path, month, ctx.now()), f"{case}, {month}")
    # The journey's stages in the order of the chart, from enquiry to advocacy.
    assert tuple(got["journey"]) == tuple(got["previous"]["journey"]) == JOURNEY_KEYS
    return got


def key_tree(tree: Any) -> Any:
    if isinstance(tree, dict):
        return {key: key_tree(value) for key, value in tree.items()}
    return None


# -- building histories -------------------------------------------------------------------------


def log(ctx: Context, at: datetime, channel: str, name: str, phone: str, **more: Any) -> int:
    new = NewEnquiry(channel=channel, name=name, phone=phone, received_at=at, **more)
    return log_enquiry(ctx, new).created_id("enquiry")


def customer_of(enquiry_id: int) -> int:
    return queries.enquiry(enquiry_id)["customer"]


def complete_at(ctx: Context, clock: Any, followup_id: int, at: datetime) -> None:
    """Mark a follow-up done at a chosen time (the service stamps the clock's now)."""
    before = clock.now
    clock.set(at)
    try:
        followups.complete(ctx, followup_id, "done")
    finally:
        clock.set(before)


def followup_id(db_path: Path, enquiry_id: int, kind: str) -> int:
    with closing(plain_connection(db_path)) as con:
        (found,) = con.execute(
            "SELECT id FROM follow_up WHERE enquiry_id = ? AND kind = ? AND deleted_at IS NULL"
            " AND done_at IS NULL AND cancelled_at IS NULL",
            (enquiry_id, kind),
        ).fetchall()
    return found[0]


def with_changes(figures: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A copy of `figures` with nested `changes` applied."""
    result = dict(figures)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = with_changes(result[key], value)
        else:
            result[key] = value
    return result


# -- the tests ----------------------------------------------------------------------------------


def test_the_spec_key_lists_are_the_catalogue() -> None:
    assert catalog.keys(catalog.CHANNELS) == CHANNEL_KEYS
    assert catalog.keys(catalog.SOURCES) == SOURCE_KEYS
    assert catalog.keys(catalog.DECISION_FACTORS) == FACTOR_KEYS
    assert catalog.keys(catalog.LOST_REASONS) == REASON_KEYS
    assert catalog.keys(catalog.EXPECTATIONS) == EXPECTATION_KEYS


def test_an_empty_month_has_every_key_with_zero_or_none(ctx: Context, db_path: Path, clock) -> None:
    clock.set(LATER)
    got = report.monthly(ctx, "2026-10")
    assert key_tree(got) == key_tree(empty_report("2026-10"))
    assert_report(got, empty_report("2026-10"), "empty store")
    assert json.loads(json.dumps(got)) == got
    # The month before January is December of the year before.
    assert_report(report.monthly(ctx, "2026-01"), empty_report("2026-01"), "empty store")
    assert report.monthly(ctx, "2026-01")["previous"]["month"] == "2025-12"
    check_month(ctx, db_path, "2026-10", "empty store")


def test_the_currency_is_the_shop_s(ctx: Context, db_path: Path, clock) -> None:
    """The currency of the revenue: the one the shop chose, else its country's."""
    clock.set(LATER)
    log(ctx, datetime(2026, 10, 5, 10, 0), "phone", "Ana", "041 100 001")
    assert report.monthly(ctx, "2026-10")["currency"] == "EUR"  # Slovenia
    shop_settings.update(ctx, {"shop.country": "ID"})
    got = check_month(ctx, db_path, "2026-10", "a shop in Indonesia")
    assert got["currency"] == "IDR" and "currency" not in got["previous"]
    shop_settings.update(ctx, {"shop.currency": "USD"})
    assert check_month(ctx, db_path, "2026-10", "dollars")["currency"] == "USD"
    assert list(got)[:2] == ["month", "currency"]  # the first thing a reader sees


def build_scenario(ctx: Context) -> dict[str, int]:
    """September and October 2026 with every awkward case; expected figures are below."""
    ids: dict[str, int] = {}
    # -- September ------------------------------------------------------------------
    # S1: the last second of September (Wednesday night, closed); answered Thursday
    # 09:10:02 (33,003 s; 602 business s); bought on 2 October: an October sale of a
    # September enquiry.
    ids["S1"] = log(ctx, datetime(2026, 9, 30, 23, 59, 59), "phone", "Ana Novak", "041 100 001")
    enquiries.record_contact(ctx, ids["S1"], "call", at=datetime(2026, 10, 1, 9, 10, 2))
    enquiries.mark_purchased(
        ctx, ids["S1"], value="100.00", factors=["ads"], at=datetime(2026, 10, 2, 11, 0)
    )
    # S2: Bor's first purchase, in September; answered on the spot (0 s).
    ids["S2"] = log(
        ctx,
        datetime(2026, 9, 14, 10, 0),
        "email",
        "Bor Kos",
        "041 100 002",
        source="ads",
        answered_now=True,
    )
    enquiries.mark_purchased(
        ctx, ids["S2"], value="250.00", factors=["price"], at=datetime(2026, 9, 15, 12, 0)
    )
    # S3: received on a Sunday, never answered, lost.
    ids["S3"] = log(ctx, datetime(2026, 9, 20, 12, 0), "web_form", "Cene Zupan", "041 100 003")
    enquiries.mark_lost(ctx, ids["S3"], reason="no_response", at=datetime(2026, 9, 25, 10, 0))
    # S4: Friday 17:30 → Saturday 09:30: exactly 60 business minutes (within target).
    ids["S4"] = log(ctx, datetime(2026, 9, 18, 17, 30), "other", "Lea Vidmar", "041 100 004")
    enquiries.record_contact(ctx, ids["S4"], "message", at=datetime(2026, 9, 19, 9, 30))
    # S5: answered after 3 seconds (0.05 minutes).
    ids["S5"] = log(ctx, datetime(2026, 9, 21, 10, 0), "phone", "Mia Golob", "041 100 005")
    enquiries.record_contact(ctx, ids["S5"], "call", at=datetime(2026, 9, 21, 10, 0, 3))
    # Feedback on S2 in September: rating 3, complaint flag, recommend 8; resolved in October.
    fb = feedback.record_feedback(
        ctx, ids["S2"], rating=3, recommend=8, complaint=True, at=datetime(2026, 9, 20, 10, 0)
    ).created_id("feedback")
    feedback.resolve_complaint(ctx, fb, "Replaced", at=datetime(2026, 10, 3, 10, 0))

    # -- October --------------------------------------------------------------------
    ana, bor = customer_of(ids["S1"]), customer_of(ids["S2"])
    # E1: the first second of October; answered 09:30 (34,200 s; 1,800 business s); lost.
    ids["E1"] = log(ctx, datetime(2026, 10, 1, 0, 0, 0), "phone", "Dana Hribar", "041 100 006")
    enquiries.record_contact(ctx, ids["E1"], "call", at=datetime(2026, 10, 1, 9, 30))
    enquiries.mark_lost(ctx, ids["E1"], reason="competitor", at=datetime(2026, 10, 2, 10, 0))
    # E2: received on Sunday and answered on Sunday (10,800 s; 0 business s); bought on
    # Sunday without a value.
    ids["E2"] = log(ctx, datetime(2026, 10, 4, 12, 0), "walk_in", "Eva Kranjc", "041 100 007")
    enquiries.record_contact(ctx, ids["E2"], "message", at=datetime(2026, 10, 4, 15, 0))
    enquiries.mark_purchased(
        ctx, ids["E2"], value=None, factors=["proximity", "brand"], at=datetime(2026, 10, 4, 15, 30)
    )
    # E3: Saturday 20:00 (closed) → Monday 10:30: 138,600 s, 5,400 business s; open.
    ids["E3"] = log(ctx, datetime(2026, 10, 3, 20, 0), "chat", "Franc Bizjak", "041 100 008")
    enquiries.record_contact(ctx, ids["E3"], "message", at=datetime(2026, 10, 5, 10, 30))
    # E4: Bor again (source becomes "returning"); Tuesday 17:30 → Wednesday 09:45:
    # 58,500 s, 4,500 business s; bought: Bor is a repeat buyer in October.
    ids["E4"] = log(
        ctx, datetime(2026, 10, 6, 17, 30), "email", "Bor Kos", "041 100 002", customer_id=bor
    )
    enquiries.record_contact(ctx, ids["E4"], "email", at=datetime(2026, 10, 7, 9, 45))
    enquiries.mark_purchased(
        ctx,
        ids["E4"],
        value="80.50",
        purchase_channel="delivery",
        factors=["experience", "after_sales"],
        at=datetime(2026, 10, 8, 14, 0),
    )
    # E5: recommended by Ana (a referral); answered on the spot; bought in the last
    # second of October.
    ids["E5"] = log(
        ctx,
        datetime(2026, 10, 12, 10, 0),
        "social",
        "Gal Mlakar",
        "041 100 009",
        source="recommendation",
        referred_by=ana,
        answered_now=True,
    )
    enquiries.mark_purchased(
        ctx,
        ids["E5"],
        value="1234.50",
        purchase_channel="online",
        factors=["recommendation", "price"],
        at=datetime(2026, 10, 31, 23, 59, 59),
    )
    # E6: a recommendation without a known customer (no referral); answered in 20 min;
    # bought in the first second of November: in the October cohort, a November sale.
    ids["E6"] = log(
        ctx,
        datetime(2026, 10, 30, 16, 0),
        "phone",
        "Hana Turk",
        "041 100 010",
        source="recommendation",
    )
    enquiries.record_contact(ctx, ids["E6"], "call", at=datetime(2026, 10, 30, 16, 20))
    enquiries.mark_purchased(
        ctx, ids["E6"], value="300.00", factors=["proximity"], at=datetime(2026, 11, 1, 0, 0, 0)
    )
    # E7: never answered (an incoming message and an internal note do not answer); lost.
    ids["E7"] = log(
        ctx,
        datetime(2026, 10, 14, 11, 0),
        "email",
        "Iva Kovač",
        "041 100 011",
        source="search",
    )
    enquiries.record_contact(
        ctx, ids["E7"], "message", direction="in", at=datetime(2026, 10, 14, 12, 0)
    )
    enquiries.record_contact(ctx, ids["E7"], "note", at=datetime(2026, 10, 14, 12, 5))
    enquiries.mark_lost(ctx, ids["E7"], reason="price", at=datetime(2026, 10, 20, 10, 0))
    # E8: never answered, still open.
    ids["E8"] = log(ctx, datetime(2026, 10, 15, 9, 0), "web_form", "Jan Potočnik", "041 100 012")
    # E9: a referral bought with feedback and a resolved complaint, then deleted:
    # it counts nowhere.
    ids["E9"] = log(
        ctx,
        datetime(2026, 10, 16, 10, 0),
        "phone",
        "Kim Zajc",
        "041 100 013",
        source="recommendation",
        referred_by=ana,
        answered_now=True,
    )
    enquiries.mark_purchased(ctx, ids["E9"], value="999.00", at=datetime(2026, 10, 16, 11, 0))
    fb = feedback.record_feedback(
        ctx, ids["E9"], rating=1, recommend=0, at=datetime(2026, 10, 20, 10, 0)
    ).created_id("feedback")
    feedback.resolve_complaint(ctx, fb, "Refunded", at=datetime(2026, 10, 21, 10, 0))
    enquiries.delete_enquiry(ctx, ids["E9"])
    # E10: Ana again: her second purchase in October (repeat buyer); 300 s.
    ids["E10"] = log(
        ctx, datetime(2026, 10, 20, 10, 0), "phone", "Ana Novak", "041 100 001", customer_id=ana
    )
    enquiries.record_contact(ctx, ids["E10"], "call", at=datetime(2026, 10, 20, 10, 5))
    enquiries.mark_purchased(ctx, ids["E10"], value="20.00", at=datetime(2026, 10, 21, 10, 0))

    # -- feedback -------------------------------------------------------------------
    feedback.record_feedback(
        ctx, ids["S1"], rating=5, expectation="better", recommend=10, at=datetime(2026, 10, 5, 10)
    )
    feedback.record_feedback(  # no recommend
        ctx, ids["E2"], rating=4, expectation="as_expected", at=datetime(2026, 10, 10, 10, 0)
    )
    feedback.record_feedback(
        ctx, ids["E4"], recommend=6, at=datetime(2026, 10, 12, 10, 0)
    )  # no rating
    fb = feedback.record_feedback(  # a complaint by rating, resolved in November
        ctx,
        ids["E5"],
        rating=2,
        expectation="worse",
        recommend=3,
        at=datetime(2026, 10, 31, 23, 59, 59),
    ).created_id("feedback")
    feedback.resolve_complaint(ctx, fb, "Repaired", at=datetime(2026, 11, 2, 10, 0))
    feedback.record_feedback(ctx, ids["E10"], rating=1, at=datetime(2026, 11, 1, 0, 0, 0))
    return ids


def test_a_month_with_every_awkward_case(ctx: Context, db_path: Path, clock) -> None:
    clock.set(LATER)
    build_scenario(ctx)

    september = with_changes(
        empty_figures("2026-09"),
        {
            "enquiries": {
                "total": 5,
                "by_channel": {"phone": 2, "email": 1, "web_form": 1, "other": 1},
            },
            "response": {
                "responded": 4,
                "unanswered": 1,
                # clock seconds 0, 3, 33003, 57600: median 16,503 s = 275.05 min → 275.1
                "median_minutes": 275.1,
                "p90_minutes": 960.0,
                # business seconds 0, 3, 602, 3600: median 302.5 s = 5.04 min
                "median_business_minutes": 5.0,
                "p90_business_minutes": 60.0,
                "within_target_pct": 80.0,  # 3,600 business seconds is within 60 minutes
                "by_channel": {  # business seconds by channel
                    "phone": {  # 3, 602: median 302.5 s; p90 the 2nd
                        "median_business_minutes": 5.0,
                        "p90_business_minutes": 10.0,
                    },
                    "email": {"median_business_minutes": 0.0, "p90_business_minutes": 0.0},
                    "other": {"median_business_minutes": 60.0, "p90_business_minutes": 60.0},
                },
            },
            "outcomes": {
                "purchased": 2,
                "lost": 1,
                "open": 2,
                "conversion_pct": 40.0,
                "win_rate_pct": 66.7,
                "by_channel": {
                    "phone": {"enquiries": 2, "purchased": 1, "conversion_pct": 50.0},
                    "email": {"enquiries": 1, "purchased": 1, "conversion_pct": 100.0},
                    "web_form": {"enquiries": 1, "purchased": 0, "conversion_pct": 0.0},
                    "other": {"enquiries": 1, "purchased": 0, "conversion_pct": 0.0},
                },
            },
            "sales": {"count": 1, "revenue": "250.00"},
            "lost_reasons": {"no_response": 1},
            "sources": {"ads": 1},
            "decision_factors": {"ads": 1, "price": 1},
            "feedback": {
                "count": 1,
                "csat_pct": 0.0,
                "nps": 0.0,
                "complaints_opened": 1,
            },
            # Bought: S1 (Ana, with feedback, buys again in October, recommended Gal and
            # Kim and gave a 10) and S2 (Bor, with feedback, buys again; his best score 8).
            "journey": {
                "enquiries": 5,
                "answered": 4,
                "purchased": 2,
                "feedback": 2,
                "repeat": 2,
                "advocates": 1,
            },
        },
    )
    october = with_changes(
        empty_figures("2026-10"),
        {
            "enquiries": {
                "total": 9,
                "by_channel": {
                    "phone": 3,
                    "walk_in": 1,
                    "email": 2,
                    "web_form": 1,
                    "social": 1,
                    "chat": 1,
                },
            },
            "response": {
                "responded": 7,
                "unanswered": 2,
                # clock seconds 0, 300, 1200, 10800, 34200, 58500, 138600
                "median_minutes": 180.0,
                "p90_minutes": 2310.0,
                # business seconds 0, 0, 300, 1200, 1800, 4500, 5400
                "median_business_minutes": 20.0,
                "p90_business_minutes": 90.0,
                "within_target_pct": 55.6,
                "by_channel": {
                    "phone": {  # 300, 1200, 1800
                        "median_business_minutes": 20.0,
                        "p90_business_minutes": 30.0,
                    },
                    "walk_in": {"median_business_minutes": 0.0, "p90_business_minutes": 0.0},
                    "email": {"median_business_minutes": 75.0, "p90_business_minutes": 75.0},
                    "social": {"median_business_minutes": 0.0, "p90_business_minutes": 0.0},
                    "chat": {"median_business_minutes": 90.0, "p90_business_minutes": 90.0},
                },
            },
            "outcomes": {
                "purchased": 5,
                "lost": 2,
                "open": 2,
                "conversion_pct": 55.6,
                "win_rate_pct": 71.4,
                "by_channel": {
                    "phone": {"enquiries": 3, "purchased": 2, "conversion_pct": 66.7},
                    "walk_in": {"enquiries": 1, "purchased": 1, "conversion_pct": 100.0},
                    "email": {"enquiries": 2, "purchased": 1, "conversion_pct": 50.0},
                    "web_form": {"enquiries": 1, "purchased": 0, "conversion_pct": 0.0},
                    "social": {"enquiries": 1, "purchased": 1, "conversion_pct": 100.0},
                    "chat": {"enquiries": 1, "purchased": 0, "conversion_pct": 0.0},
                },
            },
            "sales": {"count": 5, "revenue": "1435.00"},
            "lost_reasons": {"competitor": 1, "price": 1},
            "sources": {"returning": 2, "recommendation": 2, "search": 1},
            "decision_factors": {
                "proximity": 2,
                "brand": 1,
                "experience": 1,
                "after_sales": 1,
                "recommendation": 1,
                "price": 1,
            },
            "feedback": {
                "count": 4,
                "csat_pct": 66.7,
                "nps": -33.3,
                "expectation": {"worse": 1, "as_expected": 1, "better": 1},
                "complaints_opened": 1,
                "complaints_resolved": 1,
            },
            "repeat_buyers": 2,
            "referrals": 1,
            # Bought: E2 (Eva: feedback), E4 (Bor: feedback, bought before), E5 (Gal:
            # feedback, a 3), E6 (Hana: nothing yet), E10 (Ana: feedback, bought before, an
            # advocate); E9, deleted, is not among them.
            "journey": {
                "enquiries": 9,
                "answered": 7,
                "purchased": 5,
                "feedback": 4,
                "repeat": 2,
                "advocates": 1,
            },
        },
    )
    november = with_changes(
        empty_figures("2026-11"),
        {
            "sales": {"count": 1, "revenue": "300.00"},
            "feedback": {
                "count": 1,
                "csat_pct": 0.0,
                "complaints_opened": 1,
                "complaints_resolved": 1,
            },
        },
    )

    def without_followups(figures: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in figures.items() if k not in ("followups", "previous", "currency")}

    # The reference agrees with the figures worked out by hand (follow-ups are checked
    # by hand in their own test: the rules create many here) ...
    mine = reference(db_path, "2026-10")
    assert mine["currency"] == "EUR"  # a shop in Slovenia that never chose one
    assert without_followups(mine) == without_followups(october)
    assert without_followups(mine["previous"]) == without_followups(september)
    assert without_followups(reference(db_path, "2026-11")) == without_followups(november)
    # ... and the report agrees with both.
    got = check_month(ctx, db_path, "2026-10", "awkward cases")
    assert_report(
        without_followups(got), without_followups(october), "awkward cases, by hand, 2026-10"
    )
    assert_report(
        without_followups(got["previous"]),
        without_followups(september),
        "awkward cases, by hand, 2026-09",
    )
    for month in ("2026-09", "2026-11", "2026-12"):
        check_month(ctx, db_path, month, "awkward cases")
    # Before any history: every key, nothing in it.
    assert_report(report.monthly(ctx, "2025-01"), empty_report("2025-01"), "awkward cases")


def test_followups_due_done_and_overdue(ctx: Context, db_path: Path, clock) -> None:
    clock.set(LATER)
    # A: Monday 17:30, never answered: "respond" due Tuesday 09:30, still open.
    a = log(ctx, datetime(2026, 10, 26, 17, 30), "phone", "A", "041 200 001")
    # B: Friday 17:45: due Saturday 09:45, answered on Sunday 1 November 10:00
    # (done after the end of October); its "decision" item is due Wednesday 4 November.
    b = log(ctx, datetime(2026, 10, 30, 17, 45), "phone", "B", "041 200 002")
    enquiries.record_contact(ctx, b, "call", at=datetime(2026, 11, 1, 10, 0))
    # C: lost the next day: its "respond" item is cancelled within October.
    c = log(ctx, datetime(2026, 10, 28, 10, 0), "phone", "C", "041 200 003")
    enquiries.mark_lost(ctx, c, reason="other", at=datetime(2026, 10, 29, 10, 0))
    # D: deleted: counts nowhere.
    d = log(ctx, datetime(2026, 10, 28, 10, 0), "phone", "D", "041 200 004")
    enquiries.delete_enquiry(ctx, d)
    # E: answered within the hour (respond done in October); "decision" due Saturday
    # 31 October 10:30, done on 3 November.
    e = log(ctx, datetime(2026, 10, 29, 10, 0), "phone", "E", "041 200 005")
    enquiries.record_contact(ctx, e, "call", at=datetime(2026, 10, 29, 10, 30))
    complete_at(ctx, clock, followup_id(db_path, e, "decision"), datetime(2026, 11, 3, 10, 0))
    # F: never answered, "respond" due 20 October 11:00, cancelled by a loss on 5 November.
    f = log(ctx, datetime(2026, 10, 20, 10, 0), "phone", "F", "041 200 006")
    enquiries.mark_lost(ctx, f, reason="other", at=datetime(2026, 11, 5, 10, 0))
    assert a and f

    expected = {
        "2026-09": {"due": 0, "done": 0, "overdue": 0},
        # due: A, B, E respond, E decision (F was cancelled later, C cancelled);
        # done: E respond; overdue: A, B, E decision, F.
        "2026-10": {"due": 4, "done": 1, "overdue": 4},
        # due: B decision; done: B respond, E decision; overdue: A, B decision.
        "2026-11": {"due": 1, "done": 2, "overdue": 2},
    }
    for month, figures in expected.items():
        assert reference(db_path, month)["followups"] == figures, month
        got = check_month(ctx, db_path, month, "follow-ups")
        assert_report(got["followups"], figures, f"follow-ups by hand, {month}")


def test_in_a_month_not_over_yet_only_what_is_already_late_is_overdue(
    ctx: Context, db_path: Path, clock
) -> None:
    clock.set(datetime(2026, 10, 28, 12, 0))  # Wednesday noon
    late = log(ctx, datetime(2026, 10, 28, 10, 0), "phone", "A", "041 200 001")  # due 11:00
    not_yet = log(ctx, datetime(2026, 10, 28, 11, 30), "phone", "B", "041 200 002")  # 12:30
    assert late and not_yet
    expected = {"due": 2, "done": 0, "overdue": 1}
    assert reference(db_path, "2026-10", clock.now)["followups"] == expected
    got = check_month(ctx, db_path, "2026-10", "month in progress")
    assert_report(got["followups"], expected, "month in progress")
    clock.set(datetime(2026, 10, 28, 12, 30))  # B's reply is due this very minute: not late
    assert check_month(ctx, db_path, "2026-10", "at the due minute")["followups"]["overdue"] == 1
    clock.set(datetime(2026, 10, 28, 12, 31))
    assert check_month(ctx, db_path, "2026-10", "after it")["followups"]["overdue"] == 2


def test_a_cancelled_followup_completed_later_is_not_overdue(
    ctx: Context, db_path: Path, clock
) -> None:
    """`followups.complete` accepts an item that was cancelled; it was closed at the
    cancellation, so it is not overdue at the end of that month even though its
    done time comes later."""
    clock.set(LATER)
    eid = log(ctx, datetime(2026, 10, 28, 10, 0), "phone", "C", "041 200 003")
    item = followup_id(db_path, eid, "respond")  # due 28 October 11:00
    enquiries.mark_lost(ctx, eid, reason="other", at=datetime(2026, 10, 29, 10, 0))  # cancels it
    complete_at(ctx, clock, item, datetime(2026, 11, 3, 10, 0))
    assert reference(db_path, "2026-10")["followups"] == {"due": 0, "done": 0, "overdue": 0}
    assert reference(db_path, "2026-11")["followups"] == {"due": 0, "done": 1, "overdue": 0}
    for month in ("2026-10", "2026-11"):
        check_month(ctx, db_path, month, "cancelled, then completed")


def test_a_changed_response_target(ctx: Context, db_path: Path, clock) -> None:
    clock.set(LATER)
    shop_settings.update(ctx, {"followup.response_target_minutes": 90})
    # 90 business minutes exactly (within), and 91 (not).
    one = log(ctx, datetime(2026, 10, 5, 9, 0), "phone", "One", "041 300 001")
    enquiries.record_contact(ctx, one, "call", at=datetime(2026, 10, 5, 10, 30))
    two = log(ctx, datetime(2026, 10, 5, 9, 0), "phone", "Two", "041 300 002")
    enquiries.record_contact(ctx, two, "call", at=datetime(2026, 10, 5, 10, 31))
    got = check_month(ctx, db_path, "2026-10", "target 90")
    assert got["response"]["target_minutes"] == 90
    assert got["response"]["within_target_pct"] == 50.0
    # An even count: median of 90 and 91 minutes.
    assert got["response"]["median_minutes"] == 90.5


def add_whatsapp(ctx: Context) -> None:
    """The shop's own channel, after the built-in ones."""
    setup.save(
        ctx, Setup(lists={"channel": [*setup.current_list("channel"), ListItem(None, "WhatsApp")]})
    )
    ctx.forget_cache()


def answered_after(ctx: Context, channel: str, at: datetime, seconds: int, name: str) -> int:
    """An enquiry on `channel` received `at`, answered `seconds` later (opening hours)."""
    eid = log(ctx, at, channel, name, f"041 400 {sum(map(ord, name)) % 1000:03d}")
    enquiries.set_first_response(ctx, eid, at + timedelta(seconds=seconds), how="message")
    return eid


def test_response_by_channel_chat_in_minutes_and_email_in_hours(
    ctx: Context, db_path: Path, clock
) -> None:
    clock.set(LATER)
    add_whatsapp(ctx)
    tuesday = datetime(2026, 10, 13, 9, 0)  # open all day: business time is clock time
    # Chat: 3, 5, 5 and 7 minutes: the median is the mean of the middle two, 5 min; the
    # 90th percentile is the 4th of 4 (ceil(0.9 × 4)), 7 min. One more never answered.
    for number, minutes in enumerate((5, 3, 7, 5)):
        answered_after(ctx, "chat", tuesday + timedelta(minutes=number), minutes * 60, f"C{number}")
    log(ctx, tuesday, "chat", "Unanswered", "041 400 999")
    # E-mail: 3, 4, 4, 4, 5 and 6 hours: median 4 h; p90 the 6th of 6 (ceil(5.4)), 6 h.
    for number, hours in enumerate((4, 6, 3, 4, 5, 4)):
        answered_after(ctx, "email", tuesday, hours * 3600, f"E{number}")
    # The shop's own channel: one answer after 2 min 30 s.
    answered_after(ctx, "whatsapp", tuesday, 150, "W")
    # Walk-in served on the spot: 0, a figure, not "nothing".
    log(ctx, tuesday, "walk_in", "Walk", "041 400 998", answered_now=True)
    # Never answered: no figure. Answered, then deleted: counts nowhere.
    log(ctx, tuesday, "web_form", "Form", "041 400 997")
    enquiries.delete_enquiry(ctx, answered_after(ctx, "phone", tuesday, 60, "Deleted"))
    # Received in September, answered in October: September's.
    answered_after(ctx, "social", datetime(2026, 9, 30, 18, 0), 16 * 3600, "September")

    def times(median: float | None, p90: float | None) -> dict[str, float | None]:
        return {"median_business_minutes": median, "p90_business_minutes": p90}

    by_hand = {
        **{key: times(None, None) for key in CHANNEL_KEYS},
        "chat": times(5.0, 7.0),
        "email": times(240.0, 360.0),
        "walk_in": times(0.0, 0.0),
        "whatsapp": times(2.5, 2.5),
    }
    assert reference(db_path, "2026-10")["response"]["by_channel"] == by_hand
    got = check_month(ctx, db_path, "2026-10", "response by channel")
    assert got["response"]["by_channel"] == by_hand
    assert list(got["response"]["by_channel"]) == [*CHANNEL_KEYS, "whatsapp"]
    september = got["previous"]["response"]["by_channel"]
    assert september["social"]["median_business_minutes"] is not None
    assert september["chat"] == times(None, None)
    check_month(ctx, db_path, "2026-09", "response by channel")


@pytest.mark.sqlite_only
def test_response_times_are_read_at_their_ranks_from_the_month_indexes(ctx: Context, clock) -> None:
    """A month's medians and percentiles come from the month's response-time indexes, a
    value at a rank each: never a scan of the enquiries, never a sort of the month, never
    a row of the table itself. The figures are the ones of the whole month sorted."""
    clock.set(LATER)
    for minutes, channel in ((5, "chat"), (7, "chat"), (30, "phone"), (2, "chat"), (9, "phone")):
        answered_after(ctx, channel, datetime(2026, 10, 13, 9, 0), minutes * 60, "Chat")
    connection = ctx.store.db.connection()
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        figures = report.figures_of(ctx, Month(2026, 10))
    finally:
        connection.set_trace_callback(None)
    reads = [
        sql
        for sql in statements
        if sql.lstrip().upper().startswith("SELECT") and "response_" in sql and "ORDER BY" in sql
    ]
    assert len(reads) >= 9, statements  # two for a median and one for a 90th, three times
    (table_page,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'enquiry'"
    ).fetchone()
    for sql in reads:
        plan = " | ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql))
        assert plan.startswith("SEARCH") and "enquiry_month_" in plan, plan
        assert "SCAN" not in plan and "TEMP B-TREE" not in plan, plan
        program = list(connection.execute("EXPLAIN " + sql))  # addr, opcode, p1, p2, …
        tables = {row[2] for row in program if row[1] == "OpenRead" and row[3] == table_page}
        assert not [row for row in program if row[1] == "Column" and row[2] in tables], sql
    response = figures["response"]
    assert response["median_minutes"] == 7.0
    assert response["p90_minutes"] == 30.0
    assert response["by_channel"]["chat"]["median_business_minutes"] == 5.0
    assert response["by_channel"]["phone"]["median_business_minutes"] == 19.5


# -- random histories ---------------------------------------------------------------------------

FIRST = datetime(2026, 9, 1)
LAST_OF_OCTOBER = datetime(2026, 10, 31, 23, 59, 59)
BOUNDARIES = (
    datetime(2026, 9, 1, 0, 0, 0),
    datetime(2026, 9, 30, 23, 59, 59),
    datetime(2026, 10, 1, 0, 0, 0),
    datetime(2026, 10, 31, 23, 59, 59),
    datetime(2026, 10, 4, 12, 0),  # Sunday
    datetime(2026, 10, 9, 20, 0),  # Friday evening, closed
    datetime(2026, 9, 26, 17, 59, 59),  # Saturday, the last open second
)
moments = st.one_of(
    st.sampled_from(BOUNDARIES),
    st.datetimes(min_value=FIRST, max_value=LAST_OF_OCTOBER).map(
        lambda d: d.replace(microsecond=0)
    ),
)
delays = st.one_of(
    st.sampled_from([0, 1, 3, 59, 3600, 3601, 86400]),
    st.integers(0, 4 * 86400),
)

feedback_plans = st.fixed_dictionaries(
    {
        "delay": delays,
        "rating": st.none() | st.integers(1, 5),
        "expectation": st.none() | st.sampled_from(EXPECTATION_KEYS),
        "recommend": st.none() | st.integers(0, 10),
        "complaint": st.booleans(),
        "resolve_delay": st.none() | delays,
    }
)
enquiry_plans = st.fixed_dictionaries(
    {
        "received": moments,
        "channel": st.sampled_from(CHANNEL_KEYS),
        "customer": st.integers(0, 3),  # few customers: repeat buyers
        "source": st.none() | st.just("recommendation") | st.sampled_from(SOURCE_KEYS),
        "referrer": st.none() | st.integers(0, 3),
        "answer": st.sampled_from(["none", "now", "contact", "explicit", "incoming", "note"]),
        "answer_kind": st.sampled_from(["call", "message", "email", "visit", "quote"]),
        "answer_delay": delays,
        "outcome": st.sampled_from(["open", "purchased", "lost"]),
        "outcome_delay": delays,
        "value": st.none() | st.integers(0, 300_000),
        "channel_bought": st.sampled_from(["in_store", "online", "delivery"]),
        "factors": st.lists(st.sampled_from(FACTOR_KEYS), max_size=3, unique=True),
        "reason": st.sampled_from(REASON_KEYS),
        "feedback": st.none() | feedback_plans,
        "undo_outcome": st.integers(0, 9).map(lambda n: n == 0),
        "deleted": st.sampled_from(["kept"] * 8 + ["deleted", "undeleted"]),
    }
)
completions = st.lists(
    st.tuples(
        st.integers(0, 1000), st.datetimes(min_value=FIRST, max_value=datetime(2026, 11, 20))
    ),
    max_size=4,
)


def play(ctx: Context, clock: FakeClock, db_path: Path, plans: list[dict], done: list) -> None:
    customer_ids: dict[int, int] = {}
    for plan in plans:
        who = plan["customer"]
        received = plan["received"]
        # Nobody recommends the shop to themselves (log_enquiry refuses it).
        referrer = customer_ids.get(plan["referrer"]) if plan["referrer"] != who else None
        eid = log(
            ctx,
            received,
            plan["channel"],
            f"Customer {who}",
            f"041 555 {who:03d}",
            source=plan["source"],
            referred_by=referrer,
            answered_now=plan["answer"] == "now",
        )
        customer_ids.setdefault(who, customer_of(eid))
        moment = received + timedelta(seconds=plan["answer_delay"])
        kind = plan["answer_kind"]
        if plan["answer"] == "contact":
            enquiries.record_contact(ctx, eid, kind, at=moment)
        elif plan["answer"] == "explicit":
            enquiries.set_first_response(ctx, eid, moment, how=kind)
        elif plan["answer"] == "incoming":
            enquiries.record_contact(ctx, eid, kind, direction="in", at=moment)
        elif plan["answer"] == "note":
            enquiries.record_contact(ctx, eid, "note", at=moment)
        moment += timedelta(seconds=plan["outcome_delay"])
        if plan["outcome"] == "purchased":
            value = plan["value"]
            bought = enquiries.mark_purchased(
                ctx,
                eid,
                value=None if value is None else money(value),
                purchase_channel=plan["channel_bought"],
                factors=plan["factors"],
                at=moment,
            )
            if plan["undo_outcome"]:  # back to open, factors and after-sales items gone
                history.undo(ctx, bought.operation_id)
            said = None if plan["undo_outcome"] else plan["feedback"]
            if said is not None:
                moment += timedelta(seconds=said["delay"])
                fb = feedback.record_feedback(
                    ctx,
                    eid,
                    rating=said["rating"],
                    expectation=said["expectation"],
                    recommend=said["recommend"],
                    complaint=said["complaint"],
                    at=moment,
                ).created_id("feedback")
                if said["resolve_delay"] is not None and queries.feedback(fb)["complaint"]:
                    moment += timedelta(seconds=said["resolve_delay"])
                    feedback.resolve_complaint(ctx, fb, "Put right", at=moment)
        elif plan["outcome"] == "lost":
            lost = enquiries.mark_lost(ctx, eid, reason=plan["reason"], at=moment)
            if plan["undo_outcome"]:
                history.undo(ctx, lost.operation_id)
        if plan["deleted"] != "kept":
            deleted = enquiries.delete_enquiry(ctx, eid)
            if plan["deleted"] == "undeleted":  # undo brings it back into every figure
                history.undo(ctx, deleted.operation_id)
    for pick, at in done:
        with closing(plain_connection(db_path)) as con:
            open_ids = [
                row[0]
                for row in con.execute(
                    "SELECT id FROM follow_up WHERE deleted_at IS NULL AND done_at IS NULL"
                    " AND cancelled_at IS NULL ORDER BY id"
                )
            ]
        if open_ids:
            complete_at(ctx, clock, open_ids[pick % len(open_ids)], at.replace(microsecond=0))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    plans=st.lists(enquiry_plans, min_size=5, max_size=30),
    done=completions,
    target=st.sampled_from([60, 60, 30, 120]),
)
def test_random_histories_match_the_reference(
    new_shop_location, plans: list[dict], done: list, target: int
) -> None:
    with new_shop_location() as db_path:
        clock = FakeClock(LATER)
        store = Store.open(db_path, now=clock)
        try:
            ctx = Context(store, Actor("test"), clock)
            shop_settings.update(
                ctx,
                {
                    "shop.country": "SI",
                    "shop.name": "Random shop",
                    "followup.response_target_minutes": target,
                },
            )
            play(ctx, clock, db_path, plans, done)
            for month in ("2026-10", "2026-11"):
                check_month(ctx, db_path, month, "random history")
        finally:
            store.close()


october = st.datetimes(min_value=datetime(2026, 10, 1), max_value=LAST_OF_OCTOBER).map(
    lambda d: d.replace(microsecond=0)
)
response_plans = st.lists(
    st.tuples(
        st.sampled_from(["chat", "chat", "email", "whatsapp", "walk_in"]),
        st.one_of(october, october, moments),
        st.none() | delays | delays | delays,  # None: never answered
        st.integers(0, 9).map(lambda n: n == 0),  # deleted
    ),
    min_size=8,
    max_size=40,
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plans=response_plans)
def test_random_response_times_by_channel_match_the_reference(
    new_shop_location, plans: list[tuple]
) -> None:
    """Many answers on a few channels (the shop's own among them): odd and even counts,
    ties and the 90th percentile's rank, channel by channel."""
    with new_shop_location() as db_path:
        clock = FakeClock(LATER)
        store = Store.open(db_path, now=clock)
        try:
            ctx = Context(store, Actor("test"), clock)
            shop_settings.update(ctx, {"shop.country": "SI", "shop.name": "Random shop"})
            add_whatsapp(ctx)
            for number, (channel, received, delay, deleted) in enumerate(plans):
                eid = log(ctx, received, channel, f"Customer {number}", f"041 555 {number:03d}")
                if delay is not None:
                    enquiries.set_first_response(ctx, eid, received + timedelta(seconds=delay))
                if deleted:
                    enquiries.delete_enquiry(ctx, eid)
            for month in ("2026-09", "2026-10"):
                check_month(ctx, db_path, month, "random response times")
        finally:
            store.close()
