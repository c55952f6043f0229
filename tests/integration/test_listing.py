"""The Enquiries view's reads: filters, order, and what each row shows."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enquirydesk.domain.hours import OpeningHours, latest_start
from enquirydesk.services import listing
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import delete_enquiry, mark_lost, mark_purchased

pytestmark = pytest.mark.both_engines


def ids(ctx: Context, **chosen) -> list[int]:
    return list(listing.ids(ctx, listing.EnquiryFilter(**chosen)))


def test_newest_first_or_oldest_first_and_a_first_screenful(ctx: Context, log, clock) -> None:
    made = []
    for name in ("Ana Novak", "Budi Santoso", "Citra Dewi"):
        made.append(log(name=name))
        clock.advance(minutes=10)
    assert ids(ctx) == made[::-1]
    oldest_first = listing.Sort("received", descending=False)
    assert list(listing.ids(ctx, listing.EnquiryFilter(), oldest_first)) == made
    assert list(listing.first_ids(ctx, listing.EnquiryFilter(), 2)) == made[:0:-1]


def test_search_by_name_start_phone_digits_and_email(ctx: Context, log, clock) -> None:
    ana = log(name="Ana Novak", phone="041 123 456", email="ana@example.com")
    clock.advance(minutes=1)
    budi = log(name="Budi Santoso", phone="+62 812 3456 7890", email="budi@shop.co.id")
    assert ids(ctx, text="an") == [ana]
    assert ids(ctx, text="  ANA nov") == [ana]
    assert ids(ctx, text="041 12") == [ana]  # national form in the shop's country (SI)
    assert ids(ctx, text="+386 41") == [ana]
    assert ids(ctx, text="+62 812") == [budi]
    assert ids(ctx, text="budi@") == [budi]
    # What staff remember: a surname, the end or the middle of a number, part of an address.
    assert ids(ctx, text="novak") == [ana]
    assert ids(ctx, text="nova") == [ana]
    assert ids(ctx, text="1 123 456") == [ana]
    assert ids(ctx, text="123 456") == [budi, ana]  # +62 812 3456 7890 holds it too
    assert ids(ctx, text="3456 78") == [budi]
    assert ids(ctx, text="shop") == [budi]
    assert ids(ctx, text="ovak") == []  # a word's start, not any part of it
    assert ids(ctx, text="999") == []


def test_channel_and_status_filters(ctx: Context, log, clock) -> None:
    waiting = log(name="Ana", channel="email")
    answered = log(name="Budi", channel="walk_in", answered_now=True)
    bought = log(name="Citra", answered_now=True)
    mark_purchased(ctx, bought, value="100")
    gone = log(name="Dewi", answered_now=True)
    mark_lost(ctx, gone, reason="price")
    assert ids(ctx, channel="email") == [waiting]
    assert ids(ctx, channel="walk_in") == [answered]
    assert ids(ctx, status="awaiting") == [waiting]
    assert sorted(ids(ctx, status="open")) == sorted([waiting, answered])
    assert ids(ctx, status="purchased") == [bought]
    assert ids(ctx, status="lost") == [gone]
    delete_enquiry(ctx, gone)
    assert ids(ctx, status="lost") == []


def test_overdue_at_the_business_minute_the_target_passes(ctx: Context, log, clock) -> None:
    waiting = log(name="Ana")  # Monday 10:00, target 60 business minutes by default
    target = ctx.settings.rules.response_target_minutes
    clock.advance(minutes=target - 1)
    assert ids(ctx, status="overdue") == []
    row = listing.rows(ctx, [waiting])[waiting]
    assert (row.responded, row.overdue, row.response_seconds) == (False, False, (target - 1) * 60)
    clock.advance(minutes=1)
    assert ids(ctx, status="overdue") == [waiting]
    assert listing.rows(ctx, [waiting])[waiting].overdue


def test_rows_show_the_facts(ctx: Context, log, clock) -> None:
    enquiry = log(name="Ana Novak", phone="041 123 456", interest="Fridge", answered_now=True)
    mark_purchased(ctx, enquiry, value="899.50")
    row = listing.rows(ctx, [enquiry])[enquiry]
    assert (row.customer, row.phone, row.channel, row.interest) == (
        "Ana Novak", "+38641123456", "Phone", "Fridge",
    )  # fmt: skip
    assert (row.responded, row.response_seconds, row.outcome, row.value_cents) == (
        True, 0, "purchased", 89950,
    )  # fmt: skip
    assert row.next_followup_at is not None  # the after-sales check-in


@given(
    end=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 1, 1)),
    minutes=st.integers(0, 5000),
)
def test_latest_start_is_exactly_where_the_target_is_reached(end, minutes) -> None:
    hours = OpeningHours.default()
    end = end.replace(microsecond=0)
    start = latest_start(hours, end, minutes * 60)
    assert hours.business_seconds(start, end) >= minutes * 60
    if minutes:
        assert hours.business_seconds(start + timedelta(seconds=1), end) < minutes * 60


def test_every_column_sorts_both_ways_like_the_rows_say(ctx: Context, log, clock) -> None:
    from enquirydesk.services.staff import add_staff

    maja = add_staff(ctx, "Maja").created_id("staff")
    ana_staff = add_staff(ctx, "Ana").created_id("staff")
    made = []
    for n, (name, channel, interest, staff) in enumerate(
        [
            ("Zala", "email", "TV", maja),
            ("ana", "walk_in", "fridge", ana_staff),
            ("Budi", "phone", "Oven", None),
            ("Citra", "chat", "amplifier", maja),
        ]
    ):
        enquiry = log(name=name, channel=channel, interest=interest, staff_id=staff,
                      answered_now=n % 2 == 0, estimated_value=str(100 * (n + 1)))  # fmt: skip
        made.append(enquiry)
        clock.advance(minutes=7 * n + 1)
    mark_purchased(ctx, made[2], value="50")
    rows = listing.rows(ctx, made)
    channels = list(listing.channel_choices().values())
    keys = {
        "received": lambda r: r.received_at,
        "customer": lambda r: r.customer.casefold(),
        "channel": lambda r: r.channel.casefold(),
        "interest": lambda r: r.interest.casefold(),
        "taken_by": lambda r: (r.taken_by == "", r.taken_by.casefold()),
        "response": lambda r: r.response_seconds if r.responded else -1,
        "status": lambda r: ["open", "purchased", "lost"].index(r.outcome),
        "value": lambda r: r.value_cents,
        "next": lambda r: r.next_followup_at,
    }
    assert channels  # the shown names sort the channel column
    for column, key in keys.items():
        for descending in (False, True):
            got = list(listing.ids(ctx, listing.EnquiryFilter(), listing.Sort(column, descending)))
            values = [key(rows[i]) for i in got]
            assert values == sorted(values, reverse=descending), (column, descending)
            first = listing.first_ids(
                ctx, listing.EnquiryFilter(), 2, listing.Sort(column, descending)
            )
            assert list(first) == got[:2]


def test_the_end_of_the_table_and_the_count_come_without_reading_every_id(
    ctx: Context, log, clock
) -> None:
    made = []
    for n in range(7):
        made.append(log(name=f"Customer {n}", channel="email" if n % 2 else "phone"))
        clock.advance(minutes=3)
    for column in listing.SORT_COLUMNS:
        for descending in (False, True):
            sort = listing.Sort(column, descending)
            every = list(listing.ids(ctx, listing.EnquiryFilter(), sort))
            assert list(listing.last_ids(ctx, listing.EnquiryFilter(), 3, sort)) == every[-3:]
    assert listing.count(ctx, listing.EnquiryFilter()) == 7
    assert listing.count(ctx, listing.EnquiryFilter(channel="email")) == 3


def test_periods_of_the_filter_bar() -> None:
    from datetime import date

    today = date(2026, 3, 2)
    assert listing.period_dates("", today) == (None, None)
    assert listing.period_dates("today", today) == (today, today)
    assert listing.period_dates("7days", today) == (date(2026, 2, 24), today)
    assert listing.period_dates("month", today) == (date(2026, 3, 1), today)
    assert listing.period_dates("last_month", today) == (date(2026, 2, 1), date(2026, 2, 28))
    assert listing.period_dates("last_month", date(2026, 1, 15)) == (
        date(2025, 12, 1), date(2025, 12, 31),
    )  # fmt: skip


def test_staff_and_date_range_filters(ctx: Context, log, clock) -> None:
    from datetime import date

    from enquirydesk.services.staff import add_staff

    maja = add_staff(ctx, "Maja").created_id("staff")
    first = log(name="Ana", staff_id=maja)  # Monday 2 March
    clock.advance(days=1)
    second = log(name="Budi")
    assert ids(ctx, staff_id=maja) == [first]
    assert ids(ctx, received_from=date(2026, 3, 3)) == [second]
    assert ids(ctx, received_to=date(2026, 3, 2)) == [first]
    assert ids(ctx, received_from=date(2026, 3, 2), received_to=date(2026, 3, 3)) == [second, first]
    assert list(listing.staff_choices().values()) == sorted(
        listing.staff_choices().values(), key=str.casefold
    )


@pytest.mark.parametrize("listed", [100_000, 0], ids=["their list made once", "row by row"])
def test_a_search_matching_many_customers_walks_the_order_with_the_same_result(
    ctx: Context, log, clock, monkeypatch, listed: int
) -> None:
    """The walk along the order tests each enquiry's customer against the customers'
    list made once, or (very many customers) asks each one's words row by row."""
    from enquirydesk.store import listing as store_listing

    for n in range(6):
        log(name=f"Ana {n}" if n % 2 else f"Budi {n}")
        clock.advance(minutes=2)
    every = ids(ctx, text="ana")
    monkeypatch.setattr(store_listing, "MANY_CUSTOMERS", 1)
    monkeypatch.setattr(store_listing, "LISTED_CUSTOMERS", listed)
    for sort in (listing.Sort(), listing.Sort("received", False), listing.Sort("value")):
        whole = list(listing.ids(ctx, listing.EnquiryFilter(text="ana"), sort))
        assert sorted(whole) == sorted(every)
        first = listing.first_ids(ctx, listing.EnquiryFilter(text="ana"), 2, sort)
        assert list(first) == whole[:2]
