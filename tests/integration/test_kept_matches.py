"""A search's match kept aside and sorted again (`listing.Matches`): the same enquiries
in the same order, ties and all, as the store's own reads (walking an order's index for
a first screenful, sorting the match for every id), whichever way each is read."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from enquirydesk.services import followups, listing
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import mark_lost, mark_purchased
from enquirydesk.services.staff import add_staff
from enquirydesk.store import listing as store_listing

NAMES = ("Ana Novak", "Ana Novak", "Budi Santoso", "Citra Dewi", "Marko Novak", "", "Zala Kranjc")
INTERESTS = ("Fridge Gorenje", "fridge Bosch", "Air fryer", "", "Oven Gorenje", "Ölkühler", "TV")
CHANNELS = ("phone", "email", "walk_in", "chat")
#: Filters that match a little, a lot, or nothing; by text, by customer, or by a filter.
FILTERS = (
    listing.EnquiryFilter(text="gorenje"),
    listing.EnquiryFilter(text="novak"),
    listing.EnquiryFilter(text="fr"),
    listing.EnquiryFilter(text="041"),
    listing.EnquiryFilter(status="open"),
    listing.EnquiryFilter(channel="email", text="a"),
    listing.EnquiryFilter(status="purchased", text="fridge"),
    listing.EnquiryFilter(text="nobody at all"),
)
SORTS = tuple(
    listing.Sort(column, descending)
    for column in listing.SORT_COLUMNS
    for descending in (False, True)
)

pytestmark = pytest.mark.both_engines


@pytest.fixture
def shop(ctx: Context, log, clock) -> list[int]:
    """A hundred enquiries with ties everywhere: the same minute, the same name, the same
    interest (in another case), no interest, no value, no follow-up; the words of most of
    them indexed."""
    pick = random.Random(7)
    staff = [add_staff(ctx, name).created_id("staff") for name in ("Maja", "Jure")]
    made = []
    for n in range(100):
        if n == 90:  # the words of the first ninety indexed; the newest read row by row
            while listing.index_for_search(ctx):
                pass
        name = pick.choice(NAMES)
        made.append(
            log(
                name=name,
                phone=f"041 {pick.randrange(100, 999)} {n:03d}" if pick.random() < 0.7 else "",
                email="" if name else f"someone{n}@example.com",
                channel=pick.choice(CHANNELS),
                interest=pick.choice(INTERESTS),
                staff_id=pick.choice([None, *staff]),
                estimated_value=pick.choice([None, "100", "250", "999.90"]),
                answered_now=pick.random() < 0.5,
            )
        )
        if pick.random() < 0.2:
            mark_purchased(ctx, made[-1], value=pick.choice(["100", "499"]))
        elif pick.random() < 0.2:
            mark_lost(ctx, made[-1], reason="price")
        elif pick.random() < 0.3:
            followups.schedule(ctx, made[-1], clock() + timedelta(days=pick.randrange(1, 4)))
        clock.advance(minutes=pick.choice([0, 0, 1, 7]))
    return made


@pytest.fixture
def walks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store walks an order's index for a common match from a few matches on (at a
    million, two thousand), so that this small shop is read both ways."""
    monkeypatch.setattr(store_listing, "MANY_TEXTS", 3)
    monkeypatch.setattr(store_listing, "MANY_CUSTOMERS", 3)


def read_all_ways(ctx: Context, matches: listing.Matches | None, chosen, sort) -> None:
    every = listing.ids(ctx, chosen, sort)
    assert list(listing.ids(ctx, chosen, sort, matches)) == list(every), (chosen, sort)
    assert list(listing.first_ids(ctx, chosen, 7, sort, matches)) == list(every[:7]), sort
    assert list(listing.last_ids(ctx, chosen, 7, sort, matches)) == list(every[-7:]), sort
    assert list(listing.first_ids(ctx, chosen, 7, sort)) == list(every[:7]), sort
    assert list(listing.last_ids(ctx, chosen, 7, sort)) == list(every[-7:]), sort
    assert listing.count(ctx, chosen, matches) == len(every) == listing.count(ctx, chosen)


@pytest.mark.usefixtures("shop", "walks")
def test_a_kept_match_is_in_the_store_s_order_every_way(ctx: Context) -> None:
    for chosen in FILTERS:
        matches = listing.Matches()
        assert listing.count(ctx, chosen, matches) >= 0  # as the window asks: count first
        read_all_ways(ctx, matches, chosen, SORTS[0])
        listing.keep_aside(ctx, chosen, matches)  # once the first list is shown
        for sort in SORTS:
            read_all_ways(ctx, matches, chosen, sort)
        kept = matches.kept(chosen)
        assert kept is not None, chosen  # small: kept, and every sort read from there
        assert store_listing.holds(kept)


@pytest.mark.usefixtures("shop", "walks")
def test_a_large_match_is_walked_and_sorted_by_the_store(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listing, "KEEP", 5)
    for chosen in FILTERS:
        matches = listing.Matches()
        found = listing.count(ctx, chosen, matches)
        read_all_ways(ctx, matches, chosen, SORTS[0])
        listing.keep_aside(ctx, chosen, matches)  # once the first list is shown
        for sort in SORTS:
            read_all_ways(ctx, matches, chosen, sort)
        assert (matches.kept(chosen) is None) == (found > 5)


@pytest.mark.usefixtures("shop", "walks")
def test_a_walk_that_takes_too_long_gives_way_to_the_kept_or_sorted_match(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite asked at every step, the time up at once: every walk gives up.
    monkeypatch.setattr(store_listing, "STEPS", 1)
    monkeypatch.setattr(listing, "WALK_SECONDS", 0.0)
    monkeypatch.setattr(listing, "SORT_SECONDS_PER_MATCH", 0.0)
    where = listing._where(ctx, listing.EnquiryFilter(text="fridge"))
    order = store_listing.Order("value", True)
    gave_up = store_listing.enquiry_ids(where, order, limit=7, seconds=0.0)
    # (a server never walks an order's index by hand: its planner does, and gathers)
    assert (
        gave_up is None
        if not ctx.store.on_server
        else list(gave_up)
        == list(listing.ids(ctx, listing.EnquiryFilter(text="fridge"), listing.Sort("value"))[:7])
    )
    for keep in (listing.KEEP, 5):  # kept now, or too many to keep: sorted by SQLite
        monkeypatch.setattr(listing, "KEEP", keep)
        for chosen in FILTERS:
            for sort in SORTS:
                first = listing.first_ids(ctx, chosen, 7, sort, listing.Matches())
                assert list(first) == list(listing.ids(ctx, chosen, sort)[:7]), (chosen, sort)


@pytest.mark.usefixtures("shop")
def test_one_match_is_kept_per_connection_and_a_newer_one_replaces_it(ctx: Context) -> None:
    first, second = listing.EnquiryFilter(text="gorenje"), listing.EnquiryFilter(text="novak")
    older, newer = listing.Matches(), listing.Matches()
    by_value = listing.Sort("value")
    every = list(listing.ids(ctx, first, by_value, older))
    assert older.kept(first) is None  # the list is read and shown first, then kept aside
    listing.keep_aside(ctx, first, older)
    assert older.kept(first) is not None
    assert list(listing.ids(ctx, first, by_value, older)) == every  # now from what is kept
    listing.ids(ctx, second, by_value, newer)
    listing.keep_aside(ctx, second, newer)
    assert older.kept(first) is None and newer.kept(second) is not None
    # The older one reads its match again when asked, the same as ever.
    assert list(listing.ids(ctx, first, by_value, older)) == list(listing.ids(ctx, first, by_value))
    listing.keep_aside(ctx, first, older)
    assert older.kept(first) is not None and newer.kept(second) is None
    listing.ids(ctx, listing.EnquiryFilter(), by_value, older)  # everything: nothing kept
    assert older.kept(first) is None


@pytest.mark.usefixtures("shop", "walks")
def test_a_read_no_longer_wanted_stops_and_keeps_nothing(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_listing, "STEPS", 1)  # SQLite asks at every step
    chosen = listing.EnquiryFilter(text="fridge")
    where = listing._where(ctx, chosen)
    never = lambda: False  # noqa: E731 - a newer request came meanwhile
    by_value = listing.Sort("value")
    for read in (
        lambda: listing.ids(ctx, chosen, by_value, listing.Matches(), never),
        lambda: listing.ids(ctx, listing.EnquiryFilter(status="open"), by_value, None, never),
        lambda: listing.first_ids(ctx, chosen, 7, by_value, listing.Matches(), never),
        lambda: listing.count(ctx, chosen, listing.Matches(), never),
        lambda: store_listing.keep(where, 99, 1_000, never),
    ):
        with pytest.raises(listing.Stopped):
            read()
    assert not store_listing.holds(99)
    still = listing.Matches()  # wanted: the same answers as ever
    assert list(listing.ids(ctx, chosen, by_value, still, lambda: True)) == list(
        listing.ids(ctx, chosen, by_value)
    )
