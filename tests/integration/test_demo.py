"""Demo data: realistic, complete, consistent with the rules, and the same for a seed."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from enquirydesk.domain.errors import ConflictError
from enquirydesk.domain.hours import OpeningHours, response_times
from enquirydesk.domain.validation import normalise_phone
from enquirydesk.services import demo, maintenance, reminders, settings, today
from enquirydesk.services.context import Actor, Context
from enquirydesk.store.database import Store

NOW = datetime(2026, 11, 23, 15, 30)


def make(
    path: Path, enquiries: int = 3000, seed: int = 7, workers: int = 0, country: str = "SI"
) -> demo.DemoResult:
    store = Store.open(path, now=lambda: NOW)
    try:
        ctx = Context(store, Actor("demo test"), lambda: NOW)
        settings.update(ctx, {"shop.country": country})
        return demo.generate(ctx, enquiries, seed, workers=workers)
    finally:
        store.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    make(path)
    return path


def rows(path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def scalar(path: Path, sql: str):
    return rows(path, sql)[0][0]


def dump(path: Path) -> list[list[tuple]]:
    tables = ["staff", "customer", "enquiry", "enquiry_factor", "contact", "follow_up", "feedback"]
    return [rows(path, f"SELECT * FROM {t} ORDER BY id") for t in tables]


def test_counts_and_integrity(demo_file: Path) -> None:
    assert scalar(demo_file, "SELECT COUNT(*) FROM enquiry") == 3000
    assert 1500 < scalar(demo_file, "SELECT COUNT(*) FROM customer") < 3000
    assert rows(demo_file, "PRAGMA foreign_key_check") == []
    assert maintenance.check(demo_file).ok
    assert scalar(demo_file, "SELECT COUNT(*) FROM operation WHERE action = 'demo'") == 1


def test_history_spans_eighteen_months_up_to_now_and_never_beyond(demo_file: Path) -> None:
    first, last = rows(demo_file, "SELECT MIN(received_at), MAX(received_at) FROM enquiry")[0]
    assert first.startswith(("2025-05", "2025-06"))
    assert last <= str(NOW)
    for column, table in (
        ("first_response_at", "enquiry"), ("outcome_at", "enquiry"), ("at", "contact"),
        ("recorded_at", "feedback"), ("done_at", "follow_up"), ("created_at", "follow_up"),
    ):  # fmt: skip
        assert scalar(demo_file, f"SELECT MAX({column}) FROM {table}") <= str(NOW), column
    # whole seconds, in the form peewee stores
    assert (
        scalar(
            demo_file,
            "SELECT COUNT(*) FROM enquiry WHERE length(received_at) != 19 OR length(outcome_at) != 19",
        )
        == 0
    )


def test_channel_mix_of_a_real_shop_with_chat_and_social_rising(demo_file: Path) -> None:
    share = dict(
        rows(
            demo_file,
            "SELECT c.key, COUNT(*) FROM enquiry e JOIN channel c ON c.id = e.channel_id GROUP BY c.key",
        )
    )
    assert set(share) == {"phone", "walk_in", "email", "web_form", "social", "chat", "other"}
    assert share["walk_in"] > share["email"] and share["phone"] > share["web_form"]
    early, late = (
        scalar(demo_file, f"SELECT AVG(c.key IN ('chat','social')) FROM enquiry e JOIN channel c ON c.id = e.channel_id WHERE e.id {cond}")
        for cond in ("<= 1000", "> 2000")
    )  # fmt: skip
    assert late > early


def shares(values: list[str], test) -> float:
    return sum(1 for value in values if test(value)) / len(values)


def names(path: Path, sql: str) -> list[str]:
    return [value for (value,) in rows(path, sql)]


def check_people(path: Path, language: str, phone_prefixes: tuple[str, ...]) -> None:
    """Staff, customers, phones, e-mails, notes and comments of a shop speaking `language`."""
    staff = rows(path, "SELECT name, role FROM staff ORDER BY id")
    assert staff == list(demo.STAFF[language])
    assert staff[0][1] == "owner" and 3 <= len(staff) <= 5
    customers = names(path, "SELECT name FROM customer")
    locals_ = shares(customers, lambda n: n.split()[-1] in demo.LAST_NAMES[language])
    assert locals_ > 0.9  # a few foreigners at most
    phones = names(path, "SELECT phone FROM customer WHERE phone IS NOT NULL")
    assert phones and all(normalise_phone(p) == p for p in phones)
    assert shares(phones, lambda p: p.startswith(phone_prefixes)) > 0.95
    emails = names(path, "SELECT email FROM customer WHERE email IS NOT NULL")
    assert emails and all(e == e.lower() and e.isascii() for e in emails)
    domains = {e.split("@")[1] for e in emails}
    assert domains <= set(demo.MAIL_DOMAINS[language]) | set(demo.MAIL_DOMAINS["en"])
    interests = names(path, "SELECT interest FROM enquiry")
    products = [forms for *forms, _ in demo.PRODUCTS[language]]
    assert all(
        any(form.lower() in text.lower() for forms in products for form in forms)
        for text in interests
    )  # every note names one of the shop's products, in the shop's language
    comments = names(path, "SELECT comment FROM feedback WHERE comment <> ''")
    written = {text for mood in demo.COMMENTS[language] for text in mood}
    assert comments and shares(comments, lambda c: c in written) > 0.9


def test_a_slovenian_shop_s_demo_is_slovenian(demo_file: Path) -> None:
    check_people(demo_file, "sl", ("+386",))
    customers = names(demo_file, "SELECT name FROM customer")
    assert any("č" in n or "ž" in n or "š" in n for n in customers)
    interests = names(demo_file, "SELECT interest FROM enquiry")
    assert any(text.startswith("Zanima ga cena ") for text in interests)
    assert any(text.startswith("Zanima jo cena ") for text in interests)
    assert "Zanima ga cena pralnega stroja Gorenje 8 kg" in interests
    phones = names(demo_file, "SELECT phone FROM customer WHERE phone IS NOT NULL")
    assert {p[:6] for p in phones} >= {"+38631", "+38641", "+38651", "+38640", "+38670"}
    shared = scalar(
        demo_file,
        "SELECT COUNT(*) FROM (SELECT phone FROM customer WHERE phone IS NOT NULL GROUP BY phone HAVING COUNT(*) > 1)",
    )
    assert shared >= 1  # a family sharing one number


def test_an_indonesian_shop_s_demo_is_indonesian(tmp_path: Path) -> None:
    path = tmp_path / "jakarta.sqlite"
    make(path, 2000, country="ID")
    check_people(path, "id", ("+628",))
    interests = names(path, "SELECT interest FROM enquiry")
    assert shares(interests, lambda text: "Tanya " in text) > 0.3
    assert any(text.startswith("Tanya harga kulkas 2 pintu") for text in interests)
    foreign = shares(
        names(path, "SELECT name FROM customer"),
        lambda n: n.split()[-1] in demo.LAST_NAMES["en"],
    )
    assert 0 < foreign <= 0.06


@pytest.mark.parametrize(("country", "prefix"), [("", "+44"), ("GB", "+44"), ("US", "+1")])
def test_any_other_shop_s_demo_is_english(tmp_path: Path, country: str, prefix: str) -> None:
    path = tmp_path / "elsewhere.sqlite"
    make(path, 1000, country=country)
    check_people(path, "en", (prefix,))
    customers = names(path, "SELECT name FROM customer")
    # no foreigners (by the first name: one entered twice may have a surname mistyped)
    assert all(n.split()[0] in demo.FIRST_NAMES["en"] for n in customers)
    phones = names(path, "SELECT phone FROM customer WHERE phone IS NOT NULL")
    assert all(p.startswith(prefix) for p in phones)


def test_a_country_without_mobile_numbers_gets_none(tmp_path: Path) -> None:
    path = tmp_path / "antarctica.sqlite"
    make(path, 300, country="AQ")
    assert scalar(path, "SELECT COUNT(*) FROM customer WHERE phone IS NOT NULL") == 0
    assert scalar(path, "SELECT COUNT(*) FROM customer WHERE email IS NOT NULL") > 0


def open_work(path: Path) -> tuple[today.TodayLists, int]:
    """The Today page at the demo's today, and how many reminders it announces at start."""
    store = Store.open(path, now=lambda: NOW)
    try:
        ctx = Context(store, Actor("t"), lambda: NOW)
        lists = today.lists(ctx, cap=1_000_000)
        announced = reminders.catch_up(ctx)
        return lists, announced.count if announced else 0
    finally:
        store.close()


@pytest.mark.parametrize("country", ["SI", "ID", ""])
@pytest.mark.parametrize("enquiries", [2000, 20_000])
def test_at_its_today_the_shop_is_on_top_of_its_work(
    tmp_path: Path, enquiries: int, country: str
) -> None:
    """A handful of the latest enquiries waiting for an answer and a few follow-ups overdue,
    whatever the size of the demo; everything older answered, decided and followed up."""
    path = tmp_path / "shop.sqlite"
    make(path, enquiries, seed=5, country=country)
    lists, announced = open_work(path)
    assert 1 <= lists.awaiting.total <= 10
    assert all(NOW - waiting.received_at < timedelta(days=2) for waiting in lists.awaiting.items)
    assert 1 <= lists.overdue.total <= 10
    assert all(NOW - item.due_at < timedelta(days=21) for item in lists.overdue.items)
    assert announced <= 20
    month_ago = NOW - timedelta(days=28)
    undone = scalar(
        path,
        f"SELECT COUNT(*) FROM enquiry WHERE received_at < '{month_ago}' "
        "AND (outcome = 'open' OR first_response_at IS NULL)",
    )
    assert undone == 0
    snoozed = scalar(
        path,
        "SELECT COUNT(*) FROM follow_up WHERE done_at IS NULL AND cancelled_at IS NULL AND snoozed_until IS NOT NULL",
    )
    assert 1 <= snoozed <= 3
    # the coming week's follow-ups: about as many as a week's enquiries, no backlog
    week = NOW + timedelta(days=7)
    coming = scalar(
        path,
        f"SELECT COUNT(*) FROM follow_up WHERE done_at IS NULL AND cancelled_at IS NULL AND remind_at BETWEEN '{NOW}' AND '{week}'",
    )
    last_week = scalar(
        path, f"SELECT COUNT(*) FROM enquiry WHERE received_at >= '{NOW - timedelta(days=7)}'"
    )
    assert 0 < coming < 2 * last_week


def test_response_times_follow_the_opening_hours(demo_file: Path) -> None:
    hours = OpeningHours.default()
    sample = rows(
        demo_file,
        "SELECT received_at, first_response_at, response_seconds, response_business_seconds FROM enquiry WHERE first_response_at IS NOT NULL",
    )
    for received, first, clock, business in sample:
        got = response_times(datetime.fromisoformat(received), datetime.fromisoformat(first), hours)
        assert got == (clock, business)
    open_median = scalar(
        demo_file,
        "SELECT AVG(response_seconds) FROM enquiry WHERE time(received_at) BETWEEN '09:00' AND '16:00' AND strftime('%w', received_at) NOT IN ('0') AND response_seconds > 0",
    )
    night_median = scalar(
        demo_file,
        "SELECT AVG(response_seconds) FROM enquiry WHERE time(received_at) >= '19:00' AND response_seconds > 0",
    )
    assert night_median > 3 * open_median  # slow overnight
    assert scalar(demo_file, "SELECT COUNT(*) FROM enquiry WHERE first_response_at IS NULL") > 0


def test_outcomes_reasons_factors_feedback_referrals(demo_file: Path) -> None:
    outcomes = dict(rows(demo_file, "SELECT outcome, COUNT(*) FROM enquiry GROUP BY outcome"))
    assert outcomes["purchased"] > 300 and outcomes["lost"] > 300 and outcomes["open"] > 10
    assert (
        scalar(
            demo_file,
            "SELECT COUNT(*) FROM enquiry WHERE outcome = 'purchased' AND (purchase_value_cents IS NULL OR purchase_value_cents <= 0 OR outcome_at IS NULL)",
        )
        == 0
    )
    assert (
        scalar(
            demo_file,
            "SELECT COUNT(*) FROM enquiry WHERE outcome = 'lost' AND lost_reason_id IS NULL",
        )
        == 0
    )
    assert scalar(demo_file, "SELECT COUNT(DISTINCT factor_id) FROM enquiry_factor") >= 6
    assert (
        scalar(
            demo_file,
            "SELECT COUNT(*) FROM enquiry_factor f JOIN enquiry e ON e.id = f.enquiry_id WHERE e.outcome != 'purchased'",
        )
        == 0
    )
    assert scalar(demo_file, "SELECT COUNT(*) FROM feedback") > 50
    assert scalar(demo_file, "SELECT COUNT(*) FROM feedback WHERE complaint = 1") > 0
    assert (
        scalar(
            demo_file,
            "SELECT COUNT(*) FROM feedback WHERE complaint = 0 AND (rating <= 2 OR expectation = 'worse')",
        )
        == 0
    )
    assert scalar(demo_file, "SELECT COUNT(*) FROM customer WHERE referred_by_id IS NOT NULL") > 10
    returning = scalar(
        demo_file,
        "SELECT COUNT(*) FROM (SELECT customer_id FROM enquiry GROUP BY customer_id HAVING COUNT(*) > 1)",
    )
    assert returning > 100
    assert scalar(demo_file, "SELECT COUNT(*) FROM enquiry WHERE interest LIKE '%Gorenje%'") > 0


def test_follow_ups_in_every_state(demo_file: Path) -> None:
    now = str(NOW)
    states = {
        "open": f"done_at IS NULL AND cancelled_at IS NULL AND remind_at >= '{now}'",
        "overdue": f"done_at IS NULL AND cancelled_at IS NULL AND remind_at < '{now}'",
        "snoozed": "done_at IS NULL AND cancelled_at IS NULL AND snoozed_until IS NOT NULL",
        "done": "done_at IS NOT NULL",
        "cancelled": "cancelled_at IS NOT NULL",
    }
    for state, where in states.items():
        assert scalar(demo_file, f"SELECT COUNT(*) FROM follow_up WHERE {where}") > 0, state
    kinds = {k for (k,) in rows(demo_file, "SELECT DISTINCT kind FROM follow_up")}
    assert kinds >= {"respond", "decision", "after_sales", "complaint"}
    # next_followup_at is the earliest open follow-up of each enquiry
    wrong = scalar(
        demo_file,
        """
        SELECT COUNT(*) FROM enquiry e WHERE next_followup_at IS NOT (
            SELECT MIN(remind_at) FROM follow_up f
            WHERE f.enquiry_id = e.id AND done_at IS NULL AND cancelled_at IS NULL AND deleted_at IS NULL)
    """,
    )
    assert wrong == 0
    # decided enquiries wait for no answer (as mark_purchased and mark_lost leave them)
    waiting_on_decided = scalar(
        demo_file,
        "SELECT COUNT(*) FROM follow_up f JOIN enquiry e ON e.id = f.enquiry_id "
        "WHERE f.kind = 'respond' AND e.outcome <> 'open' "
        "AND f.done_at IS NULL AND f.cancelled_at IS NULL",
    )
    assert waiting_on_decided == 0
    complaint_topics = rows(
        demo_file,
        "SELECT f.topic, fb.complaint FROM follow_up f JOIN feedback fb ON fb.id = CAST(f.topic AS INTEGER) WHERE f.kind = 'complaint'",
    )
    assert complaint_topics and all(c == 1 for _, c in complaint_topics)


def test_the_same_seed_gives_the_same_data_whatever_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK", 700)
    make(tmp_path / "a.sqlite", 2000, seed=3, workers=0)
    make(tmp_path / "b.sqlite", 2000, seed=3, workers=2)
    make(tmp_path / "c.sqlite", 2000, seed=4, workers=0)
    a = dump(tmp_path / "a.sqlite")
    assert a == dump(tmp_path / "b.sqlite")
    assert a != dump(tmp_path / "c.sqlite")
    assert rows(tmp_path / "b.sqlite", "PRAGMA foreign_key_check") == []


def test_refuses_a_database_that_holds_enquiries(demo_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    maintenance.backup(demo_file, copy)
    with pytest.raises(ConflictError, match="already holds enquiries"):
        make(copy, 10)


def test_cancel_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "CHUNK", 500)
    path = tmp_path / "cancel.sqlite"
    store = Store.open(path, now=lambda: NOW)
    ctx = Context(store, Actor("t"), lambda: NOW)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 1000

    with pytest.raises(demo.Cancelled):
        demo.generate(ctx, 3000, progress=progress)
    store.close()
    assert calls[-1] >= 1000
    assert scalar(path, "SELECT COUNT(*) FROM enquiry") == 0
    assert scalar(path, "SELECT COUNT(*) FROM customer") == 0
    assert (
        scalar(
            path,
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'enquiry_month_facts'",
        )
        == 1
    )
    store = Store.open(path, now=lambda: NOW)
    assert store.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_progress_is_told_day_by_day(tmp_path: Path) -> None:
    """A demo of one chunk (the window's) still moves its progress bar and can be
    cancelled between days, not only once it is all made."""
    store = Store.open(tmp_path / "steps.sqlite", now=lambda: NOW)
    ctx = Context(store, Actor("t"), lambda: NOW)
    calls: list[tuple[int, int]] = []
    demo.generate(ctx, 2000, progress=lambda done, total: calls.append((done, total)))
    store.close()
    assert len(calls) > 300  # about one a day over 18 months
    assert {total for _, total in calls} == {2000}
    done = [d for d, _ in calls]
    assert done == sorted(done) and done[-1] == 2000 and done.count(2000) == 1
    assert done[0] < 50


def test_prices_follow_the_currency(tmp_path: Path) -> None:
    path = tmp_path / "idr.sqlite"
    store = Store.open(path, now=lambda: NOW)
    ctx = Context(store, Actor("t"), lambda: NOW)
    settings.update(ctx, {"shop.country": "ID", "shop.currency": "IDR"})
    demo.generate(ctx, 500)
    store.close()
    values = [
        v
        for (v,) in rows(
            path, "SELECT purchase_value_cents FROM enquiry WHERE purchase_value_cents IS NOT NULL"
        )
    ]
    assert values and all(v % 100_000 == 0 for v in values)  # whole thousands of rupiah
    assert min(values) > 100_000 * 100  # no rupiah price under 100,000
    notes = [n for (n,) in rows(path, "SELECT interest FROM enquiry LIMIT 300")]
    assert any("kulkas" in n.lower() or "mesin cuci" in n.lower() for n in notes)  # Indonesian
