"""Searching the words inside an enquiry's interest and notes (the FTS5 trigram index,
the newest rows it has not taken in yet, and the row-by-row reading of common words)."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.support import FakeClock

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import history, listing
from enquirydesk.services.context import Actor, Changes, Context
from enquirydesk.services.enquiries import NewEnquiry, delete_enquiry, edit_enquiry, log_enquiry
from enquirydesk.store import listing as store_listing
from enquirydesk.store import search_index
from enquirydesk.store.database import Store

pytestmark = pytest.mark.both_engines


def ids(ctx: Context, text: str, sort: listing.Sort | None = None) -> list[int]:
    return list(listing.ids(ctx, listing.EnquiryFilter(text=text), sort or listing.Sort()))


def _index_is_sound(ctx: Context) -> None:
    ctx.store.db.execute_sql(
        f"INSERT INTO {search_index.TABLE} ({search_index.TABLE}) VALUES ('integrity-check')"
    )


def test_words_inside_the_interest_or_the_notes_find_the_enquiry(ctx: Context, log) -> None:
    fryer = log(name="Ana Novak", interest="Air fryer Philips")
    notes = log(name="Budi", interest="TV", details="Wants the 55″ one, asks about the FRYER too")
    other = log(name="Citra", interest="Kulkas Gorenje dua pintu")
    listing.index_for_search(ctx)
    assert sorted(ids(ctx, "fryer")) == sorted([fryer, notes])
    assert ids(ctx, "GORENJE dua") == [other]
    assert ids(ctx, "ryer Phil") == [fryer]  # inside a word too
    assert ids(ctx, "fr") == []  # two letters: names only (none starts so)
    assert ids(ctx, "zzz") == []


@pytest.mark.sqlite_only
def test_the_newest_rows_are_found_before_and_after_the_index_takes_them_in(
    ctx: Context, log
) -> None:
    first = log(name="Ana", interest="Induction hob")
    assert listing.index_for_search(ctx) == 0
    newest = [log(name=f"Budi {n}", interest=f"Induction hob {n}") for n in range(5)]
    assert search_index.waiting(ctx.store.db) == 5
    before = ids(ctx, "induction")
    assert sorted(before) == sorted([first, *newest])
    assert listing.index_for_search(ctx, batch=2) == 3  # in batches, the rest still waiting
    assert ids(ctx, "induction") == before
    while listing.index_for_search(ctx, batch=2):
        pass
    assert ids(ctx, "induction") == before  # each exactly once
    _index_is_sound(ctx)


@pytest.mark.sqlite_only
def test_edits_undo_and_deletion_keep_the_index_right(ctx: Context, log) -> None:
    enquiry = log(name="Ana", interest="Washing machine")
    later = log(name="Budi", interest="Washing machine Gorenje")
    listing.index_for_search(ctx)
    edit = edit_enquiry(ctx, enquiry, interest="Dishwasher", details="silent one")
    assert ids(ctx, "washing") == [later]
    assert ids(ctx, "dishwasher") == ids(ctx, "silent") == [enquiry]
    history.undo(ctx, edit.operation_id)
    assert ids(ctx, "dishwasher") == []
    assert sorted(ids(ctx, "washing")) == sorted([enquiry, later])
    gone = delete_enquiry(ctx, later)
    assert ids(ctx, "gorenje") == []
    history.undo(ctx, gone.operation_id)
    assert ids(ctx, "gorenje") == [later]
    _index_is_sound(ctx)


@pytest.mark.sqlite_only
def test_undoing_the_newest_enquiry_lets_its_id_be_used_again(ctx: Context) -> None:
    first = log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana", interest="Oven"))
    listing.index_for_search(ctx)
    history.undo(ctx, first.operation_id)  # the row goes; SQLite may give its id again
    again = log_enquiry(ctx, NewEnquiry(channel="phone", name="Budi", interest="Toaster"))
    assert ids(ctx, "oven") == []
    assert ids(ctx, "toaster") == [again.created_id("enquiry")]
    _index_is_sound(ctx)


@pytest.mark.sqlite_only
def test_an_undone_undo_brings_an_older_enquiry_back_into_the_index(ctx: Context) -> None:
    older = log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana", interest="Oven"))
    log_enquiry(ctx, NewEnquiry(channel="phone", name="Budi", interest="Toaster"))
    listing.index_for_search(ctx)
    undone = history.undo(ctx, older.operation_id)
    assert ids(ctx, "oven") == []
    history.undo(ctx, undone.operation_id)  # back with its old id, below the mark
    assert search_index.waiting(ctx.store.db) == 0
    assert ids(ctx, "oven") == [older.created_id("enquiry")]
    _index_is_sound(ctx)


def test_typed_quotes_and_wildcards_are_plain_text(ctx: Context, log) -> None:
    tv = log(name="Ana", interest='Samsung 55" TV')
    pct = log(name="Budi", interest="50% off_sale")
    listing.index_for_search(ctx)
    log(name="Citra", interest="500 offsale")  # waits outside the index
    assert ids(ctx, '55" t') == [tv]
    assert ids(ctx, "0% off_") == [pct]
    assert ids(ctx, "OR ") == []  # not FTS5 syntax
    star = log(name="Dewi", interest="Star* [special] edition?")
    assert ids(ctx, "r* [spe") == ids(ctx, "ion?") == [star]  # GLOB's signs, read row by row


@pytest.mark.parametrize("many", [False, True])
def test_letters_beyond_ascii_match_in_either_case_indexed_or_not(
    ctx: Context, log, clock, monkeypatch, many: bool
) -> None:
    monkeypatch.setattr(store_listing, "MANY_TEXTS", 0 if many else 2_000)
    oven = log(name="Ana", interest="Vgradna PEČICA Gorenje")
    clock.advance(minutes=1)
    listing.index_for_search(ctx)
    hob = log(name="Budi", interest="Kuhalna plošča, pečica zraven")  # not indexed yet
    for typed in ("pečica", "PEČICA", "Pečica"):
        assert ids(ctx, typed) == [hob, oven]
        assert list(listing.first_ids(ctx, listing.EnquiryFilter(text=typed), 1)) == [hob]
    assert ids(ctx, "PLOŠČA") == [hob]


def test_common_words_walk_the_order_with_the_same_result(
    ctx: Context, log, clock, monkeypatch
) -> None:
    for n in range(8):
        log(name=f"Customer {n}", interest="Air fryer" if n % 3 else "Fridge")
        clock.advance(minutes=1)
    listing.index_for_search(ctx)
    log(name="Zed", interest="Big air fryer")  # the newest, outside the index
    every = ids(ctx, "fryer")
    monkeypatch.setattr(store_listing, "MANY_TEXTS", 2)
    for sort in (listing.Sort(), listing.Sort("received", False), listing.Sort("interest")):
        whole = ids(ctx, "fryer", sort)
        assert sorted(whole) == sorted(every)
        first = listing.first_ids(ctx, listing.EnquiryFilter(text="fryer"), 3, sort)
        assert list(first) == whole[:3]
    assert listing.count(ctx, listing.EnquiryFilter(text="fryer")) == len(every)


def test_without_fts5_the_words_are_read_row_by_row(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(search_index, "fts5_works", lambda: False)
    store = Store.open(tmp_path / "plain.sqlite", now=FakeClock(datetime(2026, 3, 2, 10)))
    try:
        ctx = Context(store, Actor("test"), FakeClock(datetime(2026, 3, 2, 10)))
        assert not search_index.available(store.db)
        made = log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana", interest="Air fryer"))
        assert listing.index_for_search(ctx) == 0
        assert ids(ctx, "fryer") == [made.created_id("enquiry")]
    finally:
        store.close()


WORDS = ("fryer", "fridge", "oven", "hob")
CHANGES = st.lists(
    st.tuples(st.sampled_from(("log", "edit", "delete", "undo", "index")), st.integers(0, 99)),
    max_size=25,
)


def _change(
    ctx: Context, what: str, n: int, text: str, made: list[int], done: list[Changes]
) -> Changes | None:
    if what == "log" or not made:
        result = log_enquiry(ctx, NewEnquiry(channel="phone", name="X", interest=text))
        made.append(result.created_id("enquiry"))
        return result
    if what == "edit":
        return edit_enquiry(ctx, made[n % len(made)], details=text)
    if what == "delete":
        return delete_enquiry(ctx, made[n % len(made)])
    if what == "undo" and done:
        return history.undo(ctx, done.pop().operation_id)
    listing.index_for_search(ctx, batch=1 + n % 3)
    return None


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(CHANGES)
def test_any_mix_of_changes_finds_exactly_what_a_plain_reading_finds(
    tmp_path_factory: pytest.TempPathFactory, changes: list[tuple[str, int]]
) -> None:
    clock = FakeClock(datetime(2026, 3, 2, 10))
    store = Store.open(tmp_path_factory.mktemp("words") / "shop.sqlite", now=clock)
    try:
        ctx = Context(store, Actor("test"), clock)
        made: list[int] = []
        done = []
        for what, n in changes:
            pick = random.Random(n)
            text = " ".join(pick.choice(WORDS).upper() if pick.random() < 0.3 else w
                            for w in pick.sample(WORDS, 2))  # fmt: skip
            try:
                result = _change(ctx, what, n, text, made, done)
            except EnquiryDeskError:  # e.g. editing a deleted enquiry: refused, nothing written
                continue
            if result is not None:
                done.append(result)
            clock.advance(minutes=1)
        _index_is_sound(ctx)
        for word in WORDS:
            cursor = store.db.execute_sql(
                "SELECT id FROM enquiry WHERE deleted_at IS NULL AND "
                "(lower(interest) LIKE ? OR lower(details) LIKE ?) ORDER BY received_at DESC",
                (f"%{word}%", f"%{word}%"),
            )
            expected = [row[0] for row in cursor.fetchall()]
            assert sorted(ids(ctx, word)) == sorted(expected)
    finally:
        store.close()
