"""Retention and consent: who is forgotten after N months without an enquiry (never
anyone who bought), the preview equal to what is forgotten, figures unchanged, the
command line; and the repeat offer planned only for customers who agreed, when the
owner asks for that."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enquirydesk.domain.month import Month
from enquirydesk.services import customers_merge, directory, report, settings
from enquirydesk.services import retention as service
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.customer_edit import edit_customer
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry, mark_lost, mark_purchased
from enquirydesk.store import models, queries
from enquirydesk.store.database import Store
from support import FakeClock, run_cli

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 3, 2, 10, 0)  # the clock fixture's moment


def customer_of(enquiry_id: int) -> int:
    row = queries.enquiry(enquiry_id, include_deleted=True)
    assert row is not None
    return row["customer"]


@pytest.fixture
def at(clock: FakeClock, log) -> Callable[..., int]:
    """`at(moment, name=..., phone=...)` logs an enquiry received at `moment` (the clock
    stands there meanwhile) and puts the clock back; returns the enquiry's id."""

    def log_at(moment: datetime, **fields) -> int:
        clock.set(moment)
        try:
            return log(**fields)
        finally:
            clock.set(NOW)

    return log_at


def buy(ctx: Context, clock: FakeClock, enquiry_id: int, moment: datetime) -> None:
    clock.set(moment)
    try:
        mark_purchased(ctx, enquiry_id, value="100")
    finally:
        clock.set(NOW)


@pytest.fixture
def shop(ctx: Context, clock: FakeClock, at) -> dict[str, int]:
    """Customers of every kind, by what they did; each name the customer's id."""
    old, older = datetime(2024, 11, 4, 10, 0), datetime(2024, 6, 3, 11, 0)
    people: dict[str, int] = {}
    # Never bought, quiet for long: forgotten after 12 months.
    quiet = at(older, name="Quiet Kovač", phone="041 100 100", interest="Fridge")
    at(old, name="Quiet Kovač", phone="041 100 100", interest="Oven")
    people["quiet"] = customer_of(quiet)
    lost = at(datetime(2024, 10, 1, 12, 0), name="Lost Novak", email="lost@example.com")
    mark_lost(ctx, lost, reason="price", at=datetime(2024, 10, 2, 12, 0))
    people["lost"] = customer_of(lost)
    people["no_name"] = customer_of(at(datetime(2024, 12, 2, 9, 0), phone="041 200 200"))
    # Bought once, long ago: never forgotten.
    bought = at(older, name="Buyer Horvat", phone="041 300 300")
    buy(ctx, clock, bought, older + timedelta(hours=2))
    at(old, name="Buyer Horvat", phone="041 300 300")
    people["buyer"] = customer_of(bought)
    # Enquired recently.
    at(older, name="Recent Zupan", phone="041 400 400")
    people["recent"] = customer_of(at(NOW - timedelta(days=40), name="Recent Zupan",
                                      phone="041 400 400"))  # fmt: skip
    # Never bought, merged into a buyer: the buyer keeps everything; both are kept.
    other = customer_of(at(old, name="Marta K.", phone="041 500 500"))
    marta = at(older, name="Marta Krajnc", phone="041 501 501")
    buy(ctx, clock, marta, older + timedelta(days=1))
    customers_merge.merge(ctx, customer_of(marta), other)
    people["merged_into_buyer"] = customer_of(marta)
    # A buyer merged into someone who never bought: they count as having bought.
    keep = customer_of(at(old, name="Ivan Golob", phone="041 600 600"))
    ivan = at(older, name="Ivan G.", phone="041 601 601")
    buy(ctx, clock, ivan, older + timedelta(days=1))
    customers_merge.merge(ctx, keep, customer_of(ivan))
    people["buyer_merged_in"] = keep
    return people


# -- months ---------------------------------------------------------------------------


def test_months_are_calendar_months_the_last_day_when_a_month_is_short() -> None:
    assert service.months_before(datetime(2026, 5, 31, 9, 30), 3) == datetime(2026, 2, 28, 9, 30)
    assert service.months_before(datetime(2024, 5, 31), 3) == datetime(2024, 2, 29)
    assert service.months_before(datetime(2026, 1, 15), 1) == datetime(2025, 12, 15)
    assert service.months_before(datetime(2026, 3, 2), 24) == datetime(2024, 3, 2)


@given(
    moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31)),
    months=st.integers(0, 240),
)
def test_months_before_moves_back_exactly_that_many_months(moment, months) -> None:
    back = service.months_before(moment, months)
    assert (moment.year * 12 + moment.month) - (back.year * 12 + back.month) == months
    assert back.time() == moment.time() and back <= moment
    assert back.day == moment.day or back.day < moment.day  # only a short month clips it


def test_more_than_n_months_means_received_before_the_same_moment_n_months_ago(
    ctx: Context, at
) -> None:
    cut = datetime(2026, 2, 28, 10, 0)  # 31 March 10:00 less a month
    before = customer_of(at(cut - timedelta(seconds=1), name="Just Before"))
    at(cut, name="Just At")
    found = service.candidates(ctx, 1, now=datetime(2026, 3, 31, 10, 0))
    assert [c.id for c in found] == [before]


# -- who is a candidate ---------------------------------------------------------------


def test_candidates_never_bought_and_quiet_for_the_months_oldest_first(ctx: Context, shop) -> None:
    found = service.candidates(ctx, 12)
    assert [c.id for c in found] == [shop["lost"], shop["quiet"], shop["no_name"]]
    quiet = found[1]
    assert quiet.name == "Quiet Kovač"
    assert quiet.last_enquiry_at == datetime(2024, 11, 4, 10, 0) and quiet.enquiries == 2
    assert found[2].name == "041 200 200"  # no name: the number, as the shop writes it
    assert service.candidates(ctx, 0) == []
    # 16 months back is 2 November 2024, 10:00: only those quiet since before then.
    assert [c.id for c in service.candidates(ctx, 16)] == [shop["lost"]]
    assert [c.id for c in service.candidates(ctx, 18)] == []
    assert [c.id for c in service.candidates(ctx, 1)] == [
        shop["lost"], shop["quiet"], shop["no_name"], shop["recent"]
    ]  # fmt: skip


def test_buyers_recent_enquirers_merged_forgotten_and_deleted_are_never_candidates(
    ctx: Context, shop
) -> None:
    ids = {c.id for c in service.candidates(ctx, 12)}
    for kept in ("buyer", "recent", "merged_into_buyer", "buyer_merged_in"):
        assert shop[kept] not in ids, kept
    # A customer whose purchase was merged in counts as a buyer (card says so too).
    assert directory.card(ctx, shop["buyer_merged_in"]).history.purchases == 1
    merged = [
        c.id for c in models.Customer.select().where(models.Customer.merged_into.is_null(False))
    ]
    assert merged and not ids & set(merged)
    # Already forgotten, or deleted: left alone.
    now = ctx.now()
    models.Customer.update(forgotten_at=now).where(models.Customer.id == shop["lost"]).execute()
    models.Customer.update(deleted_at=now).where(models.Customer.id == shop["no_name"]).execute()
    assert [c.id for c in service.candidates(ctx, 12)] == [shop["quiet"]]


def test_enquiries_still_held_by_a_merged_customer_count_for_the_one_kept(
    ctx: Context, at, clock: FakeClock
) -> None:
    """A file from before merges moved every enquiry: the merged customer still holds
    theirs. A purchase there counts as the kept customer's, and so do their enquiries."""
    old = datetime(2024, 1, 8, 10, 0)
    keep = customer_of(at(old, name="Kept One", phone="041 700 700"))
    left = at(old, name="Left Over", phone="041 701 701")
    keep_buyer = customer_of(at(old, name="Kept Two", phone="041 702 702"))
    bought = at(old, name="Bought Over", phone="041 703 703")
    buy(ctx, clock, bought, old + timedelta(hours=1))
    alone = customer_of(at(old, name="Only Merged", phone="041 704 704"))
    models.Enquiry.update(deleted_at=old).where(models.Enquiry.customer == alone).execute()
    moved_away = at(old - timedelta(days=30), name="Moved Away", phone="041 705 705")
    for child, root in ((left, keep), (bought, keep_buyer), (moved_away, alone)):
        models.Customer.update(merged_into=root, deleted_at=old).where(
            models.Customer.id == customer_of(child)
        ).execute()
    found = {c.id: c for c in service.candidates(ctx, 12)}
    assert keep in found and found[keep].enquiries == 2
    assert keep_buyer not in found
    assert alone in found and found[alone].enquiries == 1
    assert found[alone].last_enquiry_at == old - timedelta(days=30)


# -- forgetting -----------------------------------------------------------------------


def all_reports(ctx: Context) -> str:
    """The report JSON of every month from the first enquiry to now."""
    month, last = Month(2024, 1), Month(NOW.year, NOW.month)
    months = []
    while month != last.next():
        months.append(report.monthly(ctx, month))
        month = month.next()
    return json.dumps(months, sort_keys=True, ensure_ascii=False)


def test_off_by_default_apply_forgets_nobody(ctx: Context, shop) -> None:
    assert service.months_setting(ctx) == 0
    assert service.apply(ctx) is None
    assert models.Customer.select().where(models.Customer.forgotten_at.is_null(False)).count() == 0


def test_apply_forgets_exactly_the_preview_and_every_figure_stays(ctx: Context, shop) -> None:
    settings.update(ctx, {"privacy.forget_after_months": 12})
    ctx.forget_cache()
    before = all_reports(ctx)
    preview = [c.id for c in service.candidates(ctx, service.months_setting(ctx))]
    assert preview == [shop["lost"], shop["quiet"], shop["no_name"]]
    changes = service.apply(ctx)
    assert changes is not None and changes.operation_id is not None
    forgotten = [
        row.id
        for row in models.Customer.select(models.Customer.id)
        .where(models.Customer.forgotten_at.is_null(False))
        .order_by(models.Customer.id)
    ]
    assert forgotten == sorted(preview)
    assert all_reports(ctx) == before
    operation = models.Operation.get_by_id(changes.operation_id)
    assert "3" in operation.summary
    # Nobody is forgotten twice; the next run has nothing to do.
    assert service.candidates(ctx, 12) == []
    assert service.apply(ctx) is None
    for kept in ("buyer", "recent", "merged_into_buyer", "buyer_merged_in"):
        assert directory.card(ctx, shop[kept]).name, kept


# -- the command line -----------------------------------------------------------------


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    """A file on disk whose dates follow the real clock (the command line's): one
    customer quiet for 400 days, one who bought long ago, one who enquired last week."""
    path = tmp_path / "cli.sqlite"
    now = datetime.now().replace(microsecond=0)
    clock = FakeClock(now - timedelta(days=400))
    store = Store.open(path, now=clock)
    try:
        ctx = Context(store, Actor("test"), clock)
        settings.update(ctx, {"shop.country": "SI", "shop.name": "Test shop"})
        log_enquiry(ctx, NewEnquiry(channel="phone", name="Quiet Kovač", phone="041 100 100"))
        bought = log_enquiry(ctx, NewEnquiry(channel="phone", name="Buyer", phone="041 300 300"))
        mark_purchased(ctx, bought.created_id("enquiry"), value="100")
        clock.set(now - timedelta(days=7))
        log_enquiry(ctx, NewEnquiry(channel="phone", name="Recent", phone="041 400 400"))
    finally:
        store.close()
    return path


def forgotten_names(path: Path) -> list[int]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT id FROM customer WHERE forgotten_at IS NOT NULL ORDER BY id"
            )
        ]


def test_the_command_line_previews_then_forgets_with_yes(
    shop_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(shop_file)]
    code, out, err = run_cli(capsys, *db, "retention", "--dry-run")
    assert (code, err) == (0, "") and out.startswith("Retention is off")
    code, out, err = run_cli(capsys, *db, "retention", "--dry-run", "--months", "12")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("#1  Quiet Kovač  last enquiry ")
    assert lines[0].endswith("1 enquiry")
    assert lines[1] == "1 customer who never bought would be forgotten (no enquiry for 12 months)."
    code, out, err = run_cli(capsys, *db, "retention", "--months", "12")
    assert code == 2 and out == "" and "--dry-run" in err
    store = Store.open(shop_file)
    try:
        settings.update(Context(store, Actor("test")), {"privacy.forget_after_months": 12})
    finally:
        store.close()
    # Without a terminal, nothing happens without --yes.
    code, out, err = run_cli(capsys, *db, "retention")
    assert code == 2 and out == "" and "--yes" in err
    assert forgotten_names(shop_file) == []
    code, out, err = run_cli(capsys, *db, "retention", "--yes")
    assert (code, err) == (0, "")
    assert out.startswith("Forgot the personal data of 1 customer") and out.count("\n") == 1
    assert forgotten_names(shop_file) == [1]
    code, out, err = run_cli(capsys, *db, "retention", "--yes")
    assert (code, out, err) == (0, "Nobody is due to be forgotten.\n", "")


# -- consent and the repeat offer -----------------------------------------------------


def after_sales_topics(enquiry_id: int) -> list[str]:
    return sorted(
        row.topic
        for row in models.FollowUp.select().where(
            models.FollowUp.enquiry == enquiry_id, models.FollowUp.kind == "after_sales"
        )
    )


def test_consent_is_recorded_with_its_date_in_the_change_log(
    ctx: Context, log, clock: FakeClock
) -> None:
    customer = customer_of(log(name="Ana Kovač", phone="041 111 111"))
    card = directory.card(ctx, customer)
    assert card.consent_at is None

    def edit(consent: bool | None):
        return edit_customer(
            ctx, customer, name="Ana Kovač", phone="041 111 111", email="", handle="",
            notes="", referred_by=None, consent=consent,
        )  # fmt: skip

    changes = edit(True)
    assert changes is not None
    assert directory.card(ctx, customer).consent_at == NOW
    change = models.Change.get(models.Change.operation == changes.operation_id)
    assert json.loads(change.before)["consent_at"] is None
    assert json.loads(change.after)["consent_at"].startswith("2026-03-02")
    clock.advance(days=3)
    assert edit(True) is None  # agreed already: the first date stays
    assert edit(None) is None
    assert directory.card(ctx, customer).consent_at == NOW
    assert edit(False) is not None
    assert directory.card(ctx, customer).consent_at is None


@pytest.mark.parametrize("need_consent", [False, True])
def test_the_repeat_offer_waits_for_consent_only_when_the_owner_asks(
    ctx: Context, log, need_consent: bool
) -> None:
    settings.update(ctx, {"privacy.offers_need_consent": need_consent})
    ctx.forget_cache()
    agreed = log(name="Agreed", phone="041 111 111")
    edit_customer(
        ctx, customer_of(agreed), name="Agreed", phone="041 111 111", email="", handle="",
        notes="", referred_by=None, consent=True,
    )  # fmt: skip
    silent = log(name="Silent", phone="041 222 222")
    for enquiry in (agreed, silent):
        mark_purchased(ctx, enquiry, value="100")
    assert after_sales_topics(agreed) == ["check_in", "retention"]
    expected = ["check_in"] if need_consent else ["check_in", "retention"]
    assert after_sales_topics(silent) == expected
